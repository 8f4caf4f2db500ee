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
from .mentions import LEVELS, TIMES, DocumentView, Mention, SentenceView, level_before, same_noun

RELATION = "difference"
LISTS = {
    "more": "words after a difference that say its first operand is the larger: 'D more than X', 'D higher than'",
    "less": "words after a difference that say its first operand is the smaller: 'D fewer than X', 'D below'",
    "than": "words between a comparative and the figure it compares with: 'than', 'that of'",
    "nouns": "nouns of a difference between two figures: 'a margin of D', 'a gap of D', 'a 9-point lead'",
    "direct": "comparatives that take the figure they compare with at once, with no 'than': '28 percent below "
              "this year's 19,000', 'ahead of the 1.96 million'",
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
    book = view.cues
    comparative = (book(RELATION, "more") if sign > 0 else book(RELATION, "less")).starts(d.tail, skip=frozenset())
    after, rest = _compared_figure(s, d)
    if after is None:
        return _than_a_name(view, s, d, sign)  # "+186, 81 fewer than Dunmore"
    found = book(RELATION, "than").find(rest)
    direct = book(RELATION, "direct").starts(rest, skip=frozenset())
    if found and any(w not in FILLERS for w in rest[found[-1].end :]):
        return _than_a_name(view, s, d, sign)
    if found:
        between = rest[comparative.end : found[-1].start] if comparative is not None else ()
        if len(between) > 1 and not (between[0] in DETERMINERS and found[-1].words == ("of",)
                                     and all(w.isalpha() for w in between)):
            return None  # "450,000 more passengers than", "above the regulatory requirement of"; not
            # "$1.2m less cost of sale of $0.1m"
    elif direct is None or any(w not in FILLERS for w in rest[direct.end :]):
        return None  # the figure compared with must follow at once: "28 percent below this year's 19,000"
    levels = _levels_before(s, d)
    inferred = False
    if not levels:  # "rose to 15.8% from 15.1%, leaving a buffer of 5.3 points above …": the clause before
        levels = [m for m in reversed(s.mentions[: d.position]) if m.kind in LEVELS and m.same_unit(after)
                  and not m.per and not m.rank][:2]
    if not levels:
        levels, inferred = _subject_told_before(view, d, after), True  # "The total was 26 percent higher than …"
    levels = [a for a in levels if a.same_unit(after)]
    if not levels:
        return None
    relative = d.kind == "percent" and after.kind != "percent"
    if not relative and not (d.kind == "percent" and after.kind == "percent") and not _difference_of(d, after):
        return None  # ("3 percent higher than 5%": points or relative, the check weighs both)
    bindings = []
    for a in levels:
        slots = {"a": a.claim, "b": after.claim, "d": d.claim, "dir": "higher" if sign > 0 else "lower"}
        if relative:
            slots["relative"] = "yes"
        bindings.append(slots)
    cue = " ".join(d.tail[: comparative.end]) if comparative is not None else "a comparative"
    return statement("difference", f"'{cue}'", bindings[0], view, s.index, bindings[1:], inferred=inferred)


DETERMINERS = frozenset("the a an its their his her our this that".split())


def _compared_figure(s: SentenceView, d: Mention) -> tuple[Mention | None, tuple[str, ...]]:
    """The figure after a comparative and the words that lead to it, through a year told in
    between ("28 percent below this year's 19,000 tonnes")."""
    rest = d.tail
    after = s.after(d)
    while after is not None and after.kind in TIMES and after.clause == d.clause:
        rest = rest + ("·",) + tuple(w for w in after.tail if w not in ("s", "'s"))
        after = s.after(after)
    if after is None or after.kind not in LEVELS or after.clause != d.clause:
        return None, rest
    return after, tuple(w for w in rest if w != "·")


def _levels_before(s: SentenceView, d: Mention) -> list[Mention]:
    """The levels the clause speaks of, before the difference: the nearest, and the one before it
    ("rose to 15.8% from 15.1%, leaving a buffer of 5.3 points above …": either may be meant)."""
    first = level_before(s, d)
    if first is None:
        return []
    second = level_before(s, first)
    return [first, second] if second is not None and second.same_unit(first) else [first]


def _subject_told_before(view: DocumentView, d: Mention, b: Mention) -> list[Mention]:
    """A comparison whose subject has no figure in its clause ("The total was 26 percent higher
    than …", "The new cod limit is 28 percent below …"): the figures of the compared one's unit in
    the sentences before, nearest first, and the largest told before (a total)."""
    out: list[Mention] = []
    for sv in view.nearby(d, reach=3, after=0, paragraphs=1)[1:]:
        for m in reversed(sv.mentions):
            if m.kind in LEVELS and m.same_unit(b) and not m.per and not m.rank and m is not b and not m.claim.in_title:
                out.append(m)
    out = out[:MAX_SUBJECTS]
    largest = view.largest_before(b)
    if largest is not None and largest.same_unit(b) and largest not in out:
        out.append(largest)
    return out


MAX_SUBJECTS = 4
NAME_REACH = 4


def _than_a_name(view: DocumentView, s: SentenceView, d: Mention, sign: int):
    """"finished with a points difference of +186, 81 fewer than Dunmore": the compared figure
    is the one of the level's noun told in a sentence that names Dunmore."""
    than = view.cues(RELATION, "than").find(d.tail)
    if not than or than[-1].end >= len(d.tail):
        return None
    name = d.tail[than[-1].end]
    raw = view.doc.text[d.claim.end : d.claim.end + 80]
    if not name.isalpha() or not any(w[:1].isupper() and w.strip(",.;:'\"").lower() == name for w in raw.split()):
        return None
    a = level_before(s, d)
    if a is None or not a.claim.noun:
        return None
    for sv in view.nearby(d, reach=NAME_REACH, after=0, paragraphs=NAME_REACH)[1:]:  # a name binds from further
        if name not in sv.words:
            continue
        for m in sv.mentions:
            if m.same_unit(a) and same_noun(m.claim.noun, a.claim.noun):
                slots = {"a": a.claim, "b": m.claim, "d": d.claim, "dir": "higher" if sign > 0 else "lower"}
                return statement("difference", f"'than {name}'", slots, view, s.index, inferred=True)
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
        if len(levels) >= MAX_SUBJECTS:
            break  # ("the cleanest at 7.4, a gap of 8.2 … between the worst and best": the worst told before)
    levels = levels[:MAX_SUBJECTS]
    pairs = [(a, b) for i, a in enumerate(levels) for b in levels[i + 1 :] if a.same_unit(b)]
    if not pairs:
        return None
    bindings = [{"a": a.claim, "b": b.claim, "d": d.claim, "dir": "gap"} for a, b in pairs]
    return statement("difference", "a margin", bindings[0], view, s.index, bindings[1:],
                     inferred=not (len(pairs) == 1 and levels[0].sentence == d.sentence))
