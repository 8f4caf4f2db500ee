"""The Rich report: findings grouped by file, each with its source lines, the numbers
highlighted, and the arithmetic in one line; a summary at the end."""

from __future__ import annotations

from itertools import groupby

from rich.console import Console
from rich.text import Text

from ..model import SEVERITIES

STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}


def render(findings, files: int, claims: int, console: Console | None = None) -> None:
    console = console or Console(highlight=False, soft_wrap=True)
    for path, group in groupby(findings, key=lambda f: f.location()["path"]):
        console.print(Text(path, style="bold underline"))
        for f in group:
            loc = f.location()
            head = Text(f"  {loc['line']}:{loc['column']} ")
            head.append(f"{f.severity:<7}", style=STYLE[f.severity])
            head.append(f" {f.message} ")
            head.append(f"[{f.rule}]", style="dim")
            console.print(head)
            for line in _source_lines(f):
                console.print(line)
            console.print(Text("      = ", style="dim") + Text(f.explanation, style="italic"))
        console.print()
    counts = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITIES}
    summary = Text(f"{files} file{'s' * (files != 1)}, {claims} claims: ")
    summary.append(f"{counts['error']} error{'s' * (counts['error'] != 1)}", style=STYLE["error"] if counts["error"] else "")
    summary.append(", ")
    summary.append(f"{counts['warning']} warning{'s' * (counts['warning'] != 1)}", style=STYLE["warning"] if counts["warning"] else "")
    summary.append(f", {counts['info']} info")
    console.print(summary)


def _source_lines(finding) -> list[Text]:
    """Each source line that holds one of the finding's claims, the claims highlighted."""
    by_line: dict[tuple[str, int], list] = {}
    docs = {}
    for c in finding.claims:
        line, _ = c.doc.line_col(c.start)
        by_line.setdefault((c.doc.path, line), []).append(c)
        docs[c.doc.path] = c.doc
    anchor_path = finding.location()["path"]
    out = []
    for (path, line), claims in sorted(by_line.items(), key=lambda kv: (kv[0][0] != anchor_path, kv[0])):
        doc = docs[path]
        raw = doc.line_text(line)
        spans = sorted((doc.line_col(c.start)[1] - 1, doc.line_col(c.start)[1] - 1 + (c.end - c.start)) for c in claims)
        # Long scraped lines: show a window around the claims.
        lo = max(0, spans[0][0] - 60)
        hi = min(len(raw), spans[-1][1] + 60)
        text = Text("      ")
        prefix = f"{path}:{line}: " if path != anchor_path else f"{line}: "
        text.append(prefix, style="dim")
        if lo > 0:
            text.append("…")
        cursor = lo
        for s, e in spans:
            if s < cursor:
                continue
            text.append(raw[cursor:s])
            text.append(raw[s:e], style="bold reverse")
            cursor = e
        text.append(raw[cursor:hi])
        if hi < len(raw):
            text.append("…")
        out.append(text)
    return out
