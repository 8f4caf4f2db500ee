"""A sentence with each claim replaced by a typed token, so frames can be plain regexes.

"658 Guangdong enterprises …, accounting for 17.9 percent of all …" becomes
"⟦N12⟧ Guangdong enterprises …, accounting for ⟦P13⟧ of all …" (a hedge before a number
is part of its token: "surpassed 12,000" → "⟦N7⟧"): a frame says
`{count:part} {gap}, accounting for {percent:share} of {phrase:whole}` and never has to
know how a number is written.
"""

from __future__ import annotations

from ..model import Claim

KIND_LETTERS = {
    "count": "N", "percent": "P", "pp": "Q", "money": "M", "ratio": "X", "year": "Y", "date": "D",
    "impossible-date": "D", "period": "T", "duration": "U", "ordinal": "O", "range": "R",
}  # fmt: skip


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
        begin = claim.hedge_start if 0 <= claim.hedge_start < claim.start else claim.start
        if begin < cursor:
            continue
        piece = text[cursor:begin]
        parts.append(piece)
        length += len(piece)
        letter = KIND_LETTERS.get(claim.kind, "Z")
        letters.add(letter)
        token = f"⟦{letter}{claim.index}⟧"
        parts.append(token)
        length += len(token)
        offsets.append((length, claim.end))
        mapping[claim.index] = claim
        cursor = claim.end
    parts.append(text[cursor:end])
    return Skeleton("".join(parts).replace("\n", " ").replace("\r", " "), mapping, offsets, letters)
