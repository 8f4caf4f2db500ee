"""Properties of the binder (issue 13): relations rendered with cues drawn from the core
pack's own lists, operands in random order, distractor figures of other units, years and
subjects around them. A true relation never draws an error; one figure moved well beyond
its rounding always draws an error or a warning that names it.

The cue words come from rules/core.yaml at test time, so a cue added to a list is exercised
here in every word order the templates give."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import packs
from factcheck.pipeline import analyse, build_ruleset, check
from factcheck.read import read_source

CORE = yaml.safe_load((Path(__file__).resolve().parents[1] / "rules" / "core.yaml").read_text(encoding="utf-8"))
CUES = CORE["cues"]
# The restating words that read as English before "N percent" with nothing between.
RESTATES = sorted(w for w in CUES["share"]["restates"] if w not in ("(",) and not w.startswith("or ") and w not in (
    "a share of", "a proportion of", "which is", "which was", "that is"))
MARGINS = sorted(w for w in CUES["difference"]["nouns"] if w in ("margin", "gap", "difference", "lead", "spread"))
DISTRACTORS = [
    "The survey was carried out in {year}.",
    "The agency has a budget of ${money} million.",
    "A separate study of {other:,} households in the capital found similar results.",
    "The figures for {year} will be published next spring.",
]

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True)


def findings(text: str):
    ruleset = build_ruleset(list(packs()))
    corpus = analyse([read_source("a.md", text, None)], ruleset)
    return [f for f in check(corpus, ruleset) if f.severity in ("error", "warning")]


def errors(text: str):
    return [f for f in findings(text) if f.severity == "error"]


def _share_sentence(order: int, part: int, whole: int, pct: str, cue: str, noun: str) -> str:
    return [
        f"Of the {whole:,} {noun} surveyed, {part:,}, {cue} {pct} percent, said they would hire.",
        f"{part:,} of the {whole:,} {noun} surveyed, {cue} {pct} percent, said they would hire.",
        f"The council surveyed {whole:,} {noun}. Some {part:,} of them, {cue} {pct} percent, said they would hire.",
    ][order % 3]


def _article(body: str, distractors: list[int], year: int, money: int, other: int) -> str:
    extra = " ".join(DISTRACTORS[i].format(year=year, money=money, other=other) for i in distractors)
    return f"date 2024-06-01\n\n# Survey results\n\n{body} {extra}\n"


share_case = dict(
    whole=st.integers(500, 90000), frac=st.integers(5, 95), cue=st.sampled_from(RESTATES),
    noun=st.sampled_from(["firms", "households", "workers", "farms"]), order=st.integers(0, 2),
    distractors=st.lists(st.integers(0, len(DISTRACTORS) - 1), max_size=3, unique=True),
    year=st.integers(2015, 2023), money=st.integers(2, 900), other=st.integers(100, 9000),
)


@SETTINGS
@given(**share_case)
def test_a_true_share_with_any_restating_cue_and_order_is_never_an_error(whole, frac, cue, noun, order, distractors,
                                                                        year, money, other):
    part = whole * frac // 100 + 1
    pct = f"{100 * part / whole:.1f}"
    text = _article(_share_sentence(order, part, whole, pct, cue, noun), distractors, year, money, other)
    assert errors(text) == [], text


@SETTINGS
@given(**share_case, off=st.sampled_from([-6, 6, 9]))
def test_a_share_well_off_is_always_found(whole, frac, cue, noun, order, distractors, year, money, other, off):
    part = whole * frac // 100 + 1
    true = 100 * part / whole
    if not 0 < true + off < 100:
        return
    pct = f"{true + off:.1f}"
    text = _article(_share_sentence(order, part, whole, pct, cue, noun), distractors, year, money, other)
    assert any(pct in f.message for f in findings(text)), text


def _margin_sentence(order: int, a: float, b: float, gap: str, noun: str) -> str:
    return [
        f"Turnout was {a:.1f} percent in the north and {b:.1f} percent in the south, a {noun} of {gap} points.",
        f"The north, at {a:.1f} percent, beat the south's {b:.1f} percent, a {noun} of {gap} points.",
    ][order % 2]


@SETTINGS
@given(a=st.integers(300, 900), b=st.integers(100, 299), noun=st.sampled_from(MARGINS), order=st.integers(0, 1),
       distractors=st.lists(st.integers(0, len(DISTRACTORS) - 1), max_size=3, unique=True),
       year=st.integers(2015, 2023), money=st.integers(2, 900), other=st.integers(100, 9000),
       off=st.sampled_from([0, 0, 3.0, -2.5]))
def test_a_margin_with_any_margin_noun(a, b, noun, order, distractors, year, money, other, off):
    a, b = a / 10, b / 10
    gap = f"{a - b + off:.1f}"
    text = _article(_margin_sentence(order, a, b, gap, noun), distractors, year, money, other)
    if off == 0:
        assert errors(text) == [], text
    else:
        assert any(gap in f.message for f in findings(text)), text
