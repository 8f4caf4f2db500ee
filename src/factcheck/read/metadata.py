"""Title, publication date, dateline and suppression comments of a document.

The seeds are scraped pages: a leading `date 2023-08-01`, an `Updated: 2023-09-21` line,
navigation debris ("nav search") before the headline, a dateline such as
"People's Daily, Beijing, August 5th (Reporter Wang Zheng) –".
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import Document, Span
from .dates import DATE_TEXT_RE, DAY_RE, MONTH_RE, dateline_date, parse_date, parse_date_match

LEADING_DATE_RE = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*", re.IGNORECASE)
STAMP_RE = re.compile(
    r"^[ \t]*(?:Updated|Published|Posted|Date|Last updated)[ \t]*:?[ \t]*"
    rf"(?P<date>\d{{4}}-\d{{1,2}}-\d{{1,2}}|{MONTH_RE}\s+{DAY_RE},?\s+\d{{4}}|{DAY_RE}\s+{MONTH_RE},?\s+\d{{4}})",
    re.IGNORECASE | re.MULTILINE,
)
ORIGINAL_TITLE_RE = re.compile(r"^[ \t]*Original title[ \t]*:[ \t]*(?P<t>\S[^\n]*)$", re.MULTILINE | re.IGNORECASE)
DATELINE_RE = re.compile(
    rf"^[ \t]*(?:[A-Z][^\n,.;:]{{0,40}}[,.]?\s+){{0,3}}?(?:[A-Z][^\n,;:]{{0,40}},\s*)"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"  # "LONDON, Monday 3 June —"
    rf"(?P<date>{MONTH_RE}\s+{DAY_RE}(?:,\s*\d{{4}})?|{DAY_RE}\s+{MONTH_RE}(?:,?\s*\d{{4}})?)"
    r"\s*(?:\([^)\n]{0,80}\)\s*)?(?:–|—|--|-)",
    re.MULTILINE,
)
SUPPRESS_RE = re.compile(r"<!--\s*factcheck:\s*(?P<verb>ignore-file|ignore)\b(?P<rules>[^>]*?)-->", re.IGNORECASE)
DEBRIS = {"nav search", "back to top", "related articles", "join in", "share", "print", "menu", "search"}


def extract_metadata(doc: Document, explicit_title: Span | None = None, default_date: dt.date | None = None) -> None:
    """Fill in doc.title, doc.published and doc.dateline from the text; `default_date`
    (from --date) stands in when the file carries no date of its own."""
    text = doc.text
    if doc.published is None:
        m = LEADING_DATE_RE.match(text)
        if m:
            doc.published = parse_date(m.group(1))
            doc.published_span = Span(m.start(1), m.end(1))
            # The stamp is metadata, not a claim of the article.
            doc.text = text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    if doc.published is None:
        m = STAMP_RE.search(text, 0, min(len(text), 5000))
        if m:
            doc.published = parse_date(m.group("date"))
            doc.published_span = Span(m.start("date"), m.end("date"))
            doc.text = text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    if doc.published is None:
        doc.published = default_date
    doc.title = explicit_title or _find_title(text)
    _find_dateline(doc)
    _find_suppressions(doc)


def _find_title(text: str) -> Span | None:
    offset = 0
    lines = text[:4000].splitlines(keepends=True)
    for i, line in enumerate(lines):
        stripped = line.strip()
        start = offset + (len(line) - len(line.lstrip()))
        offset += len(line)
        if not stripped:
            continue
        if stripped.lower() in DEBRIS or len(stripped.split()) < 3:
            continue
        if len(stripped) > 200 or stripped.endswith((".", ":", ";", ",")):
            break  # the text starts with prose: no headline
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if following and not following[:1].isupper() and not following.startswith(("“", '"', "'", "‘")):
            break  # a hard-wrapped first sentence ("… libraries\n$30.7 million, …"), not a headline
        return Span(start, start + len(stripped))
    m = ORIGINAL_TITLE_RE.search(text)
    if m:
        return Span(m.start("t"), m.start("t") + len(m.group("t").rstrip()))
    return None


def _find_dateline(doc: Document) -> None:
    m = DATELINE_RE.search(doc.text, 0, min(len(doc.text), 3000))
    if not m:
        return
    dm = DATE_TEXT_RE.match(m.group("date"))
    if not dm:
        return
    parts = parse_date_match(dm)
    doc.dateline = dateline_date(parts, doc.published)
    doc.dateline_span = Span(m.start("date"), m.end("date"))


def _find_suppressions(doc: Document) -> None:
    if "factcheck" not in doc.source:
        return
    for m in SUPPRESS_RE.finditer(doc.source):
        rules = [r for r in re.split(r"[\s,]+", m.group("rules").strip()) if r] or ["*"]
        line, _ = doc.line_col(m.start())
        for rule in rules:
            if m.group("verb").lower() == "ignore-file":
                doc.suppressed.append((rule, None))
            else:
                # An ignore comment covers its own line and the line after it.
                doc.suppressed.append((rule, line))
                doc.suppressed.append((rule, line + 1))
