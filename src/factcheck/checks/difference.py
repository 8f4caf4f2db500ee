"""difference: "A%, which is D percentage points higher than B%" → A − B = D; "A% and B%, a
gap of D points" → |A − B| = D; and the respectively form, "A1% and A2%, respectively … D1
and D2 percentage points higher than X", where every pair must imply the same baseline X."""

from __future__ import annotations

from ..intervals import Interval, common
from ..model import Claim
from . import Hit, charitable, check, merged
from ._common import level_for, show_iv

ONE = Interval.point(1)
HUNDRED = Interval.point(100)

LOWER = ("lower", "less", "below", "down", "behind", "smaller", "fewer")


def _sign(direction: str) -> int:
    return -1 if direction.lower() in LOWER else 1


@check("difference")
def run(corpus, params):
    for st in merged(corpus.of("difference"), "d"):
        yield from charitable(st, _judge)
    yield from _baselines(corpus)


def _judge(slots) -> list[Hit]:
    a, b, d = slots.get("a"), slots.get("b"), slots.get("d")
    if not all(isinstance(c, Claim) for c in (a, b, d)):
        return []
    direction = str(slots.get("dir", "higher"))
    if slots.get("relative") == "yes" or (d.kind == "percent" and a.kind != "percent"):
        return _relative(a, b, d, direction)
    if direction == "gap":  # "76.2 percent … and 63.9 percent, a gap of 12.3 points": either way round
        strict, ordinary = (a.strict - b.strict).magnitude(), (a.ordinary - b.ordinary).magnitude()
    else:
        strict = (a.strict - b.strict).scale(_sign(direction))
        ordinary = (a.ordinary - b.ordinary).scale(_sign(direction))
    level = level_for(strict.intersects(d.strict), ordinary.intersects(d.ordinary))
    if level and d.kind == "percent" and a.kind == "percent":
        # "3 percent higher than 5.0%": a relative difference, as likely as one in points.
        if not _relative(a, b, d, direction):
            return []
    if not level:
        return []
    unit = " points" if a.kind == "percent" else ""
    return [Hit(level, [d, a, b], {"a": a.text, "b": b.text, "d": d.text, "computed": show_iv(strict) + unit},
                f"{a.text} − {b.text} = {show_iv(strict)}{unit} ∉ {show_iv(d.strict)}", anchor=d)]


def _relative(a, b, d, direction: str) -> list[Hit]:
    """"26 percent higher than the £2.87 million": a / b − 1 = ±26 %."""
    sign = -1 if direction.lower() in LOWER else 1
    strict = ((a.strict / b.strict - ONE) * HUNDRED).scale(sign)
    ordinary = ((a.ordinary / b.ordinary - ONE) * HUNDRED).scale(sign)
    level = level_for(strict.intersects(d.strict), ordinary.intersects(d.ordinary))
    if not level:
        return []
    return [Hit(level, [d, a, b], {"a": a.text, "b": b.text, "d": d.text, "computed": f"{show_iv(strict)} % (relative)"},
                f"({a.text} / {b.text} − 1) = {show_iv(strict)} % ∉ {show_iv(d.strict)}", anchor=d)]


def _baselines(corpus):
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
