"""Plain text: the source is the text, with URLs and HTML comments blanked."""

from __future__ import annotations

import re

from ..model import Document
from .metadata import extract_metadata

# Spans that are never prose: addresses, e-mail, HTML comments (suppressions live there).
NOT_PROSE_RE = re.compile(r"<!--.*?-->|\bhttps?://\S+|\bwww\.\S+|\b[\w.+-]+@[\w-]+\.[\w.]+", re.DOTALL)
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


def prose_view(source: str) -> str:
    return blank_all(source.translate(_SPACES), NOT_PROSE_RE)


def read_text(path: str, source: str, default_date=None) -> Document:
    doc = Document(path=path, source=source, text=prose_view(source))
    extract_metadata(doc, default_date=default_date)
    return doc
