"""bound: "surpassed 12,000, exceeding the target of 10,000" → 12,000 > 10,000;
"surpassed its target by reaching 166% of the goal" → more than 100 %."""

from __future__ import annotations

import re

from ..expr import compare
from ..intervals import Interval
from . import Hit, check
from ._common import show_iv

ABOVE = ("exceeding", "exceeded", "surpassing", "surpassed", "above", "beating", "beat", "topping", "topped",
         "higher than", "more than", "ahead of", "over", "outstripping", "overfulfilled", "exceeds", "surpasses", "beats")
BELOW = ("short of", "below", "under", "missing", "missed", "less than", "falling short of", "fell short of", "lower than",
         "behind")
MEETS = ("met", "meeting", "achieved", "achieving", "reached", "reaching", "hit", "hitting", "fulfilled")


COMPARISON = {"above": ">", "below": "<", "meets": ">="}
# "… compared unfavourably with 2003's 784m euro figure and were well below expectations of
# 374m euros": a verb of its own between the figure and the comparison gives the comparison
# another subject (the profits), not the figure.
PREDICATE_RE = re.compile(r"\b(?:and|but)\s+(?:\w+\s+)?(?:were|was|is|are|has|have|had|came|come|remained|remain|stood)\b",
                          re.IGNORECASE)


def _holds(rel: str, a: Interval, b: Interval) -> bool:
    """Can a stand in relation rel to b for some values in the intervals?"""
    return compare(COMPARISON[rel], a, b).possible


def _relation(word: str) -> str | None:
    w = " ".join(word.lower().split())
    if w in ABOVE:
        return "above"
    if w in BELOW:
        return "below"
    if w in MEETS:
        return "meets"
    return None


@check("bound")
def run(corpus, params):
    hundred = Interval.point(100)
    for st in corpus.of("bound"):
        rel = _relation(str(st.slots.get("rel", "")))
        a = st.claim("a")
        if rel is None or a is None:
            continue
        b = st.claim("b")
        if b is not None and (a.kind != b.kind or a.unit != b.unit):
            continue  # "$64 million" beside "5.02 billion rupees": not like with like
        if b is not None and _another_predicate(st.doc.text, a, b, str(st.slots.get("rel", ""))):
            continue
        b_strict = b.strict if b else hundred
        b_ordinary = b.ordinary if b else hundred
        b_text = b.text if b else "100% of the goal"
        if _holds(rel, a.strict, b_strict):
            level = None if _holds(rel, a.ordinary, b_ordinary) else "ordinary"
        else:
            level = "strict"
        if level:
            word = {"above": "above", "below": "below", "meets": "at least"}[rel]
            yield Hit(level, [a] + ([b] if b else []), {"a": a.text, "b": b_text, "relation": word},
                      f"{a.text} {show_iv(a.strict)} cannot be {word} {b_text} {show_iv(b_strict)}", anchor=a)


def _another_predicate(text: str, a, b, rel: str) -> bool:
    at = text.find(rel, a.end, b.start) if rel else -1
    return at > 0 and PREDICATE_RE.search(text, a.end, at) is not None
