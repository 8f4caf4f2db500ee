"""subset: "98,000 … SMEs, with 12,000 being 'little giants'" — a part cannot exceed its whole."""

from __future__ import annotations

from . import Hit, check
from ._common import level_for, show_iv


def can_be_within(part, whole) -> tuple[bool, bool]:
    strict = part.strict.lo is None or whole.strict.hi is None or part.strict.lo <= whole.strict.hi
    ordinary = part.ordinary.lo is None or whole.ordinary.hi is None or part.ordinary.lo <= whole.ordinary.hi
    return strict, ordinary


@check("subset")
def run(corpus, params):
    for st in corpus.of("subset"):
        part, whole = st.claim("part"), st.claim("whole")
        if part is None or whole is None or part.kind != whole.kind:
            continue
        level = level_for(*can_be_within(part, whole))
        if level:
            yield Hit(level, [part, whole], {"part": part.text, "whole": whole.text},
                      f"{part.text} {show_iv(part.strict)} > {whole.text} {show_iv(whole.strict)}", anchor=part)
