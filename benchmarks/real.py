"""factcheck on real published text: every error-level finding, to be read and judged.

    python benchmarks/real.py [--corpus ../shared/corpus/real] [--warnings]

Runs the BBC articles undated and with `--date 2005-12-31` (after the texts), and the
annual-report paragraphs, each file on its own corpus run as a whole folder would be, and
prints each error with its sentence so that a person can judge it. The texts are read in
place (their copyright forbids copying them into the project).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "real"


def run(folder: Path, published=None):
    from factcheck.packs import load_packs
    from factcheck.pipeline import run as run_corpus

    started = time.perf_counter()
    result = run_corpus([str(folder)], load_packs(), published, jobs=0)
    return result, time.perf_counter() - started


def show(title: str, result, seconds: float, levels) -> None:
    files = len(result.corpus.extractions)
    chosen = [f for f in result.findings if f.severity in levels]
    by_rule = collections.Counter(f.rule for f in chosen)
    print(f"\n== {title}: {files} files, {len(result.corpus.claims)} claims, {seconds:.1f} s; "
          f"{len(chosen)} findings ({', '.join(f'{r} {n}' for r, n in by_rule.most_common()) or 'none'})")
    for f in chosen:
        loc = f.location()
        doc = f.claims[0].doc if f.claims else None
        line = doc.line_text(loc["line"]).strip() if doc else ""
        at = loc["column"] - 1
        excerpt = line[max(0, at - 160) : at + 140]
        print(f"- {Path(loc['path']).relative_to(title_root)}:{loc['line']} {f.rule} {f.severity}: {f.message}")
        print(f"    {f.explanation}")
        print(f"    …{excerpt}…")


title_root = DEFAULT


def main() -> None:
    global title_root
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--warnings", action="store_true", help="show warnings too")
    args = parser.parse_args()
    title_root = args.corpus
    levels = ("error", "warning") if args.warnings else ("error",)
    bbc, reports = args.corpus / "bbc-2005", args.corpus / "tatqa-reports" / "prose"
    if bbc.is_dir():
        show("BBC, undated", *run(bbc), levels)
        show("BBC, --date 2005-12-31", *run(bbc, dt.date(2005, 12, 31)), levels)
    if reports.is_dir():
        show("annual reports", *run(reports), levels)
        show("annual reports, --date 2020-12-31", *run(reports, dt.date(2020, 12, 31)), levels)


if __name__ == "__main__":
    main()
