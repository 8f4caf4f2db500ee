"""The same files in any order, with any number of worker processes, give byte-identical JSON."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

import factcheck.parallel
from cli import invoke

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    """The examples and the seeds, twice over under other names, in nested folders."""
    folder = tmp_path_factory.mktemp("corpus")
    sources = sorted(p for p in (ROOT / "examples").rglob("*") if p.suffix in (".md", ".txt"))
    paths = []
    for copy in ("a", "b/c"):
        for src in sources:
            dest = folder / copy / src.parent.name / src.name
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(src, dest)
            paths.append(dest)
    return paths


@pytest.fixture(autouse=True)
def always_parallel(monkeypatch):
    monkeypatch.setattr(factcheck.parallel, "PARALLEL_MIN_BYTES", 0)  # a pool even for a small corpus


def report(paths, jobs: int) -> str:
    result = invoke(["check", "--format", "json", "--jobs", str(jobs), *paths])
    assert result.exit_code == 1, result.stderr
    return result.stdout


def test_order_and_jobs_do_not_change_the_report(corpus):
    reference = report(corpus, 1)
    findings = json.loads(reference)["findings"]
    assert len(findings) > 20
    # Cross-document findings survive the split into processes: a seed's batch sum cites other seeds.
    assert any(len({c["path"] for c in f["claims"]}) > 1 for f in findings)
    shuffled = list(corpus)
    for seed, jobs in ((1, 1), (2, 2), (3, 3), (4, 2)):
        random.Random(seed).shuffle(shuffled)
        assert report(shuffled, jobs) == reference, (seed, jobs)


def test_a_folder_and_its_files_give_the_same_report(corpus):
    folder = corpus[0].parents[2]
    assert report([folder], 2) == report(sorted(corpus, reverse=True), 1)


def test_jobs_zero_means_one_per_core(corpus):
    assert factcheck.parallel.default_jobs() >= 1
    assert report(corpus, 0) == report(corpus, 1)


def test_a_negative_job_count_is_a_usage_error(corpus):
    result = invoke(["check", "--jobs", "-1", corpus[0]])
    assert result.exit_code == 2 and "--jobs" in result.stderr
