"""Frames skip sentences that lack a word their pattern needs; never one it could match."""

from __future__ import annotations

import re
from pathlib import Path

from factcheck.frame.engine import compile_pattern
from factcheck.frame.required import required_words, satisfied
from factcheck.frame.skeleton import build
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


def test_a_frame_never_matches_a_sentence_its_required_words_would_skip():
    ruleset = build_ruleset(load_packs())
    docs = [read_document(p) for p in discover([str(ROOT / "examples"), str(ROOT / "tests" / "corpus")])]
    corpus = analyse(docs, ruleset)
    skeletons = []
    for ex in corpus.extractions:
        for i, s in enumerate(ex.sentences):
            claims = [c for c in ex.claims if c.sentence == i]
            skeletons.append(build(ex.doc.text, s.start, s.end, claims).text)
    matched = 0
    for frame in ruleset.frames:
        for text in skeletons:
            if frame.regex.search(text):
                matched += 1
                assert satisfied(frame.words, text.lower()), (frame.id, text)
    assert matched > 100


def test_compiled_frames_carry_their_required_words():
    regex = compile_pattern("{count:a} rose from {count:b} to {count:c}")
    assert required_words(regex) == [frozenset({"rose from"})]
