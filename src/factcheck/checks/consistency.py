"""consistency: figures for the same quantity (measure, region, batch; totals only) in
different articles must agree, aware of as-of time: the same date → the intervals overlap;
different dates → the difference is reported as info, explained by the dates (whether a
cumulative count fell between the dates is the `cumulative` kind's question)."""

from __future__ import annotations

from itertools import groupby

from . import Hit, check
from ._common import agree


def key(claim) -> tuple:
    q = claim.qualifiers
    return (claim.measure, q.get("region", "national"), q.get("batch"), "target" in q)


def same_count(a, b) -> bool:
    """Counts made after a different number of batches ("the first two batches named 400",
    "across all three lists … 600") are different quantities, whatever else they share."""
    ta, tb = a.qualifiers.get("through"), b.qualifiers.get("through")
    return ta is None or tb is None or ta == tb


def is_total(claim) -> bool:
    q = claim.qualifiers
    if claim.measure is None or "previous" in q:  # "rose to 12,000 from 9,000": 9,000 is an older total
        return False
    return "cumulative" in q or "total" in q or claim.in_title


def articles_in_time(corpus, measures: set[str] | None = None):
    """For each quantity that two or more articles give as a total: its figures grouped by
    article, the articles in order of publication (undated last)."""
    groups: dict[tuple, list] = {}
    for c in corpus.claims:
        if c.kind in ("count", "money") and is_total(c) and (measures is None or c.measure in measures):
            groups.setdefault(key(c), []).append(c)
    for _, claims in sorted(groups.items(), key=lambda kv: str(kv[0])):
        by_doc: dict[str, list] = {}
        for c in claims:
            by_doc.setdefault(c.doc.path, []).append(c)
        if len(by_doc) >= 2:
            yield sorted(by_doc.values(), key=lambda cs: (cs[0].doc.published is None, cs[0].doc.published, cs[0].doc.path))


@check("consistency")
def run(corpus, params):
    for ordered in articles_in_time(corpus):
        for published, same_day in groupby(ordered, key=lambda cs: cs[0].doc.published):
            if published is not None:
                yield from _same_date_group(list(same_day))
        # Neighbours in time, for the info that explains a difference.
        for earlier, later in zip(ordered, ordered[1:]):
            hit = _explained(earlier, later)
            if hit:
                yield hit


def _same_date_group(articles: list[list]):
    """Each article of one date against those before it, in linear time: a figure disagrees
    with some earlier figure exactly when it disagrees with the earlier figure of highest
    low end or of lowest high end (intervals on a line), so only those are kept — for each
    number of batches counted, since only counts of the same batches are compared."""
    extremes: dict[tuple[str | None, str, str], object] = {}
    for later in articles:
        if extremes:
            hit = _same_date(list(dict.fromkeys(extremes.values())), later)
            if hit:
                yield hit
        for c in later:
            through = c.qualifiers.get("through")
            for reading in ("strict", "ordinary"):
                iv = getattr(c, reading)
                best_lo, best_hi = extremes.get((through, reading, "lo")), extremes.get((through, reading, "hi"))
                if iv.lo is not None and (best_lo is None or iv.lo > getattr(best_lo, reading).lo):
                    extremes[(through, reading, "lo")] = c
                if iv.hi is not None and (best_hi is None or iv.hi < getattr(best_hi, reading).hi):
                    extremes[(through, reading, "hi")] = c


def _same_date(earlier: list, later: list):
    """The worst disagreement between a later article's figures and earlier ones of its date."""
    bad = [(a, b, v) for a in earlier for b in later if same_count(a, b) and (v := agree(a, b)) is not None]
    if not bad:
        return None
    a, b, verdict = min(bad, key=lambda p: (p[2] != "strict", p[0].start, p[1].start))
    return Hit(verdict, [b, a], {"a": a.said, "b": b.said, "why": "for the same date"},
               f"{b.said} {b.strict} vs {a.said} {a.strict}", anchor=b)


def _explained(earlier: list, later: list):
    """Info for neighbours in time whose figures differ, when no pair of them agrees."""
    a0, b0 = earlier[0], later[0]
    known = a0.doc.published is not None and b0.doc.published is not None
    if known and a0.doc.published == b0.doc.published:
        return None  # same date: _same_date's business
    pairs = [(a, b) for a in earlier for b in later if same_count(a, b)]
    disagree = [(a, b) for a, b in pairs if agree(a, b) is not None]
    if not disagree or len(disagree) < len(pairs):
        return None  # some pair agrees: nothing to explain
    a, b = disagree[0]
    why = "explained by different dates" if known else "as of different or unknown dates"
    return Hit("info", [b, a], {"a": a.said, "b": b.said, "why": why},
               f"{a.said} ({a.doc.published or 'undated'}) vs {b.said} ({b.doc.published or 'undated'})", anchor=b)
