"""Shares whose part or whole is not beside them (issue 13): a bare fraction's whole ("half
the 30-year average of 71"), a share noun ("a 28.3 percent share of admissions"), a share in a
relative clause whose part is the main clause's level, a part told of the subject's noun in
an earlier sentence, and the total named by "of total revenue" however far back."""

from __future__ import annotations

import pytest

from conftest import packs
from factcheck.pipeline import analyse, build_ruleset, check
from factcheck.read import read_source


def findings(text: str):
    ruleset = build_ruleset(list(packs()))
    corpus = analyse([read_source("a.md", text, None)], ruleset)
    return [f for f in check(corpus, ruleset) if f.rule == "core/share" and f.severity in ("error", "warning")]


@pytest.mark.parametrize("text, true, false", [
    ("Only 38 millimetres of rain fell in July, just over {v} the 30-year average of 71 millimetres.", "half",
     "a third"),
    ("Cinemas sold 38.6 million tickets in 2023. Films made at home sold 9.2 million tickets, giving domestic "
     "productions a {v} percent share of tickets.", "23.8", "28.3"),
    ("Total revenue for the year ended December 31, 2023 was $412.6 million.\n\nSubscription revenue, which "
     "represented {v}% of total revenue, grew 19% to $351.9 million from $295.7 million.", "85", "80"),
    ("Road deaths fell to 287. Car occupants accounted for 131 of the deaths and pedestrians for 68. Pedestrians "
     "made up nearly {v} of all deaths.", "a quarter", "a third"),
])
def test_a_share_whose_operands_stand_apart(text, true, false):
    assert findings(text.format(v=true)) == [], text.format(v=true)
    assert findings(text.format(v=false)), text.format(v=false)


def test_a_fraction_before_an_apposition_is_not_its_whole():
    text = ("During 2004, the trade surplus grew 17.9% to 12.011 trillion yen, with more than half the surplus, "
            "6.962 trillion yen, accounted for by trade with the US.")
    assert [f for f in findings(text) if f.severity == "error"] == []
