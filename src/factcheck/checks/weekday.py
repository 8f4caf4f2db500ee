"""weekday: the weekday named next to a date is that date's ("May 27, 2024 was a Monday,
not a Sunday"); a date without a year is judged in each year it may be in (relate/weekday)."""

from __future__ import annotations

from ..relate.timespan import WEEKDAY_NAMES, say_day
from . import Hit, charitable, check


@check("weekday")
def run(corpus, params):
    for st in corpus.of("weekday"):
        yield from charitable(st, _judge)


def _judge(slots) -> list[Hit]:
    claim = slots["date"]
    try:
        day = claim.date.replace(year=int(slots["year"]))
    except ValueError:
        return []  # February 29 in a common year: impossible-date's business, not this reading's
    said, actual = int(slots["day"]), day.weekday()
    if said == actual:
        return []
    fields = {"date": say_day(day), "weekday": WEEKDAY_NAMES[said], "actual": WEEKDAY_NAMES[actual]}
    return [Hit("strict", [claim], fields, f"{day.isoformat()} is a {WEEKDAY_NAMES[actual]} (weekday {actual}), "
                f"not a {WEEKDAY_NAMES[said]} (weekday {said})", anchor=claim)]
