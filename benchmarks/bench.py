"""factcheck's speed and memory, against the targets the open issues set.

    python benchmarks/bench.py                 # everything below (about half an hour: the 50 MB file is most of it)
    python benchmarks/bench.py --quick         # 1 MB corpus, 1 and 10 MB single files, start-up
    python benchmarks/bench.py --single        # only the single large files (1, 10, 50 MB; --quick: 1, 10)
    python benchmarks/bench.py --real [DIR]    # only real news (default /work/shared/corpus/real/bbc-2005)
    python benchmarks/bench.py --corpus DIR    # your own articles instead of the synthetic corpus

The targets (the 2.5 MB/s one-core target of issue 4 is withdrawn): speed is measured per MB
of real news, and must stay linear in the size of a corpus and in the size of one file —
the verdict is the cost per MB at the larger size within 1.5× of that at the smaller; one
file of 50 MB is checked in under 1 GiB; and one article starts and finishes no slower
than proselint, measured in the same run.

The synthetic corpus is the bundled examples copied until it reaches the size asked for,
each copy under its own name. Copies share their measures and keys, so every group a
cross-document check builds grows with the corpus: the worst case for a check that compares
all pairs instead of grouping by key, which the 1 → 10 MB growth figures would show.

A single large file is the same examples concatenated into ONE markdown file, checked by the
command line itself (`factcheck check --jobs 1 --max-file-size MB FILE`, the limit raised
from its default of 10 MB): every search that is bounded per article but not per file
shows there as a cost per MB that grows with the file.

Real news is read in place, never copied: 2× and 4× the corpus are folders of symlinks
to the same files (the reader dedups a folder named twice and does not follow a linked
folder), read with `--date 2005-12-31` as the corpus README advises.

Every run happens in a fresh process, so that peak memory is that run's alone. A corpus
run prints: MB/s, articles/s, seconds per stage (read, extract, resolve, frame, relate —
CPU seconds summed over worker processes — then check and report), peak memory, and a bare
`re` scan for numbers over the same text with factcheck's time as a multiple of it. A
single-file run prints seconds from process start to exit, seconds per MB and peak RSS.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINEAR = 1.5  # cost per MB at the larger size at most this many times that at the smaller
TARGET_MEMORY_MIB = 1024
SINGLE_SIZES = (1.0, 10.0, 50.0)
SINGLE_TIMEOUT_S = 3600.0
REAL_NEWS = Path("/work/shared/corpus/real/bbc-2005")
REAL_DATE = "2005-12-31"  # the BBC files carry no date; the corpus README's advice
STAGES = ("packs", "read", "extract", "resolve", "frame", "relate", "merge", "check", "report")
GROWING = ("read", "extract", "resolve", "frame", "relate", "check")
NUMBER_RE = re.compile(r"\d[\d,.]*")


def example_sources() -> list[Path]:
    return sorted(p for p in (ROOT / "examples").rglob("*") if p.suffix in (".md", ".txt"))


def build_corpus(folder: Path, megabytes: float) -> None:
    sources = example_sources()
    total, i = 0, 0
    while total < megabytes * 1_000_000:
        src = sources[i % len(sources)]
        data = src.read_bytes()
        (folder / f"{i:06d}-{src.name}").write_bytes(data)
        total += len(data)
        i += 1


def build_single(path: Path, megabytes: float) -> None:
    """The examples concatenated, a blank line between them, into one file of at least `megabytes`."""
    sources = [src.read_bytes() + b"\n\n" for src in example_sources()]
    total, i = 0, 0
    with path.open("wb") as out:
        while total < megabytes * 1_000_000:
            data = sources[i % len(sources)]
            out.write(data)
            total += len(data)
            i += 1


def one_run(corpus: str, jobs: int, date: str | None = None) -> dict:
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
    published = dt.date.fromisoformat(date) if date else None
    corpus_, skipped = analyse_files(paths, ruleset, published, jobs=jobs, timer=timer)
    t1 = time.perf_counter()
    findings = check(corpus_, ruleset)
    t2 = time.perf_counter()
    report = render(findings, len(corpus_.extractions), len(corpus_.claims))
    t3 = time.perf_counter()
    wall = t3 - start
    stages = {k: v for k, v in timer.seconds.items() if k in STAGES}
    stages.update(packs=packs_s, check=t2 - t1, report=t3 - t2)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest worker
    peak_kib = own + (min(jobs, len(paths)) * children if children else 0)
    return {
        "megabytes": size / 1e6, "articles": len(paths), "claims": len(corpus_.claims), "findings": len(findings),
        "skipped": len(skipped), "jobs": jobs, "wall": wall, "stages": stages, "peak_mib": peak_kib / 1024,
        "regex_s": regex_s, "numbers": numbers, "report_bytes": len(report),
    }


def run_in_process(corpus: str, jobs: int, date: str | None = None) -> dict:
    cmd = [sys.executable, __file__, "--one", corpus, "--jobs", str(jobs)] + (["--date", date] if date else [])
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def show(r: dict) -> None:
    mb_s = r["megabytes"] / r["wall"]
    st = r["stages"]
    print(f"  {r['megabytes']:6.2f} MB, {r['articles']} articles, jobs={r['jobs']}: {r['wall']:.2f} s → "
          f"{mb_s:.2f} MB/s, {r['wall'] / r['megabytes']:.2f} s/MB, {r['articles'] / r['wall']:.0f} articles/s, "
          f"peak memory {r['peak_mib']:.0f} MiB")
    print("      stages (s): " + " · ".join(f"{k} {st[k]:.2f}" for k in STAGES if k in st))
    print(f"      bare regex scan for numbers: {r['regex_s']:.3f} s ({r['numbers']} numbers); "
          f"factcheck takes {r['wall'] / r['regex_s']:.0f}× as long; {r['claims']} claims, {r['findings']} findings")


def linear(growth: float) -> str:
    return f"linear (≤ {LINEAR:g}×)" if growth <= LINEAR else f"NOT linear (> {LINEAR:g}×)"


def show_growth(runs: list[dict]) -> None:
    """Cost per MB at the largest size against the smallest, for the whole and per stage."""
    per_mb = [r["wall"] / r["megabytes"] for r in runs]
    growth = per_mb[-1] / per_mb[0]
    print("  growth: " + ", ".join(f"{r['megabytes']:.1f} MB {p:.2f} s/MB" for r, p in zip(runs, per_mb))
          + f" — cost per MB at {runs[-1]['megabytes']:.1f} MB is {growth:.2f}× that at "
          + f"{runs[0]['megabytes']:.1f} MB: {linear(growth)}")
    # A stage that compares pairs hides in the total while it is small: show each one.
    stage_growth = {k: (runs[-1]["stages"][k] / runs[-1]["megabytes"]) / (runs[0]["stages"][k] / runs[0]["megabytes"])
                    for k in GROWING if runs[0]["stages"].get(k, 0) > 0 and k in runs[-1]["stages"]}
    worst = max(stage_growth, key=stage_growth.get)
    print("  growth by stage: " + ", ".join(f"{k} {g:.2f}×" for k, g in stage_growth.items())
          + f" — {'every stage linear' if stage_growth[worst] <= LINEAR else f'{worst} is NOT linear'}")


# ---- one large file ----------------------------------------------------------------------


def factcheck_cmd() -> list[str]:
    script = Path(sys.executable).parent / "factcheck"
    return [str(script)] if script.exists() else [sys.executable, "-m", "factcheck"]


def single_file(path: Path, timeout: float) -> dict:
    """`factcheck check` on one file in a fresh process: seconds from start to exit, and that
    process's peak RSS (from wait4). Past `timeout` it is killed and its peak so far kept."""
    megabytes = path.stat().st_size / 1e6
    cmd = factcheck_cmd() + ["check", "--jobs", "1", "--format", "json",
                             "--max-file-size", f"{megabytes * 1.1 + 1:.0f}", str(path)]
    timed_out: list[float] = []
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, cwd=path.parent)
        while True:  # polled, not waited on, so that it is only ever killed while still ours
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - t0 > timeout and not timed_out:
                timed_out.append(_vm_hwm_kib(proc.pid))
                os.kill(proc.pid, signal.SIGKILL)  # only the process this run started
            time.sleep(0.01)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    if not timed_out and proc.returncode not in (0, 1):  # 2: skipped or refused — the limit was not raised
        raise SystemExit(f"factcheck on {path} exited {proc.returncode}: {stderr.strip()[-500:]}")
    peak_kib = max(usage.ru_maxrss, timed_out[0]) if timed_out else usage.ru_maxrss
    return {"megabytes": megabytes, "wall": wall, "peak_mib": peak_kib / 1024, "timed_out": bool(timed_out)}


def _vm_hwm_kib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1])
    except OSError:
        pass
    return 0.0


def single_files(tmp: Path, sizes: tuple[float, ...], timeout: float) -> None:
    print(f"\none large file (the examples concatenated; factcheck check --jobs 1 --max-file-size …; "
          f"a fresh process each):")
    runs = []
    for mb in sizes:
        path = tmp / f"single-{mb:g}MB.md"
        build_single(path, mb)
        r = single_file(path, timeout)
        path.unlink()
        runs.append(r)
        late = f" — killed after {timeout:g} s, unfinished" if r["timed_out"] else ""
        print(f"  {r['megabytes']:6.2f} MB: {r['wall']:8.2f} s, {r['wall'] / r['megabytes']:6.2f} s/MB, "
              f"{r['megabytes'] / r['wall']:.2f} MB/s, peak RSS {r['peak_mib']:.0f} MiB "
              f"({r['peak_mib'] / r['megabytes']:.0f} MiB per MB){late}")
    if len(runs) > 1:
        first, last = runs[0], runs[-1]
        growth = (last["wall"] / last["megabytes"]) / (first["wall"] / first["megabytes"])
        print(f"  seconds per MB at {last['megabytes']:.0f} MB are {growth:.2f}× those at {first['megabytes']:.0f} MB: "
              + (linear(growth) if not last["timed_out"] else f"NOT linear (unfinished; at least {growth:.2f}×)"))
    big = runs[-1]
    if big["megabytes"] >= 50:
        ok = big["peak_mib"] < TARGET_MEMORY_MIB and not big["timed_out"]
        print(f"  peak memory for {big['megabytes']:.0f} MB: {big['peak_mib']:.0f} MiB — "
              f"{'meets' if ok else 'MISSES'} target (< {TARGET_MEMORY_MIB} MiB)")


# ---- real news -----------------------------------------------------------------------------


def linked_copies(real: Path, folder: Path, times: int) -> str:
    """`times` copies of the real corpus as symlinks to its files (nothing copied)."""
    for k in range(times):
        for root, _, files in os.walk(real):
            rel = Path(root).relative_to(real)
            for name in files:
                target = folder / f"copy{k}" / rel
                target.mkdir(parents=True, exist_ok=True)
                (target / name).symlink_to(Path(root) / name)
    return str(folder)


def real_news(tmp: Path, real: Path, quick: bool, cores: int) -> None:
    print(f"\nreal news, {real} (read in place, --date {REAL_DATE}):")
    runs = [run_in_process(str(real), 1, REAL_DATE)]
    show(runs[0])
    print(f"  real news on one core: {runs[0]['megabytes'] / runs[0]['wall']:.2f} MB/s, "
          f"{runs[0]['wall'] / runs[0]['megabytes']:.2f} s/MB")
    if quick:
        return
    if cores > 1:
        many = run_in_process(str(real), 2, REAL_DATE)
        show(many)
        print(f"  real news with --jobs 2: {many['megabytes'] / many['wall']:.2f} MB/s, "
              f"{runs[0]['wall'] / many['wall']:.2f}× one core")
    print("  1×, 2×, 4× the corpus (symlinks), one core:")
    for times in (2, 4):
        folder = tmp / f"real-{times}x"
        folder.mkdir()
        runs.append(run_in_process(linked_copies(real, folder, times), 1, REAL_DATE))
        show(runs[-1])
        shutil.rmtree(folder)
    show_growth(runs)


# ---- start-up ------------------------------------------------------------------------------


def proselint_cmd() -> list[str] | None:
    """`proselint check` (0.14 on), else `proselint` (before): whichever this one takes."""
    script = Path(sys.executable).parent / "proselint"
    exe = str(script) if script.exists() else shutil.which("proselint")
    if exe is None:
        return None
    out = subprocess.run([exe, "version"], capture_output=True, text=True)
    return [exe, "check"] if out.returncode == 0 and "proselint" in out.stdout.lower() else [exe]


def start_up(runs: int = 7):
    """Median seconds from process start to exit for one article (warm pack cache), for
    factcheck and proselint in turn in the same loop; factcheck's cold first run; and its
    slowest imports by their own time."""
    article = str(ROOT / "examples" / "articles" / "jobs-report-march-2024.md")
    tools = {"factcheck": factcheck_cmd() + ["check", article]}
    prose = proselint_cmd()
    if prose is not None:
        tools["proselint"] = prose + [article]
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, FACTCHECK_CACHE_DIR=cache)
        times: dict[str, list[float]] = {name: [] for name in tools}
        for _ in range(runs + 1):  # the first of each is the cold one
            for name, cmd in tools.items():
                t0 = time.perf_counter()
                out = subprocess.run(cmd, env=env, capture_output=True, text=True)
                times[name].append(time.perf_counter() - t0)
                if out.returncode not in (0, 1):  # 1: findings; anything else did not check the article
                    raise SystemExit(f"{' '.join(cmd)} exited {out.returncode}: {out.stderr.strip()[-500:]}")
        imports = subprocess.run([sys.executable, "-X", "importtime", "-m", "factcheck", *tools["factcheck"][-2:]],
                                 env=env, capture_output=True, text=True).stderr
    own = []
    for line in imports.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s+(.*)", line)
        if m:
            own.append((int(m.group(1)) / 1e6, m.group(2).strip()))
    medians = {name: statistics.median(t[1:]) for name, t in times.items()}
    return medians, times["factcheck"][0], sorted(own, reverse=True)[:8], tools


def show_start_up() -> None:
    medians, cold, imports, tools = start_up()
    print("\none article, process start to exit (median of 7, after one warm-up each, taken in turn):")
    for name, cmd in tools.items():
        shown = " ".join([Path(cmd[0]).name, *cmd[1:-1], Path(cmd[-1]).name])
        print(f"  {name:<10} {medians[name]:.3f} s   ({shown})")
    if "proselint" in medians:
        ratio = medians["factcheck"] / medians["proselint"]
        print(f"  factcheck takes {ratio:.2f}× proselint's time — "
              + ("meets target (no slower than proselint)" if ratio <= 1 else "MISSES target (no slower than proselint)"))
    else:
        print("  proselint not installed (pip install proselint): no verdict")
    print(f"  factcheck's first run with an empty pack cache {cold:.3f} s")
    print("  slowest imports (own time): " + ", ".join(f"{name} {s * 1000:.0f} ms" for s, name in imports))


# ---- main ----------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="a 1 MB corpus, 1 and 10 MB single files (no 50 MB), real news once, start-up")
    parser.add_argument("--single", action="store_true", help="only the single large files")
    parser.add_argument("--real", nargs="?", const=str(REAL_NEWS), metavar="DIR",
                        help=f"only real news (default {REAL_NEWS}); read in place")
    parser.add_argument("--corpus", help="a folder of articles to measure instead of the synthetic corpus")
    parser.add_argument("--timeout", type=float, default=SINGLE_TIMEOUT_S,
                        help=f"seconds a single-file run may take before it is killed (default {SINGLE_TIMEOUT_S:g})")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--date", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(args.one, args.jobs, args.date)))
        return

    only = args.single or args.real is not None
    real = Path(args.real) if args.real is not None else REAL_NEWS
    if args.real is not None and not real.is_dir():
        raise SystemExit(f"--real {real}: no such folder")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    print(f"machine: {os.uname().machine}, {cores} cores, Python {sys.version.split()[0]}; "
          f"load average {os.getloadavg()[0]:.2f} at start")
    tmp = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    try:
        if not only:
            corpus_runs(args, tmp, cores)
        if args.single or not only:
            sizes = tuple(mb for mb in SINGLE_SIZES if not (args.quick and mb > 10))
            single_files(tmp, sizes, args.timeout)
        if args.real is not None or (not only and real.is_dir()):
            real_news(tmp, real, args.quick, cores)
        if not only:
            show_start_up()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def corpus_runs(args, tmp: Path, cores: int) -> None:
    def corpus_of(mb: float) -> str:
        if args.corpus:
            return args.corpus
        folder = tmp / f"{mb:g}MB"
        if not folder.exists():
            folder.mkdir()
            build_corpus(folder, mb)
        return str(folder)

    print("\na corpus of articles, one core (--jobs 1):")
    sizes = [1.0] if args.quick or args.corpus else [1.0, 2.0, 5.0, 10.0]
    runs = [run_in_process(corpus_of(mb), 1) for mb in sizes]
    for r in runs:
        show(r)
    best = max(r["megabytes"] / r["wall"] for r in runs)
    print(f"  throughput on one core: {best:.2f} MB/s (synthetic articles; no target — see real news)")
    if len(runs) > 1:
        show_growth(runs)

    if not args.quick and cores > 1:
        mb = 10.0 if not args.corpus else 0
        one, many = runs[-1], run_in_process(corpus_of(mb), cores)
        print(f"\nall {cores} cores (--jobs {cores}):")
        show(many)
        print(f"  speed-up over one core: {one['wall'] / many['wall']:.2f}× on {cores} cores")

    if not args.quick and not args.corpus:
        print("\nmemory, 30 MB of articles:")
        big = run_in_process(corpus_of(30.0), 1)
        show(big)
        print(f"  peak memory: {big['peak_mib']:.0f} MiB — {'meets' if big['peak_mib'] < TARGET_MEMORY_MIB else 'MISSES'} "
              f"target (< {TARGET_MEMORY_MIB} MiB)")
    for mb in (1.0, 2.0, 5.0, 10.0, 30.0):  # the large files of the next sections go in the same folder
        shutil.rmtree(tmp / f"{mb:g}MB", ignore_errors=True)


if __name__ == "__main__":
    main()
