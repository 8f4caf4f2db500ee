"""change: "fell by 2.4 million, or 50 percent, to 2.4 million", "rose from 62.4% to 62.6%,
an increase of 0.2 percentage points" — direction, difference and percent change must agree
with the old and new figures (the old one implied when only the new and the change are told)."""

from __future__ import annotations

from fractions import Fraction

from ..intervals import Interval
from ..model import Claim
from . import Hit, charitable, check, merged
from ._common import level_for, show_iv

UP = ("rose", "rise", "rising", "increase", "increased", "increasing", "grew", "grow", "growth", "growing", "climbed",
      "climb", "jumped", "jump", "gain", "gained", "up", "went up", "surged", "surge", "soared", "higher", "added",
      "expanded", "improved", "raised", "boosted", "doubled", "risen", "grown")
DOWN = ("fell", "fall", "falling", "decrease", "decreased", "decreasing", "dropped", "drop", "declined", "decline",
        "declining", "down", "went down", "slid", "shrank", "shrink", "lost", "loss", "cut", "reduced", "reduction",
        "lower", "slumped", "plunged", "eased", "dipped", "contracted", "tumbled", "sank", "fallen")
HUNDRED = Interval.point(100)


def direction(word: str) -> int:
    w = " ".join(str(word).lower().split())
    return 1 if w in UP else -1 if w in DOWN else 0


@check("change")
def run(corpus, params):
    for st in merged(corpus.of("change"), "new", "delta", "pct"):
        yield from charitable(st, _judge)


def _signed(claim: Claim, loss) -> tuple[Interval, Interval]:
    """A loss beside a profit is below zero: "$3.6 million … from $9.0 million of operating loss"."""
    if loss == "yes":
        return claim.strict.scale(-1), claim.ordinary.scale(-1)
    return claim.strict, claim.ordinary


def _judge(slots) -> list[Hit]:
    return list(_hits(slots))


def _hits(slots):
    old, new, delta, pct = (slots.get(k) for k in ("old", "new", "delta", "pct"))
    old, new, delta, pct = (c if isinstance(c, Claim) else None for c in (old, new, delta, pct))
    sign = direction(slots.get("dir", "")) or direction(slots.get("dir2", ""))
    if old is None and new is not None and delta is not None and delta.kind == new.kind and sign:
        # "fell by 2.4 million, or 50 percent, to 2.6 million": the old figure is implied.
        old_strict = new.strict - delta.strict.scale(sign)
        old_ordinary = new.ordinary - delta.ordinary.scale(sign)
        if pct is not None:
            implied = f"{new.text} {'−' if sign > 0 else '+'} {delta.text}"
            yield from _check_pct(delta.strict, old_strict, delta.ordinary, old_ordinary, pct,
                                  (implied, new.text), f"{delta.text} / ({implied})", [pct, delta, new])
        return
    if new is None and old is not None and delta is not None and pct is not None and delta.kind == old.kind:
        # "rose 7.4 percent from 2,911,300 TEU, an increase of 273,300 TEU": the amount and
        # the percent must agree with the old level alone.
        yield from _check_pct(delta.strict, old.strict, delta.ordinary, old.ordinary, pct,
                              (old.text, f"{old.text} + {delta.text}"), f"{delta.text} / {old.text}", [pct, delta, old])
        return
    if old is None or new is None or (old.kind, old.unit) != (new.kind, new.unit):
        return  # "14 percent, up from 16 seats, or 10.7 percent": not one quantity
    old_strict, old_ordinary = _signed(old, slots.get("old_loss"))
    new_strict, new_ordinary = _signed(new, slots.get("new_loss"))
    moved = new_strict - old_strict
    moved_ord = new_ordinary - old_ordinary
    if slots.get("old_loss") or slots.get("new_loss"):
        pct = None  # a percent change from a loss to a profit means nothing
    if sign:
        strict_ok = (moved.hi is None or moved.hi >= 0) if sign > 0 else (moved.lo is None or moved.lo <= 0)
        ord_ok = (moved_ord.hi is None or moved_ord.hi > 0) if sign > 0 else (moved_ord.lo is None or moved_ord.lo < 0)
        level = level_for(strict_ok, ord_ok)
        if level:
            word = "rise" if sign > 0 else "fall"
            yield Hit(level, [new, old], {"old": old.text, "new": new.text, "what": f"a {word}", "computed": f"{show_iv(moved)}"},
                      f"{new.text} − {old.text} = {show_iv(moved)}, not a {word}", anchor=new)
            return
    factor = None if slots.get("old_loss") or slots.get("new_loss") else slots.get("factor")
    if factor is not None:
        yield from _check_factor(old, new, Fraction(factor), str(slots.get("dir_word", "")))
    if delta is not None and delta.kind == "percent":
        pct, delta = delta, None  # "an increase of 6.9 percent" is relative to the old figure
    if delta is not None:
        absolute = moved.magnitude()
        absolute_ord = moved_ord.magnitude()
        level = level_for(absolute.intersects(delta.strict), absolute_ord.intersects(delta.ordinary))
        if level:
            yield Hit(level, [delta, old, new], {"old": old.text, "new": new.text, "what": f"a change of {delta.text}", "computed": show_iv(absolute)},
                      f"|{new.text} − {old.text}| = {show_iv(absolute)} ∉ {show_iv(delta.strict)}", anchor=delta)
    if pct is not None:
        if old.kind == "percent" and pct.kind == "percent":
            # A percent change of a percentage: relative, unless the writer meant points.
            points = moved.magnitude()
            relative = (moved / old.strict * HUNDRED).magnitude()
            if not relative.intersects(pct.strict) and points.intersects(pct.strict):
                yield Hit("ordinary", [pct, old, new], {"old": old.text, "new": new.text, "what": f"a change of {pct.text}",
                                                        "computed": f"{show_iv(relative)} % (relative); {show_iv(points)} points"},
                          f"{old.text} → {new.text} is {show_iv(points)} percentage points, a relative change of "
                          f"{show_iv(relative)} %: write percentage points", anchor=pct)
                return
        yield from _check_pct(moved.magnitude(), old.strict, moved_ord.magnitude(), old.ordinary,
                              pct, (old.text, new.text), f"|{new.text} − {old.text}| / {old.text}", [pct, old, new])


# How far the ratio of two levels may be from the one a word gives ("doubled": 2): writers
# round "1.9 times" to "doubled", not "1.6 times".
FACTOR_STRICT = Fraction(15, 100)
FACTOR_ORDINARY = Fraction(8, 100)


def _check_factor(old, new, factor: Fraction, word: str):
    ratio = new.strict / old.strict
    ratio_ord = new.ordinary / old.ordinary
    strict = Interval(factor * (1 - FACTOR_STRICT), factor * (1 + FACTOR_STRICT))
    ordinary = Interval(factor * (1 - FACTOR_ORDINARY), factor * (1 + FACTOR_ORDINARY))
    level = level_for(ratio.intersects(strict), ratio_ord.intersects(ordinary))
    if level:
        yield Hit(level, [new, old], {"old": old.text, "new": new.text, "what": f"'{word}' (× {show_iv(Interval.point(factor))})",
                                      "computed": f"× {show_iv(ratio, 3)}"},
                  f"{new.text} / {old.text} = {show_iv(ratio, 3)}, not about {show_iv(Interval.point(factor))} ('{word}')",
                  anchor=new)


def _check_pct(delta, base, delta_ord, base_ord, pct, old_new, formula, claims):
    strict = (delta / base * HUNDRED).magnitude()
    ordinary = (delta_ord / base_ord * HUNDRED).magnitude()
    level = level_for(strict.intersects(pct.strict), ordinary.intersects(pct.ordinary))
    if level:
        yield Hit(level, claims, {"old": old_new[0], "new": old_new[1], "what": f"a change of {pct.text}",
                                  "computed": f"{show_iv(strict)} %"},
                  f"{formula} = {show_iv(strict)} % ∉ {show_iv(pct.strict)}", anchor=pct)
