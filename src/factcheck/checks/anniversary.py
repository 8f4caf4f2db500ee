"""anniversary: the Nth anniversary of an event of year Y falls in year Y + N ("1849 to 2024
is 175 years, not 165"); every reading of the two years is tried (relate/anniversary)."""

from __future__ import annotations

from . import Hit, charitable, check


@check("anniversary")
def run(corpus, params):
    for st in corpus.of("anniversary"):
        yield from charitable(st, _judge)


def _judge(slots) -> list[Hit]:
    since, n, at_year = slots["since"], int(slots["n"].split("/")[0]), int(slots["at_year"])
    years = at_year - since.date.year
    if years == n:
        return []
    anchor = slots.get("nth") or slots.get("at") or since
    claims = [c for c in (slots.get("nth"), since, slots.get("at")) if c is not None]
    fields = {"said": slots["said"], "since": str(since.date.year), "at_year": str(at_year), "years": str(years),
              "n": str(n)}
    return [Hit("strict", claims, fields, f"{at_year} − {since.date.year} = {years} ≠ {n}", anchor=anchor)]
