"""Anniversaries: "its 175th anniversary this year", "the 40th anniversary of the 1984 strike",
"celebrating its centenary", "her 93rd birthday" — the Nth anniversary falls N years after the
event it marks.

The event's year is a year of the sentence that an origin word brings in ("founded in 1849",
"of the 1984 strike", "opened its first quay in 1875"), else one of the sentence before in
its paragraph (inferred); a year no origin word brings in is as likely the anniversary's own
("released in 2001 to mark the 10th anniversary of the album") and is never the event's. The
year of the anniversary is one written in the sentence after the anniversary ("this year",
"in 2024"), or any other year of the sentence, else the publication year or the year either
side of it (an anniversary told a little ahead or after).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Iterator

from . import statement
from .cues import FILLERS, tokens
from .mentions import DocumentView, Mention, SentenceView

RELATION = "dates"
LISTS = {
    "anniversaries": "nouns an ordinal before them makes an anniversary: 'the 175th anniversary', 'her 93rd birthday'",
    "named_anniversaries": "anniversaries named in a word, with the years each stands for: 'centenary: 100'",
    "origins": "words that bring in the year an anniversary counts from: 'founded in 1849', 'of the 1984 strike'",
}
ORIGIN_REACH = 6  # tokens before a year that an origin word may stand in
ORIGIN_CHARS = 80


def read(view: DocumentView) -> Iterator:
    nouns, named = view.cues(RELATION, "anniversaries"), view.cues(RELATION, "named_anniversaries")
    if not nouns.phrases and not named.phrases:
        return
    named_words = {p[0] for group in named.phrases.values() for p in group}
    for si in view.order:
        s = view.sentences[si]
        for m in s.mentions:
            if m.kind == "ordinal" and nouns.starts(m.tail, skip=FILLERS | {"-"}) is not None:
                st = _statement(view, s, m.claim.value, m.claim.text, m)
                if st is not None:
                    yield st
        lowered = s.text.lower()  # a cheap test first: tokenizing every sentence costs more
        for cue in named.find(s.words) if any(w in lowered for w in named_words) else ():
            st = _statement(view, s, cue.value, cue.text, None)
            if st is not None:
                yield st


def _statement(view: DocumentView, s: SentenceView, n: Fraction, said: str, nth: Mention | None):
    origins = view.cues(RELATION, "origins")
    years = [m for m in s.mentions if m.kind == "year" and m.claim.date is not None]
    since = [m for m in years if _has_origin(origins, m, view.doc.text)]
    inferred = False
    if not since:  # the sentence before may tell the founding: "The zoo opened in 1899. …"
        before = view.sentences.get(s.index - 1)
        if before is None or before.paragraph != s.paragraph:
            return None
        since = [m for m in before.mentions if m.kind == "year" and m.claim.date is not None and _has_origin(origins, m, view.doc.text)]
        inferred = True
    if not since:
        return None  # a year no origin word brings in is as likely the anniversary's own
    at = _anniversary_year(s, nth, since)
    ats = [(m.claim, m.claim.date.year) for m in ([at] if at is not None else [])]
    ats += [(m.claim, m.claim.date.year) for m in years if m is not at and m not in since]  # charitable
    if at is None and view.doc.published is not None:
        year = view.doc.published.year
        ats += [("published", year), ("published", year - 1), ("published", year + 1)]
    if not ats:
        return None
    bindings = []
    for origin in since:
        for told, year in ats:
            slots = {"since": origin.claim, "n": str(n), "said": said, "at_year": str(year)}
            if told != "published":
                slots["at"] = told
            if nth is not None:
                slots["nth"] = nth.claim
            bindings.append(slots)
    return statement("anniversary", said, bindings[0], view, s.index, bindings[1:], inferred)


def _has_origin(origins, m: Mention, text: str) -> bool:
    """An origin word among the few words before the year, whatever figures stand between
    ("opened its first stone quay in 1875")."""
    lead = tokens(text[max(0, m.claim.said_start - ORIGIN_CHARS) : m.claim.said_start])[-ORIGIN_REACH:]
    return any(origins.starts(lead, skip=frozenset(), at=i) is not None for i in range(len(lead)))


def _anniversary_year(s: SentenceView, nth: Mention | None, origins: list[Mention]) -> Mention | None:
    """A year written after the anniversary ("its 175th anniversary this year"), or after the
    event's year when the anniversary is a word ("founded in 1923 … its centenary this year")."""
    after = nth.position if nth is not None else max((o.position for o in origins), default=len(s.mentions))
    for m in s.mentions[after + 1 :]:
        if m.kind == "year" and m.claim.date is not None and m not in origins:
            return m
    return None
