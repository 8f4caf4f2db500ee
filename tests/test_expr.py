"""The expression language: syntax errors with columns, interval judgement, and the
properties that matter — a true relation written with rounding is never contradicted, a
relation moved beyond its rounding always is."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.expr import ExpressionError, compare, evaluate, parse
from factcheck.intervals import Interval


def iv(lo, hi=None) -> Interval:
    return Interval(Fraction(lo), Fraction(hi if hi is not None else lo))


@pytest.mark.parametrize(
    "source, column, fragment",
    [
        ("a / b == (c", 11, "expected ')'"),
        ("a / == c", 4, "unexpected '=='"),
        ("a / b", 0, "must compare"),
        ("a ** b == c", 3, "unexpected '*'"),
        ("a == b c", 7, "unexpected 'c'"),
        ("__import__('os') == 1", 11, "unexpected character"),
        ("open(a) == 1", 0, "unknown function 'open'"),
        ("abs(a, b) == 1", 0, "one argument"),
        ("a == ", 5, "ends too soon"),
        ("a ; b == c", 2, "unexpected character ';'"),
    ],
)
def test_syntax_errors_name_their_column(source, column, fragment):
    with pytest.raises(ExpressionError) as err:
        parse(source)
    assert err.value.column == column
    assert fragment in err.value.message


def test_names_are_listed_with_their_columns():
    expr = parse("unemployed / labor_force == rate")
    assert expr.names() == [("unemployed", 0), ("labor_force", 13), ("rate", 28)]


def test_unicode_operators_and_percent_literals():
    truth, _ = evaluate(parse("a × 2 − 1 ÷ 2 ≥ 50%"), {"a": iv(1)})
    assert truth.possible and truth.certain  # 2 - 0.5 = 1.5 ≥ 0.5
    truth, _ = evaluate(parse("a ≠ 1"), {"a": iv(1)})
    assert not truth.possible


def test_precedence_and_chained_comparisons():
    values = {"a": iv(2), "b": iv(3), "c": iv(4)}
    assert evaluate(parse("a + b * c == 14"), values)[0].certain
    assert evaluate(parse("(a + b) * c == 20"), values)[0].certain
    assert evaluate(parse("-a + c == 2"), values)[0].certain
    assert evaluate(parse("a < b < c"), values)[0].certain
    assert not evaluate(parse("a < c < b"), values)[0].possible


def test_functions_over_lists_and_arguments():
    values = {"parts": [iv(1), iv(2), iv(3)], "total": iv(6), "x": iv(-5, -2)}
    assert evaluate(parse("sum(parts) == total"), values)[0].certain
    assert evaluate(parse("count(parts) == 3 and min(parts) == 1 and max(parts, 10) == 10"), values)[0].certain
    assert evaluate(parse("abs(x) >= 2 and abs(x) <= 5"), values)[0].certain


def test_boolean_logic_is_three_valued():
    values = {"a": iv(1, 3)}
    # a in [1, 3]: a == 2 is possible but not certain, so "not a == 2" is possible too.
    assert evaluate(parse("not a == 2"), values)[0].possible
    assert not evaluate(parse("not a <= 3"), values)[0].possible
    assert evaluate(parse("a == 5 or a == 2"), values)[0].possible
    assert not evaluate(parse("a == 5 and a == 2"), values)[0].possible


def test_a_failure_names_the_comparison_and_its_sides():
    truth, failures = evaluate(parse("a / b == rate"), {"a": iv(7), "b": iv(100), "rate": iv("0.05")})
    assert not truth.possible
    (failure,) = failures
    assert failure.left == iv("0.07") and failure.right == iv("0.05")


def test_division_by_an_interval_that_may_be_zero_concludes_nothing():
    truth, _ = evaluate(parse("a / b == 3"), {"a": iv(1), "b": iv(-1, 1)})
    assert truth.possible


@pytest.mark.parametrize(
    "op, a, b, possible, certain",
    [
        ("==", iv(1, 2), iv(2, 3), True, False),
        ("==", iv(1, 2), iv(3, 4), False, False),
        ("<", iv(1, 2), iv(2, 3), True, False),
        ("<", iv(1, 2), iv(3, 4), True, True),
        ("<", iv(3, 4), iv(1, 2), False, False),
        ("<=", iv(2, 3), iv(1, 2), True, False),
        (">=", iv(1, 2), iv(3, 4), False, False),
        ("!=", iv(2), iv(2), False, False),
        ("==", Interval(Fraction(5), None), iv(1, 9), True, False),
    ],
)
def test_comparisons_of_intervals(op, a, b, possible, certain):
    truth = compare(op, a, b)
    assert (truth.possible, truth.certain) == (possible, certain)


# -- properties ------------------------------------------------------------------------------

def rounded(value: Fraction, places: int) -> Interval:
    """The interval a figure written to `places` decimals stands for."""
    written = Decimal(value.numerator) / Decimal(value.denominator)
    written = written.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    half = Fraction(1, 2 * 10**places)
    return Interval(Fraction(written) - half, Fraction(written) + half)


counts = st.integers(min_value=1, max_value=10**7)


@settings(max_examples=300, deadline=None)
@given(part=counts, extra=counts, places=st.integers(min_value=0, max_value=4))
def test_a_true_share_written_with_any_rounding_is_never_contradicted(part, extra, places):
    whole = part + extra
    share = rounded(Fraction(part, whole), places)
    truth, _ = evaluate(parse("part / whole == share"), {"part": iv(part), "whole": iv(whole), "share": share})
    assert truth.possible


@settings(max_examples=300, deadline=None)
@given(part=counts, extra=counts, places=st.integers(min_value=0, max_value=4),
       steps=st.integers(min_value=2, max_value=50), up=st.booleans())
def test_a_share_moved_beyond_its_rounding_is_always_found(part, extra, places, steps, up):
    whole = part + extra
    true_share = rounded(Fraction(part, whole), places)
    unit = Fraction(1, 10**places)
    shift = unit * steps * (1 if up else -1)
    wrong = Interval(true_share.lo + shift, true_share.hi + shift)
    truth, failures = evaluate(parse("part / whole == share"), {"part": iv(part), "whole": iv(whole), "share": wrong})
    assert not truth.possible and failures


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(counts, min_size=1, max_size=6), thousands=st.booleans(), wrong_by=st.integers(1, 5))
def test_sums_of_rounded_parts(parts, thousands, wrong_by):
    """Parts rounded to thousands may add up to a total rounded to thousands (never a false
    error); a total off by more than the parts' slack is always found."""
    def written(n: int) -> Interval:
        if not thousands:
            return iv(n)
        r = round(Fraction(n, 1000)) * 1000
        return Interval(Fraction(r - 500), Fraction(r + 500))

    values = {"parts": [written(p) for p in parts], "total": written(sum(parts))}
    assert evaluate(parse("sum(parts) == total"), values)[0].possible
    slack = 1000 * (len(parts) + 1) if thousands else 0
    values["total"] = written(sum(parts) + slack + wrong_by * (1000 if thousands else 1))
    assert not evaluate(parse("sum(parts) == total"), values)[0].possible
