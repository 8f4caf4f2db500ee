"""Helpers the checks share: comparing intervals under both readings, and number display."""

from __future__ import annotations

import math
from fractions import Fraction

from ..intervals import Interval, grouped
from ..model import Claim


def level_for(strict_ok: bool, ordinary_ok: bool) -> str | None:
    """The level of a hit: None when the relation can hold under the ordinary reading."""
    if not strict_ok:
        return "strict"
    if not ordinary_ok:
        return "ordinary"
    return None


def agree(a: Claim, b: Claim) -> str | None:
    """Two claims for one quantity: must their intervals overlap?"""
    return level_for(a.strict.intersects(b.strict), a.ordinary.intersects(b.ordinary))


def num(value: Fraction | None, places: int | None = None) -> str:
    return grouped(value, places)


SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))


def show_iv(iv: Interval, places: int = 2) -> str:
    """An interval for a message: "12,668", "[24.46, 26.06]", "[1.2595, 1.2755] billion"."""
    biggest = max((abs(b) for b in (iv.lo, iv.hi) if b is not None), default=0)
    for size, word in SCALES:
        if biggest >= size:
            scaled = Interval(None if iv.lo is None else iv.lo / size, None if iv.hi is None else iv.hi / size)
            return f"{show_iv(scaled, 4)} {word}"
    if iv.bounded and iv.lo == iv.hi:
        return _trim(num(iv.lo, places))
    lo = "−∞" if iv.lo is None else _trim(num(iv.lo, places))
    hi = "∞" if iv.hi is None else _trim(num(iv.hi, places))
    return f"[{lo}, {hi}]"


def _trim(text: str) -> str:
    """12,050.00 → 12,050; 0.8260 → 0.826."""
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def whole_numbers(iv: Interval) -> Interval:
    """Counts are whole numbers: "3,671" may stand for 3,670.5–3,671.5 as a rounded figure,
    but a count of companies inside that interval can only be 3,671."""
    lo = None if iv.lo is None else Fraction(math.ceil(iv.lo))
    hi = None if iv.hi is None else Fraction(math.floor(iv.hi))
    return Interval(lo, hi) if lo is None or hi is None or lo <= hi else iv


def counted(claim: Claim, iv: Interval) -> Interval:
    return whole_numbers(iv) if claim.kind == "count" else iv


# How many figures of a kind, on either side, a figure is compared with inside one file. An
# article has far fewer; a 50 MB file of concatenated articles has hundreds of thousands, and
# comparing each with all would cost the square of their number.
REACH = 64


def neighbours(items: list, i: int, reach: int = REACH) -> list:
    """The items within `reach` places of items[i], itself included."""
    return items[max(0, i - reach) : i + reach + 1]
