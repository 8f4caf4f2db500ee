"""rank: "Suzhou has become the fourth city" against an ordered list in the same article
("The top 10 cities … are Beijing, Shenzhen, Shanghai, Suzhou, …")."""

from __future__ import annotations

import re

from . import Hit, check
from .enumeration import _bare, items

ORDERED_RE = re.compile(r"\b(?:top|largest|biggest|highest|leading|most|richest|best|ranked|busiest|greatest)", re.IGNORECASE)


@check("rank")
def run(corpus, params):
    ranked_lists = {}
    for st in corpus.of("enumeration"):
        ordered = st.slots.get("ordered") or ORDERED_RE.search(str(st.slots.get("noun", "")))
        if ordered and isinstance(st.slots.get("items"), str):
            ranked_lists.setdefault(st.doc.path, []).append(st)
    for st in corpus.of("rank"):
        name, rank = st.slots.get("name"), st.claim("rank")
        if not isinstance(name, str) or rank is None:
            continue
        name = _bare(name)
        for lst in ranked_lists.get(st.doc.path, []):
            names = items(lst.slots["items"])
            if name not in names:
                continue
            position = names.index(name) + 1
            if position != rank.value:
                n = lst.claim("n")
                yield Hit("strict", [rank] + ([n] if n else []),
                          {"name": name, "rank": rank.text, "position": str(position)},
                          f"{name} is number {position} in the list {', '.join(names)}", anchor=rank)
            break
