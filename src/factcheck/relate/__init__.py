"""Relate: the general reader (DESIGN, "Reading relations").

A frame did three things at once — found the cue, bound the operands, in one word order. The
reader does them apart: a **cue** from the pack's word lists says what a figure is said to
be ("or 17.9 percent" restates the figure before it as a share); **binding** finds the
operands that relation needs among the document's other figures by a bounded search (the
figure the cue names, else candidates of the right kind, unit, noun and time in widening
scope); the check then takes the **most charitable** binding (checks.charitable).

One module per relation; each declares the cue lists it reads (`LISTS`, name → what the cued
figure is to the relation) and a `read(view)` that yields Statements of the kinds the checks
already judge (share, sum, change, difference, ratio, …). A pack fills the lists:

    cues:
      share:
        restates: [or, representing, accounting for]
"""

from __future__ import annotations

import importlib
from typing import Iterator

from ..model import Statement
from .cues import CueBook
from .mentions import build_view

READERS = ("share", "change", "total", "conversion", "difference", "ratio", "rank", "weekday", "anniversary", "age",
           "elapsed")


def modules():
    return [importlib.import_module(f"{__name__}.{name}") for name in READERS]


def cue_lists() -> dict[str, dict[str, str]]:
    """relation → list name → what a figure that list cues is (for the pack schema and docs)."""
    out: dict[str, dict[str, str]] = {}
    for module in modules():
        out.setdefault(module.RELATION, {}).update(module.LISTS)
    return out


def read(doc, ex, cues: CueBook) -> list[Statement]:
    if not cues.lists:
        return []
    view = build_view(doc, ex, cues)
    out: list[Statement] = []
    for module in modules():
        out.extend(module.read(view))
    return out


def statement(kind: str, cue: str, slots: dict, view, sentence: int, alternatives=(), inferred: bool = False) -> Statement:
    """A Statement from a reader: its span is that of the claims it binds."""
    from ..model import claims_in

    claims = claims_in(slots)
    start = min(c.said_start for c in claims)
    end = max(c.end for c in claims)
    paragraph = view.sentences[sentence].paragraph if sentence in view.sentences else -1
    return Statement(kind, f"reader/{kind}: {cue}", slots, view.doc, start, end, sentence, paragraph,
                     [dict(a) for a in alternatives], inferred)


__all__: list[str] = ["CueBook", "Iterator", "cue_lists", "read", "statement"]
