"""The pipeline: read → extract → frame → resolve → check, over a corpus of files."""

from __future__ import annotations

import datetime as dt
import gc
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property

from . import relate
from .config import is_disabled
from .extract.claims import Extraction, by_sentence, extract
from .frame import engine
from .frame.engine import CompiledFrame, FrameSet, apply_frames, compile_frame
from .frame.skeleton import build
from .model import SEVERITY_RANK, Claim, Document, Finding, Statement
from .read import discover
from .relate.cues import CueBook
from .resolve import MeasureIndex, resolve


@dataclass
class Corpus:
    extractions: list[Extraction]
    measures: MeasureIndex
    claims: list[Claim] = field(default_factory=list)
    statements: dict[str, list[Statement]] = field(default_factory=dict)
    gave_up: dict[tuple[str, str], str] = field(default_factory=dict)  # (origin, frame id) → first path
    # The kinds of the rules this check runs: two checks that judge one thing (a conversion
    # against the article's other conversions and against the reference rate) report it once.
    running: frozenset[str] = frozenset()
    _by_doc: dict[int, Extraction] = field(default_factory=dict, repr=False)

    @property
    def docs(self) -> list[Document]:
        return [e.doc for e in self.extractions]

    def extraction_of(self, doc: Document) -> Extraction:
        if len(self._by_doc) != len(self.extractions):
            self._by_doc = {id(e.doc): e for e in self.extractions}
        return self._by_doc[id(doc)]

    def sentence_text(self, claim_or_statement) -> str:
        e = self.extraction_of(claim_or_statement.doc)
        return e.sentence_text(claim_or_statement.sentence) if claim_or_statement.sentence >= 0 else ""

    def of(self, kind: str) -> list[Statement]:
        return self.statements.get(kind, [])


@dataclass
class RuleSet:
    rules: list  # pydantic Rule models, in pack order
    frames: list[CompiledFrame]
    measures: MeasureIndex
    cues: CueBook = field(default_factory=CueBook)
    disabled: set[str] = field(default_factory=set)  # rule ids, or pack names for all their rules
    severity_overrides: dict[str, str] = field(default_factory=dict)

    def is_disabled(self, rule_id: str) -> bool:
        return is_disabled(rule_id, self.disabled)

    @cached_property
    def one_sentence_frames(self) -> FrameSet:
        return FrameSet([f for f in self.frames if f.sentences == 1])

    @cached_property
    def spanning_frames(self) -> list[tuple[CompiledFrame, FrameSet]]:
        return [(f, FrameSet([f])) for f in self.frames if f.sentences > 1]


def build_ruleset(packs: list) -> RuleSet:
    rules, frames, measures = [], [], []
    for pack in packs:
        rules.extend(pack.rules)
        frames.extend(getattr(f, "compiled", None) or compile_frame(f) for f in pack.frames)
        measures.extend(pack.measures)
    return RuleSet(rules, frames, MeasureIndex(measures), CueBook.from_packs(packs))


@dataclass
class DocumentAnalysis:
    """Everything one document yields before the corpus-wide checks: what a worker sends back."""

    extraction: Extraction
    statements: list[Statement]
    gave_up: list[tuple[str, str, str]] = field(default_factory=list)  # (origin, frame id, path): frame/engine.py


class StageTimer:
    """Seconds spent in each stage of the pipeline, summed over documents (and workers)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - self._last
        self._last = now

    def add(self, seconds: dict[str, float]) -> None:
        for stage, value in seconds.items():
            self.seconds[stage] = self.seconds.get(stage, 0.0) + value


def analyse_document(doc: Document, ruleset: RuleSet, timer: StageTimer | None = None) -> DocumentAnalysis:
    """Extract, resolve and frame one document. Claims are numbered within it; merge()
    renumbers them across the corpus."""
    timer = timer or StageTimer()
    timer.lap("other")
    ex = extract(doc)
    for i, claim in enumerate(ex.claims):
        claim.index = i
    timer.lap("extract")
    resolve(ex.claims, doc.text, ex.sentences, ruleset.measures)
    timer.lap("resolve")
    statements = _frame(doc, ex, ruleset)
    timer.lap("frame")
    statements += relate.read(doc, ex, ruleset.cues)
    timer.lap("relate")
    gave_up = engine.GAVE_UP[:]
    engine.GAVE_UP.clear()
    return DocumentAnalysis(ex, statements, gave_up)


def _frame(doc: Document, ex: Extraction, ruleset: RuleSet) -> list[Statement]:
    claims_of = by_sentence(ex.claims)
    single, spanning = ruleset.one_sentence_frames, ruleset.spanning_frames
    out: list[Statement] = []
    for si, claims in sorted(claims_of.items()):
        if si < 0:
            continue
        s = ex.sentences[si]
        skeleton = build(doc.text, s.start, s.end, claims)
        out += apply_frames(single, skeleton, doc, si, s.paragraph)
        for frame, alone in spanning:
            last = si
            while last + 1 < len(ex.sentences) and last - si + 1 < frame.sentences \
                    and ex.sentences[last + 1].paragraph == s.paragraph:
                last += 1
            if last == si:
                out += apply_frames(alone, skeleton, doc, si, s.paragraph)
                continue
            joined = [c for j in range(si, last + 1) for c in claims_of.get(j, [])]
            wide = build(doc.text, s.start, ex.sentences[last].end, joined)
            out += [st for st in apply_frames(alone, wide, doc, si, s.paragraph)
                    if any(c.sentence == si for c in st.claims())]
    return out


def merge(analyses: list[DocumentAnalysis], measures: MeasureIndex) -> Corpus:
    """One corpus from documents analysed separately, in path order whatever order they came in."""
    corpus = Corpus([], measures)
    for analysis in sorted(analyses, key=lambda a: a.extraction.doc.path):
        corpus.extractions.append(analysis.extraction)
        for claim in analysis.extraction.claims:
            claim.index = len(corpus.claims)
            corpus.claims.append(claim)
        for st in analysis.statements:
            corpus.statements.setdefault(st.kind, []).append(st)
        for origin, frame_id, path in analysis.gave_up:
            corpus.gave_up.setdefault((origin, frame_id), path)
    return corpus


def analyse(docs: list[Document], ruleset: RuleSet, timer: StageTimer | None = None) -> Corpus:
    return merge([analyse_document(doc, ruleset, timer) for doc in docs], ruleset.measures)


class CheckFailed(Exception):
    """A check raised: a bug, reported as one line naming the rule (exit 2)."""


FIRST_GC_THRESHOLD = 20_000


@contextmanager
def fewer_collections():
    """Run with the cycle collector's first threshold raised. The analysis makes hundreds of
    thousands of small objects that live until the report and form few cycles; at the
    default threshold (700) the collector runs every few claims, ~4% of a run at 5 MB."""
    before = gc.get_threshold()
    gc.set_threshold(FIRST_GC_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def check(corpus: Corpus, ruleset: RuleSet) -> list[Finding]:
    with fewer_collections():
        return _check(corpus, ruleset)


def _check(corpus: Corpus, ruleset: RuleSet) -> list[Finding]:
    from .checks import load_all

    registry = load_all()
    findings: dict[tuple, Finding] = {}
    # A rule that selects measures takes them over from the rules of its kind that select
    # none — even when it is turned off, so that turning it off silences those findings.
    taken: dict[str, set[str]] = {}
    hits_of: dict[tuple, list] = {}
    for rule in ruleset.rules:
        if rule.select is not None:
            taken.setdefault(rule.kind, set()).update(rule.select.measures)
    corpus.running = frozenset(r.kind for r in ruleset.rules if not ruleset.is_disabled(r.id))
    for rule in [r for r in ruleset.rules if not ruleset.is_disabled(r.id)]:
        fn = registry[rule.kind]
        severity = ruleset.severity_overrides.get(rule.id, rule.severity)
        selected = set(rule.select.measures) if rule.select is not None else None
        key = (rule.kind, repr(rule.params))  # rules of one kind and params share one run
        if key not in hits_of:
            try:
                hits_of[key] = list(fn(corpus, rule.params))
            except Exception as exc:  # noqa: BLE001 — a bug must be one line and exit 2, not a traceback
                raise CheckFailed(f"rule {rule.id} could not be checked ({type(exc).__name__}: {exc}); "
                                  "please report this as a factcheck bug") from exc
        for hit in hits_of[key]:
            measures = {c.measure for c in hit.claims if c.measure}
            if selected is not None and not measures & selected:
                continue
            if selected is None and measures & taken.get(rule.kind, set()):
                continue
            level = {"strict": severity, "ordinary": _milder(severity, "warning"), "info": "info"}[hit.level]
            finding = Finding(
                rule=rule.id,
                severity=level,
                message=" ".join(rule.message.format_map(_Fields(hit.fields)).split()),  # a figure may wrap a line
                claims=_unique(hit.claims),
                explanation=hit.explanation,
                anchor=hit.anchor,
                anchor_span=hit.anchor_span,
            )
            if _suppressed(finding):
                continue
            key = (finding.rule, tuple(sorted(id(c) for c in finding.claims)), finding.message)
            findings.setdefault(key, finding)
    return sorted(findings.values(), key=Finding.sort_key)


@dataclass
class RunResult:
    corpus: Corpus
    findings: list[Finding]
    skipped: list  # ReadError: files that could not be read, each with its one-line reason


def run(paths: list[str], packs: list, published: dt.date | None = None, disabled: set[str] | None = None,
        severity_overrides: dict[str, str] | None = None, jobs: int = 1,
        max_file_bytes: int | None = None) -> RunResult:
    """Check files as one corpus. Unreadable files are skipped (and listed), not fatal."""
    from .parallel import analyse_files

    ruleset = build_ruleset(packs)
    ruleset.disabled = set(disabled or ())
    ruleset.severity_overrides = dict(severity_overrides or {})
    corpus, skipped = analyse_files(discover(paths), ruleset, published, jobs=jobs, max_file_bytes=max_file_bytes)
    return RunResult(corpus, check(corpus, ruleset), skipped)


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _milder(a: str, b: str) -> str:
    return a if SEVERITY_RANK[a] > SEVERITY_RANK[b] else b


def _unique(claims: list[Claim]) -> list[Claim]:
    seen: set[int] = set()
    out = []
    for c in claims:
        if id(c) not in seen:
            seen.add(id(c))
            out.append(c)
    return out


def _suppressed(finding: Finding) -> bool:
    loc = finding.location()
    doc = finding.anchor.doc if finding.anchor else finding.anchor_span[0] if finding.anchor_span else finding.claims[0].doc
    for rule, line in doc.suppressed:
        if rule in ("*", finding.rule, finding.rule.split("/")[0]) and (line is None or line == loc["line"]):
            return True
    return False
