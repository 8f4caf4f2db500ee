"""factcheck's speed and memory, against the targets of issue 4.

    python benchmarks/bench.py                 # everything below (a few minutes)
    python benchmarks/bench.py --quick         # one 1 MB run and start-up only
    python benchmarks/bench.py --corpus DIR    # your own articles instead of the synthetic corpus

The synthetic corpus is the bundled examples copied until it reaches the size asked for,
each copy under its own name. Copies share their measures and keys, so every group a
cross-document check builds grows with the corpus: the worst case for a check that compares
all pairs instead of grouping by key, which the 1 → 10 MB growth figures would show.

Every corpus run happens in a fresh process, so that peak memory is that run's alone. It
prints, per run: MB/s, articles/s, seconds per stage (read, extract, resolve, frame — CPU
seconds summed over worker processes — then check and report), peak memory, and a bare
`re` scan for numbers over the same text with factcheck's time as a multiple of it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_MB_S = 2.5
TARGET_START_S = 0.25
TARGET_MEMORY_MIB = 1024
NUMBER_RE = re.compile(r"\d[\d,.]*")


def build_corpus(folder: Path, megabytes: float) -> None:
    sources = sorted(p for p in (ROOT / "examples").rglob("*") if p.suffix in (".md", ".txt"))
    total, i = 0, 0
    while total < megabytes * 1_000_000:
        src = sources[i % len(sources)]
        data = src.read_bytes()
        (folder / f"{i:06d}-{src.name}").write_bytes(data)
        total += len(data)
        i += 1


def one_run(corpus: str, jobs: int) -> dict:
    """Runs in its own process: the whole pipeline over one corpus, with stage times."""
    from factcheck.packs import load_packs
    from factcheck.parallel import analyse_files
    from factcheck.pipeline import StageTimer, build_ruleset, check
    from factcheck.read import discover
    from factcheck.report.json import render

    paths = discover([corpus])
    size = sum(os.stat(p).st_size for p in paths)
    texts = [Path(p).read_text(encoding="utf-8", errors="replace") for p in paths]
    t0 = time.perf_counter()
    numbers = sum(len(NUMBER_RE.findall(t)) for t in texts)
    regex_s = time.perf_counter() - t0
    del texts

    start = time.perf_counter()
    ruleset = build_ruleset(load_packs())
    packs_s = time.perf_counter() - start
    timer = StageTimer()
    corpus_, skipped = analyse_files(paths, ruleset, jobs=jobs, timer=timer)
    t1 = time.perf_counter()
    findings = check(corpus_, ruleset)
    t2 = time.perf_counter()
    report = render(findings, len(corpus_.extractions), len(corpus_.claims))
    t3 = time.perf_counter()
    wall = t3 - start
    stages = {k: v for k, v in timer.seconds.items() if k in ("read", "extract", "resolve", "frame", "merge")}
    stages.update(packs=packs_s, check=t2 - t1, report=t3 - t2)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest worker
    peak_kib = own + (min(jobs, len(paths)) * children if children else 0)
    return {
        "megabytes": size / 1e6, "articles": len(paths), "claims": len(corpus_.claims), "findings": len(findings),
        "skipped": len(skipped), "jobs": jobs, "wall": wall, "stages": stages, "peak_mib": peak_kib / 1024,
        "regex_s": regex_s, "numbers": numbers, "report_bytes": len(report),
    }


def run_in_process(corpus: str, jobs: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--one", corpus, "--jobs", str(jobs)], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout)


def show(r: dict) -> None:
    mb_s = r["megabytes"] / r["wall"]
    st = r["stages"]
    print(f"  {r['megabytes']:6.2f} MB, {r['articles']} articles, jobs={r['jobs']}: {r['wall']:.2f} s → "
          f"{mb_s:.2f} MB/s, {r['articles'] / r['wall']:.0f} articles/s, peak memory {r['peak_mib']:.0f} MiB")
    print("      stages (s): " + " · ".join(f"{k} {st[k]:.2f}" for k in
                                            ("packs", "read", "extract", "resolve", "frame", "merge", "check", "report")
                                            if k in st))
    print(f"      bare regex scan for numbers: {r['regex_s']:.3f} s ({r['numbers']} numbers); "
          f"factcheck takes {r['wall'] / r['regex_s']:.0f}× as long; {r['claims']} claims, {r['findings']} findings")


def start_up(runs: int = 7) -> tuple[float, float, list[tuple[float, str]]]:
    """Median seconds from process start to exit for one article (warm pack cache), the cold
    first run, and the slowest imports by their own time."""
    article = str(ROOT / "examples" / "articles" / "jobs-report-march-2024.md")
    cmd = [sys.executable, "-m", "factcheck", "check", "--format", "json", article]
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, FACTCHECK_CACHE_DIR=cache)
        times = []
        for _ in range(runs + 1):
            t0 = time.perf_counter()
            subprocess.run(cmd, env=env, capture_output=True)
            times.append(time.perf_counter() - t0)
        imports = subprocess.run([sys.executable, "-X", "importtime", *cmd[1:]], env=env, capture_output=True,
                                 text=True).stderr
    own = []
    for line in imports.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s+(.*)", line)
        if m:
            own.append((int(m.group(1)) / 1e6, m.group(2).strip()))
    return statistics.median(times[1:]), times[0], sorted(own, reverse=True)[:8]


def verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="one 1 MB run and start-up only")
    parser.add_argument("--corpus", help="a folder of articles to measure instead of the synthetic corpus")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(args.one, args.jobs)))
        return

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"machine: {os.uname().machine}, {cores} cores, Python {sys.version.split()[0]}")
    tmp = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    try:
        def corpus_of(mb: float) -> str:
            if args.corpus:
                return args.corpus
            folder = tmp / f"{mb:g}MB"
            if not folder.exists():
                folder.mkdir()
                build_corpus(folder, mb)
            return str(folder)

        print("\none core (--jobs 1):")
        sizes = [1.0] if args.quick or args.corpus else [1.0, 2.0, 5.0, 10.0]
        runs = [run_in_process(corpus_of(mb), 1) for mb in sizes]
        for r in runs:
            show(r)
        best = max(r["megabytes"] / r["wall"] for r in runs)
        print(f"  throughput on one core: {best:.2f} MB/s — {verdict(best >= TARGET_MB_S)} (≥ {TARGET_MB_S} MB/s)")
        if len(runs) > 1:
            per_mb = [r["wall"] / r["megabytes"] for r in runs]
            growth = per_mb[-1] / per_mb[0]
            print("  growth: " + ", ".join(f"{r['megabytes']:.0f} MB {p:.2f} s/MB" for r, p in zip(runs, per_mb))
                  + f" — cost per MB at {runs[-1]['megabytes']:.0f} MB is {growth:.2f}× that at 1 MB "
                  + ("(linear)" if growth < 1.3 else "(NOT linear)"))
            # A stage that compares pairs hides in the total while it is small: show each one.
            stage_growth = {k: (runs[-1]["stages"][k] / runs[-1]["megabytes"]) / (runs[0]["stages"][k] / runs[0]["megabytes"])
                            for k in ("read", "extract", "resolve", "frame", "check") if runs[0]["stages"][k] > 0}
            worst = max(stage_growth, key=stage_growth.get)
            print("  growth by stage: " + ", ".join(f"{k} {g:.2f}×" for k, g in stage_growth.items())
                  + f" — {'linear' if stage_growth[worst] < 1.3 else f'{worst} is NOT linear'}")

        if not args.quick and cores and cores > 1:
            mb = 10.0 if not args.corpus else 0
            one, many = runs[-1], run_in_process(corpus_of(mb), cores)
            print(f"\nall {cores} cores (--jobs {cores}):")
            show(many)
            print(f"  speed-up over one core: {one['wall'] / many['wall']:.2f}× on {cores} cores")

        if not args.quick and not args.corpus:
            print("\nmemory, 30 MB of articles:")
            big = run_in_process(corpus_of(30.0), 1)
            show(big)
            print(f"  peak memory: {big['peak_mib']:.0f} MiB — {verdict(big['peak_mib'] < TARGET_MEMORY_MIB)} "
                  f"(< {TARGET_MEMORY_MIB} MiB)")

        median, cold, imports = start_up()
        print("\none article, process start to exit (warm pack cache, median of 7):")
        print(f"  {median:.3f} s — {verdict(median <= TARGET_START_S)} (≤ {TARGET_START_S} s); "
              f"first run with an empty pack cache {cold:.3f} s")
        print("  slowest imports (own time): " + ", ".join(f"{name} {s * 1000:.0f} ms" for s, name in imports))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
