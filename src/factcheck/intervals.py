"""Closed intervals over exact rationals, with unbounded ends.

A written number is an interval, never a point (DESIGN, "Interval semantics"). Bounds are
`Fraction`s so that 17.85 is 17.85 and a value on the edge of an interval is judged exactly;
`None` stands for an unbounded end. Bounds are treated as closed: where the text says
"more than 100" we accept 100 itself, which can only ever hide an error, never invent one.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Iterable

_INF = float("inf")


def _ext(bound: Fraction | None, upper: bool) -> Fraction | float:
    if bound is None:
        return _INF if upper else -_INF
    return bound


def _back(x: Fraction | float) -> Fraction | None:
    return None if isinstance(x, float) else x


def _mul(a: Fraction | float, b: Fraction | float) -> Fraction | float:
    # 0 × ∞ is 0 here: a bound of zero times an unbounded end stays zero.
    if a == 0 or b == 0:
        return Fraction(0)
    if isinstance(a, float) or isinstance(b, float):
        return _INF if (a > 0) == (b > 0) else -_INF
    return a * b


@dataclass(frozen=True, slots=True)
class Interval:
    lo: Fraction | None
    hi: Fraction | None

    @classmethod
    def point(cls, value: Fraction | int) -> "Interval":
        v = Fraction(value)
        return cls(v, v)

    # -- predicates ---------------------------------------------------------
    def contains(self, value: Fraction | int) -> bool:
        return (self.lo is None or self.lo <= value) and (self.hi is None or value <= self.hi)

    def intersects(self, other: "Interval") -> bool:
        return self.intersection(other) is not None

    def intersection(self, other: "Interval") -> "Interval | None":
        lo = _max_lo(self.lo, other.lo)
        hi = _min_hi(self.hi, other.hi)
        if lo is not None and hi is not None and lo > hi:
            return None
        return Interval(lo, hi)

    @property
    def bounded(self) -> bool:
        return self.lo is not None and self.hi is not None

    @property
    def midpoint(self) -> Fraction | None:
        if not self.bounded:
            return self.lo if self.lo is not None else self.hi
        return (self.lo + self.hi) / 2  # type: ignore[operator]

    # -- arithmetic ---------------------------------------------------------
    def __add__(self, other: "Interval") -> "Interval":
        lo = None if self.lo is None or other.lo is None else self.lo + other.lo
        hi = None if self.hi is None or other.hi is None else self.hi + other.hi
        return Interval(lo, hi)

    def __neg__(self) -> "Interval":
        return Interval(None if self.hi is None else -self.hi, None if self.lo is None else -self.lo)

    def __sub__(self, other: "Interval") -> "Interval":
        return self + (-other)

    def __mul__(self, other: "Interval") -> "Interval":
        products = [
            _mul(_ext(a, ua), _ext(b, ub))
            for a, ua in ((self.lo, False), (self.hi, True))
            for b, ub in ((other.lo, False), (other.hi, True))
        ]
        return Interval(_back(min(products)), _back(max(products)))

    def __truediv__(self, other: "Interval") -> "Interval":
        return self * other.reciprocal()

    def reciprocal(self) -> "Interval":
        """1/x for every x of the interval but 0, which no divisor can be: 1/[0, 50] is
        [1/50, ∞), so "€86 million (less than $50 million)" still tells a rate of at least 1.72."""
        lo, hi = self.lo, self.hi
        if (lo is None or lo < 0) and (hi is None or hi > 0):
            return Interval(None, None)  # a divisor either side of 0: nothing can be concluded
        if lo == 0 and hi == 0:
            return Interval(None, None)
        if lo is not None and lo >= 0:  # [0 or more, hi]: 1/hi up to 1/lo (∞ for lo = 0)
            return Interval(Fraction(0) if hi is None else 1 / hi, None if lo == 0 else 1 / lo)
        # [lo, at most 0]: 1/hi down to 1/lo (−∞ for hi = 0)
        return Interval(None if hi == 0 else 1 / hi, Fraction(0) if lo is None else 1 / lo)

    def magnitude(self) -> "Interval":
        """|x| for every x of the interval: a gap or a change told without its sign."""
        if self.lo is not None and self.lo >= 0:
            return self
        if self.hi is not None and self.hi <= 0:
            return -self
        hi = None if self.lo is None or self.hi is None else max(-self.lo, self.hi)
        return Interval(Fraction(0), hi)

    def scale(self, factor: Fraction | int) -> "Interval":
        return self * Interval.point(factor)

    def __str__(self) -> str:
        return f"[{fmt(self.lo, default='−∞')}, {fmt(self.hi, default='∞')}]"


def _max_lo(a: Fraction | None, b: Fraction | None) -> Fraction | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


def _min_hi(a: Fraction | None, b: Fraction | None) -> Fraction | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def common(intervals: Iterable[Interval]) -> Interval | None:
    """The intersection of all intervals, or None when they cannot all hold."""
    acc: Interval | None = Interval(None, None)
    for iv in intervals:
        acc = acc.intersection(iv) if acc is not None else None
        if acc is None:
            return None
    return acc


def total(intervals: Iterable[Interval]) -> Interval:
    acc = Interval.point(0)
    for iv in intervals:
        acc = acc + iv
    return acc


def fmt(value: Fraction | None, places: int | None = None, default: str = "?") -> str:
    """A decimal string for a rational: exact when it terminates, else rounded."""
    if value is None:
        return default
    if places is None:
        den = value.denominator
        while den % 2 == 0:
            den //= 2
        while den % 5 == 0:
            den //= 5
        if den == 1:
            return _exact_decimal(value)
        places = 2 if abs(value) >= 1 else 4
    q = round(value, places)
    text = f"{float(q):.{places}f}" if abs(value) < 1e15 else str(int(q))
    return text


def _exact_decimal(value: Fraction) -> str:
    sign = "-" if value < 0 else ""
    value = abs(value)
    whole, rest = divmod(value.numerator, value.denominator)
    if rest == 0:
        return f"{sign}{whole}"
    digits = []
    while rest and len(digits) < 40:
        rest *= 10
        d, rest = divmod(rest, value.denominator)
        digits.append(str(d))
    return f"{sign}{whole}.{''.join(digits)}"


def grouped(value: Fraction | None, places: int | None = None) -> str:
    """Like fmt, with thousands separators, for messages ("12,668")."""
    text = fmt(value, places)
    if value is None or "e" in text:
        return text
    sign = "-" if text.startswith("-") else ""
    body = text.lstrip("-")
    whole, _, frac = body.partition(".")
    whole = f"{int(whole):,}"
    return f"{sign}{whole}.{frac}" if frac else f"{sign}{whole}"
