"""Markdown: parsed with markdown-it-py so that code, HTML and link targets are not prose.

Everything that is not prose is blanked in place, so offsets still map to the source.
"""

from __future__ import annotations

import bisect
import re

from ..model import Document, Span
from .dates import parse_date
from .metadata import extract_metadata
from .text import blank, blank_all, blank_spans, prose_view

FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)^(?:---|\.\.\.)[ \t]*$", re.DOTALL | re.MULTILINE)
# The value is taken greedily and trimmed in code: a lazy value before "[ \t]*$" backtracks
# over every space of a long line.
FRONT_KEY_RE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*)$", re.MULTILINE)
LINK_TARGET_RE = re.compile(r"(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)|(?<=\])\[[^\]\n]*\]")
REFERENCE_DEF_RE = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.MULTILINE)
AUTOLINK_RE = re.compile(r"<[a-zA-Z][\w+.-]*:[^\s<>]*>")
BACKTICKS_RE = re.compile(r"`+")
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n")
HTML_TAG_RE = re.compile(r"</?[A-Za-z][^<>\n]*>")

_md = None


def _parser():
    global _md
    if _md is None:
        from markdown_it import MarkdownIt  # imported on first Markdown file: ~75 ms

        # Only the blocks are read (code, HTML, headings): inline parsing is skipped, which
        # is most of the cost and quadratic on some input ("[[[[…", runs of "_a").
        _md = MarkdownIt("commonmark").disable("inline")
    return _md


def read_markdown(path: str, source: str, default_date=None) -> Document:
    text = view = prose_view(source)
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
            text = text[: keep.start] + view[keep.start : keep.end] + text[keep.end :]
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
    # Lines as markdown-it counts them: the prose view has made every line break a "\n"
    # (str.splitlines would also break at \v, \f, \x1c-\x1e, \x85, \u2028, \u2029).
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    starts.append(len(text))
    nlines = len(starts) - 1
    heading: Span | None = None
    code: list[tuple[int, int]] = []
    tokens = _parser().parse(text)
    for i, tok in enumerate(tokens):
        if tok.map is None:
            continue
        first, last = tok.map
        if tok.type in ("fence", "code_block", "html_block"):
            code.append((starts[first], starts[min(last, nlines)]))
        elif tok.type == "heading_open" and heading is None and i + 1 < len(tokens):
            content = tokens[i + 1].content.strip()
            line_start = starts[first]
            pos = text.find(content, line_start, starts[min(last, nlines)]) if content else -1
            if pos >= 0:
                heading = Span(pos, pos + len(content))
    text = blank_spans(text, code)
    text = blank_spans(text, _code_spans(text))
    for pattern in (LINK_TARGET_RE, REFERENCE_DEF_RE, AUTOLINK_RE, HTML_TAG_RE):
        text = blank_all(text, pattern)
    return text, heading


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Inline code (`x`, ``a`b``): a run of backticks opens a span that the next run of the
    same length closes, within the paragraph (CommonMark). Found from the list of runs: a
    lazy regex would rescan the rest of the text from every run that is never closed."""
    runs = [(m.start(), m.end()) for m in BACKTICKS_RE.finditer(text)]
    if len(runs) < 2:
        return []
    of_length: dict[int, list[int]] = {}
    for i, (start, end) in enumerate(runs):
        of_length.setdefault(end - start, []).append(i)
    breaks = [m.start() for m in PARAGRAPH_BREAK_RE.finditer(text)]
    spans = []
    i = 0
    while i < len(runs):
        start, end = runs[i]
        same = of_length[end - start]
        k = bisect.bisect_right(same, i)
        b = bisect.bisect_left(breaks, end)
        paragraph_end = breaks[b] if b < len(breaks) else len(text)
        if k < len(same) and runs[same[k]][0] < paragraph_end:
            j = same[k]
            spans.append((start, runs[j][1]))
            i = j + 1
        else:
            i += 1
    return spans
