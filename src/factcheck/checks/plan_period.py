"""plan-period: "the 14th Five-Year Plan period (2021-25)" — the years must span the plan's
length, and a numbered plan must start in its year."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import FORBID_EXTRA, Hit, check


@dataclass(frozen=True)
class Numbering:
    __pydantic_config__ = FORBID_EXTRA
    first: int  # the number of the first plan of this length that the pack knows
    start: int  # the year it started


@dataclass(frozen=True)
class Params:
    __pydantic_config__ = FORBID_EXTRA
    numbering: dict[str, Numbering] = field(default_factory=dict)  # by plan length: "5-year"


@check("plan-period", params=Params)
def run(corpus, params: Params):
    numbering = params.numbering
    for st in corpus.of("plan-period"):
        length, span = st.claim("length"), st.claim("span")
        if length is None or span is None or span.date is None or span.date_end is None:
            continue
        years = span.date_end.year - span.date.year + 1
        if years != length.value:
            yield Hit("strict", [span, length], {"span": span.text, "length": length.text, "years": str(years)},
                      f"{span.text} spans {years} years, a {length.text}-year plan spans {int(length.value)}", anchor=span)
            continue
        nth = st.claim("nth")
        plan = f"{int(length.value)}-year"
        if nth is not None and plan in numbering:
            first, start = numbering[plan].first, numbering[plan].start
            expected = start + int(length.value) * (int(nth.value) - first)
            if nth.value >= first and expected != span.date.year:
                yield Hit("strict", [span, nth], {"span": span.text, "length": length.text, "years": str(years)},
                          f"plan number {int(nth.value)} starts in {expected}, not {span.date.year}", anchor=span)
