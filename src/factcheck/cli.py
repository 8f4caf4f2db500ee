"""The command line (DESIGN contract): check, claims, rules. Heavy modules are imported
inside the commands so that start-up stays cheap for a pre-commit hook."""

from __future__ import annotations

import datetime as dt
import sys
from enum import Enum
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="A fact-consistency linter for numbers in prose.")


class Format(str, Enum):
    rich = "rich"
    json = "json"


class Level(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


def _fail(message: str) -> None:
    typer.echo(f"factcheck: {message}", err=True)
    raise typer.Exit(2)


def _date(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"--date {value!r}: expected YYYY-MM-DD")
    return None


def _load(rules: List[str]):
    from .packs import load_packs

    return load_packs(rules)


@app.command()
def check(
    paths: List[str] = typer.Argument(None, help="Files or folders, checked together as one corpus."),
    format: Format = typer.Option(Format.rich, "--format", "-f", help="Report format."),
    rules: List[str] = typer.Option([], "--rules", help="More rule packs (files or folders)."),
    fail_level: Level = typer.Option(Level.error, "--fail-level", help="Exit 1 when a finding is at or above this level."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for files that carry none."),
) -> None:
    """Check articles and report numbers that contradict each other."""
    from .model import SEVERITY_RANK
    from .pipeline import run
    from .read.decode import ReadError

    try:
        corpus, findings = run(paths or ["."], _load(rules), _date(date))
    except ReadError as exc:
        _fail(str(exc))
        return
    files, claims = len(corpus.extractions), len(corpus.claims)
    if format is Format.json:
        from .report.json import render

        typer.echo(render(findings, files, claims))
    else:
        from .report.rich import render as render_rich

        render_rich(findings, files, claims)
    threshold = SEVERITY_RANK[fail_level.value]
    if any(SEVERITY_RANK[f.severity] <= threshold for f in findings):
        raise typer.Exit(1)


@app.command()
def claims(
    path: str = typer.Argument(..., help="An article."),
    rules: List[str] = typer.Option([], "--rules", help="More rule packs."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD)."),
) -> None:
    """Show what was extracted and framed: why did it (not) catch this?"""
    from rich.console import Console
    from rich.table import Table

    from .intervals import fmt
    from .pipeline import analyse, build_ruleset
    from .read import read_document
    from .read.decode import ReadError

    try:
        ruleset = build_ruleset(_load(rules))
        doc = read_document(path, _date(date))
    except ReadError as exc:
        _fail(str(exc))
        return
    corpus = analyse([doc], ruleset)
    console = Console(highlight=False, soft_wrap=True)
    title = doc.text[doc.title.start : doc.title.end] if doc.title else "—"
    console.print(f"[bold]{path}[/]  title: {title}  published: {doc.published or '—'}  dateline: {doc.dateline or '—'}")
    table = Table("line:col", "text", "kind", "value", "hedge", "strict", "ordinary", "measure / noun", "qualifiers")
    for c in corpus.claims:
        line, col = doc.line_col(c.start)
        value = c.date.isoformat() if c.date and c.kind in ("date",) else fmt(c.value)
        table.add_row(f"{line}:{col}", c.text, c.kind + (f" {c.unit}" if c.unit else ""), value, c.hedge,
                      str(c.strict), str(c.ordinary), c.measure or c.noun or "",
                      " ".join(f"{k}={v}" for k, v in sorted(c.qualifiers.items())))
    console.print(table)
    console.print("[bold]Statements[/]")
    for kind in sorted(corpus.statements):
        for st in corpus.statements[kind]:
            line, col = doc.line_col(st.start)
            slots = ", ".join(f"{k}={_slot(v)}" for k, v in st.slots.items())
            console.print(f"  {line}:{col} {kind} ({st.frame}): {slots}")


def _slot(value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_slot(v) for v in value) + "]"
    return getattr(value, "text", str(value))


rules_app = typer.Typer(help="List rule packs and rules.", invoke_without_command=True)
app.add_typer(rules_app, name="rules")


@rules_app.callback()
def rules_list(ctx: typer.Context, rules: List[str] = typer.Option([], "--rules", help="More rule packs.")) -> None:
    """List packs and their rules."""
    if ctx.invoked_subcommand is not None:
        return
    from .read.decode import ReadError

    try:
        packs = _load(rules)
    except ReadError as exc:
        _fail(str(exc))
        return
    for pack in packs:
        typer.echo(f"{pack.pack}: {' '.join(pack.description.split())}")
        for rule in pack.rules:
            typer.echo(f"  {rule.id:<34} {rule.kind:<24} {rule.severity}")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
