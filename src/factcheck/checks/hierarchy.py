"""hierarchy: measures that contain one another (innovative SMEs ⊇ specialized SMEs ⊇ little
giants): in one article, for one region, an inner count cannot exceed an outer one."""

from __future__ import annotations

from dataclasses import dataclass

from . import FORBID_EXTRA, Hit, MeasureName, check
from .subset import can_be_within
from ._common import level_for, neighbours


@dataclass(frozen=True)
class Params:
    __pydantic_config__ = FORBID_EXTRA
    order: list[MeasureName]  # outermost first


@check("hierarchy", params=Params)
def run(corpus, params: Params):
    order = list(params.order)
    rank = {m: i for i, m in enumerate(order)}
    for ex in corpus.extractions:
        claims = [c for c in ex.claims if c.measure in rank and c.kind == "count" and "target" not in c.qualifiers
                  and not c.qualifiers.get("batch") and not c.in_title]
        for i, outer in enumerate(claims):
            for inner in neighbours(claims, i):
                if rank[inner.measure] <= rank[outer.measure]:
                    continue
                if inner.qualifiers.get("region") != outer.qualifiers.get("region"):
                    continue
                level = level_for(*can_be_within(inner, outer))
                if level:
                    yield Hit(level, [inner, outer], {"inner": inner.text, "outer": outer.text,
                                                      "inner_measure": inner.measure, "outer_measure": outer.measure},
                              f"{inner.measure} {inner.text} > {outer.measure} {outer.text}", anchor=inner)
