"""Validated packs, cached between runs: validating with pydantic costs ~150 ms of start-up
(its import, one model per rule kind), too much for a pre-commit hook that runs on every
commit. The key is a hash of the packs' contents, their order, the Python version and the
code that validates them, so a changed pack or an upgraded factcheck is validated afresh.
Set FACTCHECK_NO_CACHE=1 to turn it off; FACTCHECK_CACHE_DIR to move it.

The cache folder may be shared or restored from elsewhere (a CI cache, a shared home), so an
entry is data that cannot run code: JSON, whose only objects are factcheck's own plain
records (a namespace, or a dataclass of a factcheck module), rebuilt field by field. An
entry that does not decode into exactly that — damaged, foreign, from another version — is
ignored, and the packs are validated again."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import json
import os
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

CODE_DIRS = ("checks", "packs", "frame", "relate")  # the code whose results are cached
PACKAGE = Path(__file__).resolve().parents[1]
FORMAT = "factcheck-packs/2"
# The modules whose records an entry may name: a name outside them makes the entry foreign.
RECORD_PACKAGES = ("factcheck.checks", "factcheck.frame", "factcheck.packs")


PACK_FIELDS = ("pack", "measures", "frames", "rules", "path", "marks")


class ForeignEntry(ValueError):
    """A cache entry that is not what this version of factcheck writes."""


def cache_dir() -> Path | None:
    if os.environ.get("FACTCHECK_NO_CACHE"):
        return None
    if os.environ.get("FACTCHECK_CACHE_DIR"):
        return Path(os.environ["FACTCHECK_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "factcheck"


def key(paths: list[Path], texts: list[str]) -> str | None:
    """The entry's name: the packs' paths and contents, the Python version and the code."""
    digest = hashlib.sha256(f"{FORMAT}\0{sys.version}".encode())
    try:
        for folder in CODE_DIRS:
            for f in sorted((PACKAGE / folder).glob("*.py")):
                st = f.stat()
                digest.update(f"{f.name}:{st.st_mtime_ns}:{st.st_size};".encode())
    except OSError:
        return None
    for p, text in zip(paths, texts):
        digest.update(str(p).encode() + b"\0" + text.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()[:32]


def read(k: str | None) -> Any | None:
    folder = cache_dir()
    if k is None or folder is None:
        return None
    try:
        raw = (folder / f"packs-{k}.json").read_text(encoding="utf-8")
        entry = json.loads(raw)
        if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("key") != k:
            return None
        packs = decode(entry["packs"])
        from . import Plain

        if not isinstance(packs, list) or not all(isinstance(p, Plain) and all(hasattr(p, a) for a in PACK_FIELDS)
                                                  for p in packs):
            return None
        return packs
    except (OSError, ValueError, TypeError, KeyError, AttributeError, ImportError, RecursionError):
        return None  # missing, unreadable, damaged or foreign: validate afresh


def write(k: str | None, packs: Any) -> None:
    folder = cache_dir()
    if k is None or folder is None:
        return
    try:
        data = json.dumps({"format": FORMAT, "key": k, "packs": encode(packs)}, ensure_ascii=False)
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f"packs-{k}.{os.getpid()}.tmp"
        tmp.write_text(data, encoding="utf-8")
        os.replace(tmp, folder / f"packs-{k}.json")
    except (OSError, TypeError, ValueError):
        pass  # a read-only home is no reason to fail a check


def encode(value: Any) -> Any:
    """Plain values as JSON; records, tuples, sets, fractions and non-string keys tagged."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, tuple):
        return {"$tuple": [encode(v) for v in value]}
    if isinstance(value, (set, frozenset)):
        return {"$frozenset": sorted((encode(v) for v in value), key=repr)}
    if isinstance(value, Fraction):
        return {"$fraction": [value.numerator, value.denominator]}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, dict):
        return {"$dict": [[encode(k), encode(v)] for k, v in value.items()]}
    cls = type(value)
    name = f"{cls.__module__}:{cls.__qualname__}"
    if dataclasses.is_dataclass(value):
        # (A field named with "_" is a cache of its own, such as a compiled pattern.)
        fields = {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)
                  if f.init and not f.name.startswith("_")}
        return {"$record": name, "fields": fields}
    if hasattr(value, "__dict__") and _ours(cls.__module__):  # a Plain namespace
        return {"$record": name, "fields": {k: encode(v) for k, v in vars(value).items()}}
    raise TypeError(f"cannot cache a {name}")


def decode(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [decode(v) for v in value]
    if not isinstance(value, dict) or len(value) not in (1, 2):
        raise ForeignEntry("not an encoded value")
    if "$tuple" in value:
        return tuple(decode(v) for v in value["$tuple"])
    if "$frozenset" in value:
        return frozenset(decode(v) for v in value["$frozenset"])
    if "$fraction" in value:
        numerator, denominator = value["$fraction"]
        if not isinstance(numerator, int) or not isinstance(denominator, int):
            raise ForeignEntry("a fraction of non-integers")
        return Fraction(numerator, denominator)
    if "$decimal" in value:
        return Decimal(str(value["$decimal"]))
    if "$dict" in value:
        return {decode(k): decode(v) for k, v in value["$dict"]}
    if "$record" in value:
        cls = _record_class(value["$record"])
        fields = {k: decode(v) for k, v in value["fields"].items()}
        if dataclasses.is_dataclass(cls):
            return cls(**fields)
        out = cls()
        out.__dict__.update(fields)
        return out
    raise ForeignEntry("an unknown tag")


def _ours(module: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in RECORD_PACKAGES)


def _record_class(name: Any) -> type:
    """The class a record names: only a dataclass or a namespace of factcheck's own modules."""
    if not isinstance(name, str) or ":" not in name:
        raise ForeignEntry("a record without a class")
    module_name, qualname = name.split(":", 1)
    if not _ours(module_name) or "." in qualname:
        raise ForeignEntry(f"a record of {name}")
    cls = getattr(importlib.import_module(module_name), qualname, None)
    from . import Plain

    if not isinstance(cls, type) or not (dataclasses.is_dataclass(cls) or cls is Plain):
        raise ForeignEntry(f"a record of {name}")
    return cls
