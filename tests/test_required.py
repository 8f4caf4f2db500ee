"""Frames skip sentences that lack what their pattern needs; never one it could match."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.frame.engine import FrameSet, compile_pattern
from factcheck.frame.required import Requirements, required_words, requirements, satisfied
from factcheck.frame.skeleton import KIND_LETTERS, Skeleton, build
from factcheck.packs import load_packs
from factcheck.pipeline import analyse, build_ruleset
from factcheck.read import discover, read_document

ROOT = Path(__file__).resolve().parents[1]


def test_required_words_understand_alternatives_options_and_repeats():
    clauses = required_words(re.compile(r"(?:rose|fell) (?:sharply )?from \d+(?:, up (?:by)?)? to (?:a|b)+ total", re.I))
    assert clauses == [frozenset({"rose", "fell"}), frozenset({"from"}), frozenset({"total"})]
    assert required_words(re.compile(r"(?:rose|up) from")) == [frozenset({"from"})]  # "up" is too short to filter by
    assert required_words(re.compile(r"(?:over)?\d+")) == []
    assert satisfied(required_words(re.compile(r"(?:rose|fell) from", re.I)), "it fell from 5 to 4")
    assert not satisfied(required_words(re.compile(r"(?:rose|fell) from", re.I)), "it fell to 4")


def test_required_tokens_count_slots_lists_and_options():
    needs = requirements(compile_pattern("{count:a} rose from {number:b} to {percent:c}(?:, or {pp:d})?"))
    assert needs.kinds == (frozenset("N"), frozenset("NM"), frozenset("P"))  # the optional {pp:d} requires nothing
    assert needs.tokens == 3
    assert requirements(compile_pattern("{numbers:parts}")).tokens == 2  # a list holds two at least
    assert requirements(compile_pattern("(?:{count:a}|{percent:b} and {pp:c}) rose")).tokens == 1
    assert requirements(compile_pattern("(?:{count:a}|{percent:b}) rose")).kinds == (frozenset("NP"),)
    assert requirements(compile_pattern("{count:n} firms:\\s*{list:items}")).words == (frozenset({"firms:"}),)
    assert requirements(compile_pattern("{count:n}[^.]{0,9}:\\s*{list:items}")).words == (frozenset({":"}),)


def _skeleton(text: str) -> Skeleton:
    tokens = re.findall(r"⟦([A-Z])(\d+)⟧", text)
    return Skeleton(text, dict(enumerate(tokens)), [(0, 0)], {letter for letter, _ in tokens})  # type: ignore[arg-type]


def test_a_frame_without_its_optional_percent_is_framed():
    # The prefilter once required every slot's kind, even an optional one's, and so never
    # framed "rose from 3,120 to 4,480, an increase of 500" (no percent in the sentence).
    from types import SimpleNamespace

    from factcheck.frame.engine import compile_frame

    frame = compile_frame(SimpleNamespace(
        id="from-to", statement="change", set={}, sentences=1,
        pattern="(?P<dir>rose|fell) from {quantity:old} to {quantity:new}(?:, an increase of {change:delta}"
                "(?:,? or {percent:pct})?)?"))
    text = "Exports rose from ⟦N0⟧ to ⟦N1⟧, an increase of ⟦N2⟧."
    assert frame.regex.search(text)
    assert frame in FrameSet([frame]).may_match(_skeleton(text))


def _corpus_skeletons() -> list[Skeleton]:
    ruleset = build_ruleset(load_packs())
    docs = [read_document(p) for p in discover([str(ROOT / "examples"), str(ROOT / "tests" / "corpus")])]
    corpus = analyse(docs, ruleset)
    skeletons = []
    for ex in corpus.extractions:
        for i, s in enumerate(ex.sentences):
            claims = [c for c in ex.claims if c.sentence == i]
            skeletons.append(build(ex.doc.text, s.start, s.end, claims))
    return skeletons


def test_a_frame_never_matches_a_sentence_its_requirements_would_skip():
    frames = FrameSet(build_ruleset(load_packs()).frames)  # the pipeline's own filter
    matched = skipped = 0
    for skeleton in _corpus_skeletons():
        passing = frames.may_match(skeleton)
        for frame in frames.frames:
            if frame.regex.search(skeleton.text):
                matched += 1
                assert frame in passing, (frame.id, skeleton.text)
            elif frame not in passing:
                skipped += 1
    assert matched > 100
    assert skipped > 10 * matched  # and the filter does skip most sentences


# Sentences that some frame matches, from the shipped articles, to be cut and altered.
_MATCHED = sorted({sk.text for sk in _corpus_skeletons() for f in build_ruleset(load_packs()).frames if f.regex.search(sk.text)})
_LETTERS = sorted(set(KIND_LETTERS.values()))


@st.composite
def _altered_sentences(draw) -> str:
    words = draw(st.sampled_from(_MATCHED)).split(" ")
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(words) - 1))
        edit = draw(st.sampled_from(["drop", "drop-run", "kind", "duplicate"]))
        if edit == "drop":
            del words[i]
        elif edit == "drop-run":
            del words[i : i + draw(st.integers(2, 8))]
        elif edit == "kind":  # a token of another kind: "⟦N3⟧" → "⟦P3⟧"
            words[i] = re.sub(r"⟦[A-Z]", lambda m: "⟦" + draw(st.sampled_from(_LETTERS)), words[i])
        else:
            words.insert(i, words[i])
        if not words:
            words = ["⟦N0⟧"]
    return " ".join(words)


@settings(max_examples=400, deadline=None)
@given(_altered_sentences())
def test_no_frame_matches_an_altered_sentence_its_requirements_would_skip(text):
    frames = FrameSet(build_ruleset(load_packs()).frames)
    passing = frames.may_match(_skeleton(text))
    for frame in frames.frames:
        if frame.regex.search(text):
            assert frame in passing, (frame.id, text)


def test_compiled_frames_carry_their_requirements():
    regex = compile_pattern("{count:a} rose from {count:b} to {count:c}")
    assert required_words(regex) == [frozenset({"rose from"})]
    assert requirements(regex) == Requirements((frozenset({"rose from"}),), (frozenset("N"),) * 3, 3)
