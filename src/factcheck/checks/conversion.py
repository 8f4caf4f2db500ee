"""conversion: "Ksh.64 trillion (3.7 trillion yuan)" — every conversion between the same two
currencies in one article must imply one exchange rate, within rounding."""

from __future__ import annotations

from ..intervals import common
from . import Hit, check
from ._common import level_for, show_iv


@check("conversion")
def run(corpus, params):
    groups: dict[tuple, list] = {}
    for st in corpus.of("conversion"):
        a, b = st.claim("a"), st.claim("b")
        if a is None or b is None or a.kind != "money" or b.kind != "money" or a.unit == b.unit:
            continue
        if a.unit > b.unit:  # type: ignore[operator]
            a, b = b, a
        groups.setdefault((st.doc.path, a.unit, b.unit), []).append((a, b))
    for (_, unit_a, unit_b), pairs in sorted(groups.items()):
        # Each conversion's rate under both readings of its hedges: "(nearly $2 million)" may
        # stand for $1.01 million, which the rounding of "$2 million" alone would exclude.
        rates = [(a.strict / b.strict, a.ordinary / b.ordinary, a, b) for a, b in pairs]
        if len(rates) < 2 or (common(r[0] for r in rates) is not None and common(r[1] for r in rates) is not None):
            continue
        # Report each conversion that disagrees with an earlier one (the first it disagrees
        # with): the first conversion may be too rough to disagree with anything.
        for j, (rate, ordinary, a, b) in enumerate(rates):
            for base_rate, base_ordinary, base_a, base_b in rates[:j]:
                level = level_for(rate.intersects(base_rate), ordinary.intersects(base_ordinary))
                if level is None:
                    continue
                yield Hit(level, [a, b, base_a, base_b],
                          {"a": a.text, "b": b.text, "rate": show_iv(rate, 4), "other": f"{base_a.text} ({base_b.text})",
                           "other_rate": show_iv(base_rate, 4), "units": f"{unit_a}/{unit_b}"},
                          f"{a.text} / {b.text} = {show_iv(rate, 4)} {unit_a}/{unit_b}; "
                          f"{base_a.text} / {base_b.text} = {show_iv(base_rate, 4)}", anchor=a)
                break
