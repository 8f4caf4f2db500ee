"""The planted-error corpus: every planted contradiction is caught, pointed at with its
claim; the seeds and the clean articles raise no error."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import CORPUS, SEEDS, check_paths

EXPECTED = yaml.safe_load((CORPUS / "EXPECTED.yaml").read_text(encoding="utf-8"))
CLEAN = sorted((CORPUS / "clean").iterdir())


def _corpus_for(entry) -> list[Path]:
    target = CORPUS / entry["file"]
    if not entry.get("with_seeds"):
        return [target]
    origin = target.name.split("__", 1)[1]
    return [target] + [s for s in SEEDS if s.name != origin]


def _points_at(finding, path: Path, line: int, text: str) -> bool:
    places = [finding.location()] + [c.location() for c in finding.claims]
    for place in places:
        if Path(place["path"]).resolve() == path.resolve() and place["line"] == line:
            return True
    return False


@pytest.mark.parametrize("entry", EXPECTED, ids=[f"{e['rule']}:{e['file']}" for e in EXPECTED])
def test_planted_error_is_caught(entry):
    findings = check_paths(_corpus_for(entry))
    target = CORPUS / entry["file"]
    hits = [f for f in findings if f.rule == entry["rule"] and _points_at(f, target, entry["line"], entry["text"])]
    assert hits, f"{entry['rule']} not reported at {entry['file']}:{entry['line']} ({entry['text']}); got " + \
        "; ".join(f"{f.rule}@{f.location()['line']}: {f.message}" for f in findings)
    assert any(f.severity in ("error", "warning") for f in hits)


def test_seeds_together_have_no_error():
    findings = check_paths(SEEDS)
    assert [f for f in findings if f.severity != "info"] == []


@pytest.mark.parametrize("seed", SEEDS, ids=[s.name for s in SEEDS])
def test_each_seed_alone_has_no_error(seed):
    assert [f for f in check_paths([seed]) if f.severity != "info"] == []


@pytest.mark.parametrize("article", CLEAN, ids=[a.name for a in CLEAN])
def test_clean_articles_have_no_error_or_warning(article):
    findings = check_paths([article])
    assert [(f.rule, f.location()["line"], f.message) for f in findings if f.severity != "info"] == []


def test_design_card_example_is_reconciled_at_info_level():
    findings = check_paths(SEEDS)
    info = [f for f in findings if f.rule == "little-giants/batch-sum"]
    assert info and info[0].severity == "info"
    assert "12,668" in info[0].explanation
    texts = {c.text for c in info[0].claims}
    assert {"8,997", "3,671", "13,000", "12,000"} <= texts
