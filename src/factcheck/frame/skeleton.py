"""A sentence with each claim replaced by a typed token, so frames can be plain regexes.

"658 Guangdong enterprises …, accounting for 17.9 percent of all …" becomes
"⟦N12⟧ Guangdong enterprises …, accounting for ⟦P13⟧ of all …" (a hedge is part of its
number's token: "surpassed 12,000" → "⟦N7⟧", "45 percent or so" → "⟦P8⟧"): a frame says
`{count:part} {gap}, accounting for {percent:share} of {phrase:whole}` and never has to
know how a number is written.
"""

from __future__ import annotations

import re

from ..model import Claim

KIND_LETTERS = {
    "count": "N", "percent": "P", "pp": "Q", "money": "M", "ratio": "X", "year": "Y", "date": "D",
    "impossible-date": "D", "period": "T", "duration": "U", "ordinal": "O", "range": "R",
}  # fmt: skip


SPACE_RUN_RE = re.compile(r"[ \n]{2,}")


class Skeleton:
    """The token string of one sentence and the claims behind its tokens."""

    __slots__ = ("text", "claims", "offsets", "letters")

    def __init__(self, text: str, claims: dict[int, Claim], offsets: list[tuple[int, int]], letters: set[str]):
        self.text = text
        self.claims = claims  # by claim index, one per token
        self.offsets = offsets  # (skeleton position, source offset) at each token boundary
        self.letters = letters  # the kinds of token it holds

    def source_offset(self, pos: int) -> int:
        best = self.offsets[0]
        for sk, src in self.offsets:
            if sk > pos:
                break
            best = (sk, src)
        return best[1] + (pos - best[0])


def build(text: str, start: int, end: int, claims: list[Claim]) -> Skeleton:
    parts: list[str] = []
    mapping: dict[int, Claim] = {}
    offsets = [(0, start)]
    letters = set()
    cursor = start
    length = 0
    for claim in claims:
        begin = claim.said_start
        if begin < cursor:
            continue
        length = _add_words(text, cursor, begin, parts, offsets, length)
        letter = KIND_LETTERS.get(claim.kind, "Z")
        letters.add(letter)
        token = f"⟦{letter}{claim.index}⟧"
        parts.append(token)
        length += len(token)
        cursor = max(claim.end, claim.hedge_end)
        offsets.append((length, cursor))
        mapping[claim.index] = claim
    _add_words(text, cursor, end, parts, offsets, length)
    return Skeleton("".join(parts).replace("\n", " ").replace("\r", " "), mapping, offsets, letters)


def _add_words(text: str, start: int, end: int, parts: list[str], offsets: list[tuple[int, int]], length: int) -> int:
    """Appends text[start:end] with each run of white space made one space, as frames are
    written ("to {count:new}" must match "to  4,480", the "\r\n" of a wrapped line in a
    Windows file among them); returns the skeleton's new length."""
    piece = text[start:end]
    if "  " not in piece and "\n " not in piece and " \n" not in piece:
        parts.append(piece)
        return length + len(piece)
    done = 0
    for run in SPACE_RUN_RE.finditer(piece):
        kept = piece[done : run.start()] + " "
        parts.append(kept)
        length += len(kept)
        done = run.end()
        offsets.append((length, start + done))
    parts.append(piece[done:])
    return length + len(piece) - done
