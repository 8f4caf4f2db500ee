"""A sentence is only searched for a qualifier's cue when it holds one of the cue's words.
That skip must never change a qualifier: resolving with every cue searched gives the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.claims import extract
from factcheck.model import Document
from factcheck.packs import load_packs
from factcheck.pipeline import build_ruleset
from factcheck.read import discover, read_document
from factcheck.resolve import qualifiers, resolve

ROOT = Path(__file__).resolve().parents[1]
INDEX = build_ruleset(load_packs()).measures


class _EveryCue(qualifiers.SentenceCues):
    """Cues with every pattern searched, as before the word filters."""

    def __init__(self, sentence, start, ordinals):
        super().__init__(sentence, start, ordinals)
        m = qualifiers.THROUGH_RE.search(sentence)
        n = m.group("n").lower() if m else ""
        value = int(n) if n.isdigit() else qualifiers.ONES.get(n)
        self.through = str(value) if value else None
        self.national_ends = [m.end() for m in qualifiers.NATIONAL_RE.finditer(sentence)]
        self.may_be_national = self.may_be_cumulative = self.may_be_total = True
        self.may_be_target = self.may_be_previous = True


def _qualifiers(doc: Document) -> list:
    ex = extract(doc)
    resolve(ex.claims, doc.text, ex.sentences, INDEX)
    return [(c.start, c.measure, sorted(c.qualifiers.items())) for c in ex.claims]


def _both(doc_of, monkeypatch) -> tuple[list, list]:
    fast = _qualifiers(doc_of())
    with monkeypatch.context() as m:
        m.setattr("factcheck.resolve.SentenceCues", _EveryCue)
        full = _qualifiers(doc_of())
    return fast, full


def test_word_filters_change_no_qualifier_on_shipped_articles(monkeypatch):
    paths = discover([str(ROOT / "examples"), str(ROOT / "tests" / "corpus")])
    for path in paths:
        fast, full = _both(lambda: read_document(path), monkeypatch)
        assert fast == full, path


PIECES = ["Guangdong", "has", "nationwide", "national", "the\ncountry", "the country", "China", "Nation", "cumulative",
          "Cumulatively", "so far", "to date", "in total", "In Total", "total number of", "altogether", "in all",
          "has reached", "all four batches", "all lists", "a total of", "totalling", "overall", "target", "Goal",
          "aims", "planned", "quota", "objective", "by 2025", "by the end of 2024", "from", "compared with", "versus",
          "vs.", "a year earlier", "the previous month", "previously", "the fifth batch", "four batches", "rounds",
          "3,671", "12,000", "nearly 9,000", "17.9 percent", "$1.2 billion", "firms", "enterprises", "were", ",", ".",
          # letters IGNORECASE reads as ASCII ones, which str.lower() does not
          "cumulatıve", "İN TOTAL", "ſo far", "four lıst", "TARGET", "nationwıde"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30))
def test_word_filters_change_no_qualifier(pieces):
    text = " ".join(pieces)
    with pytest.MonkeyPatch.context() as mp:
        fast, full = _both(lambda: Document(path="x.txt", source=text, text=text), mp)
    assert fast == full
