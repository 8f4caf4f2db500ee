"""Time figures as spans of days, for the date relations (weekday, anniversary, age, elapsed).

A year is every day of it, a month ("September 2021") every day of that month, a date one
day: "1998 to 2024" is then anything from 25 to 27 years, and a check only complains when no
day of either span makes the relation true (the most charitable reading).
"""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction

from ..intervals import Interval
from ..model import Claim
from .mentions import Mention

DAYS_PER = {"day": Fraction(1), "week": Fraction(7), "month": Fraction(146097, 4800), "year": Fraction(146097, 400)}
WRITTEN_YEAR_RE = re.compile(r"(?<!\d)\d{4}(?!\d)")
MONTH_NAMES = ("January February March April May June July August September October November "
               "December").split()
WEEKDAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def has_written_year(claim: Claim) -> bool:
    """Was the year written ("May 27, 2024"), or put there by the reader ("May 27")?"""
    return bool(WRITTEN_YEAR_RE.search(claim.text))


def days_of(c: Claim) -> tuple[dt.date, dt.date] | None:
    """The first and last day a time figure may stand for; None for a span of years
    ("2021-25"), which is no single point of time."""
    if c.date is None or c.kind not in ("year", "date", "period"):
        return None
    if c.kind == "period" and c.unit == "year":
        return None
    return c.date, c.date_end or c.date


def is_time(m: Mention) -> bool:
    return days_of(m.claim) is not None


def elapsed(since: tuple[dt.date, dt.date], until: tuple[dt.date, dt.date], unit: str) -> Interval:
    """How long from a day of `since` to a day of `until`, in `unit`; a count of days may
    include both ends ("from 1 to 3 June" is a three-day festival)."""
    lo = (until[0] - since[1]).days
    hi = (until[1] - since[0]).days + 1
    size = DAYS_PER[unit]
    return Interval(Fraction(lo) / size, Fraction(hi) / size)


def completed_years(born: dt.date, on: dt.date) -> int:
    """The age on `on` of someone born on `born`."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def say_day(day: dt.date) -> str:
    return f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}"


def say_span(span: tuple[dt.date, dt.date]) -> str:
    """A span as the article would write it: "1998", "September 2021", "May 2, 1931"."""
    first, last = span
    if first == last:
        return say_day(first)
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return str(first.year)
    if first.year == last.year and first.month == last.month:
        return f"{MONTH_NAMES[first.month - 1]} {first.year}"
    return f"{say_day(first)} to {say_day(last)}"


def span_text(span: tuple[dt.date, dt.date]) -> str:
    """A span in a slot (slots hold claims or words): "2024-06-12/2024-06-12"."""
    return f"{span[0].isoformat()}/{span[1].isoformat()}"


def parse_span(text: str) -> tuple[dt.date, dt.date]:
    first, last = text.split("/")
    return dt.date.fromisoformat(first), dt.date.fromisoformat(last)
