"""Difference and margin: "D more than X", "D points higher than", "a margin / gap / lead of
D", "a 14-seat majority", "beat … by D" — a figure said to be the difference of two others.

The difference is the cued figure. After a comparative ("450,000 more than the 1.96 million")
its second operand is the figure right after "than"; its first is the level the clause speaks
of, just before it ("2.41 million admissions, 450,000 more than …"). A margin noun ("a gap of
12.3 points") takes the two figures of the difference's kind before it, any pair of them
(charitable). A percent before a comparative where the levels are not percentages is a
relative difference: "26 percent higher than the £2.87 million".
"""

from __future__ import annotations

from typing import Iterator

from . import statement
from .cues import FILLERS
from .mentions import LEVELS, TIMES, DocumentView, Mention, SentenceView

RELATION = "difference"
LISTS = {
    "more": "words after a difference that say its first operand is the larger: 'D more than X', 'D higher than'",
    "less": "words after a difference that say its first operand is the smaller: 'D fewer than X', 'D below'",
    "than": "words between a comparative and the figure it compares with: 'than', 'that of'",
    "nouns": "nouns of a difference between two figures: 'a margin of D', 'a gap of D', 'a 9-point lead'",
    "by_verbs": "verbs whose 'by D' is the difference of their subject and object: 'beat the forecast by D'",
}
DIFFERENCES = frozenset({"count", "money", "percent", "pp"})


def read(view: DocumentView) -> Iterator:
    book = view.cues
    more, less, nouns = book(RELATION, "more"), book(RELATION, "less"), book(RELATION, "nouns")
    for si in view.order:
        s = view.sentences[si]
        for m in s.mentions:
            if m.kind not in DIFFERENCES or m.per or m.rank:
                continue
            sign = 1 if more.starts(m.tail, skip=frozenset()) else -1 if less.starts(m.tail, skip=frozenset()) else 0
            if sign:
                st = _comparative(view, s, m, sign)
            elif _margin_noun(nouns, m):
                st = _margin(view, s, m)
            else:
                continue
            if st is not None:
                yield st


def _margin_noun(nouns, m: Mention) -> bool:
    """"a margin of 14", "a 9-point lead", "a 14-seat majority"."""
    if nouns.ends(m.lead[:-1] if m.lead[-1:] == ("of",) else ()) is not None:
        return True
    return nouns.starts(m.tail, skip=FILLERS | {"point", "points", "seat", "seats", "goal", "goals", "vote", "votes",
                                               "percentage"}) is not None and m.tail[:1] != (",",)


def _comparative(view: DocumentView, s: SentenceView, d: Mention, sign: int):
    than = view.cues(RELATION, "than")
    after = s.after(d)
    if after is None or after.kind not in LEVELS or after.clause != d.clause:
        return None
    rest = d.tail
    found = than.find(rest)
    if not found or any(w not in FILLERS for w in rest[found[-1].end :]):
        return None  # the figure after "than" must follow it at once: "more than the 1.96 million"
    comparative = (view.cues(RELATION, "more") if sign > 0 else view.cues(RELATION, "less")).starts(rest, skip=frozenset())
    if comparative is not None and found[-1].start > comparative.end + 1:
        return None  # "450,000 more passengers than", not "$1.2m less cost of sale of $0.1m"
    first = _level_before(s, d)
    if first is None or not first.same_unit(after):
        return None
    relative = d.kind == "percent" and after.kind != "percent"
    if not relative and d.kind == "percent" and after.kind == "percent":
        pass  # "3 percent higher than 5%": points or relative, the check weighs both
    elif not relative and not _difference_of(d, after):
        return None
    slots = {"a": first.claim, "b": after.claim, "d": d.claim, "dir": "higher" if sign > 0 else "lower"}
    if relative:
        slots["relative"] = "yes"
    return statement("difference", f"'{' '.join(d.tail[:found[-1].end])}'", slots, view, s.index)


def _level_before(s: SentenceView, d: Mention) -> Mention | None:
    """The level the clause speaks of, before the difference (a year between them aside)."""
    prev = s.before(d)
    while prev is not None and prev.clause == d.clause:
        if prev.kind in LEVELS and not prev.per and not prev.rank:
            return prev
        if prev.kind not in TIMES:
            return None
        prev = s.before(prev)
    return None


def _difference_of(d: Mention, level: Mention) -> bool:
    if level.kind == "percent":
        return d.kind in ("pp", "count", "percent")
    return d.same_unit(level)


def _margin(view: DocumentView, s: SentenceView, d: Mention):
    """The figures a margin may be the difference of: pairs of the two to four nearest figures
    of its kind before it in its sentence (or the one before)."""
    levels = []
    for other in view.nearby(d, reach=1, after=0):
        for m in reversed(other.mentions):
            if (other.index, m.position) >= (d.sentence, d.position) or m.per or m.rank:
                continue
            if m.kind in LEVELS and _difference_of(d, m):
                levels.append(m)
        if len(levels) >= 2:
            break
    levels = levels[:4]
    pairs = [(a, b) for i, a in enumerate(levels) for b in levels[i + 1 :] if a.same_unit(b)]
    if not pairs:
        return None
    bindings = [{"a": a.claim, "b": b.claim, "d": d.claim, "dir": "gap"} for a, b in pairs]
    return statement("difference", "a margin", bindings[0], view, s.index, bindings[1:],
                     inferred=not (len(pairs) == 1 and levels[0].sentence == d.sentence))
