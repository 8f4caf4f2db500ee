"""Frame: sentence patterns with typed slots turn claims into Statements.

A frame pattern is a regular expression over a sentence's skeleton, with slots:
  {count:x} {percent:x} {pp:x} {money:x} {number:x} (count or money) {quantity:x} (count,
  money or percent) {year:x} {date:x} {period:x} {duration:x} {ordinal:x} {any:x}
  {counts:x} {percents:x} {pps:x} {numbers:x} — a list joined by commas/"and"
  {list:x} — capitalised names joined by commas and "and"
  {name:x} — a capitalised name; {phrase:x} — words without numbers
  {gap} — up to 150 characters without a quantity (dates, years, ordinals may occur)
  {near} — the same, up to 50 characters within one clause; {text} — anything in the sentence
Matching ignores case except inside names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Claim, Statement
from ..prefilter import lower_as_re
from .required import Requirements, requirements, satisfied
from .skeleton import Skeleton

SLOT_KINDS = {
    "count": "N", "percent": "P", "pp": "Q", "money": "M", "number": "NM", "quantity": "NMP",
    "year": "Y", "date": "D", "period": "T", "duration": "U", "ordinal": "O", "any": "NPQMXYDTUOR",
    "ratio": "X", "change": "NMPQ",
}  # fmt: skip
LIST_KINDS = {"counts": "N", "percents": "P", "pps": "Q", "numbers": "NM", "quantities": "NMP"}
SLOT_RE = re.compile(r"\{(?P<type>[a-z]+)(?::(?P<name>[a-z_][a-z0-9_]*))?\}")
TOKEN_RE = re.compile(r"⟦([A-Z])(\d+)⟧")
WHOLE_OF_PART_RE = re.compile(r"⟦[A-Z]\d+⟧\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?\Z", re.IGNORECASE)
NAME = r"(?-i:[A-Z][\w’'.&-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w’'.&-]*){0,3})"
# Tokens that may sit inside a gap: ordinals, dates, years, periods and durations are not
# the quantities a frame relates ("658 … in the fifth batch … on July 14, 2023, accounting for").
SOFT_TOKEN = r"⟦[ODYTU]\d+⟧"


# Frames from packs outside the shipped folder come from pull requests. Their patterns run
# under the `regex` module's time limit, so one that backtracks without bound gives up on
# that sentence (and is reported once) instead of hanging the run; after MAX_TIMEOUTS it is
# set aside in that process. The shipped frames, exercised by the tests, run on `re`, which
# is faster and needs no extra import.
PATTERN_TIMEOUT = 0.25  # seconds one frame may spend on one sentence
MAX_TIMEOUTS = 3
# (frame origin, frame id, document path) of each time a frame gave up, in this process;
# the pipeline hands them to the report.
GAVE_UP: list[tuple[str, str, str]] = []


class FrameError(ValueError):
    pass


def _token(letters: str, name: str | None) -> str:
    group = f"?P<{name}>" if name else "?:"
    return rf"({group}⟦[{letters}]\d+⟧)"


def compile_pattern(pattern: str) -> re.Pattern[str]:
    def slot(m: re.Match[str]) -> str:
        kind, name = m.group("type"), m.group("name")
        if kind in SLOT_KINDS:
            return _token(SLOT_KINDS[kind], name)
        if kind in LIST_KINDS:
            # An item may be a part of a whole, "34 of the 48 districts": the whole is dropped
            # from the list when it is read (apply_frames).
            one = rf"⟦[{LIST_KINDS[kind]}]\d+⟧"
            tok = rf"{one}(?:\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?{one})?"
            # "€74 million, commercial deals €62 million and matchday income €35 million"
            body = (rf"{tok}(?:(?:[^⟦⟧.;]|{SOFT_TOKEN}){{0,60}}?(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)"
                    rf"(?:[^⟦⟧.;,]{{0,40}}?\s)?{tok})+")
            return f"(?P<{name}>{body})" if name else f"(?:{body})"
        if kind == "list":
            # A name, perhaps with its figure in brackets: "Ashbury (€412 million)".
            item = rf"(?:the\s+)?{NAME}(?:\s*\([^()⟦⟧]{{0,20}}(?:⟦[A-Z]\d+⟧[^()⟦⟧]{{0,20}})?\))?"
            body = rf"{item}(?:\s*,\s*(?:and\s+|or\s+)?{item}|\s+(?:and|or)\s+{item})+"
            return f"(?P<{name}>{body})" if name else f"(?:{body})"
        if kind == "name":
            return f"(?P<{name}>{NAME})" if name else NAME
        if kind == "phrase":
            body = r"[^⟦⟧.;]{1,100}?"
            return f"(?P<{name}>{body})" if name else body
        if kind == "gap":
            return rf"(?:[^⟦⟧]|{SOFT_TOKEN}){{0,150}}?"
        if kind == "near":
            return rf"(?:[^⟦⟧.;]|{SOFT_TOKEN}){{0,50}}?"
        if kind == "text":
            return r"[\s\S]{0,200}?"
        raise FrameError(f"unknown slot type {{{kind}}}")

    try:
        return re.compile(SLOT_RE.sub(slot, pattern), re.IGNORECASE)
    except re.error as exc:
        twice = re.match(r"redefinition of group name '(\w+)'", exc.msg)
        if twice:
            raise FrameError(f"slot {twice.group(1)!r} is used twice in one pattern; give each its own name") from None
        raise FrameError(f"pattern does not compile: {exc.msg}") from None


@dataclass
class CompiledFrame:
    """A frame ready to apply. Made when packs are validated and cached with them; the
    regex itself is compiled on first use, because compiling every frame costs a run on one
    article more than the rest of its analysis, and most frames never see a sentence with
    their required words."""

    id: str
    statement: str
    source: str  # the pattern with its slots expanded into regex
    constants: dict[str, str]
    sentences: int = 1  # how many consecutive sentences of one paragraph the pattern may span
    text_slots: frozenset[str] = frozenset()  # {list:x} slots stay text even when they hold figures
    needs: Requirements = Requirements()  # what a sentence must hold for a match (frame/required.py)
    origin: str = ""  # pack.yaml:LINE:COL of its pattern, for messages
    trusted: bool = True  # shipped with factcheck: run on `re`, without a time limit
    _regex: re.Pattern[str] | None = field(default=None, repr=False)
    _timeouts: int = field(default=0, repr=False)

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            if self.trusted:
                self._regex = re.compile(self.source, re.IGNORECASE)
            else:
                import regex

                self._regex = regex.compile(self.source, regex.IGNORECASE | regex.VERSION0)
        return self._regex

    def matches(self, text: str, path: str) -> list[re.Match[str]]:
        """The pattern's matches in a sentence; for an untrusted frame, none once it has
        spent PATTERN_TIMEOUT on it."""
        if self.trusted:
            return list(self.regex.finditer(text))
        if self._timeouts >= MAX_TIMEOUTS:
            return []
        try:
            return list(self.regex.finditer(text, timeout=PATTERN_TIMEOUT))
        except TimeoutError:
            self._timeouts += 1
            GAVE_UP.append((self.origin, self.id, path))
            return []

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_regex": None}  # a compiled pattern would be recompiled on loading anyway


def compile_frame(frame, origin: str = "", trusted: bool = True) -> CompiledFrame:
    regex = compile_pattern(frame.pattern)
    text_slots = {m.group("name") for m in SLOT_RE.finditer(frame.pattern) if m.group("type") in ("list", "phrase")}
    compiled = CompiledFrame(frame.id, frame.statement, regex.pattern, dict(frame.set), frame.sentences,
                             frozenset(text_slots), requirements(regex), origin, trusted, regex if trusted else None)
    if not trusted:
        try:
            compiled.regex  # the `regex` module must compile it too
        except Exception as exc:  # noqa: BLE001 — regex.error, or an engine limit
            raise FrameError(f"pattern does not compile: {exc}") from None
    return compiled


def _fits(needs: Requirements, letters, count: int) -> bool:
    """Whether a sentence with tokens of these kinds, this many, may match."""
    return count >= needs.tokens and all(not kinds.isdisjoint(letters) for kinds in needs.kinds)


class FrameSet:
    """Frames to try on each sentence. Those that the sentence's kinds of token, or their
    number, rule out are set aside in one look-up: a corpus has few distinct mixes of
    kinds, and testing every frame on every sentence cost a tenth of the analysis."""

    __slots__ = ("frames", "_most_tokens", "_fitting")

    def __init__(self, frames: list[CompiledFrame]):
        self.frames = frames
        self._most_tokens = max((f.needs.tokens for f in frames), default=0)
        self._fitting: dict[tuple[frozenset[str], int], list[CompiledFrame]] = {}

    def may_match(self, skeleton: Skeleton) -> list[CompiledFrame]:
        """The frames whose patterns may match the sentence: the others lack something they
        need (most sentences lack what most frames need), and need not run."""
        key = (frozenset(skeleton.letters), min(len(skeleton.claims), self._most_tokens))
        fitting = self._fitting.get(key)
        if fitting is None:
            fitting = self._fitting[key] = [f for f in self.frames if _fits(f.needs, *key)]
        lowered = lower_as_re(skeleton.text)
        return [f for f in fitting if satisfied(f.needs.words, lowered)]


def apply_frames(frames: FrameSet, skeleton: Skeleton, doc, sentence_index: int, paragraph: int) -> list[Statement]:
    out: list[Statement] = []
    for frame in frames.may_match(skeleton):
        for m in frame.matches(skeleton.text, doc.path):
            slots: dict[str, object] = dict(frame.constants)
            for name, value in m.groupdict().items():
                if value is None:
                    continue
                tokens = TOKEN_RE.findall(value)
                if not tokens or name in frame.text_slots:
                    slots[name] = value.strip()
                elif TOKEN_RE.fullmatch(value):
                    slots[name] = skeleton.claims[int(tokens[0][1])]
                else:
                    claims: list[Claim] = [skeleton.claims[int(t.group(2))] for t in TOKEN_RE.finditer(value)
                                           if not WHOLE_OF_PART_RE.search(value, 0, t.start())]
                    slots[name] = claims
            start = skeleton.source_offset(m.start())
            end = skeleton.source_offset(m.end())
            out.append(Statement(frame.statement, frame.id, slots, doc, start, end, sentence_index, paragraph))
    return out

