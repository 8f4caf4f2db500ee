"""Calendar vocabulary shared by the readers (publication dates, datelines) and the extractor.

Hand-written on purpose: python-dateutil invents dates from any digits in a sentence
("3,671" → the year 671), and we only ever parse spans a pattern has already delimited.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

# A date written out: ISO, "September 19, 2023", "19 September 2023", "August 5th".
DATE_TEXT_RE = re.compile(
    rf"(?P<iso>(?P<iy>\d{{4}})[-/](?P<im>\d{{1,2}})[-/](?P<id>\d{{1,2}}))"
    rf"|(?P<md>(?P<m1>{MONTH_RE})\s+(?P<d1>{DAY_RE})(?:,?\s+(?P<y1>\d{{4}}))?)"
    rf"|(?P<dm>(?P<d2>{DAY_RE})\s+(?P<m2>{MONTH_RE})(?:,?\s+(?P<y2>\d{{4}}))?)"
)


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


class DateParts:
    """Year (maybe missing), month and day of a written date, before any validation."""

    __slots__ = ("year", "month", "day")

    def __init__(self, year: int | None, month: int, day: int):
        self.year, self.month, self.day = year, month, day

    def to_date(self, default_year: int | None = None) -> dt.date | None:
        year = self.year if self.year is not None else default_year
        if year is None:
            return None
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return None


def parse_date_match(m: re.Match[str]) -> DateParts:
    if m.group("iso"):
        return DateParts(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    if m.group("md"):
        y = m.group("y1")
        return DateParts(int(y) if y else None, month_number(m.group("m1")), day_number(m.group("d1")))
    y = m.group("y2")
    return DateParts(int(y) if y else None, month_number(m.group("m2")), day_number(m.group("d2")))


def parse_date(text: str) -> dt.date | None:
    """A whole string that is a date with a year ("2023-09-21", "September 21, 2023")."""
    m = DATE_TEXT_RE.fullmatch(text.strip())
    return parse_date_match(m).to_date() if m else None


def resolve_yearless(parts: DateParts, published: dt.date | None, past: bool = True,
                     weekday: int | None = None) -> dt.date | None:
    """Put a date without a year ("August 5th") in the year that makes sense next to the
    publication date: the same year, or the year before when told in the past and the same
    year would put it months after publication. A weekday told with it ("on Thursday, 14
    March") picks the year it is true in, the nearest before publication for a past event."""
    if parts.year is not None or published is None:
        return parts.to_date()
    if weekday is not None:
        fitting = [d for d in (parts.to_date(published.year + k) for k in (-1, 0, 1))
                   if d is not None and d.weekday() == weekday]
        if past and any(d <= published for d in fitting):
            return max(d for d in fitting if d <= published)
        if fitting:
            return min(fitting, key=lambda d: abs((d - published).days))
    candidate = parts.to_date(published.year)
    if candidate is None:
        return None
    if past and (candidate - published).days > 120:
        return parts.to_date(published.year - 1)
    return candidate


NEW_YEAR_REACH = 31  # days a dateline may stand from publication across New Year


def dateline_date(parts: DateParts, published: dt.date | None) -> dt.date | None:
    """Put a dateline without a year in the publication's year, or across New Year when that
    brings it within a month of publication: a dateline is the day the story was filed, so
    "December 31" on a story published on January 1 is the day before. Any other dateline
    far from publication stays in its year, where the dates pack can see it."""
    if parts.year is not None or published is None:
        return parts.to_date()
    same_year = parts.to_date(published.year)
    for year in (published.year - 1, published.year + 1):
        other = parts.to_date(year)
        if other is not None and abs((other - published).days) <= NEW_YEAR_REACH:
            return other
    return same_year
