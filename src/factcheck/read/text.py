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


def blank(text: str, start: int, end: int) -> str:
    """Replace text[start:end] with spaces, keeping line breaks so offsets stay put."""
    piece = re.sub(r"[^\r\n]", " ", text[start:end])
    return text[:start] + piece + text[end:]


def blank_all(text: str, pattern: re.Pattern[str]) -> str:
    if not pattern.search(text):
        return text
    return pattern.sub(lambda m: re.sub(r"[^\r\n]", " ", m.group()), text)


def blank_comments(text: str) -> str:
    """HTML comments blanked. Found with str.find, not a lazy regex, which rescans the rest
    of the text from every "<!--" that is never closed."""
    pieces, done = [], 0
    start = text.find("<!--")
    while start != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            break
        pieces += [text[done:start], re.sub(r"[^\r\n]", " ", text[start : end + 3])]
        done = end + 3
        start = text.find("<!--", done)
    return "".join(pieces) + text[done:] if pieces else text


def prose_view(source: str) -> str:
    return blank_all(blank_comments(source.translate(_SPACES)), NOT_PROSE_RE)


def read_text(path: str, source: str, default_date=None) -> Document:
    doc = Document(path=path, source=source, text=prose_view(source))
    extract_metadata(doc, default_date=default_date)
    return doc
