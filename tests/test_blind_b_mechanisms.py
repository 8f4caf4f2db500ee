"""Mechanisms mended after the first run of blind set 2026-12-02-b (each written here in
sentences of its own shape, not the set's): a yearless date takes the year its weekday is
true in; "¥" is the yen or the yuan, whichever rate fits; a participle after a comma tells no
past; an average named by its kind is no quotient; a change pairs levels by what they count;
a comparison joins no list."""

from __future__ import annotations

import datetime as dt

from conftest import packs
from factcheck.pipeline import analyse, build_ruleset, check
from factcheck.read import read_source


def findings(text: str, published=None, rule: str | None = None):
    ruleset = build_ruleset(list(packs()))
    corpus = analyse([read_source("a.md", text, published)], ruleset)
    return [f for f in check(corpus, ruleset) if f.severity in ("error", "warning") and (rule is None or f.rule == rule)]


def test_a_yearless_date_with_its_weekday_is_last_year_when_past():
    text = "The new reading room opened on Thursday, 14 March, and has drawn crowds since."
    assert findings(text, dt.date(2025, 2, 11)) == []  # 14 March 2024 was a Thursday


def test_a_yearless_weekday_no_year_gives_is_still_found():
    text = "The new reading room opened on Wednesday, 14 March, and has drawn crowds since."
    assert findings(text, dt.date(2025, 2, 11), "dates/weekday")


def test_the_yen_sign_is_judged_at_the_yen_rate():
    text = "The group bought the hotel for ¥41.5 billion ($285 million) in cash."
    assert findings(text, dt.date(2024, 2, 29), "core/conversion-rate") == []


def test_a_participle_after_a_comma_tells_no_past():
    text = "Early tickets go on sale at 10am on Friday, 1 December, priced at £189 for a weekend pass."
    assert findings(text, dt.date(2023, 8, 22), "dates/event-after-publication") == []


def test_an_average_named_by_its_kind_is_no_quotient():
    for text in ("The summit station at 2,740 metres measured 3.1 metres of snow, against a 20-year average of "
                 "5.4 metres, on 164 kilometres of pistes.",
                 "Earnings per share were 8.4 pence on a weighted average of 670.2 million shares; profit was "
                 "£56.3 million."):
        assert findings(text, rule="core/ratio") == [], text


def test_a_change_pairs_its_levels_by_what_they_count():
    text = ("It now has 4,850 bikes at 412 docking stations, up from 3,600 bikes and 338 stations a year ago, an "
            "increase of 1,250 bikes.")
    assert findings(text, rule="core/change") == []
    assert findings(text.replace("1,250 bikes", "1,450 bikes"), rule="core/change")


def test_a_comparison_joins_no_list():
    text = "In all, 214 acts played across 11 stages, more than twice the 98 booked for the first edition in 2009."
    assert findings(text, rule="core/sum") == []


def test_a_list_goes_on_past_last_years_figures_in_brackets():
    text = ("Gross written premiums amounted to €6,214 million.\n\nBy segment, Property contributed €3,872 million "
            "(2022: €3,561 million), Life €1,655 million (2022: €1,608 million) and Health €{v} million (2022: €643 "
            "million).")
    assert findings(text.format(v="687"), rule="core/sum") == []
    assert findings(text.format(v="867"), rule="core/sum")


def test_items_said_the_same_way_with_their_copulas_are_a_list():
    text = ("Total revenue for fiscal 2024 reached $2,468.3 million.\n\nAutomotive revenue was $1,142.6 million, industrial revenue was $803.9 "
            "million and consumer revenue was ${v} million.")
    assert findings(text.format(v="521.8"), rule="core/sum") == []
    assert findings(text.format(v="581.8"), rule="core/sum")


def test_followed_by_joins_a_list_and_together_names_its_total():
    text = ("The Central Library remained the busiest branch, with 612,400 loans, followed by Eastgate with 388,900 "
            "and Pinfold Road with 301,700. The three together handled {v} loans.")
    assert findings(text.format(v="1,303,000"), rule="core/sum") == []
    assert findings(text.format(v="1,403,000"), rule="core/sum")


def test_a_rank_whose_figure_stands_in_apposition_before_it():
    text = ("The Porta Sud station was the most polluted, with a mean of 15.6 micrograms, and Viale Monza followed "
            "with 15.1. Stazione Centrale, at 14.2, was the second-most polluted.")
    assert findings(text, rule="core/rank")
