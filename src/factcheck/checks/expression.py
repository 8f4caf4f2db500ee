"""expression: a relation written as arithmetic over named claims, for what no built-in kind
covers ("unemployed / labor_force == rate").

Names are bound either to the slots of a statement (every statement of that kind, from the
pack's frames, is one case) or to measures (every article — or paragraph, or sentence — that
gives one figure for each measure is one case; a measure given two different figures there
is ambiguous and the case is skipped rather than guessed). Percents and percentage points
are fractions (4.5 percent is 0.045); counts are whole numbers. The rule fires when the
expression cannot hold under the strict reading of every figure (the rule's severity), or
only under the ordinary reading (a warning).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Iterator, Literal

from ..expr import Compare, EvalError, Expression, ExpressionError, evaluate, parse
from ..intervals import Interval
from ..model import Claim, claims_in
from . import FORBID_EXTRA, Hit, MeasureName, check
from ._common import show_iv, whole_numbers

HUNDRED = Fraction(100)
SCALED = ("percent", "pp")  # kinds whose figures are hundredths in an expression


@dataclass(frozen=True)
class Params:
    __pydantic_config__ = FORBID_EXTRA
    expression: str
    statement: str | None = None  # names are the slots of this statement kind…
    measures: dict[str, MeasureName] | None = None  # …or each name is a measure
    within: Literal["sentence", "paragraph", "article"] = "article"  # the case, when names are measures

    def problems(self, context) -> Iterator[tuple[str, int | None, str]]:
        """Checked when the pack loads: syntax, and names that nothing defines."""
        try:
            expression = parse(self.expression)
        except ExpressionError as exc:
            yield "expression", exc.column, f"expression: {exc.message}"
            return
        if (self.statement is None) == (self.measures is None):
            yield "expression", None, "give either statement: (names are its slots) or measures: (names are measures)"
            return
        if self.statement is not None:
            if self.statement not in context.statements:
                yield "statement", None, f"no frame makes a {self.statement!r} statement"
                return
            defined, what = context.statements[self.statement], f"a slot of the {self.statement!r} statement"
        else:
            defined, what = set(self.measures or {}), "a key of measures:"
        for name, column in expression.names():
            if name not in defined:
                known = ", ".join(sorted(defined)) or "none"
                yield "expression", column, f"expression: {name!r} is not defined; it must be {what} ({known})"
                return


@lru_cache(maxsize=64)
def _parsed(source: str) -> Expression:
    return parse(source)


@check("expression", params=Params)
def run(corpus, params: Params):
    expression = _parsed(params.expression)
    for bound in _cases(corpus, params):
        hit = _judge(expression, bound)
        if hit is not None:
            yield hit


def _cases(corpus, params: Params) -> Iterator[dict[str, object]]:
    if params.statement is not None:
        for st in corpus.of(params.statement):
            yield dict(st.slots)
        return
    wanted = {measure: name for name, measure in (params.measures or {}).items()}
    units: dict[tuple, dict[str, list[Claim]]] = {}
    for c in corpus.claims:
        name = wanted.get(c.measure) if c.measure else None
        if name is None or "target" in c.qualifiers or "previous" in c.qualifiers:
            continue
        if corpus.measures.is_percent(c.measure) != (c.kind == "percent"):
            continue  # "rose 3 percent" said of a count measure is a change, not its value
        scope = {"article": 0, "paragraph": c.paragraph, "sentence": c.sentence}[params.within]
        key = (c.doc.path, scope, c.qualifiers.get("region"))
        units.setdefault(key, {}).setdefault(name, []).append(c)
    for key in sorted(units, key=str):
        found = units[key]
        if len(found) < len(wanted):
            continue
        chosen = {name: _one(claims) for name, claims in found.items()}
        if all(v is not None for v in chosen.values()):
            yield chosen


def _one(claims: list[Claim]) -> Claim | None:
    """The figure a case gives for a measure: the most precise, when all of them agree."""
    common = claims[0].strict
    for c in claims[1:]:
        common = common.intersection(c.strict)
        if common is None:
            return None  # two different figures: which one the expression means is a guess
    return min(claims, key=lambda c: (c.strict.hi - c.strict.lo) if c.strict.bounded else Fraction(10**18))


def _judge(expression: Expression, bound: dict[str, object]) -> Hit | None:
    try:
        strict_truth, failures = evaluate(expression, _values(bound, "strict"))
        if strict_truth.possible:
            ordinary_truth, failures = evaluate(expression, _values(bound, "ordinary"))
            if ordinary_truth.possible:
                return None
        level = "strict" if not strict_truth.possible else "ordinary"
    except EvalError:
        return None  # a slot this case did not fill, or a list where a number was wanted
    claims = sorted(claims_in(bound), key=lambda c: (c.doc.path, c.start))
    if not claims:
        return None
    failure = failures[0]
    left, right = _shown(expression, failure.node, failure.left, bound), _shown(expression, failure.node, failure.right, bound)
    left_text = _substituted(expression, failure.node.left, bound)
    right_text = _substituted(expression, failure.node.right, bound)
    fields = {name: _said(v) for name, v in bound.items()}
    fields.update({"expression": expression.source, "left": left, "right": right,
                   "left_text": left_text, "right_text": right_text})
    right_name = _bare_name(failure.node.right)
    anchor = bound[right_name] if right_name and isinstance(bound.get(right_name), Claim) else claims[0]
    return Hit(level, claims, fields, f"{left_text} = {left}, but {right_text} = {right} ({expression.text(failure.node)} cannot hold)",
               anchor=anchor)


def _values(bound: dict[str, object], reading: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, v in bound.items():
        if isinstance(v, Claim):
            out[name] = _interval(v, reading)
        elif isinstance(v, list):
            out[name] = [_interval(c, reading) for c in v if isinstance(c, Claim)]
        elif isinstance(v, str):
            try:
                out[name] = Interval.point(Fraction(v))  # a frame's set: {sign: "-1"}
            except (ValueError, ZeroDivisionError):
                pass  # a word, not a number: using it in arithmetic makes the case unjudgeable
    return out


def _interval(claim: Claim, reading: str) -> Interval:
    if claim.kind in ("date", "period"):
        raise EvalError(f"{claim.text} is a date, not a number")
    iv = claim.strict if reading == "strict" else claim.ordinary
    if claim.kind in SCALED:
        return iv.scale(Fraction(1, 100))
    return whole_numbers(iv) if claim.kind == "count" else iv


def _said(value: object) -> str:
    if isinstance(value, Claim):
        return value.said
    if isinstance(value, list):
        return ", ".join(_said(v) for v in value)
    return str(value)


def _bare_name(node) -> str | None:
    return getattr(node, "name", None)


def _shown(expression: Expression, node: Compare, iv: Interval, bound: dict[str, object]) -> str:
    """A side's value; in percent when the comparison involves a percent figure."""
    names = [n for n, _ in Expression(expression.source, node).names()]
    if any(isinstance(bound.get(n), Claim) and bound[n].kind in SCALED for n in names):  # type: ignore[union-attr]
        return f"{show_iv(iv.scale(HUNDRED))} %"
    return show_iv(iv)


def _substituted(expression: Expression, node, bound: dict[str, object]) -> str:
    """The source of a node with each name replaced by the figure it stands for."""
    text = expression.text(node)
    offset = node.start
    for name, column in reversed(Expression(expression.source, node).names()):
        value = bound.get(name)
        if isinstance(value, (Claim, list, str)):
            at = column - offset
            text = text[:at] + _said(value) + text[at + len(name):]
    return text
