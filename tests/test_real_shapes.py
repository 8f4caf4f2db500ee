"""Shapes of the false errors read on the real corpora, in sentences written here (the real
texts may not be copied): a list that runs on past the names a frame can read, and a bound whose
comparison has another subject."""

from __future__ import annotations

from conftest import packs
from factcheck.pipeline import analyse, build_ruleset, check
from factcheck.read import read_source


def errors(text: str, rule: str):
    ruleset = build_ruleset(list(packs()))
    corpus = analyse([read_source("a.md", text, None)], ruleset)
    return [f for f in check(corpus, ruleset) if f.rule == rule and f.severity == "error"]


def test_a_list_that_runs_on_is_no_short_count():
    for text in ("The five trustees are Anna Berg, Carl Dunn, Eva Fox, Gil Hart and the estate of Ivo Jones.",
                 "The four mills were Atlas Mill, Beacon Four Mills, Crown Mill and Delta Mill."):
        assert errors(text, "core/enumeration") == [], text


def test_a_closed_list_short_of_its_count_is_still_an_error():
    assert errors("The five trustees are Anna Berg, Carl Dunn, Eva Fox and Gil Hart. They meet monthly.",
                  "core/enumeration")


def test_a_bound_told_of_another_subject_is_not_judged():
    text = ("Profits compared unfavourably with 2003's 784m euro figure and were well below analyst expectations "
            "of 374m euros.")
    assert errors(text, "core/bound") == []


def test_a_bound_of_the_figure_itself_is_still_judged():
    assert errors("Sales reached $300 million, below the target of $250 million.", "core/bound")


def test_a_money_suffix_set_apart_keeps_its_scale():
    text = "The film took an estimated $458 m (£242.7m) in North America alone."
    assert errors(text, "core/conversion") == [] and errors(text, "core/conversion-rate") == []
