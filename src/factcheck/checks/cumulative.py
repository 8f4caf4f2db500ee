"""cumulative: a running total (a measure declared `cumulative: true`, such as the little
giants named so far) never decreases: a figure published later cannot be below one published
earlier, once both readings' bounds are taken into account ("more than 12,000" on 7 August
after "16,000" on 1 August is a contradiction; "nearly 9,000" after "8,997" is not)."""

from __future__ import annotations

from . import Hit, check
from .consistency import articles_in_time


@check("cumulative")
def run(corpus, params):
    cumulative = {name for name in corpus.measures.measures if corpus.measures.is_cumulative(name)}
    for ordered in articles_in_time(corpus, cumulative):
        yield from _falls(ordered)


def _falls(ordered: list):
    """Each figure against the highest floor an article published strictly earlier set."""
    floor = None  # (lower bound, claim) of the highest figure dated strictly earlier
    pending = None
    for group in ordered:
        published = group[0].doc.published
        if published is None:
            continue
        if pending is not None and pending[0] < published:
            if floor is None or pending[1] > floor[0]:
                floor = (pending[1], pending[2])
            pending = None
        if floor is not None:
            for b in group:
                if b.strict.hi is not None and b.strict.hi < floor[0]:
                    a = floor[1]
                    yield Hit("strict", [b, a], {"a": a.said, "b": b.said, "a_date": str(a.doc.published),
                                                 "b_date": str(b.doc.published)},
                              f"{b.said} on {b.doc.published} < {a.said} on {a.doc.published}", anchor=b)
                    break
        for c in group:
            if c.strict.lo is not None and (pending is None or c.strict.lo > pending[1]):
                pending = (published, c.strict.lo, c)
