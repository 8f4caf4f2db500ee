"""Differences and sums whose operands stand apart (issue 13): a comparative with no figure of
its own subject ("The total was 26 percent higher than …"), one through a year ("28 percent
below this year's 19,000 tonnes"), one "than" a name ("81 fewer than Dunmore"), a buffer above a
named requirement; a total opening "In total," over the sentences before, and a joiner of several
words across a relative clause."""

from __future__ import annotations

import pytest

from conftest import packs
from factcheck.pipeline import analyse, build_ruleset, check
from factcheck.read import read_source


def findings(text: str, rule: str):
    ruleset = build_ruleset(list(packs()))
    corpus = analyse([read_source("a.md", text, None)], ruleset)
    return [f for f in check(corpus, ruleset) if f.rule == rule and f.severity in ("error", "warning")]


@pytest.mark.parametrize("rule, text, true, false", [
    ("core/difference", "The appeal raised £3.62 million this winter.\n\nThe total was {v} percent higher than the "
     "£2.87 million raised last winter.", "26", "36"),
    ("core/difference", "date 2024-12-12\n\nMinisters cut next year's cod quota to 14,820 tonnes.\n\nThe new limit is {v} percent below "
     "this year's 19,000 tonnes.", "22", "28"),
    ("core/difference", "Dunmore scored 2,891 points and conceded 2,644, a points difference of +247.\n\nVelden "
     "finished with a points difference of +186, {v} fewer than Dunmore, after losing four games.", "61", "81"),
    ("core/difference", "The CET1 ratio rose to 15.8% from 15.1%, leaving a buffer of {v} percentage points above the "
     "regulatory requirement of 10.5%.", "5.3", "4.3"),
    ("core/sum", "Research expense rose to $118.4 million from $104.9 million. Sales expense grew 9% to $142.0 million "
     "from $130.3 million, and administrative expense was $51.3 million, compared with $49.0 million a year earlier. "
     "In total, operating expenses were ${v} million.", "311.7", "331.7"),
    ("core/sum", "The Board recommends a final dividend of 18.5 pence per share, which, together with the interim "
     "dividend of 7.0 pence paid in September, makes a total of {v} pence for the year.", "25.5", "27.5"),
])
def test_operands_apart(rule, text, true, false):
    assert findings(text.format(v=true), rule) == [], text.format(v=true)
    assert findings(text.format(v=false), rule), text.format(v=false)


def test_less_a_noun_phrase_then_of_is_no_comparative():
    assert findings("The property sold for NZD $1.3m less cost of sale of NZD $0.1m.", "core/difference") == []
