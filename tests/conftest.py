from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from pathlib import Path

import pytest

from factcheck.packs import load_packs
from factcheck.pipeline import run

# Validated packs are cached between runs (packs/cache.py); the tests keep theirs to themselves.
os.environ.setdefault("FACTCHECK_CACHE_DIR", tempfile.mkdtemp(prefix="factcheck-cache-"))

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
SEEDS = sorted((CORPUS / "seeds").glob("*.txt"))


@lru_cache(maxsize=1)
def packs():
    return tuple(load_packs())


def check_paths(paths, published=None):
    """Findings for files checked together as one corpus."""
    result = run([str(p) for p in paths], list(packs()), published)
    assert not result.skipped, result.skipped
    return result.findings


def check_text(tmp_path: Path, text: str, name: str = "article.md", published=None):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return check_paths([path], published)


@pytest.fixture
def check(tmp_path):
    def _check(text: str, name: str = "article.md", published=None):
        return check_text(tmp_path, text, name, published)

    return _check
