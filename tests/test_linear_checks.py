"""Cross-document checks keep only what they need: the result equals comparing all pairs."""

from __future__ import annotations

from fractions import Fraction
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.checks._common import agree
from factcheck.checks.consistency import _same_date_group, same_count
from factcheck.intervals import Interval

bounds = st.integers(0, 30)


class Figure(SimpleNamespace):
    __hash__ = object.__hash__  # claims are hashed by identity
    __eq__ = object.__eq__


@st.composite
def figure(draw):
    lo, width, extra = draw(bounds), draw(st.integers(0, 8)), draw(st.integers(0, 4))
    strict = Interval(Fraction(lo), None if draw(st.booleans()) and extra == 0 else Fraction(lo + width + extra))
    ordinary = Interval(Fraction(lo), Fraction(lo + width))
    through = draw(st.sampled_from([None, None, "2", "3"]))
    return Figure(strict=strict, ordinary=ordinary, qualifiers={"through": through} if through else {},
                           start=draw(st.integers(0, 99)), said="x", doc=None)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(figure(), min_size=1, max_size=3), min_size=2, max_size=6))
def test_same_date_articles_are_flagged_exactly_when_some_earlier_figure_disagrees(articles):
    flagged = {id(hit.claims[0]) for hit in _same_date_group(articles)}
    for j, later in enumerate(articles):
        earlier = [a for article in articles[:j] for a in article]
        worst = [agree(a, b) for a in earlier for b in later if same_count(a, b)]
        expected = any(v is not None for v in worst)
        assert any(id(b) in flagged for b in later) == expected, j
