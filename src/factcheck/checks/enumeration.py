"""enumeration: "The top 10 cities … are Beijing, Shenzhen, …" — count the names.
"are"/"were"/":" promise exactly n names; "including" promises at most n."""

from __future__ import annotations

import re

from ..intervals import Interval
from . import Hit, check

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
        partial = str(st.slots.get("verb", "are")).lower().startswith("includ")
        count = Interval.point(found)
        ok = (n.strict.hi is None or found <= n.strict.hi) if partial else n.strict.intersects(count)
        if not ok:
            yield Hit("strict", [n], {"n": n.text, "found": str(found), "items": ", ".join(items(names))},
                      f"{found} names listed ({', '.join(items(names))}) for {n.text}", anchor=n)
