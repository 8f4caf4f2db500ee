"""How far apart real conversions are: the measurement behind the tolerances of
core/conversion and core/conversion-rate.

    python benchmarks/conversions.py [--corpus ../shared/corpus/real/bbc-2005]

For every conversion the reader finds in the BBC articles (read in place: their copyright
forbids copying them), prints

- per article and pair of currencies with two conversions or more, the spread of their
  rates beyond rounding: the smallest factor f such that every conversion (ordinary reading)
  is within √f of one rate, i.e. how far apart the article's own conversions are;
- per conversion, how far its rate is from the ECB reference rates of the 31 days up to
  2005-12-31 (what `--date 2005-12-31` checks against), and from the nearest 31-day window
  of 2004–2005, the years the articles were published in (their own dates are not known).

A distance is a percent beyond rounding: 0 where the rounding of the figures explains all.
"""

from __future__ import annotations

import argparse
import datetime as dt
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "real" / "bbc-2005"


def distance(iv, lo, hi) -> float:
    """Percent by which an interval misses [lo, hi], 0 where they meet."""
    if iv.hi is not None and iv.hi < lo:
        return float(lo / iv.hi - 1) * 100 if iv.hi > 0 else float("inf")
    if iv.lo is not None and iv.lo > hi:
        return float(iv.lo / hi - 1) * 100
    return 0.0


def spread(group) -> float:
    """Percent f − 1 for the smallest f that puts every conversion within √f of one rate."""
    lows = [c.ordinary.lo for c in group if c.ordinary.lo is not None]
    highs = [c.ordinary.hi for c in group if c.ordinary.hi is not None]
    if not lows or not highs or max(lows) <= min(highs):
        return 0.0
    return float(max(lows) / min(highs) - 1) * 100 if min(highs) > 0 else float("inf")


def main() -> None:
    from factcheck import rates
    from factcheck.checks.conversion import conversions
    from factcheck.packs import load_packs
    from factcheck.parallel import analyse_files
    from factcheck.pipeline import build_ruleset
    from factcheck.read import discover

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    args = parser.parse_args()
    corpus, _ = analyse_files(discover([str(args.corpus)]), build_ruleset(load_packs()), dt.date(2005, 12, 31), jobs=0)
    convs = conversions(corpus)
    print(f"{len(convs)} conversions in {len({c.a.doc.path for c in convs})} articles\n")

    groups: dict[tuple, list] = {}
    for c in convs:
        groups.setdefault((c.a.doc.path, c.a.unit, c.b.unit), []).append(c)
    print("== spread of one article's conversions between two currencies")
    rows = sorted(((spread(g), k, g) for k, g in groups.items() if len(g) > 1), key=lambda r: -r[0])
    for value, (path, ua, ub), g in rows:
        name = str(Path(path).relative_to(args.corpus))
        print(f"{value:8.1f}%  {name} {ua}/{ub}: " + ", ".join(c.said for c in g))

    print("\n== distance from the reference rates (percent beyond rounding)")
    end = dt.date(2005, 12, 31)
    windows = [end - dt.timedelta(days=n) for n in range(0, 731, 7)]
    out = []
    for c in convs:
        at_end = rates.window(c.b.unit, c.a.unit, end)
        if at_end is None:
            continue
        d_end = distance(c.ordinary, at_end[0], at_end[1])
        nearest = min((distance(c.ordinary, w[0], w[1]) for w in (rates.window(c.b.unit, c.a.unit, d) for d in windows)
                       if w is not None), default=float("nan"))
        out.append((d_end, nearest, c))
    for d_end, nearest, c in sorted(out, key=lambda r: (-r[0], -r[1])):
        name = str(Path(c.a.doc.path).relative_to(args.corpus))
        print(f"{d_end:10.1f}% at 2005-12 {nearest:10.1f}% nearest  {name}: {c.said}")


if __name__ == "__main__":
    main()
