"""Ratios and averages (issue 13): a rate, an average or a multiple against the two figures
it divides, in the word orders reporters use; the charitable verdict over every plausible
pair; prices per unit that divide nothing told stay unread. The sentences are written here."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import packs
from factcheck.pipeline import analyse, build_ruleset, check
from factcheck.read import read_source

RULE = "core/ratio"


def findings(text: str):
    ruleset = build_ruleset(list(packs()))
    corpus = analyse([read_source("a.md", text, None)], ruleset)
    return [f for f in check(corpus, ruleset) if f.rule == RULE]


def errors(text: str):
    return [f for f in findings(text) if f.severity == "error"]


# ---- each form, true and false ---------------------------------------------------------

PAIRS = [
    # a rate per 100,000 people, its operands in the sentences before
    ("Road deaths fell to 287 last year. With a population of 5.42 million, that is {v} deaths per 100,000 "
     "inhabitants.", "5.3", "4.3"),
    # the rate first, its operands after it
    ("There were {v} deaths per 100,000 inhabitants last year: 287 deaths on the roads of a country whose "
     "population is 5.42 million.", "5.3", "6.3"),
    # an average a game, the games told as a hyphenated count in another paragraph
    ("Over the 34-game season the team scored 2,891 points.\n\nThe team averaged {v} points a game, a league high.",
     "85.0", "81.0"),
    # an average over a count right after it, the total after that
    ("Reyes averaged {v} points over 33 appearances, a season total of 706.", "21.4", "24.1"),
    # an average noun phrase: "an average yield of"
    ("The vineyards cover 28,450 hectares and produced 1,940,000 hectolitres, an average yield of {v} hectolitres "
     "per hectare.", "68.2", "62.8"),
    # an average of money per person, the people before
    ("The appeal raised £3.62 million from 48,210 donors, an average gift of £{v}.", "75", "95"),
    # an average over days
    ("The festival drew 86,000 visitors over four days, an average of {v} a day.", "21,500", "25,500"),
    # an average a month over a period told as two months
    ("Employers added 152,400 jobs from January to July 2024, an average of roughly {v} a month.", "21,800", "25,800"),
    # per capita
    ("The country's GDP was $210 billion and its population 5.1 million, giving a GDP per capita of ${v}.",
     "41,200", "48,200"),
]


@pytest.mark.parametrize("text, true, false", PAIRS)
def test_a_true_ratio_is_silent_and_a_false_one_is_found(text, true, false):
    assert findings(text.format(v=true)) == [], text.format(v=true)
    found = findings(text.format(v=false))
    assert found, text.format(v=false)
    assert any(false in f.message for f in found)


@pytest.mark.parametrize("text, true, false", [
    ("The city spent $4.2 million on parks, nearly {v} times the $1.5 million it spent in 2019.", "three", "five"),
    ("Exports reached 12,400 tonnes, {v} times as much as the 4,960 tonnes shipped in 2020.", "2.5", "3.5"),
    ("The trust raised £3.6 million this winter, {v} the £1.64 million of 2019.", "more than double", "triple"),
])
def test_a_multiple_is_checked_against_its_two_levels(text, true, false):
    assert findings(text.format(v=true)) == []
    assert findings(text.format(v=false))


def test_three_times_more_may_mean_four_times():
    assert findings("Sales reached $4.0 million, three times more than the $1.0 million of 2019.") == []


# ---- what is not a quotient ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "BP made profits of $17.5bn. Oil is above $40 a barrel, and output was 3.997 billion barrels.",
    "The government offers subsidies worth up to £4m per film; 27 films were made with £9m of support.",
    "On average 44% of respondents in each of the 22 countries said the economy was worse; 48% in three.",
    "Demand averaged 264 million litres a day, while reservoirs held 1,030 million cubic metres after 81 days "
    "without rain.",
    "Only 38 millimetres of rain fell in July, half the 30-year average of 71 millimetres.",
    "Attendance averaged 6,412 over 17 home games, a total of 109,004, in an arena that seats 7,200.",
])
def test_prices_climate_averages_and_other_quantities_are_not_divided(text):
    assert errors(text) == [], [f.message for f in errors(text)]


def test_the_most_charitable_pair_is_taken():
    # 3.62 million / 48,210 = 75.09: another pair (the £150,000 gift) must not make it an error
    text = ("The appeal raised £3.62 million. Donations came from 48,210 people, an average gift of £75, the largest "
            "single gift being £150,000.")
    assert findings(text) == []


def test_the_finding_names_the_pair_and_the_arithmetic():
    (f,) = errors("Road deaths fell to 287 last year. With a population of 5.42 million, that is 4.3 deaths per "
                  "100,000 inhabitants.")
    assert "287" in f.message and "5.42 million" in f.message and "4.3" in f.message


# ---- properties ------------------------------------------------------------------------

NOUNS = ["visitors", "passengers", "tonnes", "points", "calls"]
BASES = [("day", "days"), ("game", "games"), ("branch", "branches"), ("vessel", "vessels")]


def _average_sentences(total: int, count: int, shown: str, noun: str, base: tuple[str, str], order: int) -> str:
    one, many = base
    told = [f"In all, {total:,} {noun} were counted across {count} {many}.",
            f"The {count} {many} recorded {total:,} {noun} between them."][order % 2]
    average = [f"That is an average of {shown} {noun} a {one}.",
               f"Each {one} averaged {shown} {noun}, the survey said.",
               f"The figure averaged {shown} {noun} per {one}."][order % 3]
    return f"{told} {average}" if order % 4 < 2 else f"{average} {told}"


@settings(max_examples=60, deadline=None)
@given(count=st.integers(3, 400), mean=st.integers(20, 20000), noise=st.integers(-40, 40),
       noun=st.sampled_from(NOUNS), base=st.sampled_from(BASES), order=st.integers(0, 11),
       places=st.sampled_from([0, 1]))
def test_a_true_average_in_any_order_and_rounding_is_never_an_error(count, mean, noise, noun, base, order, places):
    total = max(count, mean * count + noise)
    shown = f"{total / count:,.{places}f}"
    text = _average_sentences(total, count, shown, noun, base, order)
    assert errors(text) == [], text


@settings(max_examples=60, deadline=None)
@given(count=st.integers(3, 400), mean=st.integers(20, 20000), noun=st.sampled_from(NOUNS),
       base=st.sampled_from(BASES), order=st.integers(0, 11), off=st.sampled_from([0.7, 0.8, 1.25, 1.4]))
def test_an_average_clearly_off_is_always_found(count, mean, noun, base, order, off):
    total = mean * count + 7  # a total told to the unit ("30,007"), not a round one a hedge of rounding may stretch
    shown = f"{round(total / count * off):,}"
    text = _average_sentences(total, count, shown, noun, base, order)
    assert findings(text), text
