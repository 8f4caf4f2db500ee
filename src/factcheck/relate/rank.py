"""Rank: "took third place with 39,100", "ranked second with 1.88 million admissions", "the
second-largest port …, behind Haldor with 4.6 million TEU and Brisk with 3.9 million TEU" —
a place in an order, against the figures the article gives for the others.

The ranked figure is the one the ordinal's clause gives its subject ("… place with 39,100");
its rivals are the figures of the same kind and unit in its paragraph and the one before, of
the same time, that are neither totals, nor differences, nor old levels. The verdict is one-
sided, as charity asks: the article need not name every rival, but if it names N figures
above one said to be N-th, the place is wrong. A list after "behind" counts the rivals ahead
by itself ("third … behind A and B" names two).
"""

from __future__ import annotations

import re
from typing import Iterator

from . import statement
from .cues import FILLERS
from .mentions import DocumentView, Mention, SentenceView, same_noun, time_of, told_as_difference

RELATION = "rank"
LISTS = {
    "places": "nouns of a place in an order after an ordinal: 'third place', 'second position'",
    "verbs": "verbs before an ordinal that rank what they tell of: 'ranked third', 'finished second'",
    "high": "superlatives after an ordinal for an order from the top: 'the third-largest', 'second-busiest'",
    "low": "superlatives after an ordinal for an order from the bottom: 'the second-smallest'",
    "behind": "words before the rivals ranked above: 'behind Haldor with 4.6 million and Brisk with 3.9 million'",
    "with": "words between a rank and its own figure: 'third place with 39,100', 'ranked second at 1.88 million'",
    "within": "words that rank among a group: 'second among importers', 'third of the domestic titles'",
}
RANKED = frozenset({"count", "money"})
MAX_PLACE = 20
RIVAL_PARAGRAPHS = 1  # the ordinal's paragraph and the one before
RIVAL_SENTENCES = 3  # and no further back than three sentences


def read(view: DocumentView) -> Iterator:
    book = view.cues
    for si in view.order:
        s = view.sentences[si]
        for m in s.mentions:
            if m.kind != "ordinal" or m.claim.in_title or not 1 <= m.value <= MAX_PLACE:
                continue
            order = _order(book, m)
            if order is None:
                continue
            st = _ranked(view, s, m, order)
            if st is not None:
                yield st


def _order(book, m: Mention) -> str | None:
    """"high" or "low" when the ordinal tells a place in an order of figures."""
    if book(RELATION, "low").starts(m.tail, skip=frozenset()) is not None:
        return "low"
    if book(RELATION, "high").starts(m.tail, skip=frozenset()) is not None \
            or book(RELATION, "places").starts(m.tail, skip=frozenset()) is not None \
            or book(RELATION, "verbs").ends(m.lead, skip=FILLERS) is not None:
        return "high"
    return None


def _ranked(view: DocumentView, s: SentenceView, o: Mention, order: str):
    book = view.cues
    own = _own_figure(book, s, o)
    if own is not None and book(RELATION, "within").find(o.tail):
        own = None  # "second among the importers with 39,100": ranked in a group the article does not list
    behind = _behind(book, s, o)
    if own is None and not behind:
        return None
    slots = {"rank": o.claim, "order": order}
    if own is not None:
        slots["figure"] = own.claim
        slots["rivals"] = [r.claim for r in _rivals(view, o, own)]
    if behind:
        slots["ahead"] = [r.claim for r in behind]
    if not slots.get("rivals") and not behind:
        return None
    return statement("ranked", f"'{o.claim.text}'", slots, view, s.index)


def _own_figure(book, s: SentenceView, o: Mention) -> Mention | None:
    """The figure of the ranked subject: right after the ordinal's words ("third place with
    39,100", "ranked second with 1.88 million admissions")."""
    nxt = s.after(o)
    if nxt is not None and nxt.kind in RANKED and nxt.clause == o.clause:
        found = book(RELATION, "with").find(o.tail)
        if found and len(o.tail) - found[-1].end <= 1 and len(o.tail) <= 6:
            return nxt
    # "Stazione Centrale, at 14.2, was the third-most polluted": the subject's figure in an
    # apposition right before the place
    prev = s.before(o)
    if prev is not None and prev.kind in RANKED and prev.clause == o.clause and prev.lead[-1:] in WITH_BEFORE \
            and prev.tail[:1] == (",",) and len(prev.tail) <= 5:
        return prev
    return None


WITH_BEFORE = {("at",), ("with",), ("on",)}


def _behind(book, s: SentenceView, o: Mention) -> list[Mention]:
    """The figures after "behind" in the ordinal's sentence: each one a rival ahead."""
    behind = book(RELATION, "behind")
    for i, m in enumerate(s.mentions[o.position + 1 :], start=o.position + 1):
        if behind.find(m.lead):
            run = [x for x in s.mentions[i:] if x.kind in RANKED and x.same_unit(m)]
            return run
    return []


def _rivals(view: DocumentView, o: Mention, own: Mention) -> list[Mention]:
    """The ordinal's paragraph's figures; the paragraph before gives only figures told of a
    name ("drew 2.41 million admissions" of "Harbour Lights") — a breakdown of another kind
    ("Hybrids accounted for 118,400 registrations") ranks nothing among them."""
    paragraph = view.sentences[o.sentence].paragraph
    out: list[Mention] = []
    for si in range(o.sentence - RIVAL_SENTENCES, o.sentence + 1):  # (never a scan of the document)
        sv = view.sentences.get(si)
        if sv is None or not 0 <= paragraph - sv.paragraph <= RIVAL_PARAGRAPHS:
            continue
        for m in sv.mentions:
            if sv.index == o.sentence and m.position > o.position and m.clause != o.clause:
                continue  # "…, but it led the non-US chart with $17.7m": after the place, another story
            if sv.paragraph != paragraph and not _of_a_name(view, sv, m):
                continue
            if "total" in m.lead[-3:] or "mark" in m.tail[:1]:
                continue  # "total takings of $137m", "the $100m mark": no rival's figure
            if m is own or m.kind != own.kind or m.unit != own.unit or m.per or m.rank or m.claim.in_title:
                continue
            if own.claim.noun and m.claim.noun and not same_noun(own.claim.noun, m.claim.noun):
                continue
            if {"total", "cumulative", "target"} & set(m.claim.qualifiers):
                continue
            if _compared(view, m) or not _same_time(view, m, own):
                continue
            out.append(m)
    # A figure larger than all the others together is their whole, not a rival.
    everything = sum(m.value for m in out) + own.value
    return [m for m in out if m.value * 2 < everything]


def _compared(view: DocumentView, m: Mention) -> bool:
    """A difference or an old level: "80,000 fewer than", "up from 1.7 million"."""
    return told_as_difference(view.cues, m) or view.cues("change", "from").ends(m.lead, skip=frozenset()) is not None


def _same_time(view: DocumentView, a: Mention, b: Mention) -> bool:
    ya, ea = time_of(view, a)
    yb, eb = time_of(view, b)
    return ea == eb and (ya is None or yb is None or ya == yb)


NAME_RE = re.compile(r"[“\"]|(?<=[a-z,;] )[A-Z][a-z]+")


def _of_a_name(view: DocumentView, s: SentenceView, m: Mention) -> bool:
    """Is a proper name or a quoted title told right before or after the figure (not the
    capital that opens the sentence)?"""
    text = view.doc.text
    prev = s.before(m)
    nxt = s.after(m)
    start = prev.claim.end if prev is not None else m.claim.start - len(" ".join(m.lead)) - 1
    end = nxt.claim.start if nxt is not None else m.claim.end + 60
    around = text[max(0, start) : m.claim.start] + " | " + text[m.claim.end : end].split(",")[0]
    return bool(NAME_RE.search(around))
