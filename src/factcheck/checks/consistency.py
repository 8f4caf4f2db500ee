"""consistency: figures for the same quantity (measure, region, batch; totals only) in
different articles must agree, aware of as-of time: the same date → the intervals overlap;
different dates → for a cumulative measure the later cannot be smaller; otherwise the
difference is reported as info, explained by the dates."""

from __future__ import annotations

from . import Hit, check
from ._common import agree


def key(claim):
    q = claim.qualifiers
    return (claim.measure, q.get("region", "national"), q.get("batch"), q.get("through"), "target" in q)


def is_total(claim) -> bool:
    q = claim.qualifiers
    return claim.measure is not None and ("cumulative" in q or "total" in q or claim.in_title)


@check("consistency")
def run(corpus, params):
    groups: dict[tuple, list] = {}
    for c in corpus.claims:
        if c.kind in ("count", "money") and is_total(c):
            groups.setdefault(key(c), []).append(c)
    for k, claims in sorted(groups.items(), key=lambda kv: str(kv[0])):
        cumulative = corpus.measures.is_cumulative(k[0])
        docs = sorted({c.doc.path for c in claims})
        if len(docs) < 2:
            continue
        # One representative per article: its most precise figure.
        reps = {}
        for c in claims:
            width = (c.strict.hi - c.strict.lo) if c.strict.bounded else None
            cur = reps.get(c.doc.path)
            if cur is None or (width is not None and (cur[0] is None or width < cur[0])):
                reps[c.doc.path] = (width, c)
        ordered = sorted((r[1] for r in reps.values()), key=lambda c: (c.doc.published is None, c.doc.published, c.doc.path))
        for a, b in zip(ordered, ordered[1:]):
            same_time = a.doc.published == b.doc.published
            verdict = agree(a, b)
            if verdict is None:
                continue
            if same_time and a.doc.published is not None:
                yield Hit(verdict, [b, a], {"a": a.text, "b": b.text, "why": "for the same date"},
                          f"{b.text} {b.strict} vs {a.text} {a.strict}", anchor=b)
            elif cumulative and a.doc.published and b.doc.published:
                if b.strict.hi is not None and a.strict.lo is not None and b.strict.hi < a.strict.lo:
                    yield Hit("strict", [b, a], {"a": a.text, "b": b.text, "why": "and a cumulative count cannot fall"},
                              f"{b.text} on {b.doc.published} < {a.text} on {a.doc.published}", anchor=b)
                else:
                    yield Hit("info", [b, a], {"a": a.text, "b": b.text, "why": "explained by different dates"},
                              f"{a.text} ({a.doc.published}) → {b.text} ({b.doc.published})", anchor=b)
            else:
                yield Hit("info", [b, a], {"a": a.text, "b": b.text, "why": "as of different or unknown dates"},
                          f"{a.text} ({a.doc.published or 'undated'}) vs {b.text} ({b.doc.published or 'undated'})", anchor=b)
