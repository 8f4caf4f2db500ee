"""Change: a direction word, and the levels and amounts around it, in any order.

A direction cue (a verb, "up"/"down", or a noun: "an increase of") opens a change. The figures
of its clause take their roles from the words right before each (the pack's lists): after a
`to` word the new level, after a `from` word the old one ("compared with", "against", "than"),
right after the cue or its noun's "of" the amount (a percent amount when the levels are not
percentages), after "or" beside an amount its percent; the figure just before the cue, with no
word of its own, is the level the clause speaks of ("Revenue was $8.1 million, a decrease of
$0.7 million, or 8%"). So "rose 6 percent to N from O", "increased $D to $N compared to $O",
"$D, or P%, from O to N" and "N, down P% from O" are one reading. Where the old level is only
named by its time ("up 8% from a year earlier"), it is looked for in the article: the same
noun and unit, a year earlier; that binding is inferred. "Doubled", "halved" and their kin
give the ratio of the two levels.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Iterator

from ..extract.nouns import STOP_WORDS, singular
from . import statement
from .cues import FILLERS
from .mentions import LEVELS, TIMES, DocumentView, has_verb, Mention, SentenceView, noun_key, same_noun, time_of

RELATION = "change"
LISTS = {
    "up": "words that say a quantity rose: verbs, 'up', 'higher' ('sales rose', 'up 6 percent')",
    "down": "words that say a quantity fell ('fell', 'down', 'narrowed')",
    "up_nouns": "nouns of a rise, before 'of' and its amount ('an increase of $4.2 million')",
    "down_nouns": "nouns of a fall ('a decline of 8%')",
    "neutral": "verbs of a change that say nothing of its direction, only of its size ('improved',"
               " 'worsened'): response times improve by falling",
    "neutral_nouns": "nouns of such a change, before its amount ('an improvement of', 'a swing of')",
    "to": "words before the new level ('rose to 62.6%')",
    "from": "words before the old level ('from 62.4%', 'compared with $26.8 million', 'against 27.5%')",
    "restates": "words between an amount and its percent ('$4.2 million, or 12%')",
    "earlier": "words that name the old level by its time ('up 8% from a year earlier')",
    "multiples": "words that give the ratio of new to old ('doubled': 2, 'halved': 1/2)",
    "not_changes": "phrases that hold a direction word but tell no change ('fell short of', 'up to')",
    "rates": "words after an amount that make it a rate of change, not the change itself ('6% per year')",
    "rankings": "words of a ranking, where 'up' means a smaller number ('rose to number five')",
    "losses": "nouns that make an amount a loss, below zero beside a profit ('$9.0 million of operating loss')",
}
AMOUNT_KINDS = frozenset({"count", "money", "percent", "pp"})


def read(view: DocumentView) -> Iterator:
    for si in view.order:
        s = view.sentences[si]
        cues = _direction_cues(view, s)
        # A change noun in the clause of a change verb restates that change ("rose from 61.2%
        # to 64.5%, an increase of 3.3 points"): its amount belongs to the verb's change.
        cues = [c for n, c in enumerate(cues)
                if not (n and c.noun and s.mentions[c.at].clause == s.mentions[cues[n - 1].at].clause)]
        for n, cue in enumerate(cues):
            until = cues[n + 1].at if n + 1 < len(cues) else len(s.mentions)
            st = _change(view, s, cue, until)
            if st is not None:
                yield st


@dataclass(frozen=True)
class DirectionCue:
    at: int  # the figure the cue stands before
    sign: int  # 1 a rise, -1 a fall, 0 a change of unknown direction
    word: str
    noun: bool
    factor: Fraction | None
    after: tuple[str, ...]  # the words between the cue and that figure


def _direction_cues(view: DocumentView, s: SentenceView) -> list[DirectionCue]:
    """The direction cues of a sentence, in order, each with the figure it stands before. A
    noun cue counts only right before its amount ("an increase of 4.2"); "its growth
    estimate … from 2.2%" opens nothing. In a ranking ("at five, up from 13"), up and down
    are the reverse of the numbers, so the direction is left unjudged."""
    book = view.cues
    lists = [(book(RELATION, "up"), 1, False), (book(RELATION, "down"), -1, False),
             (book(RELATION, "up_nouns"), 1, True), (book(RELATION, "down_nouns"), -1, True),
             (book(RELATION, "neutral"), 0, False), (book(RELATION, "neutral_nouns"), 0, True)]
    multiples = book(RELATION, "multiples")
    blockers = book(RELATION, "not_changes")
    ranking = bool(book(RELATION, "rankings").find(s.words))
    out = []
    for m in s.mentions:
        found = []
        blocked = {i for cue in blockers.find(m.lead) for i in range(cue.start, cue.end)}
        for lst, sign, noun in lists:
            for cue in lst.find(m.lead):
                if cue.start in blocked or (noun and not _right_before(m.lead, cue.end)):
                    continue
                found.append((cue.start, cue.end, sign, cue.text, noun, None))
        for cue in multiples.find(m.lead):
            found.append((cue.start, cue.end, 1 if cue.value >= 1 else -1, cue.text, False, cue.value))
        if not found:
            continue
        found.sort()
        # Several cues before one figure ("rose and then fell"): the last one governs it.
        start, end, sign, word, noun, factor = found[-1]
        factor = next((f[5] for f in found if f[5] is not None), None)
        after = m.lead[end:]
        if _interrupted(book, after):
            continue  # "Shares have fallen after the group reported losses had deepened to £51.6m"
        out.append(DirectionCue(m.position, 0 if ranking else sign, word, noun, factor, after))
    return out


def _labelled_earlier(s: SentenceView, m: Mention, new: Mention | None) -> bool:
    """"€286.4 million (2022: €241.9 million)": a level labelled, in brackets, with a year
    before the new level's is the old level."""
    label = s.before(m)
    if label is None or label.kind not in TIMES or m.lead[:1] != (":",) or label.lead[-1:] != ("(",):
        return False
    return new is None or new.position < label.position


def _amount_of(amount: Mention, level: Mention) -> bool:
    """Can the figure be an amount of change of the level: the same kind and unit, or points
    of a percentage?"""
    if level.kind == "percent":
        return amount.kind in ("pp", "count", "percent")
    return amount.same_unit(level)


def _adjacent(words: tuple[str, ...]) -> bool:
    """Does nothing but fillers, "by" or an adverb stand between a change word and a figure
    ("rose sharply by 6 percent"), so that the figure is the change's amount? ("reduce its
    growth estimate for the 12-member eurozone" is no amount of 12.)"""
    return all(w in FILLERS or w.endswith("ly") for w in words)


def _right_before(lead: tuple[str, ...], end: int) -> bool:
    """Is the cue at `end` followed only by "of" and fillers up to the figure?"""
    rest = [w for w in lead[end:] if w not in FILLERS]
    return rest == ["of"] or rest == ["of", "about"] or rest == []


def _interrupted(book, words: tuple[str, ...]) -> bool:
    """Does something between a change word (or a level's role word) and a figure take the
    figure away from it: another verb, a new clause?"""
    return has_verb(book, words)


def _change(view: DocumentView, s: SentenceView, cue: DirectionCue, until: int):
    book = view.cues
    to, frm, restates = book(RELATION, "to"), book(RELATION, "from"), book(RELATION, "restates")
    rates = book(RELATION, "rates")
    roles: dict[str, Mention] = {}
    at = cue.at
    clause = s.mentions[at].clause
    # The level the clause speaks of: the figure right before the cue, with no role word; or,
    # when that one restates another ("€148 million, or roughly €242 per candidate, up from
    # €139 million"), either of the two.
    subjects = _subjects(view, s, at, clause)
    if subjects:
        roles["new"] = subjects[0]
    last: Mention | None = None
    for m in s.mentions[at:until]:
        if m.clause != clause and m.position != at:
            break
        if m.kind not in AMOUNT_KINDS or m.per:
            continue
        marker_to, marker_from = to.ends(m.lead), frm.ends(m.lead)
        lead = cue.after if m.position == at else m.lead
        if m.position != at and _interrupted(book, lead[: (marker_to or marker_from).start] if (marker_to or marker_from)
                                             else lead):
            break
        if marker_from is not None or _labelled_earlier(s, m, roles.get("new")):
            roles.setdefault("old", m)
        elif marker_to is not None:
            roles["new"] = m  # (over a level before the cue: "Revenue, $5m in 2023, rose to $6m")
        elif rates.starts(m.tail) is not None:
            pass  # "grow by 6% per year": a rate of change, not this change's amount
        elif restates.ends(m.lead) is not None and last is not None and last is roles.get("delta") \
                and m.kind == "percent":
            roles.setdefault("pct", m)  # "$4.2 million, or 12%": not "to 4.464 million, or 10.8% of the workforce"
        elif (m.position == at and _adjacent(cue.after)) or _amount_lead(book, m):
            key = "pct" if m.kind == "percent" and not _levels_are_percent(roles, s, at, until) else "delta"
            level = roles.get("new") or roles.get("old")
            if key == "delta" and level is not None and not _amount_of(m, level):
                continue  # "from 229 employees … to 252 employees, … an increase of $0.4 million in office costs"
            roles.setdefault(key, m)
        last = m
    new, old = roles.get("new"), roles.get("old")
    if new is not None and old is not None and new.kind == "count" and _counts_other(new, old):
        # "48 deaths … 380 kilometres of cycle lanes": not one quantity; "4,850 bikes at 412 docking
        # stations, up from 3,600 bikes": the old level is the bikes'
        other = next((m for m in [*subjects, *reversed(s.mentions[:at])] if m is not new and m is not old
                      and m.same_unit(old) and m.clause == clause and not _counts_other(m, old)), None)
        if other is not None:
            new = other
            subjects = [other] + [m for m in subjects if m is not other]
        else:
            old = None
    inferred = False
    alternatives = []
    if new is not None and old is None and _says_earlier(view, s, at, until):
        found = _earlier_level(view, new)
        if found:
            old, alternatives, inferred = found[0], found[1:], True
    slots = {"dir": "rose" if cue.sign > 0 else "fell" if cue.sign < 0 else "", "dir_word": cue.word}
    for key, m in (("new", new), ("old", old), ("delta", roles.get("delta")), ("pct", roles.get("pct"))):
        if m is not None:
            slots[key] = m.claim
    if cue.factor is not None:
        slots["factor"] = cue.factor
    if new is not None and old is not None and new.kind == "money":
        new_loss, old_loss = _told_as_loss(book, s, new), _told_as_loss(book, s, old)
        if new_loss != old_loss:  # "improved $12.7 million from $9.0 million of operating loss"
            slots["new_loss" if new_loss else "old_loss"] = "yes"
    told = [k for k in ("new", "old", "delta", "pct") if k in slots]
    if len(told) < 2 and not (cue.factor is not None and "new" in slots and "old" in slots):
        return None
    bindings = [{**slots, "old": o.claim} for o in alternatives]
    if len(subjects) > 1 and slots.get("new") is subjects[0].claim:
        bindings += [{**b, "new": subjects[1].claim} for b in [slots, *bindings]]
    return statement("change", f"'{cue.word}'" + (", old level found by its time" if inferred else ""), slots, view,
                     s.index, bindings, inferred=inferred)


def _nouns_of(m: Mention) -> set[str]:
    """What a count counts: its noun, else the words right after it ("412 docking stations")."""
    if m.claim.noun:
        return {m.claim.noun}
    out = set()
    for w in m.tail[:3]:
        if not w.isalpha() or w in STOP_WORDS or w in FILLERS or w.endswith("ed"):
            break  # ("the 1,262,600 logged in 2022-23": a verb, no noun)
        out.add(singular(w))
    return out


def _counts_other(a: Mention, b: Mention) -> bool:
    na, nb = _nouns_of(a), _nouns_of(b)
    return bool(na and nb) and not any(same_noun(x, y) for x in na for y in nb)


def _told_as_loss(book, s: SentenceView, m: Mention) -> bool:
    """Is the amount a loss, below zero on the scale of its profit? "a loss of $9.0 million",
    "$9.0 million of operating loss", "a net loss of"; a loss beside a profit changes sign."""
    losses = book(RELATION, "losses")
    lead = m.lead[:-1] if m.lead[-1:] == ("of",) else ()
    if lead and losses.ends(lead, skip=frozenset({"a", "an", "the", "its", "their"})) is not None:
        return True
    tail = m.tail[1:] if m.tail[:1] in (("of",), ("in",)) else m.tail
    return losses.starts(tail, skip=frozenset({"a", "an", "the", "its", "their"})) is not None


def _subjects(view: DocumentView, s: SentenceView, at: int, clause: int) -> list[Mention]:
    """The level a clause speaks of, before its change word: the nearest level before it (a
    duration or a year between them aside: "81.2 percent of patients … within 62 days, up
    from"), not an old level, a target, a rate's denominator ("per 100,000") or another
    change's amount ("grow by 6%"); and, when that one restates another ("€148 million, or
    roughly €242 per candidate, up from"), the one before it too."""
    book = view.cues
    frm, restates = book(RELATION, "from"), book(RELATION, "restates")

    def level_before(m: Mention | None) -> Mention | None:
        while m is not None and m.clause == clause:
            if m.kind in LEVELS and m.lead[-1:] != ("per",):
                return m
            m = s.before(m)
        return None

    subject = level_before(s.mentions[at - 1] if at else None)
    if subject is None or frm.ends(subject.lead) is not None or "target" in subject.claim.qualifiers \
            or _is_amount(book, subject) or _comparative_amount(book, subject):
        return []
    out = [subject]
    restating = restates.ends(subject.lead) is not None or subject.tail[:1] in (("per",), ("a",), ("each",))
    before = level_before(s.before(subject))
    if restating and before is not None and frm.ends(before.lead) is None:
        out.append(before)
    return out


def _comparative_amount(book, m: Mention) -> bool:
    """"26 percent higher than", "450,000 more than": the figure right before the direction
    word is the amount of the difference, not a level."""
    return any(book(RELATION, name).starts(m.tail, skip=frozenset()) is not None for name in ("up", "down"))


def _is_amount(book, m: Mention) -> bool:
    """Is the figure the amount of a change of its own ("set to grow by 6%")?"""
    for name in ("up", "down", "neutral"):
        cue = book(RELATION, name).ends(m.lead)
        if cue is not None:
            return True
    return m.lead[-1:] == ("by",)


def _amount_lead(book, m: Mention) -> bool:
    """Is the figure the amount of a change by its own words: "an increase of 3.3 points",
    "grew by 6 percent"? ("11.4 out of 20" is no amount: no change word before its "of".)"""
    if m.lead[-1:] not in (("by",), ("of",)):
        return False
    return any(book(RELATION, name).find(m.lead)
               for name in ("up", "down", "up_nouns", "down_nouns", "neutral", "neutral_nouns"))


def _levels_are_percent(roles, s: SentenceView, at: int, until: int) -> bool:
    """Are the levels of this change percentages ("from 62.4% to 62.6%")? Then a percent
    amount is a change in points (or a relative one: the check judges both)."""
    levels = [m for m in s.mentions[max(0, at - 1) : until] if m.kind == "percent" and m.position != at]
    return any(m.claim.kind == "percent" for m in roles.values()) or len(levels) >= 2


def _says_earlier(view: DocumentView, s: SentenceView, at: int, until: int) -> bool:
    earlier = view.cues(RELATION, "earlier")
    for m in s.mentions[at:until]:
        if earlier.find(m.tail):
            return True
    return False


def _earlier_level(view: DocumentView, new: Mention) -> list[Mention]:
    """The old level a change names only by its time: a figure of the same noun (or measure)
    and unit, a year before the new level's, nearest first."""
    year, _ = time_of(view, new)
    if year is None:
        return []
    out = []
    for other in view.noun_near(noun_key(new.claim.noun or ""), new):
        if other is new or not other.same_unit(new) or not same_noun(other.claim.noun, new.claim.noun):
            continue
        if time_of(view, other)[0] == year - 1:
            out.append(other)
    out.sort(key=lambda o: abs(o.sentence - new.sentence))
    return out[:3]
