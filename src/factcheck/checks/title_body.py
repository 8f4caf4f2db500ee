"""title-body: a figure in the headline must be supported by the body ("Guangdong fosters
1500 … firms" vs "has reached 1500"). The body figures compared are those that share the
most words with the headline's counted phrase; where they share only the noun, a body
figure that repeats the headline's, within rounding, supports it."""

from __future__ import annotations

import re

from . import Hit, check
from ._common import agree

WEAK_MATCH = 2  # one word in common and the same noun: the noun itself
STOP = frozenset("the a an of and in on for to with by its their national state-level".split())


def words(phrase: str) -> set[str]:
    out = set()
    for w in re.findall(r"[a-z][a-z-]+", phrase.lower()):
        if w not in STOP:
            out.add(w[:-1] if w.endswith("s") and len(w) > 3 else w)
    return out


@check("title-body")
def run(corpus, params):
    for ex in corpus.extractions:
        title = [c for c in ex.claims if c.in_title and c.kind in ("count", "money", "percent")]
        body = [c for c in ex.claims if not c.in_title and c.kind in ("count", "money", "percent")]
        for t in title:
            tw = words(t.phrase)
            scored = []
            for b in body:
                if b.kind != t.kind or (t.unit and b.unit != t.unit) or "target" in b.qualifiers:
                    continue
                same_measure = t.measure is not None and t.measure == b.measure
                score = len(tw & words(b.phrase)) + (2 if same_measure else 0) + (1 if b.noun == t.noun else 0)
                if score >= 2:
                    scored.append((score, b))
            if not scored:
                continue
            if any(agree(t, b) is None for _, b in scored):
                continue  # some body figure for this noun supports the headline
            best = max(s for s, _ in scored)
            if best <= WEAK_MATCH and any(b.kind == t.kind and b.unit == t.unit and agree(t, b) is None for b in body):
                # Only the noun matches ("Northgate State enrolment" and "Professional-school
                # enrolment"), and the body repeats the headline's figure under another name
                # ("for a total of 33,830"): that figure is the one the headline reports.
                continue
            candidates = [b for s, b in scored if s == best]
            verdicts = [agree(t, b) for b in candidates]
            level = "ordinary" if "ordinary" in verdicts else "strict"
            nearest = min(candidates, key=lambda b: abs(b.value - t.value))
            yield Hit(level, [t, nearest], {"title": t.text, "body": nearest.text, "phrase": t.phrase},
                      f"headline {t.text} ∉ body {nearest.text} (as written: {t.strict} vs {nearest.strict})",
                      anchor=t)
