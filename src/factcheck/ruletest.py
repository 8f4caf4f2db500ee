"""`factcheck rules test`: every rule's examples, run through the whole pipeline.

A rule's `examples.fire` are texts it must find something in (at warning or error; at any
level for an info rule) and `examples.ok` texts it must stay silent on (info findings, which
explain a difference, are not complaints). A list of texts is one corpus, for rules that
compare articles. Only the rule under test runs, with the frames, cues and measures of every
loaded pack, as in a real check.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .model import Finding
from .pipeline import RuleSet, analyse, build_ruleset, check
from .read import read_source


@dataclass
class ExampleOutcome:
    expect: str  # "fire" or "ok"
    number: int  # 1-based, within its list
    passed: bool
    findings: list[Finding]


@dataclass
class RuleOutcome:
    pack: str
    rule_id: str
    outcomes: list[ExampleOutcome] = field(default_factory=list)

    @property
    def untested(self) -> bool:
        return not any(o.expect == "fire" for o in self.outcomes) or not any(o.expect == "ok" for o in self.outcomes)

    @property
    def passed(self) -> bool:
        return not self.untested and all(o.passed for o in self.outcomes)


def run_rule_examples(packs: list, pack_name: str | None = None, published: dt.date | None = None) -> list[RuleOutcome]:
    full = build_ruleset(packs)
    results = []
    for pack in packs:
        if pack_name is not None and pack.pack != pack_name:
            continue
        for rule in pack.rules:
            ruleset = RuleSet([rule], full.frames, full.measures, full.cues)
            result = RuleOutcome(pack.pack, rule.id)
            for expect, examples in (("fire", rule.examples.fire), ("ok", rule.examples.ok)):
                for n, example in enumerate(examples, 1):
                    findings = run_example(ruleset, rule, example, f"{expect}-{n}", published)
                    complaints = [f for f in findings if f.severity != "info" or rule.severity == "info"]
                    passed = bool(complaints) if expect == "fire" else not complaints
                    result.outcomes.append(ExampleOutcome(expect, n, passed, findings))
            results.append(result)
    return results


def run_example(ruleset: RuleSet, rule, example: str | list[str], name: str, published: dt.date | None = None) -> list[Finding]:
    texts = [example] if isinstance(example, str) else list(example)
    stem = rule.id.replace("/", "-")
    docs = [read_source(f"{stem}/{name}{'' if len(texts) == 1 else f'-{i + 1}'}.md", text, published)
            for i, text in enumerate(texts)]
    return check(analyse(docs, ruleset), ruleset)
