"""Time elapsed: "for 12 years", "took just over four years", "in 18 days", "12 years later",
"two and a half years after the order", "47 years ago", "a 26-year wait", "a dry spell of 81
days", "125 years since it opened in 1899" — a duration against the times it runs between.

Two kinds of cue, from the pack:
- a duration **between** two times ("for", "took", "lasted", "later", "after"): any two
  times of the sentence, earlier first; "12 years later" and "after" look back, so a time of
  the sentence before in its paragraph may be the first. Confident when the sentence holds
  exactly two times.
- a duration **up to the time of telling** ("ago", "since", "a 26-year wait", "a spell
  of"): "47 years ago" and "N years since" count from the time next to them, a wait from a
  time of the sentence; each to another time of the sentence, else to the publication date
  (inferred, except for "ago" and "since").

A time is an end of a duration only if it is written at least as finely as the duration is
measured (a year cannot end a span of ten days, a month one of two weeks), a date whose year
the reader guessed only for a span shorter than a year, and a duration named by its end ("the
12 months ended December 31", "within 60 days of February 15") runs between no two times.
"""

from __future__ import annotations

from typing import Iterator

from . import statement
from .cues import FILLERS
from .mentions import DocumentView, Mention, SentenceView
from .timespan import DAYS_PER, days_of, has_written_year, span_text

RELATION = "dates"
LISTS = {
    "spans_before": "words before a duration that make it the time between two times: 'for', 'took', 'lasted', 'in'",
    "spans_after": "words after a duration that make it the time between two times: 'later', 'after', 'earlier'",
    "ago": "words after a duration that count it back from the time of telling: 'ago'",
    "since": "words after a duration that count it from the time after them: '125 years since it opened in 1899'",
    "waits": "nouns of a span that ends at the time of telling: 'a 26-year wait', 'a dry spell of 81 days'",
}
UNITS = frozenset({"year", "month", "week", "day"})
# "the 12 months ended December 31", "within 60 days of February 15": a span named by one end.
NAMED_BY_END = frozenset({"ended", "ending", "to", "through", "of", "until", "prior"})
HALF = ("and", "a", "half")
# The unit after the figure ("47 years ago", "a 26-year wait") stands between it and its cue.
UNIT_WORDS = frozenset({"-", "year", "years", "month", "months", "week", "weeks", "day", "days"})
AGO_THEN = frozenset({"ago", "back", ",", "(", "on", "in", "at", "year", "years", "month", "months", "week", "weeks",
                      "day", "days", "-"})
SKIP = FILLERS | {"more", "than", "over", "under", "less", "just", "some", "nearly", "almost", "a", "an"}


def read(view: DocumentView) -> Iterator:
    book = view.cues
    spans_before, spans_after = book(RELATION, "spans_before"), book(RELATION, "spans_after")
    ago, since, waits = book(RELATION, "ago"), book(RELATION, "since"), book(RELATION, "waits")
    if not any(lst.phrases for lst in (spans_before, spans_after, ago, since, waits)):
        return
    for si in view.order:
        s = view.sentences[si]
        for m in s.mentions:
            unit = _unit(m)
            if unit is None:
                continue
            tail = m.tail[3:] if m.tail[:3] == HALF else m.tail
            extra = {"unit": unit, **({"half": "yes"} if tail is not m.tail else {})}
            if _named_by_end(tail):
                continue
            if ago.starts(tail, skip=UNIT_WORDS) is not None:
                start = _next_to(s, m, before=True) or _right_after(s, m)
                st = _to_telling(view, s, m, extra, "ago", start, confident=True) if start else None
            elif since.starts(tail, skip=UNIT_WORDS) is not None:
                start = _next_to(s, m, before=False)
                st = _to_telling(view, s, m, extra, "since", start, confident=True) if start else None
            elif waits.starts(tail, skip=UNIT_WORDS) is not None or waits.ends(_before_of(m.lead)) is not None:
                st = _to_telling(view, s, m, extra, "wait", None, confident=False)
            elif spans_after.starts(tail, skip=UNIT_WORDS) is not None:
                st = _between(view, s, m, extra, look_back=True)
            elif spans_before.ends(m.lead, skip=SKIP):
                st = _between(view, s, m, extra, look_back=False)
            else:
                continue
            if st is not None:
                yield st


def _unit(m: Mention) -> str | None:
    c = m.claim
    if c.kind == "duration" and c.unit in UNITS:
        return c.unit
    if c.kind == "count" and m.tail[:3] == HALF and len(m.tail) > 3 and m.tail[3].rstrip("s") in UNITS:
        return m.tail[3].rstrip("s")  # "two and a half years"
    return None


def _before_of(lead: tuple[str, ...]) -> tuple[str, ...]:
    """"a dry spell of 81 days": the words before "of"."""
    return lead[:-1] if lead[-1:] == ("of",) else ()


def _named_by_end(tail: tuple[str, ...]) -> bool:
    words = [w for w in tail[:3] if w not in UNIT_WORDS]
    return bool(words) and words[0] in NAMED_BY_END


def _times(s: SentenceView, exclude: Mention) -> list[Mention]:
    return [m for m in s.mentions if m is not exclude and days_of(m.claim) is not None]


def _next_to(s: SentenceView, m: Mention, before: bool) -> Mention | None:
    """The time right before the duration ("of 1976, 47 years ago") or right after it ("125
    years since it opened in 1899", "10 years ago, on 1 February 1995"), in its clause."""
    other = s.before(m) if before else s.after(m)
    if other is None or other.clause != m.clause or days_of(other.claim) is None:
        return None
    return other


def _right_after(s: SentenceView, m: Mention) -> Mention | None:
    """"10 years ago, on 1 February 1995": a time after "ago" with only time words between."""
    other = _next_to(s, m, before=False)
    return other if other is not None and all(w in AGO_THEN for w in other.lead) else None


def _fine_enough(length: Mention, unit: str, times: list[Mention]) -> bool:
    """Are the times written finely enough to measure the duration between them?"""
    size = length.claim.value * DAYS_PER[unit]
    for t in times:
        first, last = days_of(t.claim)
        if (last - first).days + 1 > size / 2:
            return False
        if t.claim.kind == "date" and not has_written_year(t.claim) and size >= DAYS_PER["year"]:
            return False  # the reader put "September 11" in a year; a span of years needs the real one
    return True


def _binding(length: Mention, extra: dict, start: Mention, end: Mention | None, view: DocumentView) -> dict | None:
    if not _fine_enough(length, extra["unit"], [start] if end is None else [start, end]):
        return None
    first = days_of(start.claim)
    if end is not None:
        last = days_of(end.claim)
    elif view.doc.published is not None:
        last = (view.doc.published, view.doc.published)
    else:
        return None
    if first is None or last is None or last[1] < first[0] or last == first:
        return None  # no span, or one time told twice
    slots = {"length": length.claim, "since": start.claim, "since_span": span_text(first), "until_span": span_text(last),
             **extra}
    if end is not None:
        slots["until"] = end.claim
    return slots


def _to_telling(view: DocumentView, s: SentenceView, m: Mention, extra: dict, cue: str, start: Mention | None,
                confident: bool):
    """From a time of the sentence to another of it, else to the publication date."""
    times = _times(s, m)
    starts = [start] if start is not None else times
    confident = confident and start is not None
    bindings = []
    for a in starts:
        for b in [None, *[t for t in times if t is not a]]:
            slots = _binding(m, extra, a, b, view)
            if slots is not None:
                bindings.append(slots)
    if not bindings:
        return None
    return statement("elapsed", cue, bindings[0], view, s.index, bindings[1:], inferred=not confident)


def _ends_later(s: SentenceView, m: Mention, end: Mention) -> bool:
    """"N years later" ends at the time of what it tells: one told after it ("twelve years later,
    in 2022") or right before it, in apposition ("in 2022, twelve years later"). "The first flight
    in 2026 and a test two years later" tells no time for the test: 2026 is no end of it."""
    if end.sentence != m.sentence:
        return False
    if end.position > m.position:
        return True
    return s.before(m) is end and all(w in (",", "—", "–", "(") for w in m.lead)


def _between(view: DocumentView, s: SentenceView, m: Mention, extra: dict, look_back: bool):
    times = _times(s, m)
    confident = len(times) == 2
    before = view.sentences.get(s.index - 1) if look_back else None
    earlier = _times(before, m) if before is not None and before.paragraph == s.paragraph else []
    pairs = [(a, b) for i, a in enumerate(times) for b in times[i + 1 :]] + [(a, b) for a in earlier for b in times]
    bindings = []
    for a, b in pairs:
        for x, y in ((a, b), (b, a)):
            if look_back and not _ends_later(s, m, y):
                continue
            slots = _binding(m, extra, x, y, view)
            if slots is not None:
                bindings.append(slots)
    if not bindings:
        return None
    return statement("elapsed", "between", bindings[0], view, s.index, bindings[1:], inferred=not confident)
