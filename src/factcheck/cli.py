"""The command line (DESIGN contract): check, claims, rules.

Written with argparse rather than typer: typer takes 0.12 s to start (it builds a pydantic
adapter per option), half the 0.25 s a pre-commit hook may spend on one article; argparse
takes 0.01 s. Heavy modules are imported inside the commands for the same reason.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from .model import SEVERITIES

DEFAULT_MAX_FILE_MB = 10.0
MAX_FILE_MB_CEILING = 1e6  # a terabyte: beyond it a size no longer fits a read() call


class Failure(Exception):
    """A usage, configuration or input error: one line on stderr, exit code 2."""


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise Failure(f"--date {value!r}: expected YYYY-MM-DD") from None


def _setup(rules: list[str], config_path: str | None = None, disable=(), severity=()):
    """Packs and settings: shipped packs, the project configuration's, then the command line's."""
    from pathlib import Path

    from . import config as project
    from .packs import load_packs
    from .read.decode import ReadError

    if config_path is not None and not Path(config_path).exists():
        raise Failure(f"{config_path}: no such configuration file")
    try:
        settings = project.load(Path(config_path) if config_path else project.find(Path.cwd()))
        packs = load_packs([*settings.rules, *rules])
    except ReadError as exc:
        raise Failure(str(exc)) from None
    settings.disable.extend(disable)
    for item in severity:
        rule_id, _, level = item.partition("=")
        if level not in SEVERITIES:
            raise Failure(f"--severity {item!r}: expected RULE=error|warning|info")
        settings.severity[rule_id] = level
    try:
        project.check_ids(settings, packs)
    except ReadError as exc:
        raise Failure(str(exc)) from None
    return packs, settings


def check(args) -> int:
    """Check articles and report numbers that contradict each other."""
    from .model import SEVERITY_RANK
    from .frame.engine import PATTERN_TIMEOUT
    from .parallel import WorkerDied
    from .pipeline import CheckFailed, run
    from .read.decode import ReadError

    if args.jobs < 0:
        raise Failure(f"--jobs {args.jobs}: expected a number of processes (0: one per core)")
    max_bytes = _max_file_bytes(args.max_file_size)
    packs, settings = _setup(args.rules, args.config, args.disable, args.severity)
    try:
        result = run(args.paths or ["."], packs, _date(args.date), disabled=set(settings.disable),
                     severity_overrides=settings.severity, jobs=args.jobs,
                     max_file_bytes=max_bytes)
    except (ReadError, WorkerDied, CheckFailed) as exc:  # a path that does not exist, a dead worker, a bug
        raise Failure(str(exc)) from None
    for skipped in result.skipped:
        print(f"factcheck: {skipped}", file=sys.stderr)
    for (origin, frame_id), path in sorted(result.corpus.gave_up.items()):
        print(f"factcheck: warning: {origin}: frame {frame_id!r} gave up on a sentence of {path} after "
              f"{PATTERN_TIMEOUT:g} s (a pattern that backtracks without bound?); such sentences are not read by it",
              file=sys.stderr)
    corpus, findings = result.corpus, result.findings
    files, claims = len(corpus.extractions), len(corpus.claims)
    if args.format == "json":
        from .report.json import render

        print(render(findings, files, claims))
    else:
        from .report.rich import render as render_rich

        render_rich(findings, files, claims)
    if result.skipped:
        return 2
    threshold = SEVERITY_RANK[args.fail_level or settings.fail_level or "error"]
    return 1 if any(SEVERITY_RANK[f.severity] <= threshold for f in findings) else 0


def claims(args) -> int:
    """Show what was extracted and framed: why did it (not) catch this?"""
    from rich.console import Console
    from rich.table import Table

    from .intervals import fmt
    from .pipeline import analyse, build_ruleset
    from .read import read_document
    from .read.decode import ReadError

    path = args.path
    max_bytes = _max_file_bytes(args.max_file_size)
    ruleset = build_ruleset(_setup(args.rules, args.config)[0])
    try:
        doc = read_document(path, _date(args.date), max_bytes)
        corpus = analyse([doc], ruleset)
    except ReadError as exc:
        raise Failure(str(exc)) from None
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
            how = "inferred binding: warns at most" if st.inferred else "binding said by the text"
            console.print(f"  {line}:{col} {kind} ({st.frame}; {how}): {slots}")
            # The other candidates the reader tried: the relation holds if any of them satisfies it.
            for alternative in st.alternatives:
                changed = ", ".join(f"{k}={_slot(v)}" for k, v in alternative.items() if _slot(st.slots.get(k)) != _slot(v))
                console.print(f"      or {changed}")
    return 0


def _slot(value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_slot(v) for v in value) + "]"
    return getattr(value, "text", str(value))


def rules_list(args) -> int:
    """List packs and their rules (with the configuration's changes)."""
    packs, settings = _setup(args.rules, args.config)
    for pack in packs:
        print(f"{pack.pack}  ({pack.path})")
        if pack.description:
            print(f"  {' '.join(pack.description.split())}")
        for rule in pack.rules:
            state = "off" if settings.is_disabled(rule.id) else settings.severity.get(rule.id, rule.severity)
            print(f"  {rule.id:<36} {rule.kind:<24} {state}")
    return 0


def rules_show(args) -> int:
    """A rule's documentation, parameters and examples."""
    import dataclasses

    from .packs import find_rule

    rule_id = args.rule_id
    packs, settings = _setup(args.rules, args.config)
    found = find_rule(packs, rule_id)
    if found is None:
        from .hints import did_you_mean

        ids = [r.id for p in packs for r in p.rules]
        raise Failure(f"no rule {rule_id!r}" + did_you_mean(rule_id, ids, "; `factcheck rules` lists them"))
    pack, rule = found
    line = pack.marks.of(("rules", pack.rules.index(rule), "id"))[0]
    print(f"{rule.id}  ({pack.path}:{line})")
    severity = settings.severity.get(rule.id, rule.severity)
    print(f"kind: {rule.kind}    severity: {severity}" + ("    (turned off by the configuration)"
                                                          if settings.is_disabled(rule.id) else ""))
    print(f"what the kind checks: {' '.join(_kind_doc(rule.kind).split())}")
    print(f"message: {rule.message}")
    if rule.doc:
        print(f"doc: {rule.doc}")
    if rule.description:
        print("")
        print(rule.description.strip())
    if rule.select is not None:
        print(f"select: measures {', '.join(rule.select.measures)}")
    params = {k: v for k, v in dataclasses.asdict(rule.params).items() if v is not None}
    if params:
        print("params:")
        for key, value in params.items():
            print(f"  {key}: {value}")
    for expect, examples in (("must fire", rule.examples.fire), ("must not fire", rule.examples.ok)):
        for n, example in enumerate(examples, 1):
            texts = [example] if isinstance(example, str) else example
            print(f"\nexample {n}, {expect}:")
            for i, text in enumerate(texts):
                prefix = f"  [article {i + 1}] " if len(texts) > 1 else "  "
                print(prefix + " ".join(text.split()))
    return 0


def _kind_doc(kind: str) -> str:
    from .checks import load_all

    module = sys.modules[load_all()[kind].__module__]
    return (module.__doc__ or "").strip()


def rules_schema(args) -> int:
    """The JSON Schema of a rule pack, for editors that autocomplete YAML."""
    import json

    from .packs.schema import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0


def rules_test(args) -> int:
    """Run every rule's examples: each must fire where it says fire and stay silent where it says ok."""
    from .ruletest import run_rule_examples

    packs, _ = _setup(args.rules, args.config)
    pack = args.pack
    if pack is not None and pack not in {p.pack for p in packs}:
        raise Failure(f"no pack {pack!r}; loaded: {', '.join(p.pack for p in packs)}")
    results = run_rule_examples(packs, pack)
    failed = 0
    for result in results:
        fire = [o for o in result.outcomes if o.expect == "fire"]
        ok = [o for o in result.outcomes if o.expect == "ok"]
        verdict = "ok" if result.passed else ("UNTESTED" if result.untested and all(o.passed for o in result.outcomes)
                                              else "FAIL")
        failed += not result.passed
        print(f"{verdict:<8} {result.rule_id:<36} fire {sum(o.passed for o in fire)}/{len(fire)}  "
              f"ok {sum(o.passed for o in ok)}/{len(ok)}")
        for o in result.outcomes:
            if not o.passed:
                what = "found nothing" if o.expect == "fire" else f"fired: {o.findings[0].message}" if o.findings else ""
                print(f"         example {o.number} ({o.expect}) {what}")
                if args.verbose:
                    for f in o.findings:
                        print(f"           {f.severity} {f.message} — {f.explanation}")
        if result.untested:
            print("         needs at least one example that fires and one that does not")
    print(f"{len(results) - failed} of {len(results)} rules pass their examples")
    return 1 if failed else 0


def _max_file_size_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--max-file-size", type=float, default=DEFAULT_MAX_FILE_MB, metavar="MB",
                        help=f"{what} (default {DEFAULT_MAX_FILE_MB:g} MB).")


def _max_file_bytes(megabytes: float) -> int:
    if not (0 < megabytes <= MAX_FILE_MB_CEILING):  # also refuses nan and inf
        raise Failure(f"--max-file-size {megabytes:g}: expected a size in MB above 0 and at most "
                      f"{MAX_FILE_MB_CEILING:g}")
    return int(megabytes * 1_000_000)


def _pack_options(parser: argparse.ArgumentParser, under_rules: bool = False) -> None:
    # Under `rules`, a subcommand's own defaults would overwrite options given before it
    # (`rules --rules x show ID`): they are left unset there, and read with getattr.
    parser.add_argument("--rules", action="append", default=argparse.SUPPRESS if under_rules else [], metavar="PATH",
                        help="More rule packs (files or folders); may be repeated.")
    parser.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS if under_rules else None,
                        help="Configuration file (default: .factcheck.yaml or [tool.factcheck] in pyproject.toml, "
                        "from here upward).")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="factcheck", description="A fact-consistency linter for numbers in prose.")
    commands = top.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("check", help=check.__doc__, description=check.__doc__)
    p.add_argument("paths", nargs="*", metavar="PATH", help="Files or folders, checked together as one corpus.")
    p.add_argument("--format", "-f", choices=("rich", "json"), default="rich", help="Report format.")
    _pack_options(p)
    p.add_argument("--disable", action="append", default=[], metavar="ID",
                   help="Turn off a rule (by id) or a whole pack (by name).")
    p.add_argument("--severity", action="append", default=[], metavar="RULE=LEVEL",
                   help="Override a rule's severity: RULE=error|warning|info.")
    p.add_argument("--fail-level", choices=SEVERITIES, help="Exit 1 when a finding is at or above this level "
                   "(default: error).")
    p.add_argument("--date", help="Publication date (YYYY-MM-DD) for files that carry none.")
    p.add_argument("--jobs", "-j", type=int, default=0, metavar="N",
                   help="Processes reading and analysing files (default 0: one per core).")
    _max_file_size_option(p, "Skip, with a reason, any file larger than this")
    p.set_defaults(run=check)

    p = commands.add_parser("claims", help=claims.__doc__, description=claims.__doc__)
    p.add_argument("path", metavar="PATH", help="An article.")
    _pack_options(p)
    p.add_argument("--date", help="Publication date (YYYY-MM-DD).")
    _max_file_size_option(p, "Refuse, with a reason, a file larger than this")
    p.set_defaults(run=claims)

    rules = commands.add_parser("rules", help="List packs and rules (with no command), show or test them, print "
                                "the pack schema.", description=rules_list.__doc__)
    _pack_options(rules)
    rules.set_defaults(run=rules_list)
    sub = rules.add_subparsers(dest="rules_command", metavar="COMMAND")
    p = sub.add_parser("show", help=rules_show.__doc__, description=rules_show.__doc__)
    p.add_argument("rule_id", metavar="ID", help="A rule id, such as core/share.")
    _pack_options(p, under_rules=True)
    p.set_defaults(run=rules_show)
    p = sub.add_parser("schema", help=rules_schema.__doc__, description=rules_schema.__doc__)
    p.set_defaults(run=rules_schema)
    p = sub.add_parser("test", help=rules_test.__doc__, description=rules_test.__doc__)
    p.add_argument("pack", nargs="?", help="Only this pack (by name).")
    _pack_options(p, under_rules=True)
    p.add_argument("--verbose", "-v", action="store_true", help="Show what each failing example found.")
    p.set_defaults(run=rules_test)
    return top


def main(argv: list[str] | None = None) -> int:
    top = parser()
    args = top.parse_args(argv)
    if getattr(args, "run", None) is None:
        top.print_help()
        return 2
    try:
        return args.run(args)
    except Failure as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `factcheck check … | head`
        sys.stderr.close()
        return 1
    except Exception as exc:  # noqa: BLE001 — exit 1 means findings: a crash is exit 2, in one line
        print(f"factcheck: internal error ({type(exc).__name__}: {' '.join(str(exc).split())}); "
              "please report this as a factcheck bug", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
