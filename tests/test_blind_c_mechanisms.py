"""Mechanisms mended after the first run of blind set 2026-12-02-c, in sentences written here:
"N years later" ends at a time told of what it tells; an average "a day" over a year untold
divides by the year's days; a year inside a subject ("Net sales for fiscal 2023 were …")
leaves the subject its noun."""

from __future__ import annotations

import datetime as dt

from conftest import packs
from factcheck.pipeline import analyse, build_ruleset, check
from factcheck.read import read_source


def findings(text: str, rule: str, published=None):
    ruleset = build_ruleset(list(packs()))
    corpus = analyse([read_source("a.md", text, published)], ruleset)
    return [f for f in check(corpus, ruleset) if f.rule == rule and f.severity in ("error", "warning")]


def test_years_later_with_no_time_of_its_own_checks_nothing():
    text = ("The director, who took office in 2021, said the plan allows a first flight in 2026 and a crewed test "
            "two years later.")
    assert findings(text, "dates/elapsed", dt.date(2024, 5, 1)) == []


def test_years_later_with_its_time_is_still_checked():
    text = "The mill opened in 2010 and, five years later, in 2022, it closed."
    assert findings(text, "dates/elapsed", dt.date(2024, 5, 1))


def test_an_average_a_day_over_the_year_divides_by_its_days():
    text = ("The park recorded 2,873,400 visits in 2023.\n\nOver the year the park averaged {v} visits a day, and the "
            "lot was full on 41 days between June and September, when 1,214,600 visits were counted.")
    assert [f for f in findings(text.format(v="7,872"), "core/ratio") if f.severity == "error"] == []


def test_a_year_inside_the_subject_keeps_its_noun():
    text = ("# Net sales of $2.2 billion in fiscal 2023\n\nNet sales for fiscal 2023 were $2,184.6 million, compared "
            "to $2,280.9 million in fiscal 2022. North America net sales were $1,262.4 million.\n")
    assert findings(text, "core/title-body") == []
