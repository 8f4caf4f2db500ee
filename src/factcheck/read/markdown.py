"""Markdown: parsed with markdown-it-py so that code, HTML and link targets are not prose.

Everything that is not prose is blanked in place, so offsets still map to the source.
"""

from __future__ import annotations

import re

from ..model import Document, Span
from .dates import parse_date
from .metadata import extract_metadata
from .text import blank, blank_all, prose_view

FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)^(?:---|\.\.\.)[ \t]*$", re.DOTALL | re.MULTILINE)
# The value is taken greedily and trimmed in code: a lazy value before "[ \t]*$" backtracks
# over every space of a long line.
FRONT_KEY_RE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*)$", re.MULTILINE)
LINK_TARGET_RE = re.compile(r"(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)|(?<=\])\[[^\]\n]*\]")
REFERENCE_DEF_RE = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.MULTILINE)
AUTOLINK_RE = re.compile(r"<[a-zA-Z][\w+.-]*:[^\s<>]*>")
INLINE_CODE_RE = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)
HTML_TAG_RE = re.compile(r"</?[A-Za-z][^<>\n]*>")

_md = None


def _parser():
    global _md
    if _md is None:
        from markdown_it import MarkdownIt  # imported on first Markdown file: ~75 ms

        _md = MarkdownIt("commonmark")
    return _md


def read_markdown(path: str, source: str, default_date=None) -> Document:
    text = prose_view(source)
    title: Span | None = None
    published = None
    published_span = None
    fm = FRONT_MATTER_RE.match(text)
    if fm:
        for m in FRONT_KEY_RE.finditer(fm.group("body")):
            key, value = m.group("key").lower(), m.group("value").rstrip(" \t\r")
            offset = fm.start("body") + m.start("value")
            unquoted = value.strip("\"'")
            lead = value.find(unquoted) if unquoted else 0
            if key == "title" and unquoted:
                title = Span(offset + lead, offset + lead + len(unquoted))
            elif key == "date" and unquoted:
                published = parse_date(unquoted[:10])
                published_span = Span(offset + lead, offset + lead + len(unquoted))
        keep = title
        text = blank(text, fm.start(), fm.end())
        if keep is not None:  # the front-matter title is prose: the title-vs-body check reads it
            text = text[: keep.start] + source[keep.start : keep.end] + text[keep.end :]
    # Parse only what follows the front matter: blanking "title: " leaves the title value
    # indented, which Markdown would take for a code block.
    body_start = fm.end() if fm else 0
    body, heading = _blank_non_prose(text[body_start:])
    text = text[:body_start] + body
    if heading is not None:
        heading = Span(heading.start + body_start, heading.end + body_start)
    doc = Document(path=path, source=source, text=text, published=published, published_span=published_span)
    extract_metadata(doc, explicit_title=title or heading, default_date=default_date)
    return doc


def _blank_non_prose(text: str) -> tuple[str, Span | None]:
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    heading: Span | None = None
    tokens = _parser().parse(text)
    for i, tok in enumerate(tokens):
        if tok.map is None:
            continue
        first, last = tok.map
        if tok.type in ("fence", "code_block", "html_block"):
            text = blank(text, starts[first], starts[min(last, len(lines))])
        elif tok.type == "heading_open" and heading is None and i + 1 < len(tokens):
            content = tokens[i + 1].content.strip()
            line_start = starts[first]
            pos = text.find(content, line_start, starts[min(last, len(lines))]) if content else -1
            if pos >= 0:
                heading = Span(pos, pos + len(content))
    for pattern in (INLINE_CODE_RE, LINK_TARGET_RE, REFERENCE_DEF_RE, AUTOLINK_RE, HTML_TAG_RE):
        text = blank_all(text, pattern)
    return text, heading
