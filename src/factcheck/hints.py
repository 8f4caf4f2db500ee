"""The "did you mean …?" of every message about a misspelt name (a rule id, a measure, a
key): one wording, and difflib imported only when a name is wrong."""

from __future__ import annotations

from collections.abc import Iterable


def did_you_mean(word: object, choices: Iterable[str], otherwise: str = "") -> str:
    """" (did you mean 'x'?)" for the choice closest to `word`, else `otherwise`."""
    import difflib

    close = difflib.get_close_matches(str(word), list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else otherwise
