"""Find every match of NUMERAL_RE, fast.

Searching the one big pattern tries a dozen alternatives, most of them words, at every
character of the text. But every match holds a digit, a currency sign or one of a few
words (a month, a number word, "year"), and starts within a few characters before it. So
one cheap pass finds those "hot" spots and the big pattern is only tried near them, at
the places a match can start (after a non-word character). The result is the same list of
matches as NUMERAL_RE.finditer — tests/test_scan.py checks that — except that a skip
pattern (a file name) that starts far before its first hot spot may be missed; the digits
inside such a token cannot be read on their own anyway.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..read.dates import MONTHS
from ..prefilter import lower_as_re, trie_pattern
from .patterns import CURRENCY_PREFIXES, FILE_NAME, NUMERAL_RE
from .words import ONES, ORDINALS, TENS

HOT_WORDS = frozenset(ONES) | frozenset(TENS) | frozenset(ORDINALS) | frozenset(MONTHS) | {"dozen", "year"}
# Words that may open a match before its hot spot: "from/between January", "a dozen",
# "this year", "RMB 120", "US$5", "Ksh.64".
LEAD_WORDS = {"from", "between", "a", "this", "last", "next"} | {
    re.match(r"[a-z]+", p).group() for p in CURRENCY_PREFIXES if p[0].isalpha()  # type: ignore[union-attr]
}
SIGNS = "".join(sorted({p[0] for p in CURRENCY_PREFIXES if not p[0].isalpha()}))
LOOK_BACK = 24  # far enough for "between January", "RMB 120", "(from"


# Both run over the lower-cased text: without IGNORECASE a word trie is three times faster.
HOT_RE = re.compile(rf"[\d{re.escape(SIGNS)}]+|(?<![a-z]){trie_pattern(HOT_WORDS)}(?![a-z])")
# Where one of NUMERAL_RE's alternatives can begin: a digit, a sign, "(" or "+" (telephone
# numbers), letters running into digits ("A380s"), a lead word or a hot word, a file name.
MATCH_START_RE = re.compile(
    rf"(?<!\w)(?=[\d{re.escape(SIGNS)}(+]|[a-z]+-?\d|(?:{trie_pattern(LEAD_WORDS | HOT_WORDS)})\b)|(?={FILE_NAME})"
)


def numerals(text: str) -> Iterator[re.Match[str]]:
    """NUMERAL_RE.finditer(text), trying the pattern only near digits, currency signs and number words."""
    lowered = lower_as_re(text)
    end = 0  # the end of the last match: the next starts at or after it
    tried = 0  # every place before this was tried already
    for hot in HOT_RE.finditer(lowered):
        stop = hot.end()
        if stop <= end:
            continue
        # No end position: it would cut the look-ahead of a file name ("%2021-25photo.jpg").
        # The first start past this hot spot is where the next search may begin, so that a
        # run of hot spots where no match starts (CJK text: "企业12000家") stays linear.
        reached = len(text)
        for start in MATCH_START_RE.finditer(lowered, max(hot.start() - LOOK_BACK, end, tried)):
            pos = start.start()
            if pos >= stop:
                reached = pos
                break
            if pos < end:
                continue
            m = NUMERAL_RE.match(text, pos)
            if m:
                yield m
                end = m.end()
        tried = max(tried, stop, reached)
