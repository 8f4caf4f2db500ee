"""Conversion: one sum told in two currencies, in any of the orders reporters write it.

A converted amount is money in another currency right after an amount, with a cue between
them or after it: "$X (£Y)", "£Y ($X)", "X euros, or about $Y", "X euros, the equivalent
of $Y", "worth $Y", "X yuan, about $Y at current exchange rates". A bracket may hold more
than one conversion of the amount before it ("5bn rupees ($50m; £27m)"): each is one of
that amount, and the bracketed amounts are conversions of each other too. Only the amount
right before is converted (a year or a date between them aside: "£5m in 2004 ($9m)"), and
only short words may stand between it and the cue ("200bn euros a year (£140bn; $258bn)"),
so a second sum of a list ("£5m for schools and $9m for roads") is never taken for one.
"""

from __future__ import annotations

from typing import Iterator

from . import statement
from .cues import FILLERS
from .mentions import TIMES, DocumentView, Mention, SentenceView, own_time

RELATION = "conversion"
LISTS = {
    "restates": "words right before an amount in another currency that make it the same sum converted: '(', "
                "'or', 'the equivalent of', 'worth' ('€14bn, or about $18bn')",
    "joins": "words between two conversions of one amount in one bracket: '5bn rupees ($50m; £27m)'",
    "rates": "words right after an amount in another currency that say it was converted: 'about $12m at current "
             "exchange rates' (then a comma or a dash before it is enough)",
    "later": "words after a conversion that put it a year after the year told before it: 'a 684bn yen ($6.4bn) "
             "loss in 2000 into a 331bn yen ($2.7bn) profit the following year'",
}
TIME_LEADS = frozenset({"in", "for", "during", "of"})
# Marks that may stand between an amount and a cue (", or about $Y", "(or $Y)").
MARKS = frozenset({",", "(", ";", ":", "—", "–", "-"})
# How many plain words may come between an amount and the mark before its conversion: "a
# year" in "200bn euros a year (£140bn)"; more than that names another quantity.
MAX_WORDS_BETWEEN = 3
CLOSING = (")",)


def read(view: DocumentView) -> Iterator:
    for si in view.order:
        s = view.sentences[si]
        done: set[int] = set()  # converted amounts already read as part of a bracket
        for b in s.mentions:
            if b.kind != "money" or b.position in done:
                continue
            a = _amount_before(s, b)
            if a is None:
                continue
            cue = _cue(view, b)
            if cue is None:
                continue
            group = [b]
            if "(" in b.lead:
                group = _bracket(view, s, a, b)
                if not group:
                    continue
            time = _time(view, s, a, group[-1])
            when = {"year": time} if time else {}
            for n, c in enumerate(group):
                done.add(c.position)
                yield statement("conversion", f"'{cue}'", {"a": a.claim, "b": c.claim, **when}, view, s.index)
                for d in group[n + 1 :]:  # "($50m; £27m)": the dollars and the pounds are one sum
                    if d.unit != c.unit:
                        yield statement("conversion", f"'{cue}', one bracket", {"a": c.claim, "b": d.claim, **when},
                                        view, s.index)


def _amount_before(s: SentenceView, b: Mention) -> Mention | None:
    """The amount `b` may convert: the money right before it, in another currency, with
    at most a time between them."""
    prev = s.before(b)
    if prev is not None and prev.kind in TIMES and _short(prev.lead):
        prev = s.before(prev)
    if prev is None or prev.kind != "money" or prev.unit is None or b.unit is None or prev.unit == b.unit:
        return None
    return prev


def _cue(view: DocumentView, b: Mention) -> str | None:
    """The cue that makes `b` a conversion of the amount before it, or None: a restating word
    right before it after nothing but marks and a few plain words ("(", ", or", "a year ("),
    or a rate phrase right after it with only marks before it (", about $12m at current
    exchange rates")."""
    cues = view.cues
    restates = cues(RELATION, "restates").ends(b.lead)
    if restates is not None and _only_marks_before(b.lead[: restates.start], restates.words[0] in MARKS):
        return restates.text
    if cues(RELATION, "rates").starts(b.tail) is not None and _only_marks_before(b.lead, False) \
            and any(w in MARKS for w in b.lead):
        return "at current rates"
    return None


def _only_marks_before(words: tuple[str, ...], cue_is_mark: bool) -> bool:
    """Are the words before a cue only marks and fillers, or a few plain words that a mark
    (or the cue, when it is one) closes? "200bn euros a year (" yes; "on schools or" no."""
    plain = [w for w in words if w not in FILLERS and w not in MARKS]
    if not plain:
        return True
    if len(plain) > MAX_WORDS_BETWEEN or not all(w.isalpha() for w in plain):
        return False
    last = next((w for w in reversed(words) if w not in FILLERS), "")
    return cue_is_mark or last in MARKS


def _time(view: DocumentView, s: SentenceView, a: Mention, last: Mention) -> str | None:
    """The year a conversion is told for, where its own words say one: a year a few words
    after it ("a $6.4bn loss in 2000"), "the following year" after it (the year before it in
    the sentence, plus one), "a year earlier" after it ("earlier"), or the amount's own time
    ("In 2019, sales were 5m euros ($6m)"). Rates move from one year to the next by more
    than reporters' rounding, so conversions of different years are not held to one rate."""
    tail = last.tail[1:] if last.tail[:1] == CLOSING else last.tail
    nxt = s.after(last)
    plain = [w for w in tail if w not in FILLERS]
    if nxt is not None and nxt.kind in TIMES and nxt.claim.date is not None and tail and tail[-1] in TIME_LEADS \
            and len(plain) <= MAX_WORDS_BETWEEN + 1 and all(w.isalpha() for w in plain):
        return str(nxt.claim.date.year)
    head = tail[:MAX_WORDS_BETWEEN + 3]
    if view.cues(RELATION, "later").find(head):
        before = [m for m in s.mentions[: a.position] if m.kind in TIMES and m.claim.date is not None]
        return str(before[-1].claim.date.year + 1) if before else "later"
    if view.cues("change", "earlier").find(head):
        return "earlier"
    year, earlier = own_time(view, a)
    return str(year) if year is not None else "earlier" if earlier else None


def _short(words: tuple[str, ...]) -> bool:
    return len([w for w in words if w not in FILLERS]) <= 2


def _bracket(view: DocumentView, s: SentenceView, a: Mention, b: Mention) -> list[Mention]:
    """The conversions in the bracket that `b` opens, or none when the bracket holds anything
    else: "($50m; £27m)", "(about $12m at current rates)" are conversions; "($9m of it
    abroad)" is not."""
    joins, rates = view.cues(RELATION, "joins"), view.cues(RELATION, "rates")
    group = [b]
    current = b
    while True:
        tail = current.tail
        after = rates.starts(tail)
        if after is not None:
            tail = tail[after.end :]
        if tail[:1] == CLOSING:
            return group
        nxt = s.after(current)
        join = joins.starts(tail, skip=FILLERS)
        if nxt is None or join is None or nxt.kind != "money" or nxt.unit in (None, a.unit) \
                or any(w not in FILLERS for w in tail[join.end :]):
            return []
        group.append(nxt)
        current = nxt
