"""Read: a file becomes a Document (prose to analyse, source map, metadata)."""

from __future__ import annotations

import os
from pathlib import Path

from ..model import Document
from .decode import ReadError, decode, read_regular_file

ARTICLE_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text"}


def reader_for(path: str) -> str:
    return ARTICLE_SUFFIXES.get(Path(path).suffix.lower(), "text")


def read_document(path: str, published=None, max_bytes: int | None = None) -> Document:
    """A file read as its name says; ReadError (one line, naming the file) when it cannot be:
    missing, a directory, a FIFO or a device, larger than `max_bytes` or growing while read,
    binary or not UTF-8/16/32."""
    data = read_regular_file(path, max_bytes, "an article", lambda size: too_large(size, max_bytes))
    return read_source(path, decode(path, data), published)


def too_large(size: int, max_bytes: int) -> str:
    return (f"{size / 1e6:.1f} MB is more than the {max_bytes / 1e6:g} MB limit for one article "
            "(raise it with --max-file-size)")


def read_source(path: str, source: str, published=None) -> Document:
    """A Document from text already in memory (a rule's examples), read as its name says."""
    if reader_for(path) == "markdown":
        from .markdown import read_markdown

        doc = read_markdown(path, source, published)
    else:
        from .text import read_text

        doc = read_text(path, source, published)
    return doc


def discover(paths: list[str]) -> list[str]:
    """Files named, and article files inside folders named, sorted and without repeats."""
    found: set[str] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__"))
                for name in files:
                    if Path(name).suffix.lower() in ARTICLE_SUFFIXES and not name.startswith("."):
                        found.add(os.path.normpath(os.path.join(root, name)))
        elif p.exists():
            found.add(os.path.normpath(raw))
        else:
            raise ReadError(raw, "no such file or directory")
    return sorted(found)


__all__ = ["Document", "ReadError", "discover", "read_document", "read_source"]
