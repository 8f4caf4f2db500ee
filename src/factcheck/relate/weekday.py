"""Weekdays: "on Sunday, May 27, 2024", "Tuesday 4 March", "May 27, a Sunday", a dateline's
"LONDON, Monday 3 June —" — the weekday named next to a written date must be that date's.

The year is the date's own when written, or the dateline's for the dateline's date: a wrong
weekday is then an error. Otherwise the year is inferred — the one that puts the date within
half a year of the publication date, or one written in the sentence (charitable) — and a
weekday no such year gives is a warning.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterator

from . import statement
from .mentions import DocumentView, Mention
from .timespan import has_written_year

RELATION = "dates"
LISTS = {
    "weekdays": "weekday names and the day each stands for (0 = Monday): 'on Sunday, May 27', 'May 27, a Sunday'",
}
NEAR_PUBLICATION = 183  # days: a date without a year is told within half a year of publication
LEAD_SKIP = frozenset({",", "the"})
TAIL_OPENERS = ((",", "a"), ("(", "a"), ("which", "was", "a"), ("which", "is", "a"), (",", "which", "was", "a"))


def read(view: DocumentView) -> Iterator:
    weekdays = view.cues(RELATION, "weekdays")
    if not weekdays.phrases:
        return
    for si in view.order:
        s = view.sentences[si]
        for m in s.mentions:
            if m.kind != "date" or m.claim.date is None:
                continue
            cue = weekdays.ends(m.lead, skip=LEAD_SKIP) or _after(weekdays, m)
            if cue is None or cue.value is None:
                continue
            st = _statement(view, m, int(cue.value), cue.text)
            if st is not None:
                yield st


def _after(weekdays, m: Mention):
    for opener in TAIL_OPENERS:
        if m.tail[: len(opener)] == opener:
            return weekdays.starts(m.tail, skip=frozenset(), at=len(opener))
    return None


def _statement(view: DocumentView, m: Mention, weekday: int, said: str):
    claim, doc = m.claim, view.doc
    base = {"date": claim, "weekday": said, "day": str(weekday)}
    if has_written_year(claim):
        return statement("weekday", said, {**base, "year": str(claim.date.year)}, view, m.sentence)
    years: list[int] = []
    known = doc.dateline is not None and doc.dateline_span is not None and doc.dateline_span.start == claim.start
    if known:
        years.append(doc.dateline.year)
    if doc.published is not None:
        years += [y for y in (doc.published.year, doc.published.year - 1, doc.published.year + 1)
                  if _near(claim.date, y, doc.published) or _in_year_before(claim.date, y, doc.published)]
    for other in view.sentences[m.sentence].mentions:
        if other is not m and other.kind in ("year", "date") and other.claim.date is not None \
                and (other.kind == "year" or has_written_year(other.claim)):
            years.append(other.claim.date.year)
    years = list(dict.fromkeys(years))
    if not years:
        return None
    bindings = [{**base, "year": str(y)} for y in years]
    return statement("weekday", said, bindings[0], view, m.sentence, bindings[1:], inferred=not known)


def _near(day: dt.date, year: int, published: dt.date) -> bool:
    try:
        return abs((day.replace(year=year) - published).days) <= NEAR_PUBLICATION
    except ValueError:  # February 29 in a common year
        return False


def _in_year_before(day: dt.date, year: int, published: dt.date) -> bool:
    """Is the date, in that year, within the twelve months before publication? ("which opened on
    Thursday, 14 March", in an article of 11 February: last March.)"""
    try:
        return 0 <= (published - day.replace(year=year)).days <= 366
    except ValueError:
        return False
