"""trend: "a trend of increasing year by year", "has risen every year" — against the series
the paragraph gives (figures indexed by year or by batch)."""

from __future__ import annotations

import itertools
import re

from . import Hit, check
from .change import direction

IN_RE = re.compile(r"\s*(?:[^⟦.;,\d]*?\b(?:in|for|during|of)\s+(?:the\s+)?(?:year\s+|fiscal\s+)?)?")


def series_after(ex, st):
    """Figures of one kind in the trend's paragraph, each with the year or batch next to it."""
    points = []
    following = range(st.sentence, len(ex.sentences))
    for c in ex.in_sentences(itertools.takewhile(lambda i: ex.sentences[i].paragraph == st.paragraph, following)):
        if c.paragraph != st.paragraph or c.kind not in ("count", "money", "percent"):
            continue
        if "target" in c.qualifiers:
            continue
        index = _index_of(ex, c)
        if index is not None:
            points.append((index, c))
    return points


def _index_of(ex, claim):
    """The batch or year a figure belongs to: "19 … in the second batch", "96.5% in 2022",
    "In 2021, revenue was …"."""
    if claim.qualifiers.get("batch"):
        return int(claim.qualifiers["batch"])
    text = ex.doc.text
    same = ex.in_sentence(claim.sentence)
    years = [c for c in same if c.kind == "year"]
    for c in years:
        if 0 <= c.start - claim.end <= 16 and IN_RE.fullmatch(text[claim.end : c.start]):
            return int(c.value)
    before = [c for c in years if c.end <= claim.start and not any(
        o.kind == claim.kind and c.end <= o.start < claim.start for o in same)]
    return int(before[-1].value) if before else None


@check("trend")
def run(corpus, params):
    for st in corpus.of("trend"):
        sign = direction(str(st.slots.get("dir", "")))
        if not sign:
            continue
        ex = corpus.extraction_of(st.doc)
        points = series_after(ex, st)
        kinds = {c.kind for _, c in points}
        if len(points) < 2 or len(kinds) != 1 or len({i for i, _ in points}) != len(points):
            continue
        points.sort(key=lambda p: p[0])
        for (i0, a), (i1, b) in zip(points, points[1:]):
            strict_ok = (b.strict.hi is None or a.strict.lo is None or b.strict.hi >= a.strict.lo) if sign > 0 else \
                        (b.strict.lo is None or a.strict.hi is None or b.strict.lo <= a.strict.hi)
            if not strict_ok:
                word = "increasing" if sign > 0 else "decreasing"
                yield Hit("strict", [b, a], {"a": a.text, "b": b.text, "trend": word},
                          f"{a.text} ({i0}) → {b.text} ({i1}) breaks a trend of {word}", anchor=b)
