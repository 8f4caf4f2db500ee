"""Rule packs: YAML files of measures, frames and rules.

Loading a pack: YAML is read safely with the position of every value (`yamlmarks`), checked
against the pydantic models (`schema`), then the packs are checked together (`references`:
unknown measures, duplicate ids, patterns that do not compile, expressions). Every problem
is one line, `pack.yaml:LINE:COL: message`, raised as a PackError (exit code 2). Nothing in
a pack is ever evaluated as Python.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from ..read.decode import ReadError, read_text_file

SHIPPED_DIR_CANDIDATES = (
    Path(__file__).parents[1] / "rules",  # inside an installed wheel
    Path(__file__).resolve().parents[3] / "rules",  # a source checkout (editable install)
)


class PackError(ReadError):
    """A problem in a pack, at a line and column."""

    def __init__(self, path: str, line: int, column: int, reason: str):
        super().__init__(f"{path}:{line}:{column}", reason)


def shipped_rules_dir() -> Path:
    for candidate in SHIPPED_DIR_CANDIDATES:
        if candidate.is_dir():
            return candidate
    raise ReadError("rules/", "the shipped rule packs are missing from this installation")


def pack_paths(extra: list[str] | None = None) -> list[Path]:
    """The shipped packs, then each extra file or folder of packs, in the order given."""
    paths = sorted(shipped_rules_dir().glob("*.yaml"))
    for raw in extra or []:
        p = Path(raw)
        if p.is_dir():
            found = sorted([*p.glob("*.yaml"), *p.glob("*.yml")])
            if not found:
                raise ReadError(raw, "no rule packs (*.yaml) in this folder")
            paths.extend(found)
        elif p.exists():
            paths.append(p)
        else:
            raise ReadError(raw, "no such rule pack")
    unique: dict[Path, Path] = {}
    for p in paths:
        unique.setdefault(p.resolve(), p)  # the same pack named twice loads once
    return list(unique.values())


def load_pack(path: Path, text: str | None = None) -> Any:
    """One pack, validated on its own (references to other packs are checked by load_packs)."""
    from pydantic import ValidationError

    from . import yamlmarks
    from .explain import explain, first_error
    from .schema import models

    text = read_text_file(path) if text is None else text
    try:
        data, marks = yamlmarks.load(text)
    except yamlmarks.YamlError as exc:
        raise PackError(str(path), exc.line, exc.column, exc.message) from None
    if not isinstance(data, dict):
        raise PackError(str(path), 1, 1, "a pack is a mapping with the keys pack, measures, frames and rules")
    try:
        pack = models().Pack.model_validate(data)
    except ValidationError as exc:
        line, column, message = explain(first_error(exc.errors()), data, marks)
        raise PackError(str(path), line, column, message) from None
    pack._path, pack._marks = str(path), marks
    return pack


def load_packs(extra: list[str] | None = None) -> list[Any]:
    """The shipped packs and `extra`, validated (or from the cache of validated packs) and
    checked together, as plain objects with the same attributes as the models."""
    from . import cache

    paths = pack_paths(extra)
    texts = [read_text_file(p) for p in paths]  # read once, safely: the key hashes what is validated
    k = cache.key(paths, texts)
    packs = cache.read(k)
    if packs is None:
        from .references import check_references

        validated = [load_pack(p, text) for p, text in zip(paths, texts)]
        check_references(validated)
        packs = [plain(p) for p in validated]
        _prepare_frames(packs)
        cache.write(k, packs)
    return packs


def _prepare_frames(packs: list[Any]) -> None:
    """Each frame's compiled form (slots expanded, required words), cached with the packs."""
    from ..frame.engine import FrameError, compile_frame

    shipped = shipped_rules_dir().resolve()
    for pack in packs:
        trusted = Path(pack.path).resolve().parent == shipped
        for i, frame in enumerate(pack.frames):
            line, column = pack.marks.of(("frames", i, "pattern"))
            try:
                frame.compiled = compile_frame(frame, f"{pack.path}:{line}:{column}", trusted)
            except FrameError as exc:
                raise PackError(pack.path, line, column, f"frame {frame.id!r}: {exc}") from None


class Plain(SimpleNamespace):
    """A validated model's fields, without pydantic (which a cached run never imports)."""


def plain(value: Any) -> Any:
    fields = getattr(type(value), "model_fields", None)
    if fields is not None:
        out = Plain(**{name: plain(getattr(value, name)) for name in fields})
        if getattr(value, "_marks", None) is not None:  # a pack: where it came from
            out.path, out.marks = value._path, value._marks
        return out
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def find_rule(packs: list[Any], rule_id: str) -> tuple[Any, Any] | None:
    for pack in packs:
        for rule in pack.rules:
            if rule.id == rule_id:
                return pack, rule
    return None
