"""Validated packs, cached between runs: validating with pydantic costs ~150 ms of start-up
(its import, one model per rule kind), too much for a pre-commit hook that runs on every
commit. The key is a hash of the packs' contents, their order, the Python version and the
code that validates them, so a changed pack or an upgraded factcheck is validated afresh.
Set FACTCHECK_NO_CACHE=1 to turn it off; FACTCHECK_CACHE_DIR to move it."""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Any

CODE_DIRS = ("checks", "packs", "frame")  # the code whose results are cached
PACKAGE = Path(__file__).resolve().parents[1]


def cache_dir() -> Path | None:
    if os.environ.get("FACTCHECK_NO_CACHE"):
        return None
    if os.environ.get("FACTCHECK_CACHE_DIR"):
        return Path(os.environ["FACTCHECK_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "factcheck"


def key(paths: list[Path]) -> str | None:
    digest = hashlib.sha256(sys.version.encode())
    try:
        for folder in CODE_DIRS:
            for f in sorted((PACKAGE / folder).glob("*.py")):
                st = f.stat()
                digest.update(f"{f.name}:{st.st_mtime_ns}:{st.st_size};".encode())
        for p in paths:
            digest.update(str(p).encode() + b"\0" + p.read_bytes() + b"\0")
    except OSError:
        return None  # let the loader report the unreadable file
    return digest.hexdigest()[:32]


def read(k: str | None) -> Any | None:
    folder = cache_dir()
    if k is None or folder is None:
        return None
    try:
        with open(folder / f"packs-{k}.pickle", "rb") as f:
            return pickle.load(f)
    except Exception:  # missing, unreadable or from another version: validate afresh
        return None


def write(k: str | None, packs: Any) -> None:
    folder = cache_dir()
    if k is None or folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f"packs-{k}.{os.getpid()}.tmp"
        tmp.write_bytes(pickle.dumps(packs, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, folder / f"packs-{k}.pickle")
    except OSError:
        pass  # a read-only home is no reason to fail a check
