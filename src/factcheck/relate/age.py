"""Ages: "aged 64", "a 93-year-old", "she turned 93 on May 2, 2024", "Jane Doe, 64, (born
1960)" — an age against the birth date or year told with it.

The age is cued by a word before it ("aged", "turned") or after it ("-year-old", "years
old"); a bare figure between commas after a name is an age only when a birth is told in the
same sentence, and that reading is inferred. The birth is a date or year after a birth word
("born in 1931", "hatched on May 2, 1931"), in the sentence or, inferred, the two before it
in its paragraph. The age is at the time written in its clause ("turned 93 on May 2, 2024"),
else at another time of the sentence, or at publication or in the year before it (each a
reading: the most charitable verdict).
"""

from __future__ import annotations

import datetime as dt
from typing import Iterator

from . import statement
from .cues import FILLERS
from .mentions import DocumentView, Mention, SentenceView
from .timespan import days_of, span_text

RELATION = "dates"
LISTS = {
    "age_before": "words before a figure that make it an age: 'aged 64', 'at the age of 64', 'turned 93'",
    "age_after": "words after a figure that make it an age: '93-year-old', '64 years old'",
    "births": "words before a date or year that make it a birth: 'born in 1931', 'hatched on May 2, 1931'",
}
AGES = frozenset({"count", "duration"})
OLDEST = 130
BIRTH_SKIP = FILLERS | {"in", "on", ",", "(", "at"}


def read(view: DocumentView) -> Iterator:
    before, after = view.cues(RELATION, "age_before"), view.cues(RELATION, "age_after")
    if not before.phrases and not after.phrases:
        return
    for si in view.order:
        s = view.sentences[si]
        for m in s.mentions:
            if not _may_be_age(m):
                continue
            cued = before.ends(m.lead, skip=FILLERS - {"by"}) is not None or after.starts(m.tail, skip=frozenset()) is not None
            if not cued and not _apposed(m):
                continue
            st = _statement(view, s, m, inferred=not cued)
            if st is not None:
                yield st


def _may_be_age(m: Mention) -> bool:
    c = m.claim
    return c.kind in AGES and c.value.denominator == 1 and 0 < c.value <= OLDEST and c.unit in (None, "year") \
        and not m.per and not m.rank


def _apposed(m: Mention) -> bool:
    """"Jane Doe, 64, said": a bare figure between commas (or a comma and a bracket)."""
    return m.claim.kind == "count" and m.claim.noun is None and m.lead[-1:] == (",",) and m.tail[:1] in ((",",), ("(",))


def _statement(view: DocumentView, s: SentenceView, age: Mention, inferred: bool):
    births = view.cues(RELATION, "births")
    born = [m for m in s.mentions if m is not age and days_of(m.claim) and births.ends(m.lead, skip=BIRTH_SKIP)]
    if not born:
        if inferred:
            return None  # an apposed figure is an age only next to a birth
        for step in (1, 2):
            other = view.sentences.get(s.index - step)
            if other is not None and other.paragraph == s.paragraph:
                born += [m for m in other.mentions if days_of(m.claim) and births.ends(m.lead, skip=BIRTH_SKIP)]
        inferred = True
    if not born:
        return None
    refs = _references(view, s, age, born)
    if not refs:
        return None
    bindings = [{"age": age.claim, "born": b.claim, "born_span": span_text(days_of(b.claim)), **ref}
                for ref in refs for b in born]
    return statement("age", "age", bindings[0], view, s.index, bindings[1:], inferred)


def _references(view: DocumentView, s: SentenceView, age: Mention, born: list[Mention]) -> list[dict]:
    """When the age is told: a time of its clause first, then the sentence's other times, then
    (unless the sentence has a time) the publication date or the year before it: "On January 1,
    2010 the singer, who was born on …, turned 30" is told of 2010, not of today."""
    times = [m for m in s.mentions if m is not age and m not in born and days_of(m.claim)]
    own = sorted((m for m in times if m.clause == age.clause), key=lambda m: abs(m.position - age.position))
    out = [{"on": m.claim, "on_span": span_text(days_of(m.claim))} for m in own]
    out += [{"on": m.claim, "on_span": span_text(days_of(m.claim))} for m in times if m not in own]
    published = view.doc.published
    if published is not None and not out:  # a time of the sentence says when the age is told
        out.append({"on_span": span_text((_year_before(published), published)), "on_said": "publication"})
    return out


def _year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)
