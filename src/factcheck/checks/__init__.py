"""Check: one module per rule kind, registered by name (like Vale's internal/check/).

A check is a function over the corpus that yields Hits; the engine turns each Hit into a
Finding with the rule's id, severity and message template. Adding a kind = adding a module
here that decorates its function with @check("kind", params=Params), plus a rule entry in a
pack. Params is a frozen dataclass: the pack loader validates a rule's `params:` against it
(pydantic reads dataclasses), so a misspelt parameter is an error with its line and column.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from dataclasses import dataclass, field
from typing import Annotated, Any, Callable, Iterator

from ..model import Claim

REGISTRY: dict[str, Callable[..., Iterator["Hit"]]] = {}
PARAMS: dict[str, type] = {}


class _MeasureName:
    """Marks a parameter that names a measure: the loader checks that some pack declares it."""


MeasureName = Annotated[str, _MeasureName]
FORBID_EXTRA = {"extra": "forbid"}  # pydantic's config for a dataclass, without importing pydantic


@dataclass(frozen=True)
class NoParams:
    __pydantic_config__ = FORBID_EXTRA


@dataclass(slots=True)
class Hit:
    """One broken relation. level: "strict" (no reading can be true → the rule's severity),
    "ordinary" (only the newsroom reading is broken → warning), "info" (explained)."""

    level: str
    claims: list[Claim]
    fields: dict[str, Any]
    explanation: str
    anchor: Claim | None = None
    anchor_span: tuple | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def charitable(statement, judge: Callable[[dict[str, Any]], list["Hit"]]) -> list["Hit"]:
    """The most charitable verdict (DESIGN, "Reading relations"): a relation holds when any
    of the statement's bindings satisfies it. Otherwise the hits of its first binding, the
    most confident; a binding the reader only inferred gives warnings, never errors."""
    first: list[Hit] | None = None
    for slots in (statement.slots, *statement.alternatives):
        hits = judge(slots)
        if not hits:
            return []
        if first is None:
            first = hits
    if statement.inferred:
        for hit in first or []:
            if hit.level == "strict":
                hit.level = "ordinary"
    return first or []


def merged(statements, *cued: str) -> list:
    """Statements about the same cued figure (a frame's and the reader's, or two readings of
    one sentence) as one, so that the verdict is charitable across all their bindings: the
    first confident one is judged first, and the result is inferred only if all are."""
    groups: dict[int, list] = {}
    order = []
    for st in statements:
        claim = next((st.slots[c] for c in cued if st.slots.get(c) is not None), None)
        key = id(claim) if claim is not None else id(st)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(st)
    out = []
    for key in order:
        group = groups[key]
        if len(group) == 1:
            out.append(group[0])
            continue
        group = sorted(group, key=lambda st: st.inferred)  # stable: confident first, in text order
        first = group[0]
        bindings = _fullest([b for st in group for b in (st.slots, *st.alternatives)])
        out.append(dataclasses.replace(first, slots=bindings[0], alternatives=bindings[1:],
                                       inferred=all(st.inferred for st in group)))
    return out


def _fullest(bindings: list[dict]) -> list[dict]:
    """The bindings that are not part of another: a reading that binds the old and new levels
    only is no alternative to one that also binds the amount ("fell 5.2 points, from 35.0
    percent to 30.8 percent"), and would otherwise absolve it."""
    told = [frozenset((k, id(v)) for k, v in b.items() if hasattr(v, "strict")) for b in bindings]
    return [b for b, t in zip(bindings, told) if not any(t < other for other in told)]


def check(kind: str, params: type = NoParams):
    def register(fn):
        REGISTRY[kind] = fn
        PARAMS[kind] = params
        return fn

    return register


def load_all() -> dict[str, Callable[..., Iterator[Hit]]]:
    global _all_loaded
    if not _all_loaded:  # some may be imported already (a cached pack's params): import the rest
        for mod in pkgutil.iter_modules(__path__):
            if not mod.name.startswith("_"):
                importlib.import_module(f"{__name__}.{mod.name}")
        _all_loaded = True
    return REGISTRY


_all_loaded = False
