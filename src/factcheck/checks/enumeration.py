"""enumeration: "The top 10 cities … are Beijing, Shenzhen, …" — count the names.
"are"/"were"/":" promise exactly n names; "including" promises at most n."""

from __future__ import annotations

import re

from ..intervals import Interval
from . import Hit, check

# What may follow a list that is complete: its sentence's end, a bracket, a dash, or a comma
# and a clause of lower-case words ("…, Lesotho Hats and Vogue Landmark. The owners …").
CLOSED_RE = re.compile(r"\s*(?:$|[.;:!?)]|\s[-–—]\s|,\s+[a-z]|\s+\(|\s+(?:who|which|that|were|are|was|is|in|at|on|for)\b)")
SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def items(text: str) -> list[str]:
    return [_bare(i) for i in SPLIT_RE.split(text) if i.strip()]


def _bare(name: str) -> str:
    """"the Liberals" and "The Liberals" are the same name as "Liberals"."""
    name = re.sub(r"\s*\(.*\)\s*$", "", name.strip())  # "Ashbury (⟦M3⟧)" → "Ashbury"
    return re.sub(r"^(?:the)\s+", "", name, flags=re.IGNORECASE).rstrip(".,;:!?")


@check("enumeration")
def run(corpus, params):
    for st in corpus.of("enumeration"):
        n = st.claim("n")
        names = st.slots.get("items")
        if n is None or not isinstance(names, str) or n.kind != "count":
            continue
        found = len(items(names))
        partial = str(st.slots.get("verb", "are")).lower().startswith("includ") or _runs_on(st)
        count = Interval.point(found)
        ok = (n.strict.hi is None or found <= n.strict.hi) if partial else n.strict.intersects(count)
        if not ok:
            yield Hit("strict", [n], {"n": n.text, "found": str(found), "items": ", ".join(items(names))},
                      f"{found} names listed ({', '.join(items(names))}) for {n.text}", anchor=n)


def _runs_on(st) -> bool:
    """Does the list go on past the names the frame could read ("… Lawrence Tucker and the estate
    of John Sidgmore", "Precious Six Garments, TW Garments, …")? Then the names read are at least
    that many, not all: fewer than promised is no contradiction."""
    names = str(st.slots.get("items", "")).rstrip()
    if names[-1:] in ".;:!?":
        return False  # the names run to the sentence's end
    text = st.doc.text
    return CLOSED_RE.match(text, st.end, min(len(text), st.end + 40)) is None
