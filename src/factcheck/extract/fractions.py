"""Fractions in words as shares: "half of", "a third", "two-thirds", "one in five", "nine
out of ten", "the majority of". Each becomes a claim of kind "fraction", in percent, with the
interval a reader gives the word: "half" is not 50.0 but about 45–55 (reporters round to the
nearest simple fraction), "one in five" is one in 4.5–5.5.

Only where the words state a share: "half of", "half the", "a third of the vote", "one in
five", or after a share verb ("accounted for about a third"). "The first half of the year",
"half-time" and "a third term" are not shares.
"""

from __future__ import annotations

import re
from fractions import Fraction

from ..intervals import Interval
from ..model import Claim, Document
from .hedges import hedge_before, intervals
from .words import ONES, TENS

NAMED = {"half": (1, 2), "third": (1, 3), "quarter": (1, 4), "fifth": (1, 5), "sixth": (1, 6), "seventh": (1, 7),
         "eighth": (1, 8), "ninth": (1, 9), "tenth": (1, 10)}
COUNT = {**ONES, **TENS, "a": 1, "an": 1}
# The half-width, in percentage points, of what a named fraction is read as: the midpoint to
# the next simple fraction a writer would have used (a third: a quarter and two-fifths).
HALF_WIDTH = {2: Fraction(5), 3: Fraction(4), 4: Fraction(3)}
DEFAULT_HALF_WIDTH = Fraction(5, 2)

_COUNT_WORDS = "|".join(sorted(COUNT, key=len, reverse=True))
_NAMED = "|".join(NAMED)
FRACTION_RE = re.compile(
    rf"(?<![\w-])(?:(?P<half>half)(?=\s+(?:of|the|its|their|all)\b)"
    rf"|(?P<k>{_COUNT_WORDS})[- ](?P<named>{_NAMED})s?(?=\s+(?:of|the|its|their|all|full|empty)\b|[,.;)]|\s+(?:were|was|are|is|had|have|said))"
    rf"|(?P<k2>{_COUNT_WORDS}|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<n2>{_COUNT_WORDS}|\d+)(?![\w-])"
    # ("a majority of 160" is a margin, not a share)
    rf"|(?P<majority>(?:the|a)\s+(?:large\s+|vast\s+|narrow\s+|slim\s+)?majority)(?=\s+of\s+(?!\d)))",
    re.IGNORECASE,
)
NOT_BEFORE_RE = re.compile(r"(?:first|second|last|final|latter|former|opening|closing|back|other|the)\s+$",
                           re.IGNORECASE)


def fractions(doc: Document, text: str) -> list[Claim]:
    out = []
    for m in FRACTION_RE.finditer(text):
        claim = _claim(doc, text, m)
        if claim is not None:
            out.append(claim)
    return out


def _claim(doc: Document, text: str, m: re.Match[str]) -> Claim | None:
    if m.group("majority"):
        iv = Interval(Fraction(50), Fraction(100))
        return Claim(doc=doc, start=m.start(), end=m.end(), text=m.group(), value=Fraction(75), kind="fraction",
                     rounding=iv, strict=iv, ordinary=iv)
    if m.group("half"):
        k, n = 1, 2
        if NOT_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            return None  # "the first half of the year", "the other half"
    elif m.group("named"):
        k, n = _number(m.group("k")), NAMED[m.group("named").lower()][1]
        if k is None or k >= n:
            return None
        if m.group("k").lower() in ("a", "an") and NOT_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            return None
    else:
        k, n = _number(m.group("k2")), _number(m.group("n2"))
        if k is None or n is None or not 0 < k < n or n > 1000:
            return None
    value = Fraction(100 * k, n)
    if m.group("k2"):
        half = Fraction(25, n)  # "one in five": 15–25 %, a quarter of the step to the next numerator either way
    else:
        half = HALF_WIDTH.get(n, DEFAULT_HALF_WIDTH)
    start = m.start()
    window = max(0, start - 40)
    before = hedge_before(text[window:start])
    hedge, hedge_text = before[:2] if before else ("exact", "")
    rounding, strict, ordinary = intervals(value, 2 * half, Fraction(0), hedge, False)
    rounding, strict, ordinary = (_within_0_100(iv) for iv in (rounding, strict, ordinary))
    return Claim(doc=doc, start=start, end=m.end(), text=m.group(), value=value, kind="fraction",
                 rounding=rounding, strict=strict, ordinary=ordinary, hedge=hedge, hedge_text=hedge_text,
                 hedge_start=window + before[2] if before else start)


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return COUNT.get(word.lower())


def _within_0_100(iv: Interval) -> Interval:
    lo = Fraction(0) if iv.lo is None else max(Fraction(0), iv.lo)
    hi = Fraction(100) if iv.hi is None else min(Fraction(100), iv.hi)
    return Interval(lo, hi)
