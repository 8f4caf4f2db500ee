"""Throughput of the whole pipeline on a synthetic corpus built from the bundled examples.

    python benchmarks/throughput.py [MEGABYTES]

Copies the example articles (renamed, so cross-article grouping sees many files) until the
corpus reaches the size asked for, then times read+extract+frame+resolve, check and the
JSON report, and a bare regex scan for numbers over the same text for comparison.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
import resource
from pathlib import Path

from factcheck.packs import load_packs
from factcheck.pipeline import analyse, build_ruleset, check
from factcheck.read import discover, read_document
from factcheck.report.json import render

ROOT = Path(__file__).resolve().parents[1]


def build_corpus(folder: Path, megabytes: float) -> int:
    sources = [p for p in sorted((ROOT / "examples").rglob("*")) if p.suffix in (".md", ".txt")]
    total, i = 0, 0
    while total < megabytes * 1_000_000:
        src = sources[i % len(sources)]
        data = src.read_bytes()
        (folder / f"{i:06d}-{src.name}").write_bytes(data)
        total += len(data)
        i += 1
    return total


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        size = build_corpus(folder, megabytes)
        paths = discover([str(folder)])
        texts = [Path(p).read_text(encoding="utf-8") for p in paths]

        t0 = time.perf_counter()
        bare = sum(len(re.findall(r"\d[\d,.]*", t)) for t in texts)
        t_regex = time.perf_counter() - t0

        t0 = time.perf_counter()
        ruleset = build_ruleset(load_packs())
        t_packs = time.perf_counter() - t0
        t0 = time.perf_counter()
        docs = [read_document(p) for p in paths]
        t_read = time.perf_counter() - t0
        t0 = time.perf_counter()
        corpus = analyse(docs, ruleset)
        t_analyse = time.perf_counter() - t0
        t0 = time.perf_counter()
        findings = check(corpus, ruleset)
        t_check = time.perf_counter() - t0
        t0 = time.perf_counter()
        render(findings, len(docs), len(corpus.claims))
        t_report = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB

    total = t_read + t_analyse + t_check + t_report
    mb = size / 1_000_000
    print(f"corpus: {mb:.2f} MB in {len(paths)} articles; {len(corpus.claims)} claims, {len(findings)} findings")
    print(f"packs {t_packs*1000:.0f} ms · read {t_read:.2f} s · extract+frame+resolve {t_analyse:.2f} s · "
          f"check {t_check:.2f} s · report {t_report:.2f} s")
    print(f"pipeline: {mb / total:.2f} MB/s, {len(paths) / total:.0f} articles/s, peak resident memory {peak / 2**20:.0f} MiB")
    print(f"bare regex scan for numbers: {t_regex:.3f} s ({bare} numbers); factcheck / regex = {total / t_regex:.0f}×")


if __name__ == "__main__":
    main()
