"""schedule: "achieving the goal … by 2025, two years ahead of schedule" — the years ahead
must match the deadline minus the publication date."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from ..intervals import Interval
from . import Hit, check
from ._common import show_iv

YEAR_DAYS = Fraction(36525, 100)


@check("schedule")
def run(corpus, params):
    seen: set[int] = set()
    for st in corpus.of("schedule"):
        deadline, ahead = st.claim("deadline"), st.claim("ahead")
        if ahead is None or id(ahead) in seen:
            continue  # the first frame (deadline before "ahead of schedule") wins
        seen.add(id(ahead))
        published = st.doc.published
        if deadline is None or ahead is None or published is None or deadline.kind != "year":
            continue
        year = int(deadline.value)
        earliest = Fraction((dt.date(year, 1, 1) - published).days) / YEAR_DAYS
        latest = Fraction((dt.date(year, 12, 31) - published).days) / YEAR_DAYS
        possible = Interval(earliest, latest)
        years = ahead.strict if ahead.unit in (None, "year") else None
        if years is None:
            continue
        if not possible.intersects(years):
            level = "strict"
        elif not ahead.ordinary.contains(year - published.year):
            level = "ordinary"
        else:
            continue
        written = ahead.text if "year" in ahead.text.lower() else f"{ahead.text} years"
        yield Hit(level, [ahead, deadline], {"ahead": written, "deadline": deadline.text,
                                             "published": published.isoformat(), "computed": show_iv(possible, 1)},
                  f"{deadline.text} − {published.isoformat()} = {show_iv(possible, 1)} years ≠ {ahead.text}", anchor=ahead)
