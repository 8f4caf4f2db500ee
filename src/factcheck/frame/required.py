"""What a frame's pattern cannot match without, so that a sentence lacking it is skipped
before the pattern runs: words (most frames need "from", "than", "respectively", a verb…),
tokens of given kinds ("⟦P…⟧" for a share), and a number of tokens (a list needs two).

Read from the parse tree of the compiled pattern (the standard library's own regex parser),
not from the pattern text, so alternations, optional parts and repeats are understood: an
optional slot requires nothing. Skipping can only be wrong if the parse tree is misread, so
anything unexpected requires nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

try:  # Python ≥ 3.11
    from re import _constants as C
    from re import _parser as parser
except ImportError:  # Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

MIN_WORD = 3  # shorter literals ("to", "of") occur in nearly every sentence…
RARE_MARKS = frozenset(":;(")  # …but these marks are rare enough to filter by
TOKEN_OPEN = ord("⟦")


@dataclass(frozen=True)
class Requirements:
    """Each clause of `words` is a set of which one must occur in the lower-cased sentence;
    each clause of `kinds` a set of token letters of which one must occur; and the sentence
    must hold at least `tokens` tokens."""

    words: tuple[frozenset[str], ...] = ()
    kinds: tuple[frozenset[str], ...] = ()
    tokens: int = 0


def requirements(regex: re.Pattern[str]) -> Requirements:
    try:
        items = parser.parse(regex.pattern, regex.flags)
        return Requirements(tuple(_clauses(items)), tuple(_kinds(items)), _tokens(items))
    except Exception:  # noqa: BLE001 — a private module's shape may change; then filter nothing
        return Requirements()


def required_words(regex: re.Pattern[str]) -> list[frozenset[str]]:
    return list(requirements(regex).words)


def satisfied(clauses, lowered: str) -> bool:
    for clause in clauses:  # plain loops: this runs for every frame on every sentence
        for word in clause:
            if word in lowered:
                break
        else:
            return False
    return True


def _clauses(items) -> list[frozenset[str]]:
    out: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        word = "".join(run).strip().lower()
        if len(word) >= MIN_WORD or (len(word) == 1 and word in RARE_MARKS):
            out.append(frozenset([word]))
        run.clear()

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        flush()
        out.extend(_inside(op, av, _clauses))
    flush()
    return out


def _kinds(items) -> list[frozenset[str]]:
    """Token letters required: "⟦" followed by a capital or a class of them is a slot."""
    out: list[frozenset[str]] = []
    items = list(items)
    for i, (op, av) in enumerate(items):
        if op is C.LITERAL and av == TOKEN_OPEN and i + 1 < len(items):
            letters = _slot_letters(*items[i + 1])
            if letters:
                out.append(letters)
        else:
            out.extend(_inside(op, av, _kinds))
    return out


def _tokens(items) -> int:
    """The fewest tokens ("⟦") any match holds."""
    count = 0
    for op, av in items:
        if op is C.LITERAL and av == TOKEN_OPEN:
            count += 1
        elif op is C.SUBPATTERN:
            count += _tokens(av[-1])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            count += av[0] * _tokens(av[2])
        elif op is C.BRANCH:
            count += min(_tokens(alternative) for alternative in av[1])
    return count


def _inside(op, av, walk) -> list[frozenset[str]]:
    """What a group, a repeat that must occur once or a branch requires, read by `walk`."""
    if op is C.SUBPATTERN:
        return walk(av[-1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
        return walk(av[2])
    if op is C.BRANCH:
        return _either(walk(alternative) for alternative in av[1])
    return []


def _either(alternatives) -> list[frozenset[str]]:
    """What a branch requires: one of each alternative's most selective clause, or nothing
    if some alternative requires nothing."""
    options: set[str] = set()
    for clauses in alternatives:
        if not clauses:
            return []
        options |= min(clauses, key=len)
    return [frozenset(options)]


def _slot_letters(op, av) -> frozenset[str] | None:
    """The letters a token's kind may be, read from what follows its "⟦": "N" or "[NMP]"."""
    if op is C.LITERAL:
        return _letters([(op, av)])
    if op is C.IN:
        return _letters(av)
    return None


def _letters(items) -> frozenset[str] | None:
    """The capital letters of a character class like [NMP]; None for anything else."""
    letters = set()
    for op, av in items:
        if op is C.LITERAL and chr(av).isupper():
            letters.add(chr(av))
        elif op is C.RANGE and all(chr(x).isupper() for x in av):
            letters.update(chr(x) for x in range(av[0], av[1] + 1))
        else:
            return None
    return frozenset(letters)
