"""Paragraphs and sentences.

Hand-written rather than pysbd: pysbd is right on the seeds but runs at ~0.27 M chars/s,
ten times slower than everything else; news prose needs only a few abbreviation rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from ..prefilter import lower_as_re, trailing_word

PARAGRAPH_BREAK_RE = re.compile(r"(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)\s*")
# A candidate sentence end: terminal punctuation, closing quotes/brackets, white space.
SENTENCE_END_RE = re.compile(r"[.!?]+[\"”’')\]]*(?=\s)|(?:\r?\n|\r)")
NEXT_STARTS_SENTENCE_RE = re.compile(r"\s*[\"“‘'(\[]?[A-Z0-9]")
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st co ltd inc corp no nos vs etc e.g i.e u.s u.k u.n approx est dept govt gov "
    "sen rep gen col lt fig jan feb mar apr jun jul aug sep sept oct nov dec ksh rs mt ft vol pp ph.d".split()
)
CAPITALISED_NEXT_RE = re.compile(r"[ \t]*[\"“‘'(\[]?[A-Z]")
# A line that ends with one of these words is hard-wrapped: the sentence goes on.
JOINING_WORDS = frozenset("for of the and or to in at by a an with from on as than was were is are its their".split())
LAST_WORD_RE = re.compile(r"([\w.]+)\W*$")
LIST_OR_HEADING_RE = re.compile(r"\s*(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|>)")
NUMBERED_ITEM_RE = re.compile(r"\s*0*(\d+)[.)]\s")
HEADING_LINE_RE = re.compile(r"[ \t]*#{1,6}\s")
NEXT_WORD_RE = re.compile(r"[ \t]*(\S+)")
ITEM_LINE_RE = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])\s", re.MULTILINE)
# No news sentence is this long; text without sentence ends (a table flattened into one
# line, a dump of figures) is cut at white space into pieces of at most this many
# characters, so that work done per sentence for each figure stays bounded.
MAX_SENTENCE = 2000
LOOK_BACK = 200  # how much of a line a line break's decision reads
MIN_WRAP_WIDTH = 40  # no one hard-wraps prose narrower than this


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def split_sentences(text: str, headline: int = -1) -> list[Sentence]:
    """The sentences of a text; `headline` is where its headline starts, if it has one."""
    sentences: list[Sentence] = []
    para_start = 0
    paragraph = 0
    wrap = Wrap(_wrap_width(text, headline), headline)
    for br in PARAGRAPH_BREAK_RE.finditer(text):
        _split_paragraph(text, para_start, br.start(), paragraph, sentences, wrap)
        para_start = br.end()
        paragraph += 1
    _split_paragraph(text, para_start, len(text), paragraph, sentences, wrap)
    return sentences


def unwrap(text: str, sentences: list[Sentence]) -> str:
    """The text with every line break inside a sentence made a space (same length)."""
    if "\n" not in text:
        return text
    pieces, done = [], 0
    for s in sentences:
        inside = text[s.start : s.end]
        if "\n" in inside:
            pieces += [text[done : s.start], inside.replace("\n", " ")]
            done = s.end
    return "".join(pieces) + text[done:] if pieces else text


def _split_paragraph(text: str, start: int, end: int, paragraph: int, out: list[Sentence], wrap: Wrap) -> None:
    if not text[start:end].strip():
        return
    begin = start
    for m in SENTENCE_END_RE.finditer(text, start, end):
        mark = m.group()
        if mark in ("\n", "\r\n", "\r"):
            # A single line break ends a sentence where the next line is a list item or a
            # heading, or where an unpunctuated line (a scraped headline) meets a capitalised
            # one. A hard-wrapped line ("the Bureau of Labor Statistics\nsaid on Friday",
            # "and the change for\nSeptember", "the Social\nDemocrats") goes on.
            before = text[max(begin, m.start() - LOOK_BACK) : m.start()].rstrip()
            if not _starts_item(text, m.end(), start):
                if not before or before[-1] in ",;:-–(" or not CAPITALISED_NEXT_RE.match(text, m.end()) \
                        or lower_as_re(trailing_word(before)) in JOINING_WORDS \
                        or _wrapped(text, m.start(), m.end(), wrap):
                    continue
        else:
            word = LAST_WORD_RE.search(text[max(begin, m.start() - 12) : m.start() + 1])
            token = word.group(1).lower().rstrip(".") if word else ""
            if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
            if not NEXT_STARTS_SENTENCE_RE.match(text, m.end()):
                continue
        stop = m.end() if mark not in ("\n", "\r\n", "\r") else m.start()
        _add(text, begin, stop, paragraph, out)
        begin = m.end()
    _add(text, begin, end, paragraph, out)


class Wrap(NamedTuple):
    width: int  # the width the text was hard-wrapped at; 0 if it was not
    headline: int  # where the headline starts: never a wrapped line, whatever its length


def _wrap_width(text: str, headline: int) -> int:
    """The width a hard-wrapped text was wrapped at: its longest line that another line of
    its paragraph follows (a paragraph's last line is not full), the headline aside. 0
    where no such line is long enough to be a wrapped line."""
    full, start = [], 0
    lines = text.split("\n")  # (text is normalised to "\n")
    for line, after in zip(lines, lines[1:]):
        if after.strip() and (n := len(line.rstrip())) >= MIN_WRAP_WIDTH and not start <= headline < start + len(line):
            full.append(n)
        start += len(line) + 1
    return max(full, default=0)


def _wrapped(text: str, line_end: int, next_line: int, wrap: Wrap) -> bool:
    """Was this line broken only because the next word would not fit in the wrap width? Never
    the headline, a short line or a heading ("# …")."""
    if not wrap.width:
        return False
    reach = line_end - wrap.width - 1
    newline = text.rfind("\n", max(0, reach), line_end)
    if newline < 0 and reach > 0:
        return False  # longer than any wrapped line
    line_start = newline + 1
    if line_start <= wrap.headline < line_end or line_end - line_start < MIN_WRAP_WIDTH \
            or HEADING_LINE_RE.match(text, line_start):
        return False
    word = NEXT_WORD_RE.match(text, next_line)
    return word is not None and line_end - line_start + 1 + len(word.group(1)) > wrap.width


def _starts_item(text: str, pos: int, paragraph_start: int) -> bool:
    """Does the line at `pos` start a list item or a heading? A numbered line ("41. Turnout
    was…") only when it is a first item ("1.") or an earlier line of the paragraph is an
    item too: as in CommonMark, where only a list starting at 1 may interrupt a paragraph,
    a hard-wrapped sentence that puts a number at the start of a line goes on."""
    if LIST_OR_HEADING_RE.match(text, pos) is None:
        return False
    number = NUMBERED_ITEM_RE.match(text, pos)
    if number is None or number.group(1) == "1":
        return True
    # (Read back at most a sentence's length, so that many such lines stay linear.)
    return ITEM_LINE_RE.search(text, max(paragraph_start, pos - MAX_SENTENCE), pos) is not None


def _add(text: str, begin: int, stop: int, paragraph: int, out: list[Sentence]) -> None:
    while stop - begin > MAX_SENTENCE:
        cut = max(text.rfind(" ", begin, begin + MAX_SENTENCE), text.rfind("\n", begin, begin + MAX_SENTENCE))
        cut = cut + 1 if cut > begin else begin + MAX_SENTENCE
        if text[begin:cut].strip():
            out.append(Sentence(begin, cut, paragraph))
        begin = cut
    if text[begin:stop].strip():
        out.append(Sentence(begin, stop, paragraph))
