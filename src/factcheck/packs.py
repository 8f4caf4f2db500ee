"""Rule packs: YAML files of measures, frames and rules, validated by pydantic models.

Loaded with yaml.safe_load (nothing in a pack is ever evaluated as Python). Unknown keys
and wrong types are errors that name the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .read.decode import ReadError

SHIPPED_DIR_CANDIDATES = (
    Path(__file__).parent / "rules",  # inside an installed wheel
    Path(__file__).resolve().parents[2] / "rules",  # a source checkout (editable install)
)


def shipped_rules_dir() -> Path:
    for candidate in SHIPPED_DIR_CANDIDATES:
        if candidate.is_dir():
            return candidate
    raise ReadError("rules/", "the shipped rule packs are missing from this installation")


def _models():
    from pydantic import BaseModel, ConfigDict, Field

    class Strict(BaseModel):
        model_config = ConfigDict(extra="forbid", frozen=True)

    class Measure(Strict):
        name: str
        aliases: list[str] = Field(default_factory=list)
        unit: str | None = None
        dimensions: list[str] = Field(default_factory=list)
        cumulative: bool = False
        default_region: str | None = None

    class Frame(Strict):
        id: str
        statement: str
        pattern: str
        sentences: int = Field(default=1, ge=1, le=3)
        set: dict[str, str] = Field(default_factory=dict)

    class Examples(Strict):
        fire: list[str] = Field(default_factory=list)
        ok: list[str] = Field(default_factory=list)
        files: list[str] = Field(default_factory=list)

    class Rule(Strict):
        id: str
        kind: str
        severity: str = Field(pattern="^(error|warning|info)$")
        message: str
        doc: str = ""
        params: dict[str, Any] = Field(default_factory=dict)
        examples: Examples = Field(default_factory=Examples)

    class Pack(Strict):
        pack: str
        description: str = ""
        measures: list[Measure] = Field(default_factory=list)
        frames: list[Frame] = Field(default_factory=list)
        rules: list[Rule] = Field(default_factory=list)

    return Pack


_PACK_MODEL = None


def load_pack(path: Path):
    global _PACK_MODEL
    import yaml
    from pydantic import ValidationError

    if _PACK_MODEL is None:
        _PACK_MODEL = _models()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise ReadError(where, f"invalid YAML: {getattr(exc, 'problem', exc)}") from None
    except OSError as exc:
        raise ReadError(str(path), exc.strerror or str(exc)) from None
    try:
        return _PACK_MODEL.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise ReadError(str(path), f"{loc}: {err['msg']}") from None


def load_packs(extra: list[str] | None = None) -> list[Any]:
    paths = sorted(shipped_rules_dir().glob("*.yaml"))
    for raw in extra or []:
        p = Path(raw)
        paths.extend(sorted(p.glob("*.yaml")) if p.is_dir() else [p])
    return [load_pack(p) for p in paths]
