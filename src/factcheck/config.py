"""Project configuration: `.factcheck.yaml`, or `[tool.factcheck]` in `pyproject.toml`, found
from the working directory upward (the first folder that has either; the YAML file wins).

    rules: [packs/jobs.yaml]            # more packs, relative to the configuration file
    disable: [core/trend, dates]        # rule ids, or pack names for all their rules
    severity: {core/rank: warning}      # a rule's severity, overridden
    fail-level: warning                 # exit 1 from this level up

Mistakes are one line naming the file (and the line, where the format keeps it), exit 2.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .hints import did_you_mean
from .model import SEVERITIES
from .read.decode import ReadError, read_text_file

YAML_NAMES = (".factcheck.yaml", ".factcheck.yml")
KEYS = ("rules", "disable", "severity", "fail-level")


@dataclass
class Config:
    path: str | None = None
    rules: list[str] = field(default_factory=list)
    disable: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    fail_level: str | None = None
    _lines: dict[tuple, int] = field(default_factory=dict, repr=False)  # (key, item) → line, for errors

    def is_disabled(self, rule_id: str) -> bool:
        return is_disabled(rule_id, self.disable)

    def where(self, *key: Any) -> str:
        line = self._lines.get(key) or self._lines.get(key[:1])
        return f"{self.path}:{line}" if line else str(self.path)


def is_disabled(rule_id: str, disabled) -> bool:
    """A rule is off when its id, or its pack's name, is in `disabled`."""
    return rule_id in disabled or rule_id.split("/")[0] in disabled


def find(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        for name in YAML_NAMES:
            if (folder / name).exists():  # a FIFO or a folder by that name is an error, not ignored
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def _has_tool_table(pyproject: Path) -> bool:
    try:
        return "[tool.factcheck]" in pyproject.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def load(path: Path | None) -> Config:
    if path is None:
        return Config()
    text = read_text_file(path)
    if path.name == "pyproject.toml":
        data, lines = _toml(path, text)
    else:
        data, lines = _yaml(path, text)
    config = _validate(path, data, lines)
    base = path.parent
    config.rules = [str(p if Path(p).is_absolute() else base / p) for p in config.rules]
    return config


def _toml(path: Path, text: str) -> tuple[dict, dict[tuple, int]]:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        data = tomllib.loads(text).get("tool", {}).get("factcheck", {})
    except tomllib.TOMLDecodeError as exc:
        raise ReadError(str(path), f"invalid TOML: {exc}") from None
    # tomllib keeps no positions: find each key's line inside the [tool.factcheck] table.
    lines: dict[tuple, int] = {}
    inside = False
    for n, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped == "[tool.factcheck]"
            continue
        if inside and "=" in stripped:
            lines.setdefault((stripped.split("=")[0].strip().strip('"'),), n)
    return data, lines


def _yaml(path: Path, text: str) -> tuple[dict, dict[tuple, int]]:
    from .packs import yamlmarks

    try:
        data, marks = yamlmarks.load(text)
    except yamlmarks.YamlError as exc:
        raise ReadError(f"{path}:{exc.line}:{exc.column}", exc.message) from None
    lines = {k: v[0] for k, v in marks.keys.items()}
    lines.update({k: v[0] for k, v in marks.values.items() if k and k not in lines})
    return (data if data is not None else {}), lines


def _validate(path: Path, data: Any, lines: dict[tuple, int]) -> Config:
    if not isinstance(data, dict):
        raise ReadError(str(path), "the configuration must be a mapping of " + ", ".join(KEYS))
    config = Config(path=str(path), _lines=lines)
    for key, value in data.items():
        where = f"{path}:{lines[(key,)]}" if (key,) in lines else str(path)
        if key not in KEYS:
            known = f" (known: {', '.join(KEYS)})"
            raise ReadError(where, f"unknown key {key!r}{did_you_mean(key, KEYS, known)}")
        if key in ("rules", "disable"):
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ReadError(where, f"{key}: expected a list of strings")
            setattr(config, key, list(value))
        elif key == "severity":
            if not isinstance(value, dict):
                raise ReadError(where, "severity: expected a mapping of rule id to error, warning or info")
            for rule_id, level in value.items():
                if level not in SEVERITIES:
                    raise ReadError(config.where("severity", rule_id), f"severity of {rule_id}: {level!r} is not error, warning or info")
            config.severity = dict(value)
        else:
            if value not in SEVERITIES:
                raise ReadError(where, f"fail-level: {value!r} is not error, warning or info")
            config.fail_level = value
    return config


def check_ids(config: Config, packs: list) -> None:
    """Every id the configuration names must be a loaded rule (or pack): a typo would
    otherwise silently leave a rule on."""
    rules = {r.id for p in packs for r in p.rules}
    names = {p.pack for p in packs}
    for i, rule_id in enumerate(config.disable):
        if rule_id not in rules and rule_id not in names:
            raise ReadError(config.where("disable", i), f"disable: no rule or pack {rule_id!r}{did_you_mean(rule_id, rules | names)}")
    for rule_id in config.severity:
        if rule_id not in rules:
            raise ReadError(config.where("severity", rule_id), f"severity: no rule {rule_id!r}{did_you_mean(rule_id, rules)}")
