"""Parts and total: a figure told as a total, and the list of its parts, before or after it,
in its sentence or the next or previous one.

A list is two or more figures of one kind and unit joined by commas, "and" or semicolons,
each perhaps with a few words of its own ("5,200 in health care, 3,900 in construction and
3,100 in leisure"). The total is cued: "a total of", "totalling", "in all", "combined",
"together", a leading "Of the W, …", or a total followed by "split into", "made up of". A
list after a partial cue ("including", "such as", "among them") may leave parts out: its sum
may not exceed the total. "The remaining N" is the last part and makes the list complete.
A total whose list is found in another sentence is an inferred binding.
"""

from __future__ import annotations

from typing import Iterator

from ..extract.nouns import singular
from . import statement
from .mentions import TIMES, DocumentView, Mention, SentenceView, has_verb, same_noun, time_of
from .share import leading_whole

RELATION = "total"
LISTS = {
    "before": "words right before a figure that tell it as a total ('a total of 13,200', 'totalling €2.14 billion')",
    "after": "words right after a figure that tell it as a total ('41 in all', '82 seats combined')",
    "splits": "words between a total and the parts that follow it ('split into', 'made up of', 'comprising')",
    "partial": "words before parts that may leave some out ('including', 'such as', 'among them')",
    "remainder": "words before the part that is the rest ('the remaining 80', 'the rest')",
    "joiners": "words that join the items of a list ('and', ',', ';', 'while')",
    "back": "total words that sum up the figures of the sentence before ('In all, 41 …', 'Together they hold "
            "82 seats'); without one, only a list after the total is its parts",
}
PARTS = frozenset({"count", "money"})
MAX_JOINT = 12  # words between two items of a list: "$742 million for water, sewer and other enterprise funds, and $408 million"


def read(view: DocumentView) -> Iterator:
    broken_down: set[int] = set()  # sentences that give a total with its parts, or a list
    told = []
    for si in view.order:
        s = view.sentences[si]
        lists = _lists(view, s)
        if lists:
            broken_down.add(si)
        leading = leading_whole(view.cues, s)
        for m in s.mentions:
            if m.kind in PARTS and not m.per and not m.rank and (m is leading or _is_total(view, s, m)):
                st = _bind(view, s, m, lists, of_the=m is leading)
                if st is not None:
                    told.append(st)
                    broken_down.add(si)
                    yield st
        if not any(st.sentence == si for st in told):
            for items in lists:
                st = _breakdown(view, s, items, broken_down)
                if st is not None:
                    yield st


def _is_total(view: DocumentView, s: SentenceView, m: Mention) -> bool:
    return _cued_total(view, m) or _opens_parts(view, s, m)


def _cued_total(view: DocumentView, m: Mention) -> bool:
    """Told as a total by its own words: "a total of 13,200", "41 in all"."""
    book = view.cues
    back = book(RELATION, "back").find(m.lead)
    if back and len(m.lead) - back[-1].end <= 2 and all(w.isalpha() for w in m.lead[back[-1].end :]) \
            and not any(w in ("than", "of") for w in m.lead[back[-1].end :]):
        return True  # "The three together handled 1,403,000 loans", "combined they employ 4,200"
    if m.position == 0:  # "In total, operating expenses were $331.7 million"
        opener = book(RELATION, "back").starts(m.lead, skip=frozenset())
        if opener is not None and m.lead[opener.end : opener.end + 1] == (",",) and not has_verb(book, m.lead[: opener.end]):
            return True
    return book(RELATION, "before").ends(m.lead) is not None or book(RELATION, "after").starts(m.tail) is not None


def _opens_parts(view: DocumentView, s: SentenceView, m: Mention) -> bool:
    book = view.cues
    # "The €1.24 billion budget is split into …", "The capital budget of $408 million includes
    # $132 million for roads, …": a figure right before the words that open its parts.
    for name in ("splits", "partial"):
        found = book(RELATION, name).find(m.tail)
        if found and found[0].start <= 4 and s.after(m) is not None and s.after(m).same_unit(m) \
                and not has_verb(book, [w for w in m.tail[: found[0].start] if w not in COPULAS]):
            return True
    return False


COPULAS = frozenset("is are was were be been being will has have had".split())


def _lists(view: DocumentView, s: SentenceView) -> list[list[Mention]]:
    """The lists of the sentence: runs of figures of one kind and unit, in one clause, each
    joined to the last by a joiner within a few words. The W of "34 of the 48" is no item."""
    joiners = view.cues(RELATION, "joiners")
    out: list[list[Mention]] = []
    run: list[Mention] = []
    for m in s.mentions:
        if m.kind in TIMES or m.kind == "ordinal" or _is_whole_of_pair(m, run):
            continue  # a year, a date or an ordinal in a label ("11 sixth-form colleges") joins no list
        if _prior_year_aside(s, m):
            continue  # "€3,872 million (2022: €3,561 million), Life €1,655 million": the list goes on past it
        if m.kind not in PARTS or m.per or m.rank:
            if len(run) >= 2:
                out.append(run)
            run = []
            continue
        found = joiners.find(m.lead)
        # the joiner's own words are no verb of the item: "…, followed by Eastgate with 388,900"
        lead_words = [w for i, w in enumerate(m.lead) if not any(j.start <= i < j.end for j in found)]
        if run and lead_words[-1:] and lead_words[-1] in COPULAS and run[-1].lead[-1:] == (lead_words[-1],):
            # "Owned hotels revenues were $1,684 million, management fees were $612 million and …":
            # items said the same way, each with its copula
            lead_words = lead_words[:-1]
        # "18.5 pence per share, which, together with the interim dividend of 7.0 pence": a joiner of
        # several words joins across the relative clause it opens
        across = any(len(j.words) > 1 for j in found)
        joined = bool(run) and m.same_unit(run[-1]) and (m.clause == run[-1].clause or across) \
            and len(m.lead) <= MAX_JOINT and bool(found) and not has_verb(view.cues, lead_words) \
            and view.cues("change", "from").ends(m.lead) is None and "than" not in m.lead \
            and not view.cues("ratio", "multiples").find(m.lead) \
            and not view.cues(RELATION, "partial").find(m.lead) and not _changes(view, m.lead) \
            and view.cues("share", "anaphora").starts(m.tail) is None \
            and view.cues("share", "comparisons").starts(m.tail, skip=frozenset()) is None
        # (neither "818,240 of those ballots", a subset, nor "450,000 more than …", a difference)
        if joined:
            run.append(m)
        else:
            if len(run) >= 2:
                out.append(run)
            run = [m]
    if len(run) >= 2:
        out.append(run)
    return out


def _a_change_amount(view: DocumentView, m: Mention) -> bool:
    """Is the figure the amount of a change ("an increase of £29,500", "up by $3 million")?"""
    lead = m.lead
    if lead[-1:] == ("by",):
        return True
    if lead[-1:] != ("of",):
        return False
    return any(view.cues("change", name).ends(lead[:-1], skip=frozenset({"a", "an", "the"})) is not None
               for name in ("up_nouns", "down_nouns", "neutral_nouns"))


def _prior_year_aside(s: SentenceView, m: Mention) -> bool:
    """"(2022: €3,561 million)": last year's figure in brackets beside this year's."""
    prev = s.before(m)
    return m.lead[-1:] == (":",) and prev is not None and prev.kind in TIMES and prev.lead[-1:] == ("(",) \
        and m.tail[:1] == (")",)


CHANGE_LISTS = ("up", "down", "up_nouns", "down_nouns", "neutral", "neutral_nouns")


def _changes(view: DocumentView, words) -> bool:
    """Do the words between two figures tell a change ("…, an increase of €260 million")?
    Then the figures are a level and its change, not two items of a list."""
    return any(view.cues("change", name).find(words) for name in CHANGE_LISTS)


def _is_whole_of_pair(m: Mention, run: list[Mention]) -> bool:
    return bool(run) and run[-1].position == m.position - 1 and m.lead[:1] in (("of",), ("out",)) and len(m.lead) <= 3


def _bind(view: DocumentView, s: SentenceView, total: Mention, lists: list[list[Mention]], of_the: bool = False):
    book = view.cues
    candidates: list[tuple[list[Mention], bool]] = []  # (parts, in another sentence)
    if book(RELATION, "back").find(total.lead):
        # "Those four sectors together added 23,400 …, but manufacturing shed 1,900 and retail 2,600":
        # a total that sums up ('together', 'in all') sums what was told before it
        lists = [items for items in lists if items[-1].position < total.position]
    for items in lists:
        parts = [p for p in items if p is not total]
        if len(parts) >= 2 and parts[0].same_unit(total) and total not in items[1:-1]:
            candidates.append((parts, False))
    if not candidates and _cued_total(view, total):  # (a total opening its parts has them in its sentence)
        back = bool(book(RELATION, "back").find(total.lead) or book(RELATION, "back").find(total.tail))
        for other in view.nearby(total, reach=1, after=1)[1:]:
            if other.index < total.sentence and not back:
                continue  # "… France with 470,000. Visitors from all other countries totalled 1.42 million"
            for items in _lists(view, other):
                if len(items) >= 2 and items[0].same_unit(total):
                    candidates.append((items, True))
        if not candidates and back:
            levels = _current_levels(view, total)
            if len(levels) >= 2:
                candidates.append((levels, True))
    good = []
    for parts, elsewhere in candidates:
        parts = [p for p in parts if p is not leading_whole(book, view.sentences[p.sentence])]
        if len(parts) < 2 or any(p.value > total.value * 2 for p in parts) \
                or (elsewhere and sum(p.value for p in parts) * 100 < total.value):
            continue  # not parts of this total: larger than it, or, in another sentence, of another scale
        if book("change", "from").ends(parts[0].lead) is not None:
            continue  # "… compared to 6.7 in Germany and 15.8 in the Netherlands": figures to compare
        nouns = {p.claim.noun for p in parts}
        if total.kind == "count" and total.claim.noun and len(nouns) == 1 and None not in nouns \
                and not same_noun(nouns.pop(), total.claim.noun):
            continue  # "11 tertiary hospitals and 27 secondary hospitals" are no parts of 9,460 beds
        # "Of the 500 staff, 320 are nurses and 110 doctors": others may exist, unless a
        # remainder is told ("and the remaining 70 …").
        partial = _partial(view, s, total, parts, of_the)
        good.append(({"parts": [p.claim for p in parts], "total": total.claim,
                      "exhaustive": "no" if partial else "yes"}, elsewhere))
    if not good:
        return None
    # Nearest list first: the one that touches the total in the text.
    good.sort(key=lambda g: (g[1], min(abs(p.start - total.claim.start) for p in g[0]["parts"])))
    (first, elsewhere), rest = good[0], [g for g, _ in good[1:]]
    return statement("sum", "total with its list" + (" in another sentence" if elsewhere else ""), first, view,
                     s.index, rest, inferred=elsewhere)


def _current_levels(view: DocumentView, total: Mention) -> list[Mention]:
    """"R&D rose to $118.4 million from $104.9 million. Sales and marketing grew 9% to $142.0
    million from $130.3 million, and G&A was $51.3 million, compared with $49.0 million a year
    earlier. In total, operating expenses were $331.7 million": the parts a summing total
    ('in total') takes from the sentences before it when they hold no list — each one's levels
    of its unit, old ones (after 'from', 'compared with', 'a year earlier') aside."""
    old = view.cues("change", "from")
    out: list[Mention] = []
    for other in reversed(view.nearby(total, reach=2, after=0)[1:]):
        for m in other.mentions:
            if not m.same_unit(total) or m.per or m.rank or old.ends(m.lead) is not None \
                    or time_of(view, m)[1] or "total" in m.claim.qualifiers or _a_change_amount(view, m):
                continue  # (nor a change: "…, an increase of £29,500")
            out.append(m)
    return out


def _partial(view: DocumentView, s: SentenceView, total: Mention, parts: list[Mention], of_the: bool) -> bool:
    """May the parts leave some out? A partial cue before the first part ("including"), and
    no remainder among them ("and the remaining 80")."""
    book = view.cues
    if any(book(RELATION, "remainder").ends(p.lead) is not None for p in parts):
        return False
    if of_the:
        return True
    first = parts[0]
    return bool(book(RELATION, "partial").find(first.lead)) or (
        first.sentence == total.sentence and first.position > total.position
        and bool(book(RELATION, "partial").find(total.tail)))


MIN_BREAKDOWN = 3  # two figures side by side are too often a comparison to be taken for parts


def _breakdown(view: DocumentView, s: SentenceView, items: list[Mention], broken_down: set[int]):
    """A list with no total of its own ("Revenue rose to €166 million. Broadcasting brought
    in €74 million, commercial deals €62 million and matchday income €35 million"): its sum
    cannot exceed the whole it breaks down, a figure of its unit told just before it, larger
    than every item, of its time, counting what it counts, in a sentence that does not break
    itself down ("The capital budget of $408 million includes … Separately, …"), and not a
    sibling said the same way ("The police department gets … The fire department gets …").
    With "the remaining …" among the items the list is complete and must add up. Not a
    series over time, nor this year's figures beside last year's."""
    book = view.cues
    remainder = any(book(RELATION, "remainder").ends(p.lead) is not None for p in items)
    if len(items) < MIN_BREAKDOWN and not remainder:
        return None
    if book(RELATION, "partial").find(items[0].lead):
        return None  # "… and cash payments to reduce our debt, including $1.65 billion, …": its whole is unsaid
    years = [m for m in s.mentions if m.kind == "year" and not (m.lead[-1:] == ("(",) and m.tail[:1] == (":",))]
    if items[0].kind not in PARTS or len(years) >= len(items) - 1:
        return None  # a series over time (a "(2022: …)" label beside each item is no series)
    if any(book("change", "from").ends(p.lead) is not None for p in items):
        return None  # "7.9 million, down from 9.2 million, and the south 5.3 million, down from 6.1 million"
    biggest = max(p.value for p in items)
    year, earlier = time_of(view, items[0])
    pool = [c for other in view.nearby(items[0], reach=3, after=0, paragraphs=2)[1:] if other.index not in broken_down
            for c in other.mentions]
    largest = view.largest_before(items[0])  # (the headline figure, told further up)
    if largest is not None and largest.sentence not in broken_down:
        pool.append(largest)
    wholes = []
    for c in pool:
        if c in wholes or not c.same_unit(items[0]) or c.value <= biggest or c.per or "target" in c.claim.qualifiers:
            continue
        if c.kind == "count" and not _counts_the_same(c, items):
            continue
        c_year, c_earlier = time_of(view, c)
        if c_earlier != earlier or (year and c_year and year != c_year):
            continue  # "… raised last winter": not this appeal's whole
        if _lead_words(c) == _lead_words(items[0]):
            continue  # a sibling said the same way
        wholes.append(c)
    if not wholes:
        return None
    wholes.sort(key=lambda c: -c.value)  # the largest: the whole of which the others are parts
    bindings = [{"parts": [p.claim for p in items], "total": w.claim, "exhaustive": "yes" if remainder else "no"}
                for w in wholes]
    return statement("sum", "a list and the whole told before it", bindings[0], view, s.index, bindings[1:],
                     inferred=True)


def _counts_the_same(whole: Mention, parts: list[Mention]) -> bool:
    """A count is a whole of listed counts only when it counts what one of them counts
    ("642,300 residents" … "301,000 residents live in the north, 201,500 in the south …")."""
    for p in parts:
        if whole.claim.measure is not None and p.claim.measure == whole.claim.measure:
            return True
        if whole.claim.noun is not None and (same_noun(whole.claim.noun, p.claim.noun)
                                              or whole.claim.noun in {singular(w) for w in p.claim.phrase.split()}):
            return True
    return False


def _lead_words(m: Mention) -> tuple[str, ...]:
    """The two words before a figure, which parallel sentences repeat."""
    words = [w for w in m.lead if w.isalpha()]
    return tuple(words[-2:])
