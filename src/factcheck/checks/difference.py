"""difference: "A%, which is D percentage points higher than B%" → A − B = D; "A% and B%, a
gap of D points" → |A − B| = D; and the respectively form, "A1% and A2%, respectively … D1
and D2 percentage points higher than X", where every pair must imply the same baseline X."""

from __future__ import annotations

from ..intervals import Interval, common
from . import Hit, check
from ._common import level_for, show_iv

LOWER = ("lower", "less", "below", "down", "behind", "smaller", "fewer")


def _sign(direction: str) -> int:
    return -1 if direction.lower() in LOWER else 1


@check("difference")
def run(corpus, params):
    for st in corpus.of("difference"):
        a, b, d = st.claim("a"), st.claim("b"), st.claim("d")
        if a is None or b is None or d is None:
            continue
        direction = str(st.slots.get("dir", "higher"))
        if direction == "gap":  # "76.2 percent … and 63.9 percent, a gap of 12.3 points": either way round
            strict, ordinary = (a.strict - b.strict).magnitude(), (a.ordinary - b.ordinary).magnitude()
        else:
            strict = (a.strict - b.strict).scale(_sign(direction))
            ordinary = (a.ordinary - b.ordinary).scale(_sign(direction))
        level = level_for(strict.intersects(d.strict), ordinary.intersects(d.ordinary))
        if level:
            yield Hit(level, [d, a, b], {"a": a.text, "b": b.text, "d": d.text, "computed": show_iv(strict)},
                      f"{a.text} − {b.text} = {show_iv(strict)} points ∉ {show_iv(d.strict)}", anchor=d)
    for st in corpus.of("baseline"):
        values, diffs = st.slots.get("values"), st.slots.get("diffs")
        if not isinstance(values, list) or not isinstance(diffs, list):
            continue
        if len(values) != len(diffs):
            yield Hit("ordinary", [*values, *diffs], {"a": f"{len(values)} figures", "b": "", "d": f"{len(diffs)} differences",
                                                     "computed": "a different count"},
                      f"'respectively' pairs {len(values)} figures with {len(diffs)} differences", anchor=diffs[0])
            continue
        sign = _sign(str(st.slots.get("dir", "higher")))
        strict = [v.strict - d.strict.scale(sign) for v, d in zip(values, diffs)]
        ordinary = [v.ordinary - d.ordinary.scale(sign) for v, d in zip(values, diffs)]
        level = level_for(common(strict) is not None, common(ordinary) is not None)
        if level:
            parts = "; ".join(f"{v.text} {'−' if sign > 0 else '+'} {d.text} = {show_iv(iv)}" for v, d, iv in zip(values, diffs, strict))
            worst = max(range(len(diffs)), key=lambda i: _spread(strict, i))
            others = common(iv for i, iv in enumerate(strict) if i != worst) or strict[(worst + 1) % len(strict)]
            implied = (values[worst].strict - others).scale(sign)
            yield Hit(level, [diffs[worst], *values, *diffs],
                      {"a": values[worst].text, "b": f"the baseline the other figures imply ({show_iv(others)})",
                       "d": diffs[worst].text, "computed": show_iv(implied)},
                      f"implied baselines disagree: {parts}", anchor=diffs[worst])


def _spread(ivs: list[Interval], i: int) -> int:
    """How many other implied baselines this one misses: the odd one out is the culprit."""
    return sum(1 for j, other in enumerate(ivs) if j != i and not ivs[i].intersects(other))
