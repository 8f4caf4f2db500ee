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


def _compared(corpus) -> set[int]:
    """Figures told as what another is compared with — a change's old level ("6.2% more than
    the 4,586,900 carried in 2022/23"), a difference's second figure: a headline reports the
    news, not its baseline, so these do not support it."""
    out = set()
    for st in corpus.of("change"):
        for slots in (st.slots, *st.alternatives):
            if slots.get("old") is not None and slots.get("new") is not None:
                out.add(id(slots["old"]))
    for st in corpus.of("difference"):
        if st.slots.get("b") is not None and st.slots.get("dir") != "gap":
            out.add(id(st.slots["b"]))
    return out


@check("title-body")
def run(corpus, params):
    compared = _compared(corpus)
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
                yield from _against_lede(t, body, compared)
                continue
            if any(agree(t, b) is None for _, b in scored if id(b) not in compared):
                continue  # some body figure for this noun supports the headline
            best = max(s for s, _ in scored)
            if best <= WEAK_MATCH and any(b.kind == t.kind and b.unit == t.unit and agree(t, b) is None
                                          and id(b) not in compared for b in body):
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


def _against_lede(t, body, compared):
    """A headline figure whose words name nothing in the body ("appeal raises record £3.2
    million") reports the lede: the first body paragraph with a figure of its kind and unit.
    If none of those (targets and baselines aside) agrees with it, a warning: the binding is
    inferred, never said."""
    if t.phrase or not (t.kind == "money" or (t.kind == "count" and t.value >= 1000)):
        return  # (a section number, "number one": no quantity the body reports)
    same = [b for b in body if b.kind == t.kind and b.unit == t.unit and "target" not in b.qualifiers
            and id(b) not in compared]
    if not same or any(agree(t, b) is None for b in same):
        return  # some figure of the body says it, charitably
    first = min(b.paragraph for b in same)
    lede = [b for b in same if b.paragraph == first]
    nearest = min(lede, key=lambda b: abs(b.value - t.value))
    yield Hit("ordinary", [t, nearest], {"title": t.text, "body": nearest.text, "phrase": t.phrase or t.kind},
              f"headline {t.text} ∉ the lede's {', '.join(b.text for b in lede)} (as written: {t.strict} vs "
              f"{nearest.strict})", anchor=t)
