"""Words a frame's pattern cannot match without, so that a sentence lacking them is skipped
before the pattern runs (most frames need "from", "than", "respectively", a verb…).

Read from the parse tree of the compiled pattern (the standard library's own regex parser),
not from the pattern text, so alternations, optional parts and repeats are understood: the
result is a list of clauses, each a set of words of which at least one must occur in the
lower-cased sentence. An empty list requires nothing. Skipping can only be wrong if the
parse tree is misread, so anything unexpected requires nothing.
"""

from __future__ import annotations

import re

try:  # Python ≥ 3.11
    from re import _constants as C
    from re import _parser as parser
except ImportError:  # Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

MIN_WORD = 3  # shorter literals ("to", "of") occur in nearly every sentence


def required_words(regex: re.Pattern[str]) -> list[frozenset[str]]:
    try:
        return _clauses(parser.parse(regex.pattern, regex.flags))
    except Exception:  # noqa: BLE001 — a private module's shape may change; then filter nothing
        return []


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
        if len(word) >= MIN_WORD:
            out.append(frozenset([word]))
        run.clear()

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is C.SUBPATTERN:
            out.extend(_clauses(av[-1]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            out.extend(_clauses(av[2]))
        elif op is C.BRANCH:
            options: set[str] = set()
            for alternative in av[1]:
                clauses = _clauses(alternative)
                if not clauses:
                    break  # this alternative needs no word: the branch requires nothing
                options |= min(clauses, key=len)  # its most selective clause
            else:
                out.append(frozenset(options))
    flush()
    return out
