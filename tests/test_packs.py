"""Rule packs: malformed packs give one line with file, line and column; a pack written for a
new beat works with no Python; the shipped rules carry examples that pass."""

from __future__ import annotations

import json
import textwrap

import pytest

from conftest import ROOT
from cli import invoke
from factcheck.packs import PackError, load_packs
from factcheck.read.decode import ReadError

RULE = """\
pack: beat
rules:
  - id: beat/a
    kind: {kind}
    severity: error
    message: m
"""

MALFORMED = [
    # (pack text, expected "line:col: message")
    ("pack: beat\nrules:\n - id: beat/a\n   kind: sum\n  severity: error\n",
     "5:3: invalid YAML: did not find expected '-' indicator (while parsing a block collection)"),
    ("pack: beat\nrules:\n\t- id: beat/a\n", "3:1: invalid YAML: a tab: YAML indents with spaces"),
    ("pack: beat\npack: other\n", "2:1: duplicate key 'pack'"),
    (RULE.format(kind="sum") + "    severty: error\n", "7:5: rule beat/a: unknown key 'severty' (did you mean 'severity'?)"),
    (RULE.format(kind="sums"), "4:11: rule beat/a: unknown rule kind 'sums' (did you mean 'sum'?)"),
    (RULE.format(kind="sum").replace("severity: error", "severity: fatal"),
     "5:15: rule beat/a: severity: 'fatal': input should be 'error', 'warning' or 'info'"),
    ("pack: beat\nmeasures:\n  - name: jobs\n    cumulative: sometimes\n",
     "4:17: measure jobs: cumulative: input should be a valid boolean, unable to interpret input"),
    (RULE.format(kind="sum").replace("    message: m\n", ""), "3:5: rule beat/a: missing key 'message'"),
    (RULE.format(kind="batch-sum") + "    params: {measure: little-giant}\n",
     "7:23: rule beat/a: unknown measure 'little-giant' (did you mean 'little-giants'?)"),
    (RULE.format(kind="batch-sum") + "    params: {measur: little-giants}\n",
     "7:14: rule beat/a: unknown key 'measur' (did you mean 'measure'?)"),
    (RULE.format(kind="hierarchy") + "    params: {order: little-giants}\n",
     "7:21: rule beat/a: params.order: input should be a valid list"),
    (RULE.format(kind="sum").replace("beat/a", "other/a"), "3:9: rule id 'other/a' must start with the pack's name, 'beat/'"),
    (RULE.format(kind="sum") + RULE.format(kind="sum").split("rules:\n")[1],
     "7:9: rule 'beat/a' is declared twice"),
    ("pack: beat\nframes:\n  - id: f\n    statement: s\n    pattern: '{count:a} of (unclosed'\n",
     "5:14: frame f: pattern does not compile: missing ), unterminated subpattern"),
    ("pack: beat\nframes:\n  - id: f\n    statement: s\n    pattern: '{cnt:a} of'\n",
     "5:14: frame f: unknown slot type {cnt}"),
    (RULE.format(kind="expression") + "    params:\n      expression: a / b == (c\n"
     "      measures: {a: little-giants, b: little-giants, c: little-giants}\n",
     "8:30: rule beat/a: expression: expected ')', found the end"),
    (RULE.format(kind="expression") + "    params:\n      expression: \"a / bb == c\"\n"
     "      measures: {a: little-giants, b: little-giants, c: little-giants}\n",
     "8:24: rule beat/a: expression: 'bb' is not defined; it must be a key of measures: (a, b, c)"),
    (RULE.format(kind="expression") + "    params:\n      expression: total == sum(parts)\n      statement: nothing\n",
     "9:18: rule beat/a: no frame makes a 'nothing' statement"),
    (RULE.format(kind="expression") + "    params:\n      expression: total == sum(parts)\n      statement: sum\n"
     "      measures: {total: little-giants}\n",
     "8:19: rule beat/a: give either statement: (names are its slots) or measures: (names are measures)"),
    ("- just\n- a list\n", "1:1: a pack is a mapping with the keys pack, measures, frames and rules"),
]


@pytest.mark.parametrize("text, expected", MALFORMED, ids=[e.split(": ", 1)[1][:40] for _, e in MALFORMED])
def test_a_malformed_pack_is_one_line_with_line_and_column(tmp_path, text, expected):
    pack = tmp_path / "beat.yaml"
    pack.write_text(text, encoding="utf-8")
    with pytest.raises(PackError) as err:
        load_packs([str(pack)])
    assert str(err.value) == f"{pack}:{expected}"
    assert "\n" not in str(err.value)


def test_the_command_line_exits_2_on_a_bad_pack(tmp_path):
    pack = tmp_path / "beat.yaml"
    pack.write_text(RULE.format(kind="sums"), encoding="utf-8")
    result = invoke(["check", "--rules", str(pack), str(ROOT / "examples" / "seeds")])
    assert result.exit_code == 2
    assert result.output.strip() == f"factcheck: {pack}:4:11: rule beat/a: unknown rule kind 'sums' (did you mean 'sum'?)"


def test_missing_pack_and_empty_folder_are_errors(tmp_path):
    with pytest.raises(ReadError, match="no such rule pack"):
        load_packs([str(tmp_path / "nope.yaml")])
    with pytest.raises(ReadError, match="no rule packs"):
        load_packs([str(tmp_path)])


# -- a new beat, taught without Python -----------------------------------------------------

JOBS_PACK = """\
pack: jobs
measures:
  - name: unemployed
    aliases: [unemployed people, number of unemployed, unemployed]
  - name: labor-force
    aliases: [labor force, labour force]
  - name: unemployment-rate
    unit: percent
    aliases: [unemployment rate, jobless rate]
frames:
  - id: revision
    statement: payroll-revision
    pattern: 'revised (?:up|down) by {count:by},? from {count:old} to {count:new}'
rules:
  - id: jobs/unemployment-rate
    kind: expression
    severity: error
    message: "{unemployed} unemployed in a labor force of {labor_force} is {left}, not {rate}"
    params:
      measures: {unemployed: unemployed, labor_force: labor-force, rate: unemployment-rate}
      expression: unemployed / labor_force == rate
  - id: jobs/revision
    kind: expression
    severity: error
    message: "a revision from {old} to {new} is {left}, not {by}"
    params:
      statement: payroll-revision
      expression: abs(new - old) == by
"""

JOBS_ARTICLE = """\
date 2024-11-01

# Jobless rate edges up to 4.1 percent

The unemployment rate rose to 4.1 percent in October. The number of unemployed people was {unemployed} million,
and the labor force stood at 168.5 million.

The change in total nonfarm payroll employment for August was revised down by 81,000, from +159,000 to +78,000,
and the change for September was revised down by 31,000, from +254,000 to {september}.
"""


def _jobs(tmp_path, unemployed="7.0", september="+223,000"):
    pack = tmp_path / "jobs.yaml"
    pack.write_text(JOBS_PACK, encoding="utf-8")
    article = tmp_path / "october.md"
    article.write_text(JOBS_ARTICLE.format(unemployed=unemployed, september=september), encoding="utf-8")
    return invoke(["check", "--format", "json", "--rules", str(pack), str(article)])


def test_a_new_beat_is_silent_when_its_figures_agree(tmp_path):
    result = _jobs(tmp_path)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["findings"] == []


def test_a_new_beat_catches_its_contradictions(tmp_path):
    result = _jobs(tmp_path, unemployed="7.6", september="+213,000")
    assert result.exit_code == 1
    findings = {f["rule"]: f for f in json.loads(result.output)["findings"]}
    # The general reader finds the revision on its own too ("revised down by 31,000, from
    # +254,000 to +213,000"): the same figure, no other finding.
    assert set(findings) - {"core/change"} == {"jobs/unemployment-rate", "jobs/revision"}
    if "core/change" in findings:
        assert findings["core/change"]["location"] == findings["jobs/revision"]["location"] or \
            {c["text"] for c in findings["core/change"]["claims"]} >= {"31,000"}
    rate = findings["jobs/unemployment-rate"]
    assert rate["message"] == "7.6 million unemployed in a labor force of 168.5 million is [4.48, 4.54] %, not 4.1 percent"
    assert {c["text"] for c in rate["claims"]} == {"7.6 million", "168.5 million", "4.1 percent"}
    assert findings["jobs/revision"]["message"] == "a revision from +254,000 to +213,000 is [39,500, 42,500], not 31,000"


def test_a_rate_rounded_by_the_writer_is_not_a_contradiction(tmp_path):
    # 6.9 / 168.5 = 4.095 %: "4.1 percent" is right to one decimal.
    assert _jobs(tmp_path, unemployed="6.9").exit_code == 0


# -- using packs -----------------------------------------------------------------------------

def test_rules_lists_show_and_schema():
    listing = invoke(["rules"])
    assert listing.exit_code == 0 and "little-giants/batch-sum" in listing.output
    shown = invoke(["rules", "show", "little-giants/target"])
    assert shown.exit_code == 0
    assert "kind: declared-value" in shown.output and "value: 10000" in shown.output and "must fire" in shown.output
    missing = invoke(["rules", "show", "core/shar"])
    assert missing.exit_code == 2 and "did you mean 'core/share'" in missing.output
    schema = json.loads(invoke(["rules", "schema"]).output)
    rule_kinds = {ref["$ref"].split("/")[-1] for ref in schema["properties"]["rules"]["items"]["oneOf"]}
    assert "Rule_expression" in rule_kinds and "Rule_batch_sum" in rule_kinds
    assert schema["$defs"]["Rule_batch_sum"]["properties"]["params"]["$ref"].endswith("Params")


def test_every_shipped_rule_has_examples_that_pass():
    from factcheck.ruletest import run_rule_examples

    results = run_rule_examples(load_packs())
    assert results, "no shipped rules"
    untested = [r.rule_id for r in results if r.untested]
    assert not untested, f"rules without a fire and an ok example: {untested}"
    failing = [(r.rule_id, o.expect, o.number) for r in results for o in r.outcomes if not o.passed]
    assert not failing, f"examples that fail: {failing}"


def test_rules_test_reports_a_failing_example(tmp_path):
    pack = tmp_path / "beat.yaml"
    pack.write_text(textwrap.dedent("""\
        pack: beat
        rules:
          - id: beat/share
            kind: share
            severity: error
            message: "{part} is {computed} % of {whole}, not {share}"
            examples:
              fire: ["612 of the 2,400 workers, or 25.5 percent, joined the strike."]
              ok: ["612 of the 2,400 workers, or 35.5 percent, joined the strike."]
        """), encoding="utf-8")
    result = invoke(["rules", "test", "beat", "--rules", str(pack)])
    assert result.exit_code == 1
    assert "FAIL     beat/share" in result.output
    assert "example 1 (fire) found nothing" in result.output
    assert "example 1 (ok) fired: 612 is [24.48, 26.04] % of 2,400, not 35.5 percent" in result.output


# -- the cache of validated packs ----------------------------------------------------------

def test_a_cached_run_does_not_import_pydantic_and_a_changed_pack_is_validated_again(tmp_path):
    import os
    import subprocess
    import sys

    pack = tmp_path / "beat.yaml"
    pack.write_text(RULE.format(kind="sum"), encoding="utf-8")
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(tmp_path / "cache")}
    probe = ("import sys; from factcheck.packs import load_packs; p = load_packs([sys.argv[1]]); "
             "print(p[-1].rules[0].id, 'pydantic' in sys.modules)")

    def load():
        return subprocess.run([sys.executable, "-c", probe, str(pack)], capture_output=True, text=True, env=env)

    assert load().stdout.split() == ["beat/a", "True"]  # validated, then cached
    assert load().stdout.split() == ["beat/a", "False"]  # from the cache
    pack.write_text(RULE.format(kind="sums"), encoding="utf-8")
    assert "unknown rule kind 'sums'" in load().stderr  # a changed pack is never served stale


def test_an_unwritable_cache_is_no_reason_to_fail(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocker / "cache"))
    assert [p.pack for p in load_packs()] == ["core", "dates", "little-giants"]


def test_pack_options_given_before_a_rules_subcommand_are_not_dropped():
    for args in (["rules", "--rules", "/nonexistent", "show", "core/share"],
                 ["rules", "show", "core/share", "--rules", "/nonexistent"],
                 ["rules", "--rules", "/nonexistent", "test"]):
        result = invoke(args)
        assert result.exit_code == 2 and "no such rule pack" in result.stderr, args
