"""share: a percent said to be part ÷ whole ("658 …, accounting for 17.9 percent of all …").

The whole is in the sentence ("612 of the 2,400 workers, or 25.5 percent") or, when the
sentence only names it ("of all such enterprises nationwide"), it is looked up: a claim of
the same measure (or noun) with the part's batch, the whole's region, anywhere in the corpus.
"""

from __future__ import annotations

import bisect

import dataclasses
import re
from fractions import Fraction

from ..extract.nouns import singular
from ..intervals import Interval
from ..model import Claim
from ..resolve.qualifiers import NATIONAL_RE
from . import Hit, charitable, check, merged
from ._common import counted, level_for, show_iv

HUNDRED = Interval.point(100)
NOT_NOUNS = frozenset("the all of such its their total whole overall".split())


def implied_share(part: Claim, whole: Claim) -> tuple[Interval, Interval]:
    strict = counted(part, part.strict) / counted(whole, whole.strict)
    ordinary = counted(part, part.ordinary) / counted(whole, whole.ordinary)
    return strict * HUNDRED, ordinary * HUNDRED


@check("share")
def run(corpus, params):
    index = _WholeIndex(corpus.claims)
    bound = []
    for st in corpus.of("share"):
        part, share = st.claim("part"), st.claim("share")
        if part is None or share is None:
            continue
        if st.claim("whole") is None:
            # A frame that names the whole only in words: look it up (the reader's
            # statements come with their candidates).
            candidates = _lookup_whole(index, st, part)
            if not candidates:
                continue
            bindings = [{**st.slots, "whole": c} for c in candidates]
            st = dataclasses.replace(st, slots=bindings[0], alternatives=bindings[1:])
        bound.append(st)
    for st in merged(bound, "share"):
        yield from charitable(st, _judge)


def _judge(slots) -> list[Hit]:
    part, share, whole = slots["part"], slots["share"], slots["whole"]
    strict, ordinary = implied_share(part, whole)
    level = level_for(strict.intersects(share.strict), ordinary.intersects(share.ordinary))
    if level is None:
        return []
    return [Hit(level, [share, part, whole],
                {"part": part.text, "share": share.text, "whole": whole.text, "computed": show_iv(strict)},
                f"{part.text} / {whole.text} = {show_iv(strict)} % ∉ {show_iv(share.strict)}", anchor=share)]


def _distance(iv: Interval, value: Fraction) -> Fraction:
    mid = iv.midpoint
    return abs(mid - value) if mid is not None else Fraction(10**9)


class _WholeIndex:
    """Claims a whole may be looked up among, by key: never a scan of the corpus.

    Another article's figure only stands in for a whole when it is of the part's batch, so
    the cross-article index is by (measure, batch) and keeps one claim per distinct figure:
    an archive that repeats a batch's total in a hundred articles has one candidate, not a
    hundred, and the cost stays linear in the corpus."""

    def __init__(self, claims: list[Claim]):
        self.in_doc: dict[tuple[int, str], list[Claim]] = {}
        self.in_batch: dict[tuple[str, str], dict[tuple, Claim]] = {}
        self.by_noun: dict[tuple[int, str], list[Claim]] = {}
        self.of_doc: dict[int, list[Claim]] = {}
        self._start_cache: dict[int, list[int]] = {}  # id of an index list → its claims' starts, for bisection
        for c in claims:
            if c.kind in ("count", "money"):
                self.of_doc.setdefault(id(c.doc), []).append(c)
            if c.measure:
                self.in_doc.setdefault((id(c.doc), c.measure), []).append(c)
                batch = c.qualifiers.get("batch")
                if batch is not None:
                    figure = (c.kind, c.unit, c.strict, c.ordinary, tuple(sorted(c.qualifiers.items())))
                    self.in_batch.setdefault((c.measure, batch), {}).setdefault(figure, c)
            if c.noun:
                self.by_noun.setdefault((id(c.doc), c.noun), []).append(c)

    def candidates(self, part: Claim, nouns: list[str]) -> list[Claim]:
        if part.measure is not None:
            same = self.in_doc.get((id(part.doc), part.measure), [])
            batch = part.qualifiers.get("batch")
            if batch is None:
                return same
            others = [c for c in self.in_batch.get((part.measure, batch), {}).values() if c.doc is not part.doc]
            return same + others
        out: list[Claim] = []
        for noun in dict.fromkeys([part.noun, *nouns]):
            if noun:
                out.extend(self._near(self.by_noun.get((id(part.doc), noun), []), part))
        return out

    def before(self, part: Claim) -> list[Claim]:
        """The figures of the part's document told just before it (at most REACH)."""
        found = self.of_doc.get(id(part.doc), [])
        i = bisect.bisect_left(self._starts(found), part.start) if len(found) > REACH else len(found)
        return found[max(0, i - REACH) : i]

    def _near(self, claims: list[Claim], part: Claim) -> list[Claim]:
        if len(claims) <= 2 * REACH:
            return claims
        i = bisect.bisect_left(self._starts(claims), part.start)
        return claims[max(0, i - REACH) : i + REACH]

    def _starts(self, claims: list[Claim]) -> list[int]:
        """Where each claim of an index list starts, computed once per list (for bisection)."""
        found = self._start_cache.get(id(claims))
        if found is None:
            found = self._start_cache[id(claims)] = [c.start for c in claims]
        return found


# How many figures on either side a whole is looked for among, in one document: an article has
# far fewer; a 50 MB file has hundreds of thousands, and looking at all of them for each share
# would cost the square of their number.
REACH = 64



def _lookup_whole(index: _WholeIndex, st, part: Claim) -> list[Claim]:
    phrase = st.slots.get("whole_phrase", "")
    phrase = phrase if isinstance(phrase, str) else ""
    want_region = "national" if NATIONAL_RE.search(phrase) else None
    named = [singular(w) for w in re.findall(r"[a-z]+", phrase.lower()) if w not in NOT_NOUNS]
    out = []
    for c in index.candidates(part, named):
        if c is part or c.kind != part.kind or c.value <= part.value:
            continue
        if part.measure is not None:
            if c.measure != part.measure:
                continue
        elif c.doc is not part.doc or c.noun is None or (c.noun != part.noun and c.noun not in named):
            continue
        if c.unit != part.unit:
            continue
        if c.qualifiers.get("batch") != part.qualifiers.get("batch") or "target" in c.qualifiers:
            continue
        region = c.qualifiers.get("region")
        if want_region and region not in (None, want_region):
            continue
        if not want_region and region != part.qualifiers.get("region"):
            continue
        if part.qualifiers.get("batch") is None and c.doc is not part.doc:
            continue  # without a batch to pin it down, only the same article's total will do
        out.append(c)
    # The article's own figure for the whole, where it gives one: another article's may be
    # right where this one contradicts itself. Totals announced as such first; then the
    # nearest in the text.
    out = [c for c in out if c.doc is part.doc] or out
    out.sort(key=lambda c: ("total" not in c.qualifiers, abs(c.start - part.start)))
    if "total" in phrase.lower().split() and part.measure is None:
        return _of_the_total(index, part, out[:3])
    return out[:3]


def _of_the_total(index: _WholeIndex, part: Claim, by_noun: list[Claim]) -> list[Claim]:
    """"or 29 percent of the total": the figure told before the part as a total; without one,
    the figures that share the part's noun or the largest figure before it, whichever makes
    the share true (a sibling sharing the noun, "visitors from all other countries totalled
    1.42 million", is not the total of "1.21 million visitors")."""
    before = [c for c in index.before(part) if c.start < part.start and c.kind == part.kind
              and c.unit == part.unit and c.value > part.value and not c.in_title and "target" not in c.qualifiers]
    announced = [c for c in before if "total" in c.qualifiers]
    if announced:
        return announced[-1:]
    largest = [max(before, key=lambda c: c.value)] if before else []
    return by_noun + [c for c in largest if c not in by_noun]
