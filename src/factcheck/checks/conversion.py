"""conversion: "€1.24 billion ($1.34 billion)" — the conversions between the same two
currencies in one article must imply compatible exchange rates.

Compatible, not equal: reporters round the rate as well as the amounts and may convert on
different days, so the article's conversions may spread by a few percent (`warning_spread`;
`error_spread` for an error) beyond what the rounding of their digits already allows. The verdict is the most charitable one: the
article's rate is the one the most conversions fit, and each conversion that does not fit it
is reported once, beside one that does. Where two readings tie, the one the reference rate
of the article's date supports wins (checks/conversion_rate.py), else the earlier one.

Each conversion is judged by the more severe of this check and the reference-rate check,
once: a conversion that the reference rate condemns more severely is left to that rule.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from .. import rates
from ..intervals import Interval
from ..model import Claim
from . import FORBID_EXTRA, Hit, check
from ._common import neighbours, show_iv

LEVEL_RANK = {None: 0, "ordinary": 1, "strict": 2}
MAX_TIES = 64  # rates the tie-break weighs at most, so that a dump of conversions stays linear


@dataclass(frozen=True)
class Params:
    __pydantic_config__ = FORBID_EXTRA
    # How far apart, in percent, the rates of one article's conversions may be beyond their
    # rounding. Measured on the BBC articles (benchmarks/conversions.py): true conversions
    # between two currencies told for one time spread by at most 0.4%; the smallest true
    # error, 5.0% ("70 euro cents ($0.98)" beside "120.7m euros ($158.8m)": $0.92 at the
    # article's own rate), then 12.6% ("£281m ($400m)" beside "£70m ($136m)"), 22%, 42–43%
    # (wrong rates) and powers of ten (dropped scale words).
    warning_spread: float = 3
    error_spread: float = 25  # as core/conversion-rate's error_off: a wrong rate, not a day's move


@dataclass(eq=False)
class Conversion:
    """One amount told in two currencies, in a fixed order (currency codes sorted), so that
    every conversion between two currencies gives a rate in the same units."""

    a: Claim
    b: Claim
    converted: Claim  # the amount in the other currency, as the text puts it: where a finding points
    strict: Interval  # units of a per unit of b, under each reading of the hedges
    ordinary: Interval
    bracketed: bool  # a conversion between two amounts of one bracket ("($50m; £27m)")
    time: str | None  # the year it is told for, where that is not the article's ("2000", "earlier")

    @property
    def units(self) -> str:
        return f"{self.a.unit} per {self.b.unit}"

    @property
    def told(self) -> tuple[Claim, Claim]:
        """The two amounts in the order the text tells them."""
        first, second = sorted((self.a, self.b), key=lambda c: c.start)
        return first, second

    @property
    def said(self) -> str:
        first, second = self.told
        return f"{first.text} ({second.text})"

    @property
    def key(self) -> tuple[int, int]:
        """The conversion's identity across calls: that of its two claims."""
        return id(self.a), id(self.b)

    def claims(self) -> list[Claim]:
        return [self.converted, *(c for c in (self.a, self.b) if c is not self.converted)]


def conversions(corpus) -> list[Conversion]:
    """Every conversion of the corpus once, in text order."""
    seen: set[tuple[int, int]] = set()
    out: list[Conversion] = []
    for st in corpus.of("conversion"):
        a, b = st.claim("a"), st.claim("b")
        if a is None or b is None or a.kind != "money" or b.kind != "money" or not a.unit or not b.unit \
                or a.unit == b.unit:
            continue
        key = tuple(sorted((id(a), id(b))))
        if key in seen:
            continue
        seen.add(key)
        converted = b if b.start > a.start else a
        if a.unit > b.unit:
            a, b = b, a
        strict, ordinary = a.strict / b.strict, a.ordinary / b.ordinary
        if not _positive(strict) or not _positive(ordinary):
            continue  # a negative amount, or one that may be zero either way: no rate to speak of
        year = st.slots.get("year")
        published = a.doc.published
        time = None if not isinstance(year, str) or published is not None and year == str(published.year) else year
        out.append(Conversion(a, b, converted, strict, ordinary, "one bracket" in st.frame, time))
    out.sort(key=lambda c: (c.converted.doc.path, c.converted.start, c.bracketed))
    return out


def _positive(iv: Interval) -> bool:
    return iv.lo is not None and iv.lo >= 0


def widened(iv: Interval, factor: Fraction) -> Interval:
    """The rates within `factor` of the interval's: [lo / factor, hi × factor]."""
    return Interval(None if iv.lo is None else iv.lo / factor, None if iv.hi is None else iv.hi * factor)


def factor(percent: float, root: bool = False) -> Fraction:
    """1 + percent/100, or its square root: two rates each within √f of one article rate are
    within f of each other, so √f is how far each may be from the rate they share."""
    f = 1 + percent / 100
    return Fraction(math.sqrt(f) if root else f).limit_denominator(10**6)


# ---- the article's own rate -------------------------------------------------------------


def pair_verdicts(corpus, params: Params) -> dict[tuple, tuple[str, Conversion]]:
    """conversion's key → (level, a conversion of the article's rate that it does not fit).

    Each conversion is judged among the article's conversions between the same currencies
    told for its time: under the strict readings each within √(1 + error_spread) of one
    rate, or an error; under the ordinary readings within √(1 + warning_spread), or a
    warning. Two conversions told for different years ("a 684bn yen ($6.4bn) loss in 2000
    into a 331bn yen ($2.7bn) profit the following year") may each use their year's rate,
    and rates move from year to year by more than any tolerance: they are not compared."""
    # core/conversion and core/conversion-rate both ask; the answer is the same for one corpus.
    cache = _PAIR_CACHE.get(id(corpus))
    if cache is not None and cache[0] is corpus and cache[1] == params:
        return cache[2]
    out = _pair_verdicts(corpus, params)
    _PAIR_CACHE.clear()
    _PAIR_CACHE[id(corpus)] = (corpus, params, out)
    return out


_PAIR_CACHE: dict[int, tuple] = {}  # the last corpus judged (one entry: a run checks one corpus at a time)


def _pair_verdicts(corpus, params: Params) -> dict[tuple, tuple[str, Conversion]]:
    warn, err = factor(params.warning_spread, root=True), factor(params.error_spread, root=True)
    out: dict[tuple, tuple[str, Conversion]] = {}
    groups: dict[tuple, list[Conversion]] = {}
    for conv in conversions(corpus):
        groups.setdefault((conv.a.doc.path, conv.a.unit, conv.b.unit), []).append(conv)
    for group in groups.values():
        if len(group) < 2:
            continue
        judged: dict[tuple, tuple[set, Conversion]] = {}  # the same peers give the same article rate
        for i, conv in enumerate(group):
            peers = [c for c in neighbours(group, i) if c.time is None or conv.time is None or c.time == conv.time]
            if len(peers) < 2:
                continue
            for level, width, reading in (("strict", err, "strict"), ("ordinary", warn, "ordinary")):
                key = (level, tuple(c.key for c in peers))
                if key not in judged:
                    members = _article_rate(peers, width, reading)
                    # Shown beside a bad conversion: the most precise of those that agree.
                    judged[key] = members, min((c for c in peers if c.key in members), key=lambda c: _width(c.strict))
                members, shown = judged[key]
                if conv.key not in members:
                    out[conv.key] = (level, shown)
                    break
    return out


def _width(iv: Interval) -> Fraction | float:
    """How wide an interval is relative to its top: an unbounded one is the widest."""
    if iv.lo is None or iv.hi is None or iv.hi <= 0:
        return math.inf
    return (iv.hi - iv.lo) / iv.hi


def _article_rate(group: list[Conversion], width: Fraction, reading: str) -> set[tuple]:
    """The conversions that share the rate the most of them fit (each within `width` of it,
    under `reading`): the deepest point of their widened intervals, by a sweep. Of several
    such rates, the one the reference rate supports, else the one of the earliest told."""
    spans = [(widened(getattr(c, reading), width), c) for c in group]
    events = sorted([(iv.lo or Fraction(0), 0, i) for i, (iv, _) in enumerate(spans)]
                    + [(iv.hi, 1, i) for i, (iv, _) in enumerate(spans) if iv.hi is not None])
    depth, best, points = 0, 0, []
    for value, closing, _ in events:
        if closing:
            depth -= 1
            continue
        depth += 1
        if depth > best:
            best, points = depth, [value]
        elif depth == best and len(points) < MAX_TIES:
            points.append(value)
    if not points:
        return set()
    candidates = [[(iv, c) for iv, c in spans if iv.contains(p)] for p in points]
    reference = _reference_of(group)

    def rank(members):
        fits = False
        if reference is not None:
            shared = Interval(None, None)
            for iv, _ in members:
                shared = shared.intersection(iv) or shared
            fits = shared.intersects(reference)
        return (not fits, sorted(i for i, (_, c) in enumerate(spans) if any(c is m for _, m in members)))

    return {c.key for _, c in min(candidates, key=rank)}


def _reference_of(group: list[Conversion]) -> Interval | None:
    doc = group[0].a.doc
    if doc.published is None:
        return None
    found = rates.window(group[0].b.unit, group[0].a.unit, doc.published)
    return None if found is None else Interval(found[0], found[1])


# ---- the check ---------------------------------------------------------------------------


def figures(conv: Conversion) -> list[int]:
    """The amounts a bad conversion may be blamed on: the converted one, and both of a
    bracket's ("5bn rupees ($50m; £27m)" holds three conversions; a wrong £27m breaks two)."""
    return [id(conv.a), id(conv.b)] if conv.bracketed else [id(conv.converted)]


def blamed(verdicts: dict, corpus) -> dict[int, int]:
    """id of an amount → the rank of the worst verdict on a conversion it is blamed in."""
    out: dict[int, int] = {}
    for conv in conversions(corpus):
        found = verdicts.get(conv.key)
        if found is not None:
            for f in figures(conv):
                out[f] = max(out.get(f, 0), LEVEL_RANK[found[0]])
    return out


def already(conv: Conversion, reported: set[int]) -> bool:
    """Is an amount of the conversion reported already? Each bad amount is reported once."""
    return any(f in reported for f in figures(conv))


@check("conversion", params=Params)
def run(corpus, params: Params):
    from .conversion_rate import Params as RateParams, rate_verdicts

    verdicts = pair_verdicts(corpus, params)
    running = getattr(corpus, "running", frozenset())
    # An amount the reference rate condemns more severely (at its default tolerance) is left
    # to core/conversion-rate, when that rule runs.
    against_reference = blamed(rate_verdicts(corpus, RateParams()), corpus) if "conversion-rate" in running else {}
    reported: set[int] = set()
    for conv in conversions(corpus):
        found = verdicts.get(conv.key)
        if found is None:
            continue
        level, other = found
        if any(against_reference.get(f, 0) > LEVEL_RANK[level] for f in figures(conv)) or already(conv, reported):
            continue
        reported.add(id(conv.converted))
        first, second = conv.told
        yield Hit(level, conv.claims() + [other.a, other.b],
                  {"a": first.text, "b": second.text, "rate": show_iv(conv.strict, 4), "other": other.said,
                   "other_rate": show_iv(other.strict, 4), "units": conv.units},
                  f"{conv.a.text} / {conv.b.text} = {show_iv(conv.strict, 4)} {conv.units}; "
                  f"{other.a.text} / {other.b.text} = {show_iv(other.strict, 4)}; more than "
                  f"{params.error_spread if level == 'strict' else params.warning_spread:g}% apart beyond rounding",
                  anchor=conv.converted)
