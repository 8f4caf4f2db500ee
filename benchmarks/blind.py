"""Score factcheck on a blind set: planted errors caught per relation, findings on the clean twins.

    python benchmarks/blind.py tests/corpus/blind/2026-12-02-a [--verbose]

A blind set is a folder with `clean/NAME.md`, `planted/NAME.md` (the same article with
errors planted) and `EXPECTED.yaml` (one entry per planted error: file, line, text,
relation). A planted error is caught when a finding of level error or warning points at
its line, or names a claim on it, and is not raised on the clean twin as well (a false
alarm that happens to sit on the line catches nothing). Each article is checked on its own,
as an editor would check it. Findings on clean twins are false alarms; so are findings on a planted article
that touch none of its planted lines.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import yaml


def findings_of(path: Path):
    from factcheck.packs import load_packs
    from factcheck.pipeline import run

    global _packs
    if _packs is None:
        _packs = load_packs()
    result = run([str(path)], _packs)
    return [f for f in result.findings if f.severity in ("error", "warning")]


_packs = None


def lines_of(finding) -> set[int]:
    return {finding.location()["line"], *(c.location()["line"] for c in finding.claims)}


def score(folder: Path, verbose: bool = False) -> dict:
    expected = yaml.safe_load((folder / "EXPECTED.yaml").read_text(encoding="utf-8"))
    by_file = collections.defaultdict(list)
    for e in expected:
        by_file[e["file"]].append(e)
    caught = collections.Counter()
    planted = collections.Counter()
    false_planted, misses = [], []
    for name, entries in sorted(by_file.items()):
        findings = findings_of(folder / name)
        twin = folder / "clean" / Path(name).name
        also_clean = {(f.rule, f.location()["line"], f.message) for f in (findings_of(twin) if twin.exists() else [])}
        planted_lines = {e["line"] for e in entries}
        for e in entries:
            planted[e["relation"]] += 1
            hits = [f for f in findings if e["line"] in lines_of(f)
                    and (f.rule, f.location()["line"], f.message) not in also_clean]
            if hits:
                caught[e["relation"]] += 1
                if verbose:
                    print(f"  caught {name}:{e['line']} {e['relation']}: {hits[0].rule} {hits[0].severity}: {hits[0].message}")
            else:
                misses.append(e)
        for f in findings:
            if not lines_of(f) & planted_lines:
                false_planted.append((name, f))
    clean = []
    for path in sorted((folder / "clean").glob("*.md")):
        clean += [(path.name, f) for f in findings_of(path)]
    if verbose:
        for e in misses:
            print(f"  MISSED {e['file']}:{e['line']} {e['relation']}: {e['text']} — {e.get('why', '')}")
        for name, f in clean:
            print(f"  CLEAN {name}:{f.location()['line']} {f.rule} {f.severity}: {f.message}")
        for name, f in false_planted:
            print(f"  FALSE {name}:{f.location()['line']} {f.rule} {f.severity}: {f.message}")
    return {"caught": caught, "planted": planted, "clean": clean, "false_planted": false_planted, "misses": misses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    r = score(args.folder, args.verbose)
    total_caught, total = sum(r["caught"].values()), sum(r["planted"].values())
    print(f"{args.folder}: caught {total_caught} of {total} planted errors ({100 * total_caught / total:.0f} %)")
    for relation in sorted(r["planted"]):
        print(f"  {relation:<12} {r['caught'][relation]} / {r['planted'][relation]}")
    clean_errors = sum(f.severity == "error" for _, f in r["clean"])
    clean_warnings = len(r["clean"]) - clean_errors
    print(f"  clean twins: {clean_errors} errors, {clean_warnings} warnings; "
          f"planted articles, away from planted lines: {len(r['false_planted'])} findings")
    sys.exit(0)


if __name__ == "__main__":
    main()
