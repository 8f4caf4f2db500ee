"""The JSON report: exactly DESIGN's contract (schema factcheck/report@1)."""

from __future__ import annotations

import json

from ..model import SEVERITIES


def render(findings, files: int, claims: int) -> str:
    counts = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITIES}
    report = {
        "schema": "factcheck/report@1",
        "findings": [f.to_json() for f in findings],
        "summary": {"files": files, "claims": claims, "errors": counts["error"], "warnings": counts["warning"],
                    "infos": counts["info"]},
    }
    return json.dumps(report, ensure_ascii=False, indent=2)
