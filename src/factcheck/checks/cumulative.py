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
    """Each figure against the highest floor an article published strictly earlier set (a
    count after more batches than the figure's own sets no floor for it)."""
    floors: dict = {}  # batches counted (or None) → (lower bound, claim), the highest dated strictly earlier
    pending: dict = {}  # the same for the date being read
    pending_date = None
    for group in ordered:
        published = group[0].doc.published
        if published is None:
            continue
        if pending and pending_date < published:
            for through, floor in pending.items():
                _raise(floors, through, floor)
            pending = {}
        for b in group:
            mine = _batches(b)
            eligible = [f for through, f in floors.items() if mine is None or through is None or through <= mine]
            if b.strict.hi is None or not eligible:
                continue
            lo, a = max(eligible, key=lambda f: f[0])
            if b.strict.hi < lo:
                yield Hit("strict", [b, a], {"a": a.said, "b": b.said, "a_date": str(a.doc.published),
                                             "b_date": str(b.doc.published)},
                          f"{b.said} on {b.doc.published} < {a.said} on {a.doc.published}", anchor=b)
                break
        for c in group:
            if c.strict.lo is not None:
                _raise(pending, _batches(c), (c.strict.lo, c))
        pending_date = published


def _raise(floors: dict, through, floor) -> None:
    if through not in floors or floor[0] > floors[through][0]:
        floors[through] = floor


def _batches(claim) -> int | None:
    """How many batches a count is after ("the first two batches named 400"), if it says."""
    through = claim.qualifiers.get("through")
    return int(through) if through is not None else None
