"""The fast numeral scan finds exactly what the one big pattern finds."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.patterns import NUMERAL_RE
from factcheck.extract.scan import numerals
from factcheck.read import discover, read_document

ROOT = Path(__file__).resolve().parents[1]

# Pieces that exercise every alternative of NUMERAL_RE, and the text around them.
PIECES = [
    "3,671", "17.9", "percent", "%", "percentage points", "pp", "basis points", "$", "US$", "RMB", "Ksh.", "€",
    "5.2bn", "million", "billion", "yuan", "from", "between", "to", "and", "January", "Jan.", "May", "5th",
    "fifth", "twenty-first", "twenty", "one", "a dozen", "dozen", "this year", "last year", "2021-25",
    "2023-08-01", "10:30", "1.2.3", "+1 555 123 4567", "(555) 123-4567", "COVID-19", "A380s", "photo.jpg",
    "img-2023.png", "(", ")", ",", ".", "-", "–", "/", "'", "“", "”", "\n", " ", "  ", "the", "firms", "x",
    "İstanbul", "ſix", "fıve", "FİVE", "3 times", "10-fold", "-4,000", "+159,000", "1,23,456", "1.234,5", "July 14, 2023",
]


def _visible(matches) -> list[tuple]:
    # A skip match only keeps digits from being read; one missed where it holds none changes nothing.
    return [(m.span(), m.lastgroup) for m in matches if m.lastgroup != "skip"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.lists(st.sampled_from([" ", "", "\n"]), max_size=40))
def test_scan_matches_the_reference_pattern(pieces, gaps):
    text = "".join(p + (gaps[i] if i < len(gaps) else " ") for i, p in enumerate(pieces))
    assert _visible(numerals(text)) == _visible(NUMERAL_RE.finditer(text))


def test_scan_matches_on_every_shipped_article():
    paths = discover([str(ROOT / "examples"), str(ROOT / "tests" / "corpus")])
    assert len(paths) > 20
    for path in paths:
        text = read_document(path).text
        assert _visible(numerals(text)) == _visible(NUMERAL_RE.finditer(text)), path


def _measure_index():
    from factcheck.packs import load_packs
    from factcheck.pipeline import build_ruleset

    return build_ruleset(load_packs()).measures


ALIAS_PIECES = ["little giant", "little-giant", "'little giant'", "“Little Giant”", "giants", "specialized",
                "Specialized", "refined", "distinctive", "innovative", "special", "new", "sophisticated", "small",
                "medium-sized", "enterprises", "SMEs", "and", "the", "İstanbul", "firms", ",", "-", "“", "'",
                "lıttle giants", "ſpecialized", "LİTTLE GIANT"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ALIAS_PIECES), max_size=30), st.lists(st.sampled_from([" ", "", "\n", ", "]), max_size=30))
def test_alias_scan_matches_the_reference_pattern(pieces, gaps):
    """Aliases tried only where a first word starts are the aliases the full pattern finds."""
    index = _measure_index()
    text = "".join(p + (gaps[i] if i < len(gaps) else " ") for i, p in enumerate(pieces))
    reference = [(m.start(), m.end(), index._group_to_name[m.lastgroup]) for m in index._regex.finditer(text) if m.lastgroup]
    assert index.aliases_in(text) == reference


def test_alias_scan_matches_on_every_shipped_article():
    index = _measure_index()
    for path in discover([str(ROOT / "examples"), str(ROOT / "tests" / "corpus")]):
        text = read_document(path).text
        reference = [(m.start(), m.end(), index._group_to_name[m.lastgroup]) for m in index._regex.finditer(text) if m.lastgroup]
        assert index.aliases_in(text) == reference, path
