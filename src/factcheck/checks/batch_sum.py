"""batch-sum: a cumulative count through batch k plus the later batches equals the cumulative
count through batch m (8,997 after four batches + 3,671 in the fifth = 12,668, against "nearly
13,000" after five lists). Reported as info when the arithmetic reconciles two figures that
look different, as a contradiction when it does not."""

from __future__ import annotations

from dataclasses import dataclass

from ..intervals import common, total
from . import FORBID_EXTRA, Hit, MeasureName, check
from ._common import level_for, neighbours, num, show_iv


def _latest_batch(ex) -> int | None:
    batches = [int(c.qualifiers["batch"]) for c in ex.claims if c.qualifiers.get("batch")]
    ordinals = [int(c.value) for c in ex.claims if c.kind == "ordinal"
                and ex.doc.text[c.end : c.end + 8].strip().lower().startswith(("batch", "list"))]
    found = batches + ordinals
    return max(found) if found else None


@dataclass(frozen=True)
class Params:
    __pydantic_config__ = FORBID_EXTRA
    measure: MeasureName  # the cumulative measure whose batches add up


@check("batch-sum", params=Params)
def run(corpus, params: Params):
    measure = params.measure
    through: dict[int, list] = {}
    batch: dict[int, list] = {}
    listed: dict[int, set[int]] = {}  # ids of the unqualified figures added to through[k]
    for ex in corpus.extractions:
        mine = [c for c in ex.claims if c.measure == measure and c.kind == "count" and "target" not in c.qualifiers
                and c.qualifiers.get("region", "national") == "national"]
        latest = _latest_batch(ex)
        for i, c in enumerate(mine):
            q = c.qualifiers
            if q.get("batch"):
                batch.setdefault(int(q["batch"]), []).append(c)
            elif q.get("through"):
                through.setdefault(int(q["through"]), []).append(c)
                # The same article's more precise figure for the same quantity ("8,997" beside
                # "the four batches of nearly 9,000") counts through the same batch — unless the
                # article names a later batch: its unqualified figures may be the count after it.
                k = int(q["through"])
                taken = listed.setdefault(k, set())
                for other in neighbours(mine, i):
                    if other is not c and not other.qualifiers.get("batch") and not other.qualifiers.get("through") \
                            and (latest is None or latest <= k) \
                            and other.strict.intersects(c.strict) and id(other) not in taken:
                        through[k].append(other)
                        taken.add(id(other))
            elif "cumulative" in q and latest:
                through.setdefault(latest, []).append(c)
    for k in sorted(through):
        for m in sorted(through):
            if m <= k or not all(b in batch for b in range(k + 1, m + 1)):
                continue
            # Each target is judged with the start and batch sizes its own article gives, where
            # it gives them (an article contradicting itself must not pass beside a correct
            # one), and with the most precise of the other articles' figures where it does not.
            lists = [_MostPrecise(through[k]), *(_MostPrecise(batch[b]) for b in range(k + 1, m + 1))]
            judged: dict[tuple, list] = {}
            for t in sorted(through[m], key=lambda c: (c.doc.path, c.start)):
                judged.setdefault(tuple(figures.of(t.doc) for figures in lists), []).append(t)
            for (start, *added), targets in judged.items():
                yield _judge(start, added, targets, k, m)


def _judge(start, added, targets, k: int, m: int) -> Hit:
    strict = total([start.strict, *(a.strict for a in added)])
    ordinary = total([start.ordinary, *(a.ordinary for a in added)])
    strict_ok = common([strict, *(t.strict for t in targets)]) is not None
    ordinary_ok = common([ordinary, *(t.ordinary for t in targets)]) is not None
    level = level_for(strict_ok, ordinary_ok) or "info"
    plus = " + ".join([start.said, *(a.said for a in added)])
    against = " and ".join(t.said for t in targets)
    value = num(round(strict.midpoint)) if strict.bounded and strict.hi - strict.lo <= len(added) + 1 else show_iv(strict)
    return Hit(level, [targets[0], start, *added, *targets[1:]],
               {"start": start.text, "k": str(k), "m": str(m), "sum": value, "against": against,
                "verdict": "consistent with" if level == "info" else "which contradicts"},
               f"{plus} = {value}, {'consistent with' if level == 'info' else 'not'} {against}",
               anchor=targets[0])


class _MostPrecise:
    """The most precise of some figures for one quantity: of those an article gives, or of
    all when it gives none. Indexed once, so that judging every article stays linear."""

    def __init__(self, claims):
        self.overall = min(claims, key=_precision)
        self.in_doc: dict[int, object] = {}
        for c in sorted(claims, key=_precision, reverse=True):
            self.in_doc[id(c.doc)] = c  # the most precise is written last

    def of(self, doc):
        return self.in_doc.get(id(doc), self.overall)


def _precision(c) -> tuple:
    return ((c.strict.hi - c.strict.lo) if c.strict.bounded else 10**18, c.doc.path, c.start)
