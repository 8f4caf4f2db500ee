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


def _setup(rules: List[str], config_path: Optional[str] = None, disable: List[str] = (), severity: List[str] = ()):
    """Packs and settings: shipped packs, the project configuration's, then the command line's."""
    from pathlib import Path

    from . import config as project
    from .packs import load_packs

    if config_path is not None and not Path(config_path).is_file():
        _fail(f"{config_path}: no such configuration file")
    settings = project.load(Path(config_path) if config_path else project.find(Path.cwd()))
    packs = load_packs([*settings.rules, *rules])
    settings.disable.extend(disable)
    for item in severity:
        rule_id, _, level = item.partition("=")
        if level not in ("error", "warning", "info"):
            _fail(f"--severity {item!r}: expected RULE=error|warning|info")
        settings.severity[rule_id] = level
    project.check_ids(settings, packs)
    return packs, settings


RULES_OPTION = typer.Option([], "--rules", help="More rule packs (files or folders).")
CONFIG_OPTION = typer.Option(None, "--config", help="Configuration file (default: .factcheck.yaml or [tool.factcheck] "
                             "in pyproject.toml, from here upward).")


@app.command()
def check(
    paths: List[str] = typer.Argument(None, help="Files or folders, checked together as one corpus."),
    format: Format = typer.Option(Format.rich, "--format", "-f", help="Report format."),
    rules: List[str] = RULES_OPTION,
    config: Optional[str] = CONFIG_OPTION,
    disable: List[str] = typer.Option([], "--disable", help="Turn off a rule (by id) or a whole pack (by name)."),
    severity: List[str] = typer.Option([], "--severity", help="Override a rule's severity: RULE=error|warning|info."),
    fail_level: Optional[Level] = typer.Option(None, "--fail-level", help="Exit 1 when a finding is at or above this "
                                               "level (default: error)."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for files that carry none."),
) -> None:
    """Check articles and report numbers that contradict each other."""
    from .model import SEVERITY_RANK
    from .pipeline import run
    from .read.decode import ReadError

    try:
        packs, settings = _setup(rules, config, disable, severity)
        corpus, findings = run(paths or ["."], packs, _date(date), disabled=set(settings.disable),
                               severity_overrides=settings.severity)
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
    threshold = SEVERITY_RANK[fail_level.value if fail_level else settings.fail_level or "error"]
    if any(SEVERITY_RANK[f.severity] <= threshold for f in findings):
        raise typer.Exit(1)


@app.command()
def claims(
    path: str = typer.Argument(..., help="An article."),
    rules: List[str] = RULES_OPTION,
    config: Optional[str] = CONFIG_OPTION,
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
        ruleset = build_ruleset(_setup(rules, config)[0])
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


rules_app = typer.Typer(help="List packs and rules (with no command), show or test them, print the pack schema.",
                        invoke_without_command=True)
app.add_typer(rules_app, name="rules")


@rules_app.callback()
def rules_list(ctx: typer.Context, rules: List[str] = RULES_OPTION, config: Optional[str] = CONFIG_OPTION) -> None:
    """List packs and their rules (with the configuration's changes)."""
    if ctx.invoked_subcommand is not None:
        return
    packs, settings = _setup_or_fail(rules, config)
    for pack in packs:
        typer.echo(f"{pack.pack}  ({pack.path})")
        if pack.description:
            typer.echo(f"  {' '.join(pack.description.split())}")
        for rule in pack.rules:
            state = "off" if settings.is_disabled(rule.id) else settings.severity.get(rule.id, rule.severity)
            typer.echo(f"  {rule.id:<36} {rule.kind:<24} {state}")


@rules_app.command("show")
def rules_show(rule_id: str = typer.Argument(..., help="A rule id, such as core/share."),
               rules: List[str] = RULES_OPTION, config: Optional[str] = CONFIG_OPTION) -> None:
    """A rule's documentation, parameters and examples."""
    import dataclasses

    from .packs import find_rule

    packs, settings = _setup_or_fail(rules, config)
    found = find_rule(packs, rule_id)
    if found is None:
        import difflib

        close = difflib.get_close_matches(rule_id, [r.id for p in packs for r in p.rules], n=1)
        _fail(f"no rule {rule_id!r}" + (f" (did you mean {close[0]!r}?)" if close else "; `factcheck rules` lists them"))
        return
    pack, rule = found
    line = pack.marks.of(("rules", pack.rules.index(rule), "id"))[0]
    typer.echo(f"{rule.id}  ({pack.path}:{line})")
    severity = settings.severity.get(rule.id, rule.severity)
    typer.echo(f"kind: {rule.kind}    severity: {severity}" + ("    (turned off by the configuration)"
                                                              if settings.is_disabled(rule.id) else ""))
    typer.echo(f"what the kind checks: {' '.join(_kind_doc(rule.kind).split())}")
    typer.echo(f"message: {rule.message}")
    if rule.doc:
        typer.echo(f"doc: {rule.doc}")
    if rule.description:
        typer.echo("")
        typer.echo(rule.description.strip())
    if rule.select is not None:
        typer.echo(f"select: measures {', '.join(rule.select.measures)}")
    params = {k: v for k, v in dataclasses.asdict(rule.params).items() if v is not None}
    if params:
        typer.echo("params:")
        for key, value in params.items():
            typer.echo(f"  {key}: {value}")
    for expect, examples in (("must fire", rule.examples.fire), ("must not fire", rule.examples.ok)):
        for n, example in enumerate(examples, 1):
            texts = [example] if isinstance(example, str) else example
            typer.echo(f"\nexample {n}, {expect}:")
            for i, text in enumerate(texts):
                prefix = f"  [article {i + 1}] " if len(texts) > 1 else "  "
                typer.echo(prefix + " ".join(text.split()))


def _kind_doc(kind: str) -> str:
    import sys

    from .checks import load_all

    module = sys.modules[load_all()[kind].__module__]
    return (module.__doc__ or "").strip()


@rules_app.command("schema")
def rules_schema() -> None:
    """The JSON Schema of a rule pack, for editors that autocomplete YAML."""
    import json

    from .packs.schema import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@rules_app.command("test")
def rules_test(pack: Optional[str] = typer.Argument(None, help="Only this pack (by name)."),
               rules: List[str] = RULES_OPTION, config: Optional[str] = CONFIG_OPTION,
               verbose: bool = typer.Option(False, "--verbose", "-v", help="Show what each failing example found.")) -> None:
    """Run every rule's examples: each must fire where it says fire and stay silent where it says ok."""
    from .ruletest import run_rule_examples

    packs, _ = _setup_or_fail(rules, config)
    if pack is not None and pack not in {p.pack for p in packs}:
        _fail(f"no pack {pack!r}; loaded: {', '.join(p.pack for p in packs)}")
    results = run_rule_examples(packs, pack)
    failed = 0
    for result in results:
        fire = [o for o in result.outcomes if o.expect == "fire"]
        ok = [o for o in result.outcomes if o.expect == "ok"]
        verdict = "ok" if result.passed else ("UNTESTED" if result.untested and all(o.passed for o in result.outcomes) else "FAIL")
        failed += not result.passed
        typer.echo(f"{verdict:<8} {result.rule_id:<36} fire {sum(o.passed for o in fire)}/{len(fire)}  "
                   f"ok {sum(o.passed for o in ok)}/{len(ok)}")
        for o in result.outcomes:
            if not o.passed:
                what = "found nothing" if o.expect == "fire" else f"fired: {o.findings[0].message}" if o.findings else ""
                typer.echo(f"         example {o.number} ({o.expect}) {what}")
                if verbose:
                    for f in o.findings:
                        typer.echo(f"           {f.severity} {f.message} — {f.explanation}")
        if result.untested:
            typer.echo("         needs at least one example that fires and one that does not")
    typer.echo(f"{len(results) - failed} of {len(results)} rules pass their examples")
    if failed:
        raise typer.Exit(1)


def _setup_or_fail(rules: List[str], config: Optional[str]):
    from .read.decode import ReadError

    try:
        return _setup(rules, config)
    except ReadError as exc:
        _fail(str(exc))
        raise  # unreachable: _fail exits


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
