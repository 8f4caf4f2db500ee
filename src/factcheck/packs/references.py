"""Checks across the loaded packs, after each has passed its schema: names that must be
unique, measures that must exist, patterns that must compile, and whatever a rule kind's
params check for themselves (an expression's syntax and names)."""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Iterator

from ..hints import did_you_mean
from . import PackError


@dataclass
class Context:
    """What a rule kind's params may refer to: measures, and the slots of each statement kind."""

    measures: set[str] = field(default_factory=set)
    statements: dict[str, set[str]] = field(default_factory=dict)


def check_references(packs: list[Any]) -> None:
    from ..frame.engine import FrameError, compile_pattern

    context = Context()
    seen_packs: dict[str, Any] = {}
    seen_rules: dict[str, Any] = {}
    seen_frames: dict[str, Any] = {}
    for pack in packs:
        if pack.pack in seen_packs:
            _fail(pack, ("pack",), f"a pack named {pack.pack!r} is already loaded from {seen_packs[pack.pack]._path}")
        seen_packs[pack.pack] = pack
        for i, measure in enumerate(pack.measures):
            if measure.name in context.measures:
                _fail(pack, ("measures", i, "name"), f"measure {measure.name!r} is declared twice")
            context.measures.add(measure.name)
        for i, frame in enumerate(pack.frames):
            if frame.id in seen_frames:
                _fail(pack, ("frames", i, "id"), f"frame {frame.id!r} is declared twice")
            seen_frames[frame.id] = pack
            try:
                regex = compile_pattern(frame.pattern)
            except FrameError as exc:
                _fail(pack, ("frames", i, "pattern"), f"frame {frame.id}: {exc}")
            slots = context.statements.setdefault(frame.statement, set())
            slots.update(regex.groupindex, frame.set)
    _check_cues(packs)
    for pack in packs:
        for i, rule in enumerate(pack.rules):
            if not rule.id.startswith(pack.pack + "/"):
                _fail(pack, ("rules", i, "id"), f"rule id {rule.id!r} must start with the pack's name, {pack.pack + '/'!r}")
            if rule.id in seen_rules:
                _fail(pack, ("rules", i, "id"), f"rule {rule.id!r} is declared twice")
            seen_rules[rule.id] = pack
            if rule.select is not None:
                for j, name in enumerate(rule.select.measures):
                    _known_measure(pack, rule, ("rules", i, "select", "measures", j), name, context)
            for path, name in _measure_names(rule.params, ("rules", i, "params")):
                _known_measure(pack, rule, path, name, context)
            problems = getattr(rule.params, "problems", None)
            if problems is not None:
                for key, offset, message in problems(context):
                    _fail(pack, ("rules", i, "params", key), f"rule {rule.id}: {message}", offset)


def _check_cues(packs: list[Any]) -> None:
    """Every cue list a pack fills is one a relation's reader reads, and every value is a number."""
    from ..relate import cue_lists
    from ..relate.cues import parse_value

    lists = cue_lists()
    for pack in packs:
        for relation, named in pack.cues.items():
            if relation not in lists:
                _fail(pack, ("cues", relation), f"no relation {relation!r} reads cues"
                      + did_you_mean(relation, lists, f" (relations: {', '.join(sorted(lists))})"), key=True)
            for name, words in named.items():
                if name not in lists[relation]:
                    _fail(pack, ("cues", relation, name), f"{relation} has no cue list {name!r}"
                          + did_you_mean(name, lists[relation], f" (its lists: {', '.join(sorted(lists[relation]))})"),
                          key=True)
                for phrase, value in (words.items() if isinstance(words, dict) else ()):
                    try:
                        parse_value(value)
                    except ValueError as exc:
                        _fail(pack, ("cues", relation, name, phrase), f"cue {phrase!r}: {exc}")


def _known_measure(pack: Any, rule: Any, path: tuple, name: str, context: Context) -> None:
    if name not in context.measures:
        hint = did_you_mean(name, context.measures, " (no pack declares it)")
        _fail(pack, path, f"rule {rule.id}: unknown measure {name!r}{hint}")


def _measure_names(params: Any, path: tuple) -> Iterator[tuple[tuple, str]]:
    """Every value of a params dataclass whose type is MeasureName (alone, in a list, or as
    the values of a mapping)."""
    if not dataclasses.is_dataclass(params):
        return
    hints = typing.get_type_hints(type(params), include_extras=True)
    for f in dataclasses.fields(params):
        hint, value = hints[f.name], getattr(params, f.name)
        if typing.get_origin(hint) in (typing.Union, types.UnionType):  # Optional[...]
            hint = next(a for a in typing.get_args(hint) if a is not type(None))
        if value is None:
            continue
        if _is_measure(hint):
            yield path + (f.name,), value
        elif typing.get_origin(hint) is list and _is_measure(typing.get_args(hint)[0]):
            for j, v in enumerate(value):
                yield path + (f.name, j), v
        elif typing.get_origin(hint) is dict and _is_measure(typing.get_args(hint)[1]):
            for k, v in value.items():
                yield path + (f.name, k), v


def _is_measure(hint: Any) -> bool:
    from ..checks import _MeasureName

    return _MeasureName in getattr(hint, "__metadata__", ())


def _fail(pack: Any, path: tuple, message: str, offset: int | None = None, key: bool = False) -> typing.NoReturn:
    marks = pack._marks
    line, column = marks.of(path, key=key)
    if offset is not None:
        style = marks.styles.get(path)
        if style in (None, "", '"', "'"):  # a scalar on one line: point inside it
            column += offset + (1 if style in ('"', "'") else 0)
    raise PackError(pack._path, line, column, message)
