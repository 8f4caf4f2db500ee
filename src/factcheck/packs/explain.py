"""A pydantic validation error → one line a pack author can act on, at the right position."""

from __future__ import annotations

import dataclasses
from typing import Any

from ..hints import did_you_mean
from .yamlmarks import Marks


EXTRA = ("extra_forbidden", "unexpected_keyword_argument")  # models say the first, dataclasses the second
PRIORITY = (*EXTRA, "union_tag_invalid", "union_tag_not_found")


def first_error(errors: list[dict]) -> dict:
    """The error to report: a misspelt key before the "missing" it causes."""
    return min(errors, key=lambda e: PRIORITY.index(e["type"]) if e["type"] in PRIORITY else len(PRIORITY))


def explain(error: dict, data: Any, marks: Marks) -> tuple[int, int, str]:
    """(line, column, message) for the first validation error of a pack."""
    kind, loc = error["type"], tuple(error["loc"])
    path = data_path(data, loc)
    where = _where(data, path)
    if kind in EXTRA:
        key = path[-1]
        line, column = marks.of(path, key=True)
        return line, column, f"{where}unknown key {key!r}{_did_you_mean(key, allowed_keys(data, path[:-1]))}"
    if kind == "missing":
        line, column = marks.of(path)
        return line, column, f"{where}missing key {loc[-1]!r}"
    if kind == "union_tag_invalid":
        from .schema import models

        tag = error["ctx"]["tag"]
        line, column = marks.of(path + ("kind",))
        return line, column, f"{where}unknown rule kind {tag!r}{_did_you_mean(tag, models().kinds)}"
    if kind == "union_tag_not_found":
        line, column = marks.of(path)
        return line, column, f"{where}missing key 'kind'"
    line, column = marks.of(path)
    field = ".".join(str(p) for p in path[-2:] if isinstance(p, str)) or "value"
    return line, column, f"{where}{field}: {_message(error)}"


def data_path(data: Any, loc: tuple) -> tuple:
    """pydantic's location, less the parts that are not in the data (union tags, 'str')."""
    path: list = []
    node = data
    for part in loc:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        elif isinstance(node, dict) and part not in node and part == loc[-1]:
            path.append(part)  # a key that is in error (unknown) or missing
            break
        else:
            continue
        path.append(part)
    return tuple(path)


def allowed_keys(data: Any, path: tuple) -> list[str]:
    """The keys a mapping at `path` may have."""
    from ..checks import PARAMS
    from .schema import models

    m = models()
    shape = tuple("#" if isinstance(p, int) else p for p in path)
    by_shape = {
        (): m.Pack, ("measures", "#"): m.Measure, ("frames", "#"): m.Frame,
        ("rules", "#", "examples"): m.Examples, ("rules", "#", "select"): m.Select,
    }  # fmt: skip
    if shape in by_shape:
        return list(by_shape[shape].model_fields)
    if shape == ("rules", "#"):
        return m.rule_keys
    if shape == ("rules", "#", "params"):
        rule = data["rules"][path[1]]
        params = PARAMS.get(rule.get("kind")) if isinstance(rule, dict) else None
        return [f.name for f in dataclasses.fields(params)] if params else []
    return []


def _where(data: Any, path: tuple) -> str:
    """ "rule core/share: " when the error is inside a rule that has an id."""
    if len(path) >= 2 and path[0] in ("rules", "frames", "measures") and isinstance(path[1], int):
        item = data[path[0]][path[1]]
        name = item.get("id") or item.get("name") if isinstance(item, dict) else None
        if isinstance(name, str):
            return f"{path[0][:-1]} {name}: "
    return ""


def _did_you_mean(word: Any, choices: list[str]) -> str:
    listed = f" (expected one of: {', '.join(choices)})" if choices and len(choices) <= 12 else ""
    return did_you_mean(word, choices, listed)


def _message(error: dict) -> str:
    msg = error["msg"]
    if error["type"] == "string_pattern_mismatch":
        return f"{error['input']!r} is not a valid name (lower-case letters, digits and '-'; rule ids are pack/name)"
    if error["type"] == "literal_error":
        return f"{error['input']!r}: {msg[0].lower()}{msg[1:]}"
    return msg[0].lower() + msg[1:] if msg else msg
