"""The command-line contract: exit codes, the JSON report, bad input, determinism."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT, SEEDS

MUTANT = CORPUS / "seed_mutants" / "share__003_f05b8b4cfa5059e2.txt"


def factcheck(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, cwd=cwd,
                          encoding="utf-8")


def test_clean_seeds_exit_0_and_json_follows_the_contract():
    out = factcheck("check", "--format", "json", *map(str, SEEDS))
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["schema"] == "factcheck/report@1"
    assert set(report["summary"]) == {"files", "claims", "errors", "warnings", "infos"}
    assert report["summary"]["files"] == 5 and report["summary"]["errors"] == 0
    for finding in report["findings"]:
        assert set(finding) == {"rule", "severity", "message", "location", "claims", "explanation"}
        assert set(finding["location"]) == {"path", "line", "column", "end_line", "end_column"}
        for claim in finding["claims"]:
            assert {"text", "kind", "value", "low", "high"} <= set(claim)


def test_a_contradiction_exits_1_and_points_at_both_files():
    others = [s for s in SEEDS if not s.name.startswith("003")]
    out = factcheck("check", "--format", "json", str(MUTANT), *map(str, others))
    assert out.returncode == 1
    report = json.loads(out.stdout)
    share = [f for f in report["findings"] if f["rule"] == "little-giants/batch-share"][0]
    assert share["severity"] == "error"
    assert share["location"]["line"] == 10 and share["location"]["path"].endswith(MUTANT.name)
    line = MUTANT.read_text(encoding="utf-8").splitlines()[9]
    loc = share["location"]
    assert line[loc["column"] - 1 : loc["end_column"] - 1] == "19.9 percent"
    paths = {Path(c["path"]).name for c in share["claims"]}
    assert {MUTANT.name, "000_3515e5032a318a48.txt"} <= paths
    assert share["claims"][0]["low"] == "19.85" and share["claims"][0]["high"] == "19.95"


def test_fail_level_info_turns_info_into_failure():
    assert factcheck("check", *map(str, SEEDS)).returncode == 0
    assert factcheck("check", "--fail-level", "info", *map(str, SEEDS)).returncode == 1


def test_missing_file_is_one_line_exit_2():
    out = factcheck("check", "no/such/file.md")
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "no/such/file.md" in out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("payload", [b"\x00\x01binary\x00", b"caf\xe9 3,671 companies"])
def test_unreadable_input_is_one_line_exit_2(tmp_path, payload):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(payload)
    out = factcheck("check", str(bad))
    assert out.returncode == 2 and "bad.txt" in out.stderr and "Traceback" not in out.stderr
    assert out.stderr.strip().count("\n") == 0


def test_bad_rule_pack_is_one_line_exit_2(tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text("pack: x\nrules:\n  - id: x/y\n    kind: share\n    severity: error\n    message: m\n    colour: red\n")
    out = factcheck("check", "--rules", str(pack), str(SEEDS[0]))
    assert out.returncode == 2 and "pack.yaml" in out.stderr and "colour" in out.stderr
    assert "Traceback" not in out.stderr


def test_same_files_in_any_order_give_identical_json(tmp_path):
    forward = factcheck("check", "--format", "json", *map(str, SEEDS), str(MUTANT))
    backward = factcheck("check", "--format", "json", str(MUTANT), *map(str, reversed(SEEDS)))
    assert forward.stdout == backward.stdout


def test_folder_is_checked_and_files_are_not_written(tmp_path):
    for seed in SEEDS:
        shutil.copy(seed, tmp_path / seed.name)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    out = factcheck("check", str(tmp_path))
    assert out.returncode == 0, out.stdout
    assert "5 files" in out.stdout
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_claims_command_shows_extraction_and_frames():
    out = factcheck("claims", str(SEEDS[3]))
    assert out.returncode == 0
    assert "17.9 percent" in out.stdout and "2023-09-21" in out.stdout and "schedule" in out.stdout


def test_claims_command_shows_the_cue_and_every_candidate_tried(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("The appeal raised £3.62 million. Donations came from 48,210 people, an average gift of £57, "
                    "the largest being £150,000.\n")
    out = factcheck("claims", str(path))
    assert out.returncode == 0
    assert "reader/ratio: an average" in out.stdout and "inferred" in out.stdout
    assert "or num=£3.62 million" in out.stdout or "or num=£150,000" in out.stdout


def test_rules_command_lists_shipped_packs():
    out = factcheck("rules")
    assert out.returncode == 0
    for rule in ("core/share", "dates/dateline", "little-giants/batch-sum"):
        assert rule in out.stdout


def test_suppression_comment_silences_a_rule(tmp_path):
    text = "Of the 2,400 workers surveyed, 612, or 28.5 percent, said so. <!-- factcheck: ignore core/share -->\n"
    (tmp_path / "a.md").write_text(text)
    assert factcheck("check", str(tmp_path / "a.md")).returncode == 0
    (tmp_path / "b.md").write_text(text.replace(" <!-- factcheck: ignore core/share -->", ""))
    assert factcheck("check", str(tmp_path / "b.md")).returncode == 1
