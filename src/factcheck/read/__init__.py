"""Read: a file becomes a Document (prose to analyse, source map, metadata)."""

from __future__ import annotations

import os
from pathlib import Path

from ..model import Document
from .decode import ReadError, decode

ARTICLE_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text"}


def reader_for(path: str) -> str:
    return ARTICLE_SUFFIXES.get(Path(path).suffix.lower(), "text")


def read_document(path: str, published=None) -> Document:
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise ReadError(path, "is a directory") from None
    except OSError as exc:
        raise ReadError(path, exc.strerror or str(exc)) from None
    return read_source(path, decode(path, data), published)


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
