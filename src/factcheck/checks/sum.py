"""sum: parts and their total. "5,200 in A, 3,900 in B and 3,100 in C, for a total of 12,200"
(exhaustive: the parts add up to the total); "a total of 52 …" after a paragraph that
counted 19 in the second batch and 31 in the third (not exhaustive: the parts cannot exceed
the total)."""

from __future__ import annotations

import re

from ..extract.nouns import singular
from ..intervals import total
from . import Hit, check
from ._common import counted, level_for, show_iv


@check("sum")
def run(corpus, params):
    for st in corpus.of("sum"):
        parts, whole = st.slots.get("parts"), st.claim("total")
        if not isinstance(parts, list) or whole is None:
            continue
        parts = [p for p in parts if p.kind == whole.kind and p is not whole]
        if len(parts) < 2:
            continue
        yield from _judge(parts, whole, st.slots.get("exhaustive", "yes") == "yes")
    yield from _paragraph_totals(corpus)
    yield from _breakdowns(corpus)


def _judge(parts, whole, exhaustive: bool):
    # Parts and total are of one kind (the callers filter them so); counts are whole numbers.
    strict = total(counted(p, p.strict) for p in parts)
    ordinary = total(counted(p, p.ordinary) for p in parts)
    whole_strict, whole_ordinary = counted(whole, whole.strict), counted(whole, whole.ordinary)
    plus = " + ".join(p.text for p in parts)
    if exhaustive:
        level = level_for(strict.intersects(whole_strict), ordinary.intersects(whole_ordinary))
        relation = "∉"
    else:
        level = level_for(_at_most(strict, whole_strict), _at_most(ordinary, whole_ordinary))
        relation = ">"
    if level:
        yield Hit(level, [whole, *parts], {"parts": plus, "total": whole.text, "computed": show_iv(strict)},
                  f"{plus} = {show_iv(strict)} {relation} {whole.text} {show_iv(whole_strict)}", anchor=whole)


def _at_most(parts_iv, whole_iv) -> bool:
    return parts_iv.lo is None or whole_iv.hi is None or parts_iv.lo <= whole_iv.hi


def _paragraph_totals(corpus):
    """"Wenzhou had a total of 52" after sentences counting the same noun by batch or year:
    those counts are parts of the total (perhaps not all of them)."""
    for ex in corpus.extractions:
        for claim in ex.claims:
            if claim.kind != "count" or "total" not in claim.qualifiers or claim.qualifiers.get("batch"):
                continue
            if any(c.kind == "count" and c is not claim and c.noun == claim.noun
                   for c in ex.in_sentence(claim.sentence)):
                continue  # totals with parts in their own sentence are the frames' business
            parts = [c for c in ex.in_sentences(range(max(0, claim.sentence - 3), claim.sentence))
                     if c.kind == "count" and c.paragraph == claim.paragraph and c.qualifiers.get("batch")
                     and (c.noun == claim.noun or (c.measure and c.measure == claim.measure))
                     and c.qualifiers.get("region") == claim.qualifiers.get("region")]
            batches = [c.qualifiers["batch"] for c in parts]
            if len(parts) >= 2 and len(set(batches)) == len(batches):
                yield from _judge(parts, claim, exhaustive=False)


def _breakdowns(corpus):
    """"Revenue rose to €166 million … Broadcasting brought in €74 million, commercial deals
    €62 million and matchday income €35 million": three or more figures of one unit listed
    together, with no total of their own, cannot add up to more than the largest figure of
    that unit stated just before them (they may be only some of its parts). For counts the
    unit is what is counted: "12 voters …, 15 … and 19 …" are not parts of "40 towns"."""
    with_total = {(st.doc.path, st.sentence) for st in corpus.of("sum")}
    lists = []
    for st in corpus.of("breakdown"):
        parts = st.slots.get("parts")
        if not isinstance(parts, list) or len(parts) < 3 or (st.doc.path, st.sentence) in with_total:
            continue
        kinds = {(p.kind, p.unit) for p in parts}
        if len(kinds) != 1 or parts[0].kind not in ("count", "money"):
            continue
        ex = corpus.extraction_of(st.doc)
        if not _is_series(ex, parts) and _listed(parts) and not _has_baseline(parts):
            lists.append((st, ex, parts))
    # A figure whose own sentence breaks it down (a total, or a list of its parts) is no
    # whole for a later list: "The capital budget of $408 million includes … Separately …".
    broken_down = with_total | {(st.doc.path, st.sentence) for st, _, _ in lists}
    for st, ex, parts in lists:
        biggest = max(p.value for p in parts)
        sentences = range(max(0, st.sentence - 3), st.sentence)
        candidates = [c for c in ex.in_sentences(sentences)
                      if (c.kind, c.unit) == (parts[0].kind, parts[0].unit)
                      and c.value > biggest and abs(ex.sentences[c.sentence].paragraph - st.paragraph) <= 2
                      and "target" not in c.qualifiers and (c.kind != "count" or _counts_the_same(c, parts))
                      and (st.doc.path, c.sentence) not in broken_down]
        if not candidates:
            continue
        whole = max(candidates, key=lambda c: c.value)
        if _lead_words(whole) == _lead_words(parts[0]):
            continue  # "The police department gets $412.2 million. The fire department gets …": a sibling
        yield from _judge(parts, whole, exhaustive=False)


# "spent £196.4 million on new players and received £158.2 million": each figure has a verb
# of its own, so they are not one list of parts (a list leaves out the verb after the first).
VERB_AFTER_JOIN_RE = re.compile(r"(?:,|\band)\s+(?:\w+ed|paid|spent|took|got|gets|gave|made|won|lost|sold|bought|"
                                r"brought|raised|cut|put|set)\b", re.IGNORECASE)
LEAD_WORDS_RE = re.compile(r"(\w+)\W+(\w+)\W*$")


def _listed(parts) -> bool:
    text = parts[0].doc.text
    return not any(VERB_AFTER_JOIN_RE.search(text, a.end, b.said_start) for a, b in zip(parts, parts[1:]))


# "7.9 million tonnes, down from 9.2 million, and the south 5.3 million, down from 6.1
# million": this year's figures and last year's, not four parts of one whole.
BASELINE_BEFORE_RE = re.compile(r"\b(?:from|compared (?:with|to)|versus|vs\.?)\s+(?:the\s+)?$", re.IGNORECASE)


def _has_baseline(parts) -> bool:
    text = parts[0].doc.text
    return any(BASELINE_BEFORE_RE.search(text, max(0, p.said_start - 20), p.said_start) for p in parts)


def _lead_words(claim) -> tuple[str, ...]:
    """The two words before a figure, which parallel sentences repeat."""
    m = LEAD_WORDS_RE.search(claim.doc.text, max(0, claim.said_start - 40), claim.said_start)
    return tuple(w.lower() for w in m.groups()) if m else ()


def _counts_the_same(whole, parts) -> bool:
    """A count is a whole of listed counts only when it counts what one of them counts
    ("642,300 residents" … "301,000 residents live in the north, 201,500 in the south …")."""
    for p in parts:
        if whole.measure is not None and p.measure == whole.measure:
            return True
        if whole.noun is not None and whole.noun in {singular(w) for w in p.phrase.split()}:
            return True
    return False


def _is_series(ex, parts) -> bool:
    """"€74 million in 2021, €62 million in 2022 …" is a series over time, not parts."""
    years = [c for c in ex.in_sentence(parts[0].sentence) if c.kind == "year"]
    return len(years) >= len(parts) - 1
