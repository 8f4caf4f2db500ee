"""Cheap word tests that stand in front of an expensive pattern, and read words as `re` does.

Tries: `re` tries the branches of "apple|apricot|banana" one after another at every
position, so a pattern of hundreds of words costs hundreds of steps per character. As a
trie, "(?:ap(?:ple|ricot)|banana)", a position fails on its first letter.
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


def lower_as_re(text: str) -> str:
    """text.lower() as `re.IGNORECASE` reads letters, and as long as `text`: the three
    letters it also matches to ASCII ones are read as them ("İ", "ı" → "i", "ſ" → "s").
    Word filters test this before an IGNORECASE pattern runs, so they never skip a match."""
    if text.isascii():
        return text.lower()
    lowered = text.replace("İ", "i").lower()  # "İ".lower() is two characters
    return lowered.replace("ı", "i").replace("ſ", "s")


def trailing_word(text: str, also: str = "") -> str:
    """The run of word characters (as `\\w` reads them) and of `also` that ends `text`. Read
    from the end: a pattern anchored at the end would be tried at every position."""
    i = len(text)
    while i and (text[i - 1].isalnum() or text[i - 1] == "_" or text[i - 1] in also):
        i -= 1
    return text[i:]
