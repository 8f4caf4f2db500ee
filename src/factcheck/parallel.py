"""Analyse many files on several cores.

Each worker process reads, extracts, resolves and frames whole files — the per-document
stages, which are nearly all of the cost. The parent merges the results in path order and
runs the checks once over the whole corpus, so cross-document checks see every file and the
report does not depend on how the files were shared out.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .pipeline import (FIRST_GC_THRESHOLD, Corpus, DocumentAnalysis, RuleSet, StageTimer, analyse_document,
                       fewer_collections, merge)
from .read import read_document
from .read.decode import ReadError

# Below this much text a worker pool costs more to start than it saves.
PARALLEL_MIN_BYTES = 256_000
# Windows cannot wait on more than 61 processes (ProcessPoolExecutor's own limit there).
MAX_WORKERS = 61 if sys.platform == "win32" else 256


class WorkerDied(Exception):
    """A worker process ended without a result: one line, exit 2."""

_ruleset: RuleSet | None = None
_published = None
_max_file_bytes: int | None = None


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may use (containers, taskset)
    except AttributeError:
        return os.cpu_count() or 1


def analyse_files(paths: list[str], ruleset: RuleSet, published=None, jobs: int = 1,
                  timer: StageTimer | None = None, max_file_bytes: int | None = None) -> tuple[Corpus, list[ReadError]]:
    """The corpus of the readable files, and the reason each other file was skipped."""
    with fewer_collections():
        return _analyse_files(paths, ruleset, published, jobs, timer or StageTimer(), max_file_bytes)


def _analyse_files(paths: list[str], ruleset: RuleSet, published, jobs: int, timer: StageTimer,
                   max_file_bytes: int | None) -> tuple[Corpus, list[ReadError]]:
    jobs = min(jobs if jobs > 0 else default_jobs(), len(paths), MAX_WORKERS)
    if jobs > 1 and _total_bytes(paths) >= PARALLEL_MIN_BYTES:
        chunk = max(1, len(paths) // (jobs * 8))  # small chunks even out files of different sizes
        # concurrent.futures rather than multiprocessing.Pool: a worker killed by the system
        # (out of memory) raises BrokenProcessPool here instead of hanging the run.
        try:
            with ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_start_worker,
                                     initargs=(ruleset, published, max_file_bytes)) as pool:
                results = list(pool.map(_analyse_path, paths, chunksize=chunk))
        except BrokenProcessPool:
            raise WorkerDied("a worker process died (out of memory?); try fewer --jobs") from None
    else:
        _start_worker(ruleset, published, max_file_bytes)
        results = [_analyse_path(path) for path in paths]
    analyses, skipped = [], []
    for result, seconds in results:
        timer.add(seconds)
        if isinstance(result, DocumentAnalysis):
            analyses.append(result)
        else:
            skipped.append(ReadError(*result))
    merging = StageTimer()
    corpus = merge(analyses, ruleset.measures)
    merging.lap("merge")
    timer.add(merging.seconds)
    return corpus, sorted(skipped, key=lambda e: e.path)


def _context():
    # fork shares the parent's loaded packs without pickling them; macOS and Windows spawn.
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _total_bytes(paths: list[str]) -> int:
    total = 0
    for path in paths:
        try:
            total += os.stat(path).st_size
        except OSError:
            pass  # reported when it is read
    return total


def _start_worker(ruleset: RuleSet, published, max_file_bytes: int | None) -> None:
    global _ruleset, _published, _max_file_bytes
    gc.set_threshold(FIRST_GC_THRESHOLD, *gc.get_threshold()[1:])  # as fewer_collections(), for spawned workers
    _ruleset, _published, _max_file_bytes = ruleset, published, max_file_bytes


def _analyse_path(path: str) -> tuple[DocumentAnalysis | tuple[str, str], dict[str, float]]:
    assert _ruleset is not None
    timer = StageTimer()
    try:
        doc = read_document(path, _published, _max_file_bytes)
        timer.lap("read")
        return analyse_document(doc, _ruleset, timer), timer.seconds
    except ReadError as exc:
        return (exc.path, exc.reason), timer.seconds  # an exception's own pickling loses its fields
    except RecursionError:
        return (path, "nested too deeply to analyse"), timer.seconds
    except Exception as exc:  # noqa: BLE001 — one odd file must not stop a whole CI run with a traceback
        reason = f"could not be analysed ({type(exc).__name__}: {exc}); please report this as a factcheck bug"
        return (path, " ".join(reason.split())), timer.seconds

