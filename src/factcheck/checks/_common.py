"""Helpers the checks share: comparing intervals under both readings, and number display."""

from __future__ import annotations

import math
from fractions import Fraction

from ..intervals import Interval, fmt, grouped
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


def show(claim: Claim) -> str:
    """How a claim reads in a message: its own text."""
    return claim.text


def num(value: Fraction | None, places: int | None = None) -> str:
    return grouped(value, places)


def show_iv(iv: Interval, places: int = 2) -> str:
    if iv.bounded and iv.lo == iv.hi:
        return num(iv.lo, places)
    lo = "−∞" if iv.lo is None else num(iv.lo, places)
    hi = "∞" if iv.hi is None else num(iv.hi, places)
    return f"[{lo}, {hi}]"


def pct(value: Fraction | None) -> str:
    return fmt(value, 2)


def scaled(value: Fraction, scale: Fraction) -> str:
    return num(value / scale, 2)


def whole_numbers(iv: Interval) -> Interval:
    """Counts are whole numbers: "3,671" may stand for 3,670.5–3,671.5 as a rounded figure,
    but a count of companies inside that interval can only be 3,671."""
    lo = None if iv.lo is None else Fraction(math.ceil(iv.lo))
    hi = None if iv.hi is None else Fraction(math.floor(iv.hi))
    return Interval(lo, hi) if lo is None or hi is None or lo <= hi else iv


def counted(claim: Claim, iv: Interval) -> Interval:
    return whole_numbers(iv) if claim.kind == "count" else iv
