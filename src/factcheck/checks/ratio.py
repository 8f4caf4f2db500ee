"""ratio: a rate, an average or a multiple against the two figures it divides —
"5.3 deaths per 100,000 inhabitants" = 287 / 5.42 million × 100,000; "averaged 85.0 points a
game" = 2,891 / 34; "nearly three times the $1.5 million" = $4.2 million / $1.5 million."""

from __future__ import annotations

from fractions import Fraction

from ..intervals import Interval
from ..model import Claim
from . import Hit, charitable, check, merged
from ._common import counted, level_for, show_iv, whole_numbers

# How far a multiple told in words ("twice", "double") may be from the ratio of its figures:
# reporters say "twice" of 1.9 times, not of 1.6 (the tolerance of "doubled" in checks/change).
WORD_STRICT = Fraction(15, 100)
WORD_ORDINARY = Fraction(8, 100)
PREPOSITION_HEDGES = frozenset({"over", "under"})


@check("ratio")
def run(corpus, params):
    for st in merged(corpus.of("ratio"), "value", "den"):
        yield from charitable(st, _judge)


def _judge(slots) -> list[Hit]:
    num, den = slots.get("num"), slots.get("den")
    if not isinstance(num, Claim) or (not isinstance(den, Claim) and slots.get("den_value") is None):
        return []
    if slots.get("den_value") is None and (den.value == 0 or den.strict.contains(0) or den.ordinary.contains(0)):
        return []
    scale = Interval.point(Fraction(str(slots.get("scale", "1"))))
    if slots.get("den_value") is not None:  # a period's length, or a year's untold
        den_strict = den_ordinary = Interval.point(Fraction(str(slots["den_value"])))
    else:
        den_strict, den_ordinary = _as_read(den, slots)
    strict = counted(num, num.strict) / den_strict * scale
    ordinary = counted(num, num.ordinary) / den_ordinary * scale
    return _verdict(slots, num, den, scale, strict, ordinary)


def _as_read(den: Claim, slots) -> tuple[Interval, Interval]:
    """The denominator's intervals as the rate reads it."""
    den_strict, den_ordinary = den.strict, den.ordinary
    if slots.get("den_as_written") == "yes":
        den_strict, den_ordinary = den.rounding, den.rounding  # "averaged 6,412 over 17 games": a span, no hedge
    elif den.hedge_text.lower() in PREPOSITION_HEDGES:
        # "spread over 28,450 hectares": "over" is a preposition as often as a hedge here
        den_strict, den_ordinary = _hull(den.strict, den.rounding), _hull(den.ordinary, den.rounding)
    # Counts are whole numbers: "nine home games" are 9, not anything in [8.5, 9.5].
    den_strict, den_ordinary = counted(den, den_strict), counted(den, den_ordinary)
    if den.kind == "duration" and den.hedge == "exact":  # "over 3 days": whole days, as counted
        den_strict, den_ordinary = whole_numbers(den_strict), whole_numbers(den_ordinary)
    return den_strict, den_ordinary


def _verdict(slots, num: Claim, den, scale: Interval, strict: Interval, ordinary: Interval) -> list[Hit]:
    value = slots.get("value")
    if isinstance(value, Claim):
        said_strict, said_ordinary = value.strict, value.ordinary
        if slots.get("plus_one") == "yes":  # "three times more than": 3 or 4 times
            said_strict = _hull(said_strict, said_strict + Interval.point(1))
            said_ordinary = _hull(said_ordinary, said_ordinary + Interval.point(1))
        said, anchor = value.text, value
    else:
        factor = Fraction(str(slots.get("factor")))
        said_strict = _word_interval(factor, str(slots.get("hedge", "exact")), WORD_STRICT)
        said_ordinary = _word_interval(factor, str(slots.get("hedge", "exact")), WORD_ORDINARY)
        said, anchor = f"'{slots.get('word')}' (× {show_iv(Interval.point(factor))})", den
    level = level_for(strict.intersects(said_strict), ordinary.intersects(said_ordinary))
    if not level:
        return []
    form = slots.get("form", "rate")
    claims = [c for c in (value if isinstance(value, Claim) else None, num, den) if isinstance(c, Claim)]
    per = "" if scale == Interval.point(1) else f" × {show_iv(scale)}"
    computed = show_iv(strict, 3 if form == "multiple" else 2)
    den_text = den.text if isinstance(den, Claim) else str(slots.get("den_text", slots.get("den_value")))
    return [Hit(level, claims, {"value": said, "num": num.text, "den": den_text, "computed": computed, "form": form},
                f"{num.text} / {den_text}{per} = {computed} ∉ {show_iv(said_strict)}", anchor=anchor)]


def _hull(a: Interval, b: Interval) -> Interval:
    lo = None if a.lo is None or b.lo is None else min(a.lo, b.lo)
    hi = None if a.hi is None or b.hi is None else max(a.hi, b.hi)
    return Interval(lo, hi)


def _word_interval(factor: Fraction, hedge: str, tolerance: Fraction) -> Interval:
    lo, hi = factor * (1 - tolerance), factor * (1 + tolerance)
    if hedge == "above":
        return Interval(factor * (1 - tolerance / 4), None)
    if hedge == "below":
        return Interval(lo * (1 - tolerance), factor * (1 + tolerance / 4))
    if hedge == "about":
        return Interval(lo * (1 - tolerance / 2), hi * (1 + tolerance / 2))
    return Interval(lo, hi)
