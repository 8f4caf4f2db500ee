"""Hedges and written precision → the strict and ordinary intervals of a claim.

The table is DESIGN's "Interval semantics"; `unit` is one rounding unit of the number as
written (0.1 for "17.9", 1,000 for "12,000", 0.1 trillion for "3.7 trillion").
"""

from __future__ import annotations

import re
from fractions import Fraction

from ..intervals import Interval
from ..prefilter import lower_as_re, trailing_word

HEDGE_WORDS = {
    "approximate": ["about", "around", "roughly", "some", "approximately", "approx.", "an estimated", "estimated", "circa"],
    "nearly": ["nearly", "almost", "close to", "just under", "just shy of", "nigh on"],
    "more_than": ["more than", "over", "above", "in excess of", "exceeded", "exceeding", "exceeds", "surpassed",
                  "surpassing", "surpasses", "topped", "topping", "tops", "beyond", "just over", "upwards of"],
    "at_least": ["at least", "no fewer than", "no less than", "a minimum of", "reached", "reaching", "reaches",
                 "hit", "hitting", "hits", "of or above"],
    "less_than": ["less than", "fewer than", "under", "below"],
    "at_most": ["up to", "at most", "no more than", "not more than", "a maximum of", "of or below"],
}  # fmt: skip
_WORD_TO_HEDGE = {w: h for h, words in HEDGE_WORDS.items() for w in words}
_alternatives = "|".join(re.escape(w) for w in sorted(_WORD_TO_HEDGE, key=len, reverse=True))
# The hedge must stand right before the number ("a total of" may sit between).
HEDGE_BEFORE_RE = re.compile(rf"(?:^|[^\w.])(?P<h>{_alternatives})\s+(?:a total of\s+)?$", re.IGNORECASE)
HEDGE_AFTER_RE = re.compile(r"\s*(?P<h>or more|or above|or higher|plus|or so|or less|or fewer)\b|(?P<plus>\+)", re.IGNORECASE)
_AFTER_TO_HEDGE = {"or more": "at_least", "or above": "at_least", "or higher": "at_least", "plus": "at_least",
                   "or so": "approximate", "or less": "at_most", "or fewer": "at_most"}  # fmt: skip


# "edged up to 4.1 percent" is a movement, not a ceiling: "up" belongs to the verb.
MOTION_VERB_RE = re.compile(r"\b(?:\w+ed|went|rose|crept|shot|goes|rises|edges|ticks|moves|climbs|jumps|inches|steps|creeps)\s+$",
                            re.IGNORECASE)


# The last word of every hedge, and of "a total of": a cheap test that most figures fail,
# before the pattern (which tries every position of its window) runs.
_LAST_WORDS = frozenset(w.split()[-1] for w in _WORD_TO_HEDGE) | {"of"}


def hedge_before(preceding: str) -> tuple[str, str, int] | None:
    """(hedge kind, hedge as written, where it starts in `preceding`) for the words right
    before a number."""
    stripped = preceding.rstrip()
    if len(stripped) == len(preceding):
        return None  # the pattern needs white space between the hedge and the number
    if lower_as_re(trailing_word(stripped, also=".")) not in _LAST_WORDS:  # "approx."
        return None
    m = HEDGE_BEFORE_RE.search(preceding)
    if not m:
        return None
    hedge = lower_as_re(m.group("h"))  # IGNORECASE matched it: "ſome" is "some"
    if hedge == "up to" and MOTION_VERB_RE.search(preceding, 0, m.start("h")):
        return None
    return _WORD_TO_HEDGE[hedge], m.group("h"), m.start("h")


def hedge_after(text: str, pos: int) -> tuple[str, int] | None:
    m = HEDGE_AFTER_RE.match(text, pos)
    if not m:
        return None
    if m.group("plus"):
        return "at_least", m.end()
    return _AFTER_TO_HEDGE[lower_as_re(m.group("h"))], m.end()


def rounding_unit(digits: str, hedged: bool, scale: int) -> tuple[Fraction, Fraction]:
    """The rounding unit of a numeral as written, and how far above it a truncated figure
    may lie.

    "17.9" → 0.1. An integer ending in zeros ("12,000", "1500") may be rounded to its last
    non-zero digit (DESIGN); we extend that reading to hedged figures ("more than 100") and
    to scaled ones ("20 million"), but not to small exact integers ("40 companies"). Round
    figures are also often truncated ("12,000" said of 12,668), so their interval reaches
    one unit of the second significant digit above the figure ("12,000" → [11,500, 13,000]).
    """
    plain = digits.replace(",", "")
    if "." in plain:
        return Fraction(1, 10 ** len(plain.split(".", 1)[1])) * scale, Fraction(0)
    stripped = plain.lstrip("0").rstrip("0")
    zeros = len(plain.lstrip("0")) - len(stripped) if stripped else 0
    value = int(plain) if plain else 0
    if zeros and (hedged or scale > 1 or value >= 1000):
        significant = len(plain.lstrip("0"))
        truncation = 10 ** max(0, min(zeros, significant - 2))
        return Fraction(10**zeros) * scale, Fraction(truncation) * scale
    return Fraction(scale), Fraction(0)


# Kinds of figure that are never below 0 (a minus sign is applied to the magnitude after).
COUNTED_KINDS = frozenset({"count", "money", "duration"})


def intervals(
    value: Fraction, unit: Fraction, truncation: Fraction, hedge: str, counted: bool = False
) -> tuple[Interval, Interval, Interval]:
    """(rounding, strict, ordinary) intervals for a value written with `unit` precision.
    `counted`: the value is a number of things, a sum of money or a duration, never below 0."""
    half = unit / 2
    rounding = Interval(value - half, value + max(half, truncation))
    if hedge == "exact":
        return rounding, rounding, rounding
    if hedge == "approximate":
        return rounding, Interval(value - unit, value + unit), Interval(value - half, value + half)
    if hedge == "nearly":
        iv = Interval(value - unit, value)
        return rounding, iv, iv
    if hedge == "more_than":
        return rounding, Interval(value, None), Interval(value, value + unit)
    if hedge == "at_least":
        return rounding, Interval(value, None), Interval(value, value + unit)
    if hedge in ("less_than", "at_most"):
        # "less than 50 million" people or dollars are at least none, and that floor lets a
        # division by the figure conclude something (intervals.py reciprocal). A percentage
        # below 3 may be below 0 (inflation, growth).
        return rounding, Interval(Fraction(0) if counted else None, value), Interval(value - unit, value)
    raise ValueError(f"unknown hedge {hedge!r}")
