"""declared-value: a figure the pack knows (the 10,000 little-giants target for 2021-25):
every claim of that measure marked as a target must agree with it. Params: measure, value,
qualifier (the qualifier a claim must carry, default "target")."""

from __future__ import annotations

from fractions import Fraction

from . import Hit, check
from ._common import num


@check("declared-value")
def run(corpus, params):
    measure, value = params.get("measure"), Fraction(str(params.get("value")))
    qualifier = params.get("qualifier", "target")
    for c in corpus.claims:
        if c.measure != measure or qualifier not in c.qualifiers or c.kind != "count":
            continue
        if params.get("region") and c.qualifiers.get("region", params["region"]) != params["region"]:
            continue
        if not c.strict.contains(value):
            yield Hit("strict", [c], {"claim": c.text, "value": num(value), "measure": measure},
                      f"{c.text} {c.strict} ∌ {num(value)}", anchor=c)
