"""sum: parts and their total. "5,200 in A, 3,900 in B and 3,100 in C, for a total of 12,200"
(exhaustive: the parts add up to the total); "a total of 52 …" after a paragraph that
counted 19 in the second batch and 31 in the third (not exhaustive: the parts cannot exceed
the total)."""

from __future__ import annotations


from ..intervals import total
from . import Hit, charitable, check, merged
from ._common import counted, level_for, show_iv


@check("sum")
def run(corpus, params):
    for st in merged(corpus.of("sum"), "total"):
        yield from charitable(st, _judge_binding)
    yield from _paragraph_totals(corpus)


def _judge_binding(slots) -> list[Hit]:
    parts, whole = slots.get("parts"), slots.get("total")
    if not isinstance(parts, list) or whole is None:
        return []
    parts = [p for p in parts if p.kind == whole.kind and p is not whole]
    if len(parts) < 2:
        return []
    return list(_judge(parts, whole, slots.get("exhaustive", "yes") == "yes"))


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
                continue  # totals with parts in their own sentence are the reader's business
            parts = [c for c in ex.in_sentences(range(max(0, claim.sentence - 3), claim.sentence))
                     if c.kind == "count" and c.paragraph == claim.paragraph and c.qualifiers.get("batch")
                     and (c.noun == claim.noun or (c.measure and c.measure == claim.measure))
                     and c.qualifiers.get("region") == claim.qualifiers.get("region")]
            batches = [c.qualifiers["batch"] for c in parts]
            if len(parts) >= 2 and len(set(batches)) == len(batches):
                yield from _judge(parts, claim, exhaustive=False)
