"""Project configuration and command-line overrides: disable, severity, fail-level, more
packs; mistakes are one line naming the file and line."""

from __future__ import annotations

import json

import pytest

from conftest import CORPUS, SEEDS
from cli import invoke

MUTANT = CORPUS / "seed_mutants" / "share__003_f05b8b4cfa5059e2.txt"
ARTICLES = [str(MUTANT), *(str(s) for s in SEEDS if not s.name.startswith("003"))]


def run(*args: str):
    return invoke(["check", "--format", "json", *args, *ARTICLES])


def rules_of(result) -> dict[str, str]:
    return {f["rule"]: f["severity"] for f in json.loads(result.output)["findings"]}


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder with a subfolder to run from: configuration is found upward."""
    sub = tmp_path / "articles" / "2023"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    return tmp_path


def test_without_configuration_the_planted_share_is_an_error(project):
    result = run()
    assert result.exit_code == 1
    assert rules_of(result)["little-giants/batch-share"] == "error"


def test_yaml_configuration_found_upward_disables_and_overrides(project):
    (project / ".factcheck.yaml").write_text("disable: [little-giants/batch-share]\n", encoding="utf-8")
    result = run()
    assert "little-giants/batch-share" not in rules_of(result)
    assert "core/share" not in rules_of(result)  # the rule it took the measure from stays out of it
    assert result.exit_code == 0
    (project / ".factcheck.yaml").write_text("severity: {little-giants/batch-share: warning}\n", encoding="utf-8")
    result = run()
    assert rules_of(result)["little-giants/batch-share"] == "warning" and result.exit_code == 0
    (project / ".factcheck.yaml").write_text("severity: {little-giants/batch-share: warning}\nfail-level: warning\n",
                                             encoding="utf-8")
    assert run().exit_code == 1


def test_a_whole_pack_can_be_turned_off(project):
    (project / ".factcheck.yaml").write_text("disable: [little-giants]\n", encoding="utf-8")
    assert not any(r.startswith("little-giants/") for r in rules_of(run()))


def test_pyproject_table_and_command_line_options(project):
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.factcheck]\nfail-level = "info"\n',
                                            encoding="utf-8")
    result = run("--disable", "little-giants/batch-share")
    assert result.exit_code == 1  # info findings fail at fail-level info
    assert "little-giants/batch-share" not in rules_of(result)
    result = run("--disable", "little-giants/batch-share", "--fail-level", "error")
    assert result.exit_code == 0  # the command line wins over the configuration
    result = run("--severity", "little-giants/batch-share=info", "--fail-level", "warning")
    assert rules_of(result)["little-giants/batch-share"] == "info" and result.exit_code == 0


def test_packs_named_in_the_configuration_are_relative_to_it(project):
    (project / "packs").mkdir()
    (project / "packs" / "beat.yaml").write_text(
        "pack: beat\nrules:\n  - id: beat/share\n    kind: share\n    severity: warning\n    message: m\n"
        "    select: {measures: [little-giants]}\n", encoding="utf-8")
    (project / ".factcheck.yaml").write_text("rules: [packs/beat.yaml]\n", encoding="utf-8")
    assert rules_of(run())["beat/share"] == "warning"


@pytest.mark.parametrize(
    "name, text, expected",
    [
        (".factcheck.yaml", "disabel: [core/share]\n", ".factcheck.yaml:1: unknown key 'disabel' (did you mean 'disable'?)"),
        (".factcheck.yaml", "rules: []\ndisable: [core/shares]\n",
         ".factcheck.yaml:2: disable: no rule or pack 'core/shares' (did you mean 'core/share'?)"),
        (".factcheck.yaml", "severity:\n  core/share: fatal\n",
         ".factcheck.yaml:2: severity of core/share: 'fatal' is not error, warning or info"),
        (".factcheck.yaml", "fail-level: [x\n", ".factcheck.yaml:2:1: invalid YAML: did not find expected ',' or ']' "
                                                 "(while parsing a flow sequence)"),
        ("pyproject.toml", '[tool.factcheck]\nrules = ["missing.yaml"]\n', "missing.yaml: no such rule pack"),
        ("pyproject.toml", '[tool.factcheck]\n\nseverity = {"core/rank" = "warning", "core/ranks" = "info"}\n',
         "pyproject.toml:3: severity: no rule 'core/ranks' (did you mean 'core/rank'?)"),
    ],
)
def test_configuration_mistakes_are_one_line_exit_2(project, name, text, expected):
    (project / name).write_text(text, encoding="utf-8")
    result = run()
    assert result.exit_code == 2
    assert result.output.strip().endswith(expected), result.output
    assert result.output.count("\n") == 1


def test_an_explicit_configuration_file(project, tmp_path):
    other = tmp_path / "strict.yaml"
    other.write_text("fail-level: info\n", encoding="utf-8")
    assert invoke(["check", "--config", str(other), *map(str, SEEDS)]).exit_code == 1
    missing = invoke(["check", "--config", str(tmp_path / "nope.yaml"), *map(str, SEEDS)])
    assert missing.exit_code == 2 and "no such configuration file" in missing.output
