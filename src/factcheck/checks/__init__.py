"""Check: one module per rule kind, registered by name (like Vale's internal/check/).

A check is a function over the corpus that yields Hits; the engine turns each Hit into a
Finding with the rule's id, severity and message template. Adding a kind = adding a module
here that decorates its function with @check("kind"), plus a rule entry in a pack.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from ..model import Claim

REGISTRY: dict[str, Callable[..., Iterator["Hit"]]] = {}


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


def check(kind: str):
    def register(fn):
        REGISTRY[kind] = fn
        return fn

    return register


def load_all() -> dict[str, Callable[..., Iterator[Hit]]]:
    if not REGISTRY:
        for mod in pkgutil.iter_modules(__path__):
            if not mod.name.startswith("_"):
                importlib.import_module(f"{__name__}.{mod.name}")
    return REGISTRY
