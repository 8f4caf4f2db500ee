"""Alternations of many words as a trie, for Python's `re`.

`re` tries the branches of "apple|apricot|banana" one after another at every position, so
a pattern of hundreds of words costs hundreds of steps per character. As a trie,
"(?:ap(?:ple|ricot)|banana)", a position fails on its first letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """A regex source matching exactly the given words (as literals), longest first."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            body = f"(?:{body})?"
        return body

    return emit(tree)
