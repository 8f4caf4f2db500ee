"""Hypothesis properties (DESIGN "Interval semantics"): a true value written with any
precision and any hedge that is true of it never yields an error; a figure moved beyond
what its digits allow always does."""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extract.claims import extract
from factcheck.intervals import Interval
from factcheck.model import Document

from conftest import check_paths

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


# ---- regressions: false alarms and misses found by tests/test_fuzz_articles.py ----------


def _complaints(findings, rule=None):
    return [f for f in findings if f.severity in ("error", "warning") and (rule is None or f.rule == rule)]


def test_the_year_a_budget_is_for_is_not_an_event(check):
    assert _complaints(check("date 2024-12-12\n\nThe council adopted a $1.19 billion budget for 2025 on Tuesday.\n")) == []
    opened = check("date 2024-03-14\n\nThe new library opened in 2025, the council said.\n")
    assert [f.rule for f in _complaints(opened)] == ["dates/event-after-publication"]


def test_listed_counts_are_parts_only_of_a_count_of_the_same_thing(check):
    other_nouns = check("date 2024-05-13\n\nThe survey covered 40 towns. Turnout was high: 12 voters in the north, "
                        "15 in the south and 19 in the east said they would vote again.\n")
    assert _complaints(other_nouns) == []
    same_noun = check("date 2024-05-13\n\nThe city has 642,300 residents. Of those, 301,000 residents live in the "
                      "north, 201,500 in the south and 150,400 in the east.\n")
    assert [f.rule for f in _complaints(same_noun)] == ["core/sum"]


def test_a_share_in_brackets_names_its_whole_after_the_bracket(check):
    # Found by the article fuzzer: "(10 percent) of the 149,551" was read as naming no whole.
    wrong = check("date 2022-01-01\n\nThe Greens won 32,902 votes (10 percent) of the 149,551 valid votes cast.\n")
    assert [f.rule for f in _complaints(wrong)] == ["core/share"]
    right = check("date 2022-01-01\n\nThe Greens won 32,902 votes (22 percent) of the 149,551 valid votes cast.\n")
    assert _complaints(right) == []


def test_a_hedged_conversion_is_read_with_its_hedge(check):
    # £18 million at the article's own rate (1.364 $/£) is $24.6 million: "more than $23 million" is true.
    findings = check("The board proposed a dividend of £18 million (more than $23 million). Capital spending came to "
                     "£36 million ($49.1 million).\n")
    assert _complaints(findings) == []


def test_every_conversion_is_compared_with_every_other(check):
    # The first conversion is too rough to disagree with anything; the other two disagree.
    findings = check("The board proposed a dividend of 1 million rupees ($10,800). Capital spending came to 16 million "
                     "rupees ($258,547). The company also booked 6 million rupees ($69,120) in one-off costs.\n")
    [finding] = _complaints(findings)
    assert finding.rule == "core/conversion" and {c.text for c in finding.claims} >= {"$258,547", "$69,120"}


def test_a_count_is_not_taken_for_the_count_before_a_later_batch(check):
    # "China has now named 10,001" is the count after the fourth batch, not after the third.
    findings = check('date 2022-01-01\n\nThe first three batches of national "little giant" enterprises named a total '
                     'of more than 5,500 companies. The fourth batch, announced by the Ministry of Industry and '
                     'Information Technology on December 31, 2021, added 4,500 "little giant" enterprises. Across all '
                     'four lists, the cumulative number of little giants nationwide has now reached 10,001. China has '
                     'now named 10,001 "little giant" firms.\n')
    assert _complaints(findings) == []


BATCHES = ('date {date}\n\nThe first two batches of national "little giant" enterprises named a total of {two} companies. '
           'The third batch, announced by the Ministry of Industry and Information Technology on December 31, 2021, '
           'added 200 "little giant" enterprises. Across all three lists, the cumulative number of little giants '
           'nationwide has now reached {three}.\n')


def test_counts_after_different_numbers_of_batches_are_different_quantities(tmp_path):
    def corpus(*articles):
        paths = []
        for i, text in enumerate(articles):
            (tmp_path / f"{i}.md").write_text(text, encoding="utf-8")
            paths.append(tmp_path / f"{i}.md")
        return check_paths(paths)

    same_day = BATCHES.format(date="2022-01-01", two="400", three="600")
    next_day = BATCHES.format(date="2022-01-02", two="400", three="600")
    assert _complaints(corpus(same_day, same_day)) == []
    assert _complaints(corpus(same_day, next_day)) == []
    # The count after two batches still cannot fall from one day to the next.
    fallen = corpus(same_day, BATCHES.format(date="2022-01-02", two="300", three="500"))
    assert "little-giants/never-decreases" in {f.rule for f in _complaints(fallen)}


# ---- interval arithmetic: every value of the operands gives a value of the result ----------

rationals = st.fractions(min_value=-1000, max_value=1000, max_denominator=50)


@st.composite
def interval_with_member(draw):
    """An interval, bounded or not on either side, and a number inside it."""
    x = draw(rationals)
    lo = draw(st.one_of(st.none(), st.just(x), rationals.filter(lambda v: v <= x), st.just(Fraction(0)).filter(lambda v: v <= x)))
    hi = draw(st.one_of(st.none(), st.just(x), rationals.filter(lambda v: v >= x), st.just(Fraction(0)).filter(lambda v: v >= x)))
    return Interval(lo, hi), x


@settings(max_examples=600, deadline=None)
@given(a=interval_with_member(), b=interval_with_member())
def test_interval_arithmetic_holds_every_combination(a, b):
    (ia, x), (ib, y) = a, b
    assert (ia + ib).contains(x + y)
    assert (ia - ib).contains(x - y)
    assert (ia * ib).contains(x * y)
    assert ia.magnitude().contains(abs(x)) and ia.magnitude().lo is not None and ia.magnitude().lo >= 0
    if y != 0:  # no figure we divide by is 0
        assert (ia / ib).contains(x / y), (ia, ib, ia / ib)


def test_a_divisor_reaching_0_from_one_side_still_bounds_the_quotient():
    money, under_50 = Interval.point(Fraction(86)), Interval(Fraction(0), Fraction(50))
    assert (money / under_50).lo == Fraction(86, 50) and (money / under_50).hi is None
    assert (money / Interval(Fraction(-50), Fraction(0))).hi == Fraction(-86, 50)
    assert money / Interval(Fraction(-1), Fraction(1)) == Interval(None, None)  # either side of 0: nothing
    assert money / Interval(None, Fraction(50)) == Interval(None, None)
