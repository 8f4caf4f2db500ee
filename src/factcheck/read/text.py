"""Plain text: the source is the text, with URLs and HTML comments blanked."""

from __future__ import annotations

import re

from ..model import Document
from .metadata import extract_metadata

# Spans that are never prose: addresses, e-mail, HTML comments (suppressions live there).
# Every repeat that could rescan a long run of text is bounded or anchored on a literal
# ("<!--", "http", "@"), so that a 200 KB line of "a.a.a…" or "<!--<!--…" stays linear.
NOT_PROSE_RE = re.compile(r"\bhttps?://\S+|\bwww\.\S+"
                          r"|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,253}\.[\w.]{1,253}")
# Spaces that newsrooms use inside numbers or as plain spaces: read as one ASCII space.
_SPACES = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\t": " "})
# Digits of other scripts read as ASCII digits, one character for one so that offsets stay
# valid: full-width (３６７１, with ％ ， ．), Arabic-Indic (٣٦٧١, with the Arabic decimal and
# thousands separators) and Extended Arabic-Indic (۳۶۷۱).
_DIGITS = str.maketrans({
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    "\uff05": "%", "\uff0c": ",", "\uff0e": ".", "\u066b": ".", "\u066c": ",",
})
# "1 234 567" grouped with no-break, thin, narrow no-break or figure spaces is one number:
# the spaces become commas ("1,234,567"), and a decimal comma after such groups (French
# "1 234,5") a point. Plain spaces are left alone: "in 12 345 people" is ambiguous.
GROUP_SPACES = "\u00a0\u2009\u202f\u2007"
SPACE_GROUPED_RE = re.compile(rf"(?<![0-9,.])[0-9]{{1,3}}(?:[{GROUP_SPACES}][0-9]{{3}})+(?:,[0-9]+)?(?![0-9])")
_COMMAS = str.maketrans({c: "," for c in GROUP_SPACES})
# Any character the two tables above change: most text has none, and translate() with a
# table costs ~0.1 s/MB even when it changes nothing.
_TRANSLATED_RE = re.compile("[" + "".join(sorted({chr(c) for c in (*_DIGITS, *_SPACES)} - {"\t"})) + "]")


_NOT_LINE_BREAK_RE = re.compile(r"[^\r\n]")


def _blanked(piece: str) -> str:
    """The piece as spaces, its line breaks kept, so that offsets stay put."""
    return _NOT_LINE_BREAK_RE.sub(" ", piece)


def blank(text: str, start: int, end: int) -> str:
    """Replace text[start:end] with spaces, keeping line breaks so offsets stay put."""
    return text[:start] + _blanked(text[start:end]) + text[end:]


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank many spans (in any order, overlapping or not) in one pass over the text."""
    if not spans:
        return text
    pieces, done = [], 0
    for start, end in sorted(spans):
        start = max(start, done)
        if end > start:
            pieces += [text[done:start], _blanked(text[start:end])]
            done = end
    return "".join(pieces) + text[done:]


def blank_all(text: str, pattern: re.Pattern[str]) -> str:
    if not pattern.search(text):
        return text
    return pattern.sub(lambda m: _blanked(m.group()), text)


def blank_comments(text: str) -> str:
    """HTML comments blanked. Found with str.find, not a lazy regex, which rescans the rest
    of the text from every "<!--" that is never closed."""
    spans = []
    start = text.find("<!--")
    while start != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            break
        spans.append((start, end + 3))
        start = text.find("<!--", end + 3)
    return blank_spans(text, spans)


def prose_view(source: str) -> str:
    """The text to analyse, as long as the source, character for character: other scripts'
    digits and spaced thousands read as ASCII figures, every line break a "\\n" (the "\\r" of
    "\\r\\n" a space; a lone "\\r" a "\\n"), comments, addresses and e-mail blanked."""
    text = source
    if not text.isascii() and _TRANSLATED_RE.search(text):
        text = text.translate(_DIGITS)
        if any(c in text for c in GROUP_SPACES):
            text = SPACE_GROUPED_RE.sub(_space_grouped, text)
        text = text.translate(_SPACES)
    if "\t" in text:
        text = text.replace("\t", " ")
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    text = blank_comments(text)
    # Only where an address can be: trying the pattern at every character costs more than
    # the rest of reading. (One pattern, not one per kind: the leftmost match must win, so
    # that "12345@www.qq.com" is blanked as an e-mail, not as an address after "12345@".)
    if "http" in text or "www." in text or "@" in text:
        text = blank_all(text, NOT_PROSE_RE)
    return text


def _space_grouped(m: re.Match[str]) -> str:
    return m.group().replace(",", ".").translate(_COMMAS)


def read_text(path: str, source: str, default_date=None) -> Document:
    doc = Document(path=path, source=source, text=prose_view(source))
    extract_metadata(doc, default_date=default_date)
    return doc
