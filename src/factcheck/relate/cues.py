"""Cues: the words that say what a figure is said to be, as data from the packs.

A pack's `cues:` section gives, per relation, named lists of words or phrases:

    cues:
      share:
        restates: [or, representing, accounting for]   # "658, or 17.9 percent"
      change:
        multiples: {doubled: "2", halved: "1/2"}       # a phrase and the value it stands for

Each relation's reader (relate/<relation>.py) declares the lists it reads and what the
figure they cue is to it (`LISTS`); lists of the same name in several packs are merged, so a
user's pack adds a word to the core's list and the reader then sees it in every word order.

Matching is on words, not on patterns: the text between two figures is split into tokens
once, and a cue is a run of tokens at the end of the words before a figure, at the start of
the words after it, or anywhere in a clause. No cue can backtrack, whatever a pack holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

# Words and the marks that tell structure: commas, brackets, semicolons, dashes, colons.
TOKEN_RE = re.compile(r"[a-z0-9]+(?:['’.-][a-z0-9]+)*|[,;:()\[\]—–•·]|(?<=\s)-(?=\s)")
# Words that may stand between a cue and its figure without changing what it cues: "accounted
# for about a third", "rose by 6 percent", "from the 2,400".
FILLERS = frozenset("the a an its their his her our this that these those some about around roughly "
                    "approximately nearly almost just only by".split())


def tokens(text: str) -> tuple[str, ...]:
    """The lower-cased words and structural marks of a piece of text."""
    return tuple(TOKEN_RE.findall(text.lower().replace("’", "'")))


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tokens(phrase)


@dataclass
class CueList:
    """One named list: its phrases as token tuples, by length (longest first), and the value
    each stands for when the list is a mapping."""

    phrases: dict[int, set[tuple[str, ...]]] = field(default_factory=dict)
    values: dict[tuple[str, ...], Fraction] = field(default_factory=dict)
    written: list[str] = field(default_factory=list)

    def add(self, phrase: str, value: Fraction | None = None) -> None:
        toks = phrase_tokens(phrase)
        if not toks:
            return
        self.phrases.setdefault(len(toks), set()).add(toks)
        if value is not None:
            self.values[toks] = value
        self.written.append(phrase)

    def lengths(self) -> list[int]:
        return sorted(self.phrases, reverse=True)

    def ends(self, toks: tuple[str, ...], skip: frozenset[str] = FILLERS) -> Cue | None:
        """The cue that ends `toks`, fillers after it aside: "accounting for about" ends with
        "accounting for"."""
        end = len(toks)
        while end and toks[end - 1] in skip:
            end -= 1
        for n in self.lengths():
            if n <= end and toks[end - n : end] in self.phrases[n]:
                found = toks[end - n : end]
                return Cue(found, end - n, end, self.values.get(found))
        return None

    def starts(self, toks: tuple[str, ...], skip: frozenset[str] = FILLERS, at: int = 0) -> Cue | None:
        """The cue that starts `toks` at `at`, fillers before it aside: ", or" starts with ","
        only if "," is a cue; "of the 3,671" starts with "of"."""
        start = at
        while start < len(toks) and toks[start] in skip:
            start += 1
        for n in self.lengths():
            found = toks[start : start + n]
            if len(found) == n and found in self.phrases[n]:
                return Cue(found, start, start + n, self.values.get(found))
        return None

    def find(self, toks: tuple[str, ...]) -> list[Cue]:
        """Every cue anywhere in `toks`, longest first where two start at one place."""
        out: list[Cue] = []
        i = 0
        lengths = self.lengths()
        while i < len(toks):
            for n in lengths:
                found = toks[i : i + n]
                if len(found) == n and found in self.phrases[n]:
                    out.append(Cue(found, i, i + n, self.values.get(found)))
                    i += n - 1
                    break
            i += 1
        return out

    def __contains__(self, toks: tuple[str, ...]) -> bool:
        return toks in self.phrases.get(len(toks), ())


@dataclass(frozen=True, slots=True)
class Cue:
    words: tuple[str, ...]
    start: int  # token positions in the text it was found in
    end: int
    value: Fraction | None = None

    @property
    def text(self) -> str:
        return " ".join(self.words)


class CueBook:
    """Every relation's cue lists, merged from the packs in order."""

    def __init__(self) -> None:
        self.lists: dict[tuple[str, str], CueList] = {}
        self._first_words: frozenset[str] | None = None

    def first_words(self) -> frozenset[str]:
        """The first word of every cue of every list."""
        if self._first_words is None:
            self._first_words = frozenset(p[0] for lst in self.lists.values() for group in lst.phrases.values()
                                          for p in group)
        return self._first_words

    def add(self, relation: str, name: str, entries) -> None:
        self._first_words = None
        target = self.lists.setdefault((relation, name), CueList())
        if isinstance(entries, dict):
            for phrase, value in entries.items():
                target.add(phrase, parse_value(value))
        else:
            for phrase in entries:
                target.add(phrase)

    def __call__(self, relation: str, name: str) -> CueList:
        """A list by relation and name (empty when no pack fills it)."""
        found = self.lists.get((relation, name))
        if found is None:
            found = self.lists[(relation, name)] = CueList()
        return found

    @classmethod
    def from_packs(cls, packs) -> "CueBook":
        book = cls()
        for pack in packs:
            for relation, lists in (getattr(pack, "cues", None) or {}).items():
                for name, entries in lists.items():
                    book.add(relation, name, entries)
        return book


VALUE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)(?:\s*/\s*(\d+(?:\.\d+)?))?\s*$")


def parse_value(value) -> Fraction:
    """"2", "0.5", "1/3", 2 → a Fraction; ValueError otherwise (the schema reports it)."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a number")
    if isinstance(value, (int, float)):
        return Fraction(str(value))
    m = VALUE_RE.match(str(value))
    if not m:
        raise ValueError(f"{value!r} is not a number or a fraction such as 1/3")
    num = Fraction(m.group(1))
    den = Fraction(m.group(2)) if m.group(2) else Fraction(1)
    if den == 0:
        raise ValueError(f"{value!r} divides by zero")
    return num / den
