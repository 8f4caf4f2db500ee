"""rank: "Suzhou has become the fourth city" against an ordered list in the same article
("The top 10 cities … are Beijing, Shenzhen, Shanghai, Suzhou, …")."""

from __future__ import annotations

import re

from ..model import Claim
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
                          {"name": name, "rank": rank.text, "position": str(position),
                           "where": "in the article's own list"},
                          f"{name} is number {position} in the list {', '.join(names)}", anchor=rank)
            break
    yield from _ranked(corpus)


def _ranked(corpus):
    """"took second place with 39,100" after "51,230 … followed by Kesh with 44,870": as many
    rivals above as the place allows, and no more (the article need not name them all)."""
    for st in corpus.of("ranked"):
        rank = st.claim("rank")
        place = int(rank.value)
        low = st.slots.get("order") == "low"
        own = st.claim("figure")
        ahead = [c for c in st.slots.get("ahead") or [] if isinstance(c, Claim)]
        if own is not None:
            above = [c for c in st.slots.get("rivals") or [] if isinstance(c, Claim) and _beyond(c, own, low)]
            if len(above) >= place:
                shown = ", ".join(c.text for c in sorted(above, key=lambda c: c.value, reverse=not low))
                yield Hit("strict", [rank, own, *above],
                          {"name": f"the {own.text}", "rank": rank.text, "position": f"{len(above) + 1} or lower",
                           "where": f"below {shown}"},
                          f"{len(above)} figures {'below' if low else 'above'} {own.text}: {shown}", anchor=rank)
                continue
        if ahead and len(ahead) >= place:
            shown = ", ".join(c.text for c in ahead)
            yield Hit("strict", [rank, *ahead],
                      {"name": "it", "rank": rank.text, "position": f"{len(ahead) + 1} or lower",
                       "where": f"behind {shown}"},
                      f"{len(ahead)} named ahead of it: {shown}", anchor=rank)


def _beyond(rival: Claim, own: Claim, low: bool) -> bool:
    """Is the rival above (or, for a 'smallest', below) the figure whatever their rounding?"""
    if low:
        return rival.strict.hi is not None and own.strict.lo is not None and rival.strict.hi < own.strict.lo
    return rival.strict.lo is not None and own.strict.hi is not None and rival.strict.lo > own.strict.hi
