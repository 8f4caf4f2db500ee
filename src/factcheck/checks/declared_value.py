"""declared-value: a figure the pack knows (the 10,000 little-giants target for 2021-25):
every claim of that measure marked as a target must agree with it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from . import FORBID_EXTRA, Hit, MeasureName, check
from ._common import num


@dataclass(frozen=True)
class Params:
    __pydantic_config__ = FORBID_EXTRA
    measure: MeasureName
    value: Decimal  # the figure the pack knows
    qualifier: str = "target"  # the qualifier a claim must carry to be compared with it
    region: str | None = None  # only claims for this region (or with none)


@check("declared-value", params=Params)
def run(corpus, params: Params):
    measure, value, qualifier = params.measure, Fraction(params.value), params.qualifier
    for c in corpus.claims:
        if c.measure != measure or qualifier not in c.qualifiers or c.kind != "count":
            continue
        if params.region and c.qualifiers.get("region", params.region) != params.region:
            continue
        if not c.strict.contains(value):
            yield Hit("strict", [c], {"claim": c.text, "value": num(value), "measure": measure},
                      f"{c.text} {c.strict} ∌ {num(value)}", anchor=c)
