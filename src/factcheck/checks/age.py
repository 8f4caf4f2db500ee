"""age: an age against the birth told with it ("born May 2, 1931, she was 93 on May 2, 2024,
not 95"); a birth year alone, or an age at publication, allows every age a day of the span
gives (relate/age)."""

from __future__ import annotations

from fractions import Fraction

from ..intervals import Interval
from ..relate.timespan import DAYS_PER, completed_years, parse_span, say_span
from . import Hit, charitable, check
from ._common import level_for


@check("age")
def run(corpus, params):
    for st in corpus.of("age"):
        yield from charitable(st, _judge)


def _judge(slots) -> list[Hit]:
    age, born, on = slots["age"], parse_span(slots["born_span"]), parse_span(slots["on_span"])
    if on[1] < born[0]:
        return []  # a time before the birth is no time the age is told at
    youngest, oldest = completed_years(born[1], on[0]), completed_years(born[0], on[1])
    if age.hedge == "exact":
        level = None if youngest <= age.value <= oldest else "strict"
    else:  # "nearly 100": the age in years and days, against the hedge's interval
        years = Interval(Fraction((on[0] - born[1]).days) / DAYS_PER["year"], Fraction((on[1] - born[0]).days) / DAYS_PER["year"])
        level = level_for(years.intersects(age.strict), years.intersects(age.ordinary))
    if level is None:
        return []
    when = slots.get("on")
    told = say_span(on) if when is not None else f"publication ({on[1].isoformat()})"
    ages = str(youngest) if youngest == oldest else f"{youngest} or {oldest}" if oldest == youngest + 1 else f"{youngest} to {oldest}"
    claims = [c for c in (age, slots["born"], when) if c is not None]
    fields = {"age": age.said, "born": say_span(born), "on": told, "ages": ages}
    return [Hit(level, claims, fields, f"born {say_span(born)}, at {told}: age {ages} ∌ {age.said}", anchor=age)]
