"""A loss beside a profit is below zero (issue 13): "operating income of $3.6 million improved
$12.7 million from $9.0 million of operating loss" holds; a comparative reads only when its
"than" follows it ("$1.2m less cost of sale of $0.1m" compares nothing)."""

from __future__ import annotations

import pytest

from conftest import packs
from factcheck.pipeline import analyse, build_ruleset, check
from factcheck.read import read_source


def errors(text: str, rule: str):
    ruleset = build_ruleset(list(packs()))
    corpus = analyse([read_source("a.md", text, None)], ruleset)
    return [f for f in check(corpus, ruleset) if f.rule == rule and f.severity == "error"]


@pytest.mark.parametrize("text", [
    "Segment operating income of $3.6 million in fiscal year 2018 improved $12.7 million from $9.0 million of "
    "operating loss in fiscal year 2017.",
    "The division swung to a profit of $3.6 million from a loss of $9.1 million, an improvement of $12.7 million.",
])
def test_a_change_from_a_loss_to_a_profit_crosses_zero(text):
    assert errors(text, "core/change") == []


def test_a_wrong_swing_from_a_loss_is_still_found():
    text = ("Segment operating income of $3.6 million in fiscal year 2018 improved $15.7 million from $9.0 million "
            "of operating loss in fiscal year 2017.")
    assert errors(text, "core/change")


def test_a_loss_that_narrows_is_two_losses_and_keeps_its_sign():
    assert errors("The net loss narrowed to $3.0 million from $5.0 million, a decrease of $2.0 million.",
                  "core/change") == []


def test_less_far_from_its_than_is_no_comparative():
    text = ("The sale was for NZD $1.3m less cost of sale of NZD $0.1m (AUD $1.2m less cost of sale of $0.1m).")
    assert errors(text, "core/difference") == []


def test_a_comparative_with_its_noun_still_reads():
    text = "The airport handled 2.41 million passengers, 550,000 more passengers than the 1.96 million of 2022."
    assert errors(text, "core/difference")
