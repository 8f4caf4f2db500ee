"""The objects that flow through the pipeline: Document → Claim → Statement → Finding.

Plain slotted dataclasses, not pydantic models: there is one Claim per numeral and the hot
path creates hundreds of thousands of them. Pydantic guards the boundaries (rule packs).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from .intervals import Interval, fmt

_LINE_END_RE = re.compile(r"\r\n|\r|\n")
SEVERITIES = ("error", "warning", "info")  # the most severe first
SEVERITY_RANK = {s: rank for rank, s in enumerate(SEVERITIES)}


@dataclass(slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Document:
    """A file read for analysis.

    `text` has the same length as the source, character for character: markup that must not
    be read as prose (front matter, code, link targets, HTML comments) is blanked with
    spaces, newlines kept. So an offset in `text` is an offset in the source, and the
    source map is just the table of line starts. Extraction then makes each line break
    inside a sentence a space (a hard-wrapped line goes on), still character for character.
    """

    path: str
    source: str
    text: str
    title: Span | None = None
    published: dt.date | None = None
    published_span: Span | None = None
    dateline: dt.date | None = None
    dateline_span: Span | None = None
    suppressed: list[tuple[str, int | None]] = field(default_factory=list)  # (rule id, line or None for whole file)
    _line_starts: list[int] | None = None

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of an offset."""
        if self._line_starts is None:
            # A line ends at "\n", "\r\n" or a lone "\r" (as the reader maps them).
            self._line_starts = [0, *(m.end() for m in _LINE_END_RE.finditer(self.source))]
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def line_text(self, line: int) -> str:
        self.line_col(0)
        assert self._line_starts is not None
        start = self._line_starts[line - 1]
        end = self._line_starts[line] if line < len(self._line_starts) else len(self.source)
        return self.source[start:end].rstrip("\r\n")

    def in_title(self, offset: int) -> bool:
        return self.title is not None and self.title.start <= offset < self.title.end


@dataclass(slots=True, eq=False)
class Claim:
    """One numeral in the text, with what it counts and how precisely it was written."""

    doc: Document
    start: int
    end: int
    text: str
    value: Fraction
    kind: str  # count, percent, pp, money, ratio, year, date, period, duration, ordinal, range
    rounding: Interval  # what the digits written allow, hedge aside
    strict: Interval  # the hedge read strictly
    ordinary: Interval  # the hedge read as a newsroom would
    hedge: str = "exact"
    hedge_text: str = ""  # the hedge as written ("nearly", "surpassed"), for messages
    hedge_start: int = -1  # where a hedge before the number starts; frames see both as one token
    hedge_end: int = -1  # where a hedge after it ends ("45 percent or so"); the token goes that far
    unit: str | None = None  # currency code for money; "year", "month", … for durations
    noun: str | None = None  # the counted noun, singular and lower-case ("enterprise")
    phrase: str = ""  # the words that follow the number, for measure matching
    date: dt.date | None = None  # for dates: the day; for periods: the first day
    date_end: dt.date | None = None  # for periods: the last day
    sentence: int = -1  # index into the document's sentences
    paragraph: int = -1
    measure: str | None = None
    qualifiers: dict[str, str] = field(default_factory=dict)
    index: int = -1  # position within the corpus, for stable ordering

    @property
    def path(self) -> str:
        return self.doc.path

    @property
    def said(self) -> str:
        """The claim as the article puts it: "nearly 13,000"."""
        return f"{self.hedge_text} {self.text}" if self.hedge_text else self.text

    @property
    def said_start(self) -> int:
        """Where the claim as said starts: at a hedge before the number ("nearly 13,000")."""
        return self.hedge_start if 0 <= self.hedge_start < self.start else self.start

    @property
    def in_title(self) -> bool:
        return self.doc.in_title(self.start)

    def location(self) -> dict[str, Any]:
        line, col = self.doc.line_col(self.start)
        end_line, end_col = self.doc.line_col(self.end)
        return {"path": self.doc.path, "line": line, "column": col, "end_line": end_line, "end_column": end_col}

    def to_json(self) -> dict[str, Any]:
        out = self.location()
        out.update(
            text=self.text,
            kind=self.kind,
            value=fmt(self.value),
            low=fmt(self.strict.lo, default="-Infinity"),
            high=fmt(self.strict.hi, default="Infinity"),
        )
        return out

    def sort_key(self) -> tuple[str, int]:
        return (self.doc.path, self.start)


@dataclass(slots=True, eq=False)
class Statement:
    """A relation the text asserts between claims, found by a frame or by a reader (relate/).

    `slots` is the binding judged first: the most confident one. A reader that found other
    plausible operands lists them in `alternatives`, and a check holds the relation true when
    any binding satisfies it (the most charitable verdict, checks.charitable). `inferred`: the
    binding was found by search rather than said by the sentence's own words, so a binding
    that fails is at most a warning."""

    kind: str
    frame: str  # the frame's id, or "reader/<relation>: <cue>" for the general reader
    slots: dict[str, Any]  # slot name → Claim, list[Claim] or str
    doc: Document
    start: int
    end: int
    sentence: int = -1
    paragraph: int = -1
    alternatives: list[dict[str, Any]] = field(default_factory=list)
    inferred: bool = False

    def claim(self, name: str) -> Claim | None:
        value = self.slots.get(name)
        return value if isinstance(value, Claim) else None

    def claims(self) -> list[Claim]:
        return claims_in(self.slots)


def claims_in(slots: dict[str, Any]) -> list[Claim]:
    """The claims among slot values: a claim, a list of claims, or words."""
    out: list[Claim] = []
    for value in slots.values():
        if isinstance(value, Claim):
            out.append(value)
        elif isinstance(value, list):
            out.extend(v for v in value if isinstance(v, Claim))
    return out


@dataclass(slots=True)
class Finding:
    rule: str
    severity: str
    message: str
    claims: list[Claim]
    explanation: str
    # Where the finding points; defaults to its first claim.
    anchor: Claim | None = None
    anchor_span: tuple[Document, int, int] | None = None

    def location(self) -> dict[str, Any]:
        if self.anchor is not None:
            return self.anchor.location()
        if self.anchor_span is not None:
            doc, start, end = self.anchor_span
            line, col = doc.line_col(start)
            end_line, end_col = doc.line_col(end)
            return {"path": doc.path, "line": line, "column": col, "end_line": end_line, "end_column": end_col}
        return self.claims[0].location()

    def sort_key(self) -> tuple:
        loc = self.location()
        return (
            loc["path"],
            loc["line"],
            loc["column"],
            SEVERITY_RANK[self.severity],
            self.rule,
            self.message,
            tuple(c.sort_key() for c in self.claims),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "location": self.location(),
            "claims": [c.to_json() for c in self.claims],  # the claim the finding is about first
            "explanation": self.explanation,
        }
