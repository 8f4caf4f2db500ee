"""docs/rules.md stays true: its worked example runs as printed, every rule kind is
documented, and every shipped rule's doc link lands on a heading."""

from __future__ import annotations

import json
import re


from conftest import ROOT
from factcheck.checks import load_all
from cli import invoke
from factcheck.packs import load_packs

DOCS = ROOT / "docs" / "rules.md"
BLOCK_RE = re.compile(r"^```\w+ title=(?P<title>\S+)\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL)


def blocks() -> dict[str, str]:
    return {m.group("title"): m.group("body") for m in BLOCK_RE.finditer(DOCS.read_text(encoding="utf-8"))}


def slugs() -> set[str]:
    """GitHub's anchors for the headings."""
    out = set()
    for heading in re.findall(r"^#+ (.+)$", DOCS.read_text(encoding="utf-8"), re.MULTILINE):
        out.add(re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-"))
    return out


def test_the_worked_example_runs_as_printed(tmp_path, monkeypatch):
    docs = blocks()
    (tmp_path / "jobs.yaml").write_text(docs["jobs.yaml"], encoding="utf-8")
    (tmp_path / "october.md").write_text(docs["october.md"], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    tested = invoke(["rules", "test", "jobs", "--rules", "jobs.yaml"])
    assert tested.exit_code == 0, tested.output
    assert tested.output.splitlines() == docs["rules-test"].splitlines()[1:]
    checked = invoke(["check", "--format", "json", "--rules", "jobs.yaml", "october.md"])
    assert checked.exit_code == 1
    findings = json.loads(checked.output)["findings"]
    printed = docs["check"].splitlines()[2:]
    assert len(findings) == len(printed)
    for finding, line in zip(findings, printed):
        loc = finding["location"]
        assert line.split() == [f"{loc['line']}:{loc['column']}", finding["severity"], *finding["message"].split(),
                                f"[{finding['rule']}]"]


def test_every_rule_kind_is_documented():
    headings = set(re.findall(r"^### (\S+)$", DOCS.read_text(encoding="utf-8"), re.MULTILINE))
    missing = set(load_all()) - headings
    assert not missing, f"kinds without a section in docs/rules.md: {sorted(missing)}"


def test_every_shipped_rule_links_to_a_heading_and_is_listed():
    text = DOCS.read_text(encoding="utf-8")
    anchors = slugs()
    for pack in load_packs():
        for rule in pack.rules:
            assert rule.doc.startswith("docs/rules.md#"), rule.id
            assert rule.doc.split("#", 1)[1] in anchors, f"{rule.id}: {rule.doc} has no heading"
            assert f"`{rule.id}`" in text, f"{rule.id} is not listed under its kind"
