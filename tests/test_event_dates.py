"""event-after-publication: a figure is an event's date only when it dates what the clause
tells, and the clause tells it as past. The shapes below are those of the false alarms read
on real articles and annual reports (benchmarks/real.py), in sentences of our own."""

from __future__ import annotations

import pytest

RULE = "dates/event-after-publication"


def _events(findings):
    return [f for f in findings if f.rule == RULE and f.severity in ("error", "warning")]


NOT_EVENTS = [
    # plans, hopes, proposals and what could happen
    "The miner said it hoped to return to profit in 2006.",
    "The unit could be floated in 2006, the chairman said.",
    "Ministers have suggested the vote could take place in spring 2006.",
    "A commercial service could be as far away as 2012, though the firm did not rule out an earlier date.",
    "Come 2020, the country could be more dependent on imports than any of its neighbours.",
    "The regulator has proposed a switch-off of the old signal, with 2012 the most recently proposed date.",
    "The money was earmarked for spending in three instalments in 2010, 2011 and 2012.",
    "Asia is set to drive growth in advertising to 2008 and beyond, analysts have predicted.",
    "London launched its bid to host the Olympics in 2012 with a parade.",
    "The firm said it is expected to list its shares in 2007.",
    # bounds and spans, not the time of an event
    "Critics said the proposals exposed the country to large commitments beyond 2009.",
    "The review was aimed at saving £40m between 2005 and 2008.",
    "He signed a contract to 2009.",
    "The club signed him on a deal running until 2010.",
    "The state losses expire in various years ending between 2023 and 2039, if not used.",
    # names, labels and editions: the year is part of what a noun names
    "She wore the city's 2012 Olympic bid badge on her vest.",
    "The group used the proceeds to repay the 2022 Term Loan B.",
    "Proceeds came from the issuance of the 2024 Notes, 2026 Notes and 2029 Notes.",
    "In 2004 the group issued convertible notes (the “2021 Notes”) at 98% of par.",
    "Interest on the 2021 Notes was paid in arrears.",
    "The company issued Senior Notes due 2029 last year.",
    # a maturity told in the present, with a condition in the past participle
    "The 2021 Notes mature on July 1, 2021, unless earlier repurchased or converted.",
    # clock times, key sizes, years a thing covers
    "The talks ended at 2100 GMT on Monday.",
    "The bank adopted 2048-bit keys for its website.",
    "The results covered fiscal 2006.",
    "The board approved the accounts for the year ending December 31, 2006.",
]


@pytest.mark.parametrize("sentence", NOT_EVENTS)
def test_a_figure_that_dates_no_told_event_is_silent(check, sentence):
    assert _events(check(f"date 2005-12-31\n\n{sentence}\n")) == []


EVENTS = [
    ("The firm said it returned to profit in 2006.", "2006"),
    ("The plant closed on May 3, 2006, the company said.", "May 3, 2006"),
    ("The 2004 Notes were repaid on March 1, 2006.", "March 1, 2006"),
    ("The referendum took place in spring 2006, officials said.", "2006"),
    ("The vote was held in 2006 and the count took two days.", "2006"),
    ("Leeds won the title in 2006, ending a long wait.", "2006"),
]


@pytest.mark.parametrize("sentence, date", EVENTS)
def test_a_past_event_after_publication_is_still_found(check, sentence, date):
    found = _events(check(f"date 2005-12-31\n\n{sentence}\n"))
    assert [f.claims[0].text for f in found] == [date], [f.message for f in found]


def test_a_measure_taking_effect_after_publication_is_announced_not_past(check):
    text = ("date 2023-08-22\n\nThe water company said on Tuesday as it announced a hosepipe ban taking effect on "
            "Friday, August 25, 2023.\n")
    assert _events(check(text)) == []
    came = check("date 2023-08-22\n\nThe hosepipe ban, which came into force on August 25, 2023, is now lifted.\n")
    assert [f.claims[0].text for f in _events(came)] == ["August 25, 2023"]
