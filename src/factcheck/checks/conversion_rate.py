"""conversion-rate: a conversion against the reference exchange rate of the article's date,
so that a lone "$671.7bn (£484bn)" is judged too, not only one that disagrees with another.

The reference is the ECB's daily fixing (factcheck.rates), crossed through the euro for pairs
such as GBP/USD, over the publication date and the 30 days before it: a reporter may quote
last week's rate, or the one of the report the figure comes from. The tolerance is wide,
since reporters round the rate as well as the amounts, and measured on the BBC articles of
2004–05 checked with `--date 2005-12-31` (benchmarks/conversions.py): their true conversions
were within 4.2% of the rates of some day of 2004–05, but up to 15.1% off those of December
2005 (the pound and the euro lost 10–13% against the dollar that year), which is what a
wrong or approximate publication date costs; their wrong rates were 25.6–33% off (the
euro's rate given for the pound: "$630m (£481.5m)") and their dropped scale words a power
of ten or more. Warning beyond 20%, error beyond 25%. An undated article, a date outside the
history or a currency the ECB does not fix (the shilling, the naira) is not checked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import rates
from ..intervals import Interval
from . import FORBID_EXTRA, Hit, check
from ._common import level_for, show_iv
from .conversion import LEVEL_RANK, Conversion, already, blamed, conversions, factor, figures, pair_verdicts, widened


YEAR_DAYS = 365


@dataclass(frozen=True)
class Params:
    __pydantic_config__ = FORBID_EXTRA
    warning_off: float = 20  # percent off every reference rate of the window, beyond rounding: a warning
    error_off: float = 25  # … under the strict reading of the hedges: an error
    days: int = 30  # how many days before the publication date the reference rates reach


def rate_verdicts(corpus, params: Params) -> dict[tuple, tuple[str, tuple]]:
    """conversion's key → (level, the reference window it misses: low, high, first, last day)."""
    warn, err = factor(params.warning_off), factor(params.error_off)
    out: dict[tuple, tuple[str, tuple]] = {}
    for conv in conversions(corpus):
        published = conv.a.doc.published
        if published is None:
            continue  # no date, no reference rate: the pair check alone judges
        verdicts = []
        for a_unit, b_unit in _readings(conv):
            found = reference_window(conv, published, params.days, a_unit, b_unit)
            if found is None:
                continue
            reference = Interval(found[0], found[1])
            verdicts.append((level_for(conv.strict.intersects(widened(reference, err)),
                                       conv.ordinary.intersects(widened(reference, warn))), found))
        if verdicts and all(level is not None for level, _ in verdicts):
            out[conv.key] = min(verdicts, key=lambda v: LEVEL_RANK[v[0]])  # the most charitable reading
    return out


# "¥" is the sign of the yen and of the yuan: a conversion is judged at whichever rate fits.
AMBIGUOUS_SIGNS = {"¥": ("CNY", "JPY")}


def _readings(conv: Conversion) -> list[tuple[str, str]]:
    def units(claim) -> tuple[str, ...]:
        for sign, codes in AMBIGUOUS_SIGNS.items():
            if sign in claim.text and claim.unit in codes:
                return codes
        return (claim.unit,)
    return [(a, b) for a in units(conv.a) for b in units(conv.b)]


def reference_window(conv: Conversion, published: dt.date, days: int, a_unit: str | None = None,
                     b_unit: str | None = None) -> tuple | None:
    """The reference rates (units of a per unit of b) a reporter may have converted at: those
    of the publication date and the `days` before it, and, for an amount told for an earlier
    year ("a $6.4bn loss in 2000"), those of that year."""
    a_unit, b_unit = a_unit or conv.a.unit, b_unit or conv.b.unit
    found = rates.window(b_unit, a_unit, published, days)
    if conv.time is None or not conv.time.isdigit() or int(conv.time) >= published.year:
        return found
    year_end = dt.date(int(conv.time), 12, 31)
    then = rates.window(b_unit, a_unit, year_end, YEAR_DAYS)
    if found is None or then is None:
        return found or then
    return min(found[0], then[0]), max(found[1], then[1]), min(found[2], then[2]), max(found[3], then[3])


def _off(conv: Conversion, reference: Interval) -> str:
    """How far the conversion's rate (ordinary reading) is from the nearest reference rate:
    "31%", "1e+06 times"."""
    lo, hi = conv.ordinary.lo, conv.ordinary.hi
    if hi is not None and hi < reference.lo and hi > 0:
        ratio = reference.lo / hi  # type: ignore[operator]
    elif lo is not None and lo > reference.hi:  # type: ignore[operator]
        ratio = lo / reference.hi  # type: ignore[operator]
    else:
        return "far"
    if ratio < 2:
        return f"{float(ratio - 1) * 100:.0f}%"
    return f"{float(ratio):.3g} times" if ratio < 100 else f"{float(ratio):,.0f} times"


@check("conversion-rate", params=Params)
def run(corpus, params: Params):
    from .conversion import Params as PairParams

    verdicts = rate_verdicts(corpus, params)
    running = getattr(corpus, "running", frozenset())
    # An amount the article's other conversions condemn as severely is left to core/conversion.
    pair = blamed(pair_verdicts(corpus, PairParams()), corpus) if "conversion" in running else {}
    reported: set[int] = set()
    for conv in conversions(corpus):
        found = verdicts.get(conv.key)
        if found is None:
            continue
        level, (lo, hi, first, last) = found
        if any(pair.get(f, 0) >= LEVEL_RANK[level] for f in figures(conv)) or already(conv, reported):
            continue
        reported.add(id(conv.converted))
        reference = Interval(lo, hi)
        when = f"on {last.isoformat()}" if first == last else f"from {first.isoformat()} to {last.isoformat()}"
        a, b = conv.told
        yield Hit(level, conv.claims(),
                  {"a": a.text, "b": b.text, "rate": show_iv(conv.strict, 4), "units": conv.units,
                   "reference": show_iv(reference, 4), "when": when, "off": _off(conv, reference)},
                  f"{conv.a.text} / {conv.b.text} = {show_iv(conv.strict, 4)} {conv.units}; ECB reference rate "
                  f"{show_iv(reference, 4)} {when}; more than "
                  f"{params.error_off if level == 'strict' else params.warning_off:g}% apart beyond rounding",
                  anchor=conv.converted)
