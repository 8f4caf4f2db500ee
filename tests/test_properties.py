"""Hypothesis properties (DESIGN "Interval semantics"): a true value written with any
precision and any hedge that is true of it never yields an error; a figure moved beyond
what its digits allow always does."""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extract.claims import extract
from factcheck.model import Document

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def claims_of(sentence: str):
    doc = Document(path="t.txt", source=sentence, text=sentence)
    return extract(doc).claims


def render(value: Decimal, places: int, mode: str) -> str:
    """The value as a newsroom might write it, to `places` decimals (negative: tens, hundreds…)."""
    q = Decimal(1).scaleb(-places)
    written = value.quantize(q, rounding=mode) if places >= 0 else (value / q).quantize(Decimal(1), rounding=mode) * q
    if places <= 0:
        return f"{int(written):,}"
    return f"{written:,.{places}f}"


HEDGED = {
    # hedge words → rounding mode that keeps the hedge true of the value
    "": ROUND_HALF_UP,
    "about ": ROUND_HALF_EVEN,
    "nearly ": ROUND_CEILING,
    "almost ": ROUND_CEILING,
    "more than ": ROUND_FLOOR,
    "at least ": ROUND_FLOOR,
    "less than ": ROUND_CEILING,
    "up to ": ROUND_CEILING,
}

values = st.integers(min_value=1, max_value=10**9).map(lambda n: Decimal(n) / 1000)


@FAST
@given(value=values, places=st.integers(min_value=-3, max_value=2), hedge=st.sampled_from(sorted(HEDGED)),
       unit=st.sampled_from(["percent", "companies", "million yuan"]))
def test_a_true_rendering_contains_the_value(value, places, hedge, unit):
    mode = HEDGED[hedge]
    text = render(value, places, mode)
    if Decimal(text.replace(",", "")) == 0:
        return
    if hedge == "" and places < 0 and Decimal(text.replace(",", "")) < 1000:
        return  # an unhedged "10 percent" or "40 companies" claims unit precision (see hedges.rounding_unit)
    if hedge in ("nearly ", "almost ") and Decimal(text.replace(",", "")) == value:
        return  # "nearly 9,000" of exactly 9,000 is not true
    if hedge in ("more than ", "less than ") and Decimal(text.replace(",", "")) == value:
        return
    claims = [c for c in claims_of(f"The figure was {hedge}{text} {unit} last year.") if c.kind in ("percent", "count", "money")]
    assert claims, text
    claim = claims[0]
    scale = 10**6 if unit == "million yuan" else 1
    assert claim.strict.contains(Fraction(value) * scale), (text, hedge, claim.strict)


@FAST
@given(value=st.integers(min_value=1000, max_value=10**7), significant=st.integers(min_value=2, max_value=4),
       mode=st.sampled_from([ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN]))
def test_round_figures_may_be_rounded_or_truncated(value, significant, mode):
    """12,668 may be written 12,700, 13,000 or, truncated, 12,000. (Unhedged figures under
    1,000 are read as exact: "100 companies" is not a rounded 101.)"""
    digits = len(str(value))
    places = -(digits - significant)
    text = render(Decimal(value), min(places, 0), mode)
    claim = [c for c in claims_of(f"A total of {text} companies were listed.") if c.kind == "count"][0]
    assert claim.strict.contains(value), (value, text, claim.strict)


# ---- whole articles: share and sum ------------------------------------------------------

parts_and_wholes = st.integers(min_value=50, max_value=20000).flatmap(
    lambda whole: st.tuples(st.integers(min_value=1, max_value=whole - 1), st.just(whole))
)


def _share_text(part: int, whole: int, pct: str, hedge: str = "") -> str:
    return (f"---\ntitle: Survey\ndate: 2024-03-01\n---\n\nOf the {whole:,} workers surveyed, {part:,}, or {hedge}{pct} "
            f"percent, said they expected a pay rise this year.\n")


@FAST
@given(pw=parts_and_wholes, places=st.integers(min_value=0, max_value=2),
       hedge=st.sampled_from(["", "about ", "nearly ", "more than "]))
def test_a_true_share_is_never_an_error(check, pw, places, hedge):
    part, whole = pw
    true = Decimal(part) * 100 / Decimal(whole)
    pct = render(true, places, HEDGED[hedge])
    if hedge in ("nearly ", "more than ") and Decimal(pct) == true:
        return
    findings = check(_share_text(part, whole, pct, hedge))
    assert [f for f in findings if f.severity == "error"] == [], (part, whole, pct, hedge)


@FAST
@given(pw=parts_and_wholes, places=st.integers(min_value=0, max_value=2), units=st.integers(min_value=2, max_value=40),
       sign=st.sampled_from([-1, 1]))
def test_a_share_moved_beyond_rounding_is_always_found(check, pw, places, units, sign):
    part, whole = pw
    if whole % 10 == 0 or part % 10 == 0:
        return  # a round "5,100" or "1,500" may itself be rounded: the share it implies is wider
    true = Decimal(part) * 100 / Decimal(whole)
    step = Decimal(1).scaleb(-places)
    wrong = true.quantize(step, rounding=ROUND_HALF_UP) + sign * units * step
    if wrong <= 0:
        return
    findings = check(_share_text(part, whole, f"{wrong:.{places}f}"))
    errors = [f for f in findings if f.rule == "core/share" and f.severity == "error"]
    assert errors, (part, whole, wrong)
    assert any(c.text.startswith(f"{wrong:.{places}f}") for c in errors[0].claims)


@FAST
@given(parts=st.lists(st.integers(min_value=1, max_value=99999).filter(lambda p: p % 10), min_size=2, max_size=5), shift=st.integers(min_value=1, max_value=500))
def test_sums_true_pass_and_wrong_fail(check, parts, shift):
    """Parts written to the unit (a round "6,150" may itself be rounded, so it is left out)."""
    names = ["north", "south", "east", "west", "centre"]
    listed = ", ".join(f"{p:,} in the {n}" for p, n in zip(parts[:-1], names)) + f" and {parts[-1]:,} in the {names[len(parts) - 1]}"
    right = sum(parts)
    if (right + shift) % 10 == 0:
        return  # "1,030" may be a rounded 1,025: only a total written to the unit is exact
    ok = check(f"The agency counted {listed}, for a total of {right:,}.\n", name="ok.txt")
    assert [f for f in ok if f.severity == "error"] == []
    wrong = check(f"The agency counted {listed}, for a total of {right + shift:,}.\n", name="wrong.txt")
    assert any(f.rule == "core/sum" and f.severity == "error" for f in wrong), (parts, shift)
