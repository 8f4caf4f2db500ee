"""The expression language of the `expression` rule kind: arithmetic over named claims,
judged with interval arithmetic.

    unemployed / labor_force == rate
    abs(new - old) == by
    sum(parts) <= total and min(parts) >= 0

Numbers, names, + − × ÷ (also - * /), unary minus, parentheses, comparisons (== = != ≠ < <=
≤ > >= ≥, chainable), and/or/not, and the functions min, max, abs, sum and count; "5%" is
0.05. Hand-written (a tokenizer and a recursive-descent parser, about the size of a page) so
that no part of a pack is ever evaluated as Python and every syntax error has a column.

A comparison between intervals is *possible* when some values inside them satisfy it and
*certain* when all do; a rule fires when its expression is not possible.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Union

from .intervals import Interval, total

FUNCTIONS = ("min", "max", "abs", "sum", "count")
COMPARISONS = {"==": "==", "=": "==", "!=": "!=", "≠": "!=", "<": "<", "<=": "<=", "≤": "<=",
               ">": ">", ">=": ">=", "≥": ">="}  # fmt: skip
ARITHMETIC = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
TOKEN_RE = re.compile(
    r"\s*(?:(?P<number>\d+(?:\.\d+)?%?)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op>==|!=|<=|>=|[=≠<>≤≥+\-−*×/÷(),]))"
)


class ExpressionError(ValueError):
    """A syntax error, with the 0-based column in the expression where it was found."""

    def __init__(self, message: str, column: int):
        super().__init__(message)
        self.message, self.column = message, column


class EvalError(ValueError):
    """A value of the wrong shape at evaluation time (a list where a number was wanted)."""


# -- syntax tree ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Num:
    value: Fraction
    start: int
    end: int


@dataclass(frozen=True)
class Name:
    name: str
    start: int
    end: int


@dataclass(frozen=True)
class Call:
    function: str
    args: tuple
    start: int
    end: int


@dataclass(frozen=True)
class Unary:
    op: str  # "-" or "not"
    operand: "Node"
    start: int
    end: int


@dataclass(frozen=True)
class Binary:
    op: str  # + - * / and or
    left: "Node"
    right: "Node"
    start: int
    end: int


@dataclass(frozen=True)
class Compare:
    op: str
    left: "Node"
    right: "Node"
    start: int
    end: int


Node = Union[Num, Name, Call, Unary, Binary, Compare]


@dataclass(frozen=True)
class Expression:
    source: str
    tree: Node

    def names(self) -> list[tuple[str, int]]:
        """Every name the expression uses, with its column, in order."""
        out: list[tuple[str, int]] = []
        _walk_names(self.tree, out)
        return out

    def text(self, node: Node) -> str:
        return self.source[node.start : node.end]


def _walk_names(node: Node, out: list) -> None:
    if isinstance(node, Name):
        out.append((node.name, node.start))
    elif isinstance(node, Call):
        for arg in node.args:
            _walk_names(arg, out)
    elif isinstance(node, Unary):
        _walk_names(node.operand, out)
    elif isinstance(node, (Binary, Compare)):
        _walk_names(node.left, out)
        _walk_names(node.right, out)


# -- parser --------------------------------------------------------------------------------

def parse(source: str) -> Expression:
    tokens = _tokenize(source)
    parser = _Parser(source, tokens)
    tree = parser.boolean()
    if parser.peek() is not None:
        kind, text, col = parser.peek()
        raise ExpressionError(f"unexpected {text!r}", col)
    if not _is_boolean(tree):
        raise ExpressionError("the expression must compare two sides (==, <, <=, >, >=, !=)", 0)
    return Expression(source, tree)


def _tokenize(source: str) -> list[tuple[str, str, int]]:
    tokens, pos = [], 0
    while pos < len(source):
        if source[pos:].strip() == "":
            break
        m = TOKEN_RE.match(source, pos)
        if not m or m.end() == pos:
            col = pos + len(source[pos:]) - len(source[pos:].lstrip())
            raise ExpressionError(f"unexpected character {source[col]!r}", col)
        kind = m.lastgroup
        text = m.group(kind)
        col = m.start(kind)
        if kind == "name" and text in ("and", "or", "not"):
            kind = "op"
        tokens.append((kind, text, col))
        pos = m.end()
    return tokens


def _is_boolean(node: Node) -> bool:
    if isinstance(node, Compare):
        return True
    if isinstance(node, Unary) and node.op == "not":
        return _is_boolean(node.operand)
    if isinstance(node, Binary) and node.op in ("and", "or"):
        return _is_boolean(node.left) and _is_boolean(node.right)
    return False


class _Parser:
    def __init__(self, source: str, tokens: list[tuple[str, str, int]]):
        self.source, self.tokens, self.i = source, tokens, 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, *texts: str):
        tok = self.peek()
        if tok is not None and tok[0] == "op" and tok[1] in texts:
            self.i += 1
            return tok
        return None

    def expect(self, text: str, what: str):
        tok = self.take(text)
        if tok is None:
            found = self.peek()
            col = found[2] if found else len(self.source)
            raise ExpressionError(f"expected {what}, found {repr(found[1]) if found else 'the end'}", col)
        return tok

    def boolean(self) -> Node:
        node = self.conjunction()
        while self.take("or"):
            right = self.conjunction()
            node = Binary("or", node, right, node.start, right.end)
        return node

    def conjunction(self) -> Node:
        node = self.negation()
        while self.take("and"):
            right = self.negation()
            node = Binary("and", node, right, node.start, right.end)
        return node

    def negation(self) -> Node:
        tok = self.take("not")
        if tok:
            operand = self.negation()
            return Unary("not", operand, tok[2], operand.end)
        return self.comparison()

    def comparison(self) -> Node:
        left = self.sum()
        pairs = []
        while (tok := self.take(*COMPARISONS)) is not None:
            right = self.sum()
            pairs.append(Compare(COMPARISONS[tok[1]], left, right, left.start, right.end))
            left = right
        if not pairs:
            return left
        node: Node = pairs[0]
        for pair in pairs[1:]:  # a <= b <= c  →  a <= b and b <= c
            node = Binary("and", node, pair, node.start, pair.end)
        return node

    def sum(self) -> Node:
        node = self.product()
        while (tok := self.take("+", "-", "−")) is not None:
            right = self.product()
            node = Binary(ARITHMETIC[tok[1]], node, right, node.start, right.end)
        return node

    def product(self) -> Node:
        node = self.unary()
        while (tok := self.take("*", "×", "/", "÷")) is not None:
            right = self.unary()
            node = Binary(ARITHMETIC[tok[1]], node, right, node.start, right.end)
        return node

    def unary(self) -> Node:
        tok = self.take("-", "−", "+")
        if tok:
            operand = self.unary()
            return operand if tok[1] == "+" else Unary("-", operand, tok[2], operand.end)
        return self.atom()

    def atom(self) -> Node:
        tok = self.peek()
        if tok is None:
            raise ExpressionError("the expression ends too soon", len(self.source))
        kind, text, col = tok
        if kind == "number":
            self.i += 1
            value = Fraction(text.rstrip("%")) / (100 if text.endswith("%") else 1)
            return Num(value, col, col + len(text))
        if kind == "name":
            self.i += 1
            if self.take("("):
                if text not in FUNCTIONS:
                    raise ExpressionError(f"unknown function {text!r} (there are {', '.join(FUNCTIONS)})", col)
                args = [] if self.peek() and self.peek()[1] == ")" else [self.sum()]
                while self.take(","):
                    args.append(self.sum())
                close = self.expect(")", "')'")
                if not args:
                    raise ExpressionError(f"{text}() needs an argument", col)
                if text == "abs" and len(args) != 1:
                    raise ExpressionError("abs() takes one argument", col)
                return Call(text, tuple(args), col, close[2] + 1)
            return Name(text, col, col + len(text))
        if self.take("("):
            node = self.boolean()
            close = self.expect(")", "')'")
            return _regroup(node, col, close[2] + 1)
        raise ExpressionError(f"unexpected {text!r}", col)


def _regroup(node: Node, start: int, end: int) -> Node:
    """A parenthesised node keeps its parentheses in its source span."""
    return dataclasses.replace(node, start=start, end=end)


# -- evaluation ----------------------------------------------------------------------------

Value = Union[Interval, list]  # a number or a list of numbers (a {numbers:x} slot)


@dataclass(frozen=True)
class Truth:
    possible: bool
    certain: bool


@dataclass(frozen=True)
class Failure:
    """A comparison that cannot hold, with the values of its two sides."""

    node: Compare
    left: Interval
    right: Interval


def evaluate(expression: Expression, values: dict[str, Value]) -> tuple[Truth, list[Failure]]:
    failures: list[Failure] = []
    truth = _truth(expression.tree, values, failures)
    return truth, failures


def _truth(node: Node, values: dict[str, Value], failures: list[Failure]) -> Truth:
    if isinstance(node, Compare):
        left, right = _number(node.left, values), _number(node.right, values)
        truth = compare(node.op, left, right)
        if not truth.possible:
            failures.append(Failure(node, left, right))
        return truth
    if isinstance(node, Unary):  # not
        inner = _truth(node.operand, values, [])
        truth = Truth(possible=not inner.certain, certain=not inner.possible)
        if not truth.possible and isinstance(node.operand, Compare):
            failures.append(Failure(node.operand, _number(node.operand.left, values), _number(node.operand.right, values)))
        return truth
    assert isinstance(node, Binary)
    left, right = _truth(node.left, values, failures), _truth(node.right, values, failures)
    if node.op == "and":
        return Truth(left.possible and right.possible, left.certain and right.certain)
    return Truth(left.possible or right.possible, left.certain or right.certain)


def compare(op: str, a: Interval, b: Interval) -> Truth:
    def lt(x, y) -> bool:  # x < y where None is −∞ for x's lower end and +∞ for y's upper end
        return x is None or y is None or x < y

    def le(x, y) -> bool:
        return x is None or y is None or x <= y

    equal_certain = a.bounded and b.bounded and a.lo == a.hi == b.lo == b.hi
    if op == "==":
        return Truth(a.intersects(b), equal_certain)
    if op == "!=":
        return Truth(not equal_certain, not a.intersects(b))
    if op == "<":
        return Truth(lt(a.lo, b.hi), a.hi is not None and b.lo is not None and a.hi < b.lo)
    if op == "<=":
        return Truth(le(a.lo, b.hi), a.hi is not None and b.lo is not None and a.hi <= b.lo)
    if op == ">":
        return compare("<", b, a)
    return compare("<=", b, a)  # >=


def _number(node: Node, values: dict[str, Value]) -> Interval:
    value = _value(node, values)
    if isinstance(value, list):
        raise EvalError("a list where a number was wanted; use sum(), min(), max() or count()")
    return value


def _value(node: Node, values: dict[str, Value]) -> Value:
    if isinstance(node, Num):
        return Interval.point(node.value)
    if isinstance(node, Name):
        if node.name not in values:
            raise EvalError(f"{node.name} has no value here")
        return values[node.name]
    if isinstance(node, Unary):
        return -_number(node.operand, values)
    if isinstance(node, Call):
        args: list[Interval] = []
        for arg in node.args:
            v = _value(arg, values)
            args.extend(v if isinstance(v, list) else [v])
        return _call(node.function, args)
    if isinstance(node, Binary):
        left, right = _number(node.left, values), _number(node.right, values)
        if node.op == "+":
            return left + right
        if node.op == "-":
            return left - right
        if node.op == "*":
            return left * right
        if node.op == "/":
            return left / right
    raise EvalError("a comparison where a number was wanted")


def _call(function: str, args: list[Interval]) -> Interval:
    if function == "count":
        return Interval.point(len(args))
    if not args:
        raise EvalError(f"{function}() of an empty list")
    if function == "sum":
        return total(args)
    if function == "abs":
        (a,) = args
        if a.lo is not None and a.lo >= 0:
            return a
        if a.hi is not None and a.hi <= 0:
            return -a
        ends = [abs(b) if b is not None else None for b in (a.lo, a.hi)]
        return Interval(Fraction(0), None if None in ends else max(ends))  # type: ignore[type-var]
    lows = [a.lo for a in args]
    highs = [a.hi for a in args]
    if function == "min":
        return Interval(None if None in lows else min(lows), min((h for h in highs if h is not None), default=None))
    return Interval(max((lo for lo in lows if lo is not None), default=None), None if None in highs else max(highs))
