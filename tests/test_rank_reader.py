"""Places in an order (issue 13): "took third place with 39,100" against the figures the
article gives for the others, and a "behind A and B" list; one-sided, as charity asks (the
article need not name every rival). Also a headline figure against the lede."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import packs
from factcheck.pipeline import analyse, build_ruleset, check
from factcheck.read import read_source


def findings(text: str, rule: str):
    ruleset = build_ruleset(list(packs()))
    corpus = analyse([read_source("a.md", text, None)], ruleset)
    return [f for f in check(corpus, ruleset) if f.rule == rule and f.severity in ("error", "warning")]


@pytest.mark.parametrize("text, true, false", [
    ("Vantor remained the best-selling brand with 51,230 registrations, followed by Kesh with 44,870. Ardent "
     "overtook Hollis (37,940) to take {p} place with 39,100.", "third", "second"),
    ("The record year made Varne the {p}-largest container port on the coast, behind Haldor with 4.6 million TEU "
     "and Brisk with 3.9 million TEU.", "third", "second"),
    ('The year\'s most-watched film was "Harbour Lights", which drew 2.41 million admissions.\n\n'
     '"The Long Tide" ranked {p} with 1.88 million admissions, 80,000 fewer than "Glass Orchard" at 1.96 million.',
     "third", "second"),
])
def test_a_place_against_the_rivals_named(text, true, false):
    assert findings(text.format(p=true), "core/rank") == []
    assert findings(text.format(p=false), "core/rank")


@pytest.mark.parametrize("text", [
    # rivals not named: the benefit of the doubt
    "Ardent took second place with 39,100 registrations.",
    # a group the article does not list
    "Vantor sold 51,230 cars and Kesh 44,870; Ardent came second among the importers with 39,100.",
    # another story after "but", and totals
    "Ocean's Twelve took second place in the US chart with $5.4m, but it led the non-US chart with $17.7m and "
    "total takings of $137m.",
    # a breakdown of another kind in the paragraph before
    "Hybrids accounted for 118,400 registrations. The remaining 197,770 were petrol cars.\n\n"
    "Vantor sold 51,230, followed by Kesh with 44,870. Ardent took third place with 39,100.",
])
def test_what_is_no_rival_does_not_count(text):
    assert findings(text, "core/rank") == []


@settings(max_examples=50, deadline=None)
def _apart(values):
    """Figures told exactly ("37,941", not "38,000") and clearly apart, so that no rounding blurs the order."""
    ordered = sorted(values)
    # (and the largest below the others together: one as large as all of them is read as their total)
    return all(b > a * 1.02 for a, b in zip(ordered, ordered[1:])) and ordered[-1] * 2 < sum(ordered)


@given(values=st.lists(st.integers(1000, 90000).filter(lambda v: v % 10), min_size=3, max_size=6,
                       unique=True).filter(_apart), pick=st.integers(0, 5),
       seed=st.randoms(use_true_random=False))
def test_a_true_place_is_never_an_error_and_a_better_one_always_is(values, pick, seed):
    names = ["Vantor", "Kesh", "Hollis", "Brava", "Tamsin", "Oriel"]
    ordinals = ["first", "second", "third", "fourth", "fifth", "sixth"]
    pick %= len(values)
    ranked = sorted(values, reverse=True)
    place = ranked.index(values[pick])
    others = [(n, v) for i, (n, v) in enumerate(zip(names, values)) if i != pick]
    seed.shuffle(others)
    told = " ".join(f"{n} sold {v:,} cars." for n, v in others)
    ours = names[pick]
    text = f"{told} {ours} took {ordinals[place]} place with {values[pick]:,} cars."
    assert [f for f in findings(text, "core/rank") if f.severity == "error"] == [], text
    if place > 0:
        wrong = text.replace(f"took {ordinals[place]} place", f"took {ordinals[place - 1]} place")
        # the sentences before the place reach three back: name every rival within that reach
        if len(others) <= 3:
            assert findings(wrong, "core/rank"), wrong


def test_a_headline_figure_no_body_figure_supports_is_a_warning():
    text = ("# Winter appeal raises record £3.2 million\n\nThe appeal has raised £3.62 million, beating its target of "
            "£3 million by £620,000.\n")
    (f,) = findings(text, "core/title-body")
    assert f.severity == "warning" and "£3.62 million" in f.message
    assert findings(text.replace("£3.2 million", "£3.6 million"), "core/title-body") == []


def test_a_baseline_does_not_support_the_headline():
    text = ("# Ferries carry a record 4.6 million passengers\n\nThe ferries carried 4,871,300 passengers in the year, "
            "6.2% more than the 4,586,900 carried the year before.\n")
    assert findings(text, "core/title-body")
