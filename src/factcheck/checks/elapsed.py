"""elapsed: a duration against the two times it runs between ("1998 to 2024 is 25 to 27
years, not 24"; "June 2 to August 22, 2023 is 81 to 82 days, not 95"), read with its hedge
("nearly 21 months", "just over four years") under the interval semantics (relate/elapsed).
A whole number written exactly may be rounded or count the whole units gone by, as an age
does: "10 years ago" is anything from 9.5 to 11 years."""

from __future__ import annotations

from fractions import Fraction

from ..intervals import Interval
from ..relate.timespan import elapsed, parse_span, say_span
from . import Hit, charitable, check
from ._common import level_for, show_iv

HALF_UNIT = Fraction(1, 4)  # "two and a half years" is written to the half year


@check("elapsed")
def run(corpus, params):
    for st in corpus.of("elapsed"):
        yield from charitable(st, _judge)


def _judge(slots) -> list[Hit]:
    length, unit = slots["length"], slots["unit"]
    since, until = parse_span(slots["since_span"]), parse_span(slots["until_span"])
    between = elapsed(since, until, unit)
    if slots.get("half") == "yes":
        value = length.value + Fraction(1, 2)
        strict = ordinary = Interval(value - HALF_UNIT, value + HALF_UNIT)
        said = f"{length.said} and a half"
    else:
        strict, ordinary, said = length.strict, length.ordinary, length.said
        if length.hedge == "exact" and length.value.denominator == 1:
            # "10 years ago", like an age, may count whole units gone by: 10.9 years is 10 of them
            strict = Interval(strict.lo, length.value + 1)
            ordinary = Interval(ordinary.lo, length.value + 1)
    level = level_for(between.intersects(strict), between.intersects(ordinary))
    if level is None:
        return []
    told = slots.get("until")
    end = say_span(until) if told is not None else f"publication ({until[0].isoformat()})"
    claims = [c for c in (length, slots["since"], told) if c is not None]
    fields = {"length": f"{said} {unit}s", "since": say_span(since), "until": end,
              "computed": f"{show_iv(between)} {unit}s"}
    return [Hit(level, claims, fields, f"{say_span(since)} → {end} = {show_iv(between)} {unit}s ∉ {show_iv(strict)}",
                anchor=length)]
