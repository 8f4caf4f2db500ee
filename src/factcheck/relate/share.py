"""Share: a percent or a fraction said to be part ÷ whole.

The share is the cued figure. Its part is the figure it restates ("658, or 17.9 percent";
"658 (17.9%)"), the subject of its verb ("Guangdong had 658, accounting for 17.9 percent"),
or the part of a "P of W" pair just before it ("74 million of 210 million, just over a
third"). Its whole is the figure its "of" names ("17.9 percent of the 3,671"), the W of the
part's own "P of the W", the W of a leading "Of the W, …", or — when the sentence only names
the whole ("of the batch", "of sales") or names none — a figure found by search: the same
kind and unit, larger than the part, counting what the name or the part counts, of the
part's time, nearest first. A whole found by search is an inferred binding.
"""

from __future__ import annotations

from typing import Iterator

from ..extract.nouns import singular
from . import statement
from .cues import FILLERS
from .mentions import (LEVELS, MAX_CANDIDATES, TIMES, DocumentView, Mention, SentenceView, noun_key, same_noun,
                       time_of, told_as_difference)

RELATION = "share"
LISTS = {
    "restates": "words between a part and the percent or fraction that restates it as a share: '658, or 17.9 "
                "percent', '131 million (32 percent)', 'representing 40%'",
    "verbs": "a percent or fraction right after one of these is the share of its clause's subject figure: "
             "'Guangdong had 658, accounting for 17.9 percent'",
    "of": "words between a share (or a part) and its whole: '17.9 percent of the 3,671', '612 out of 2,400'",
    "leading": "words that open a sentence with its whole: 'Of the 5,218 homes sold, 1,461 …'",
    "totals": "words that name the whole as the total, after 'of': 'of the total', 'of all'",
    "comparisons": "words right after a percent that make it a comparison, not a share: '3 percent more than a "
                   "year earlier'",
    "share_nouns": "words right after a percent that make it a share, like a verb before it: 'a 28.3 percent "
                   "share of admissions'",
    "bare_of": "words after a fraction that lead to its whole without 'of': 'half the 30-year average of 71'",
    "anaphora": "words after a part that point back at its whole, the figure before it: '5,630 applied, and 4,870 "
                "of them, or 86.5 percent, …'",
}
SHARES = ("percent", "fraction")
# After "of", words that still leave the figure next in line as the whole: "of the combined
# capacity of 1,030 million", "of its 330 million capacity".
MAX_WORDS_BEFORE_WHOLE = 5
NOT_NOUNS = frozenset("the all of such its their total whole overall combined entire".split())


def read(view: DocumentView) -> Iterator:
    cues = view.cues
    for si in view.order:
        s = view.sentences[si]
        leading = leading_whole(cues, s)
        for m in s.mentions:
            if m.kind in SHARES:
                yield from _share(view, s, m, leading)


def leading_whole(cues, s: SentenceView) -> Mention | None:
    """"Of the 5,218 homes sold, …": a whole for the shares and parts of the sentence."""
    first = next((m for m in s.mentions if m.kind in LEVELS), None)
    if first is None or any(m.kind not in TIMES for m in s.mentions[: first.position]):
        return None  # (a date or a year may come first: "In 2023, of the 500 …")
    opener = cues(RELATION, "leading").ends(first.lead)
    if opener is None or opener.start > 1:
        return None
    return first if "," in first.tail else None


def _share(view: DocumentView, s: SentenceView, m: Mention, leading: Mention | None):
    cues = view.cues
    if cues(RELATION, "comparisons").starts(m.tail, skip=frozenset()) is not None:
        return
    pairs: list[tuple[Mention, Mention | None]] = []  # (part, whole if the text gives it)
    how, inferred = "", False
    restates = cues(RELATION, "restates").ends(m.lead)
    verb = cues(RELATION, "verbs").ends(m.lead) if restates is None else None
    if restates is not None:
        pairs, how = _restated(s, m), f"'{restates.text}'"
    elif verb is not None or cues(RELATION, "share_nouns").starts(m.tail, skip=frozenset()) is not None:
        pairs, how = _subject(view, s, m), f"'{verb.text if verb else m.tail[0]}'"
        if not pairs:  # "Pedestrians made up nearly a third of all deaths": the part told elsewhere
            pairs, how, inferred = _told_of_subject(view, s, m), f"'{verb.text if verb else m.tail[0]}', part by name", True
    elif m.lead[-1:] == (",",) and cues(RELATION, "of").starts(m.tail) is not None:
        # "412 million cubic metres …, 40 percent of their combined capacity"
        pairs, how, inferred = _restated(s, m), "apposition", True
    elif m.kind == "fraction" and cues(RELATION, "bare_of").starts(m.tail, skip=frozenset()) is not None \
            and _whole_after(s, m) is not None:
        # "38 millimetres …, just over half the 30-year average of 71 millimetres"
        whole = _whole_after(s, m)
        pairs, how = [(p, whole) for p, _ in _subject(view, s, m) if p.same_unit(whole) and p.value < whole.value
                      and not _compared(cues, p)], "a fraction 'the'"
    elif m.kind == "fraction":
        prev = s.before(m)
        if prev is not None and prev.clause == m.clause and _pair_part(s, prev) is not None:
            pairs, how, inferred = [(_pair_part(s, prev), prev)], "a part and its whole before the fraction", True
    bindings: list[tuple[dict, bool]] = []  # (binding, found by search)
    for part, whole in pairs:
        if part.kind not in ("count", "money") or part is leading:
            continue
        wholes = [whole] if whole is not None else []
        if not wholes and cues(RELATION, "anaphora").starts(part.tail) is not None:
            wholes = [w for w in [_antecedent(view, part)] if w is not None]
        named = None
        if not wholes:
            named_whole, named = _named_whole(cues, s, m)
            wholes = [named_whole] if named_whole is not None else []
        if not wholes and leading is not None and leading.same_unit(part):
            wholes = [leading]
        searched = not wholes
        if searched:
            wholes = _search_whole(view, part, named or [])
        bindings += [({"part": part.claim, "share": m.claim, "whole": w.claim}, searched)
                     for w in wholes if w.same_unit(part)]
    if bindings:
        (first, searched), rest = bindings[0], [b for b, _ in bindings[1:]]
        yield statement("share", f"{how}, whole {'found by search' if searched else repr(first['whole'].text)}",
                        first, view, s.index, rest, inferred=inferred or searched)
    elif pairs and pairs[0][0].kind in ("count", "money") and pairs[0][0].claim.measure:
        # No whole in the article: the corpus scope, where the check looks the part's measure
        # and batch up across articles ("of all such enterprises nationwide").
        of = cues(RELATION, "of").starts(m.tail)
        phrase = " ".join(m.tail[of.start :]) if of is not None else ""
        yield statement("share", f"{how}, whole looked up across the corpus",
                        {"part": pairs[0][0].claim, "share": m.claim, "whole_phrase": phrase}, view, s.index,
                        inferred=inferred)


def _antecedent(view: DocumentView, part: Mention) -> Mention | None:
    """The whole "of them" points back at: the nearest figure of the part's kind and unit
    before it, larger than it, in its sentence or the one before."""
    for s in view.nearby(part, reach=1, after=0):
        for other in reversed(s.mentions):
            if other.sentence == part.sentence and other.position >= part.position:
                continue
            if other.same_unit(part) and other.value > part.value:
                return other
    return None


def _restated(s: SentenceView, m: Mention) -> list[tuple[Mention, Mention | None]]:
    """The figures a share may restate, nearest first: the two quantities before it in its
    clause (a year or a date between them aside; "412,000 children under five, or 91
    percent" restates the 412,000), each with its whole when it is the part of "P of W"."""
    out: list[tuple[Mention, Mention | None]] = []
    prev = s.before(m)
    while prev is not None and prev.clause == m.clause and len(out) < 2:
        if out and not _modifies(out[-1][0], prev):
            break
        if prev.kind in LEVELS:
            pair_part = _pair_part(s, prev)
            if pair_part is not None:
                out.append((pair_part, prev))  # "612 of the 2,400 businesses, or 28.5 percent"
                prev = s.before(pair_part)
                continue
            out.append((prev, None))
        prev = s.before(prev)
    return out


def _threshold(m: Mention) -> bool:
    """A small bound inside a noun phrase: "children under five", "those over 65"."""
    return m.kind == "count" and m.value < 130 and m.claim.hedge != "exact" and not m.claim.noun


def _modifies(inner: Mention, outer: Mention) -> bool:
    """Is `inner` a small figure inside `outer`'s noun phrase ("412,000 children under five")?"""
    return inner.kind == "count" and inner.value < 100 and 0 < len(inner.lead) <= 3 \
        and all(w.isalpha() for w in inner.lead) and outer.position == inner.position - 1


def _subject(view: DocumentView, s: SentenceView, m: Mention) -> list[tuple[Mention, Mention | None]]:
    """The subject figure of a share verb: the nearest quantity before it in its clause, but
    not an earlier level ("fell to £71.2 million from £79.8 million …, and represented 22.4%"
    is said of the £71.2 million)."""
    for other in reversed(s.mentions[: m.position]):
        if other.clause != m.clause:
            break
        if _threshold(other):
            continue  # "Children under five made up about a third": an age, not the part
        if other.kind in ("count", "money") and view.cues("change", "from").ends(other.lead) is None:
            pair_part = _pair_part(s, other)
            return [(pair_part, other)] if pair_part is not None else [(other, None)]
    return []


def _compared(cues, m: Mention) -> bool:
    """A difference, not a level: "19 fewer smog days than the year before"."""
    return told_as_difference(cues, m) or "than" in m.tail[:4]


def _whole_after(s: SentenceView, m: Mention) -> Mention | None:
    """The level a bare fraction is of ("half the 30-year average of 71"): the next one in
    its clause, a few words on, with only a duration or a year between."""
    words = len(m.tail)
    nxt = s.after(m)
    while nxt is not None and nxt.clause == m.clause and nxt.kind in TIMES | {"duration"}:
        words += len(nxt.tail)
        nxt = s.after(nxt)
    if nxt is None or nxt.kind not in LEVELS or nxt.clause != m.clause or words > MAX_WORDS_BEFORE_WHOLE + 2 \
            or "," in m.tail:
        return None  # ("more than half the surplus, 6.962 trillion yen": the figure after the comma is the part)
    return nxt


def _told_of_subject(view: DocumentView, s: SentenceView, m: Mention) -> list[tuple[Mention, Mention | None]]:
    """The part of a share whose clause has no figure before it. In a relative clause ("Subscription
    revenue, which represented 80% of total revenue, grew 19% to $351.9 million") it is the
    main clause's level after it; otherwise the figure the article tells of the subject's noun
    ("Pedestrians made up nearly a third …" after "pedestrians for 68")."""
    if any(w in ("which", "that", "who") for w in m.lead):
        after = [o for o in s.mentions[m.position + 1 :] if o.kind in ("count", "money")
                 and view.cues("change", "from").ends(o.lead) is None]
        return [(o, None) for o in after[:2]]
    names = [singular(w) for w in m.lead if w.isalpha() and w not in SUBJECT_SKIP and len(w) > 3]
    if not names or len(m.lead) > 6:
        return []
    out: list[tuple[Mention, Mention | None]] = []
    for other_s in view.nearby(m, reach=3, after=0, paragraphs=1)[1:]:
        for o in other_s.mentions:
            # the figure's own noun, or the name right before it ("pedestrians for 68")
            own = [o.claim.noun or ""] + [w for w in o.lead[-2:-1] if o.lead[-1:] and o.lead[-1] in ("for", "with", "at")]
            if o.kind in ("count", "money") and any(same_noun(singular(w), n) for w in own if w for n in names):
                out.append((o, None))
    return out[:2]


SUBJECT_SKIP = frozenset("the a an of and all some most many their its this that these those made make makes "
                         "accounted account accounts represented nearly almost about just over under only".split())


def _pair_part(s: SentenceView, whole: Mention) -> Mention | None:
    """P when `whole` is the W of "P of the W" / "P out of W"."""
    prev = s.before(whole)
    if prev is None or prev.kind not in ("count", "money") or not prev.same_unit(whole):
        return None
    return prev if _only_of(whole.lead, s) else None


def _only_of(lead: tuple[str, ...], s) -> bool:
    """Is `lead` just "of" with fillers: "of the", "out of", "of its"?"""
    return bool(lead) and lead[0] in ("of", "out") and all(w in PAIR_WORDS or w.endswith("'s") for w in lead)


PAIR_WORDS = frozenset("of out the all its their his her our a total".split())


def _named_whole(cues, s: SentenceView, m: Mention) -> tuple[Mention | None, list[str] | None]:
    """The whole a share's "of" names: the figure right after it ("17.9 percent of the 3,671",
    "40 percent of its 330 million capacity"), or the words that name it ("of the batch").
    A share in brackets names it after the bracket: "won 32,902 votes (22 percent) of the
    149,551 cast"."""
    tail = m.tail[1:] if m.lead[-1:] == ("(",) and m.tail[:1] == (")",) else m.tail
    of = cues(RELATION, "of").starts(tail)
    if of is None:
        return None, None
    rest = tail[of.end :]
    nxt = s.after(m)
    if nxt is not None and nxt.kind in LEVELS and _names_next(rest):
        return nxt, None
    named = []
    for w in rest:
        if w in (",", ";", "(", ")"):
            break
        if w.isalpha() and w not in NOT_NOUNS:
            named.append(singular(w))
    if cues(RELATION, "totals").starts(tail[of.start :]) is not None or "total" in rest[:3]:
        named.append("total")
    return None, named


def _names_next(rest: tuple[str, ...]) -> bool:
    """Do the words after "of" lead straight to the next figure as the whole? "of the 3,671",
    "of a total of 2,400", "of their combined capacity of 1,030 million" do; "of net sales
    from $382.3 million" does not (the figure after "from" is another one)."""
    words = [w for w in rest if w not in FILLERS]
    if not words:
        return True
    return rest[-1] == "of" and len(words) <= MAX_WORDS_BEFORE_WHOLE and all(w.isalpha() for w in words) \
        and not any(w in NOT_BEFORE_WHOLE for w in words[:-1])


NOT_BEFORE_WHOLE = frozenset("from to in at on for with by than compared versus against over since".split())


def _search_whole(view: DocumentView, part: Mention, named: list[str]) -> list[Mention]:
    """Candidates for the whole of a part, best first: same kind and unit, larger, counting
    what the share names or what the part counts (or told as a total), of the part's time,
    told before the part or in its sentence.
    A figure that has a share of its own is a sibling part ("263,473 votes, or 32.2 percent,
    while … 225,016 votes, or 27.5 percent"), not the whole; where the share names no whole,
    only a figure told as a total, or the largest of its noun nearby, will do."""
    year, earlier = time_of(view, part)
    nouns = {part.claim.noun, *named} - {None}
    seen: set[int] = set()
    scored: list[tuple[int, int, Mention]] = []
    # A whole is told before its parts, or in their sentence.
    pools = [s.mentions for s in view.nearby(part, after=0)] + [view.article_candidates(part, nouns)]
    largest = view.largest_before(part) if named else None
    if largest is not None and view.cues("change", "from").ends(largest.lead) is None and (largest.claim.noun is None or not part.claim.noun
                                or same_noun(largest.claim.noun, part.claim.noun)
                                or any(same_noun(largest.claim.noun, n) for n in named)):
        pools.append([largest])  # "80% of total revenue": the article's largest revenue told before, however far
    else:
        largest = None
    for distance, pool in enumerate(pools):
        for c in pool:
            if id(c) in seen or c is part or not c.same_unit(part) or c.value <= part.value \
                    or c.sentence > part.sentence:
                continue
            seen.add(id(c))
            claim = c.claim
            if claim.in_title or "target" in claim.qualifiers or _has_share(view, c):
                continue
            if part.claim.measure and claim.measure and claim.measure != part.claim.measure:
                continue  # innovative SMEs are no whole of little giants
            if claim.qualifiers.get("batch") != part.claim.qualifiers.get("batch"):
                continue
            total = "total" in claim.qualifiers or "total" in claim.phrase.lower().split()
            score = 0
            if claim.noun and any(same_noun(claim.noun, n) for n in named):
                score += 3
            if "total" in named and total:
                score += 3
            if same_noun(claim.noun, part.claim.noun):
                score += 2
            if part.claim.measure and claim.measure == part.claim.measure:
                score += 2
            if total:
                score += 1
            if ("total" in named and _largest_before(view, c, part)) or c is largest:
                score += 1  # "or 48.2 percent of the total": the largest figure told before the part
            if score == 0 or (not named and not total and not _largest_of_noun(view, c)):
                continue  # nothing says it is the whole of this part
            if named and not (any(same_noun(claim.noun, n) for n in named) or set(named) & _described_by(c)
                              or (c is largest and claim.noun is None)
                              or ("total" in named and (total or c is largest or _largest_before(view, c, part)
                                                        or _largest_of_its_noun_before(view, c, part)))):
                continue  # "12.6% of the working-age population": only a figure of that name
            c_year, c_earlier = time_of(view, c)
            if (year and c_year and year != c_year) or c_earlier != earlier:
                continue  # last year's total is not this year's whole
            scored.append((-score, distance, c))
    scored.sort(key=lambda t: (t[0], t[1], abs(t[2].claim.start - part.claim.start)))
    out = [c for _, _, c in scored[:MAX_CANDIDATES]]
    if largest is not None and largest not in out and any(c is largest for _, _, c in scored):
        out.append(largest)  # the whole told first, however many sub-wholes of the name come between
    return out


def _largest_before(view: DocumentView, m: Mention, part: Mention) -> bool:
    """Is `m` the largest figure of its unit told in the part's paragraph before the part?"""
    paragraph = view.sentences[part.sentence].paragraph
    if (m.sentence, m.position) >= (part.sentence, part.position) or view.sentences[m.sentence].paragraph != paragraph:
        return False
    for si in range(m.sentence, part.sentence + 1):
        s = view.sentences.get(si)
        if s is None or s.paragraph != paragraph:
            continue
        for other in s.mentions:
            if other is not m and other.same_unit(m) and other.value > m.value \
                    and (other.sentence, other.position) < (part.sentence, part.position):
                return False
    return view.sentences[m.sentence].paragraph == paragraph


def _largest_of_its_noun_before(view: DocumentView, m: Mention, part: Mention) -> bool:
    """Does `m` count what the part counts, before it, with no larger such figure before the part?"""
    if not same_noun(m.claim.noun, part.claim.noun) or (m.sentence, m.position) >= (part.sentence, part.position):
        return False
    when = time_of(view, m)
    return not any(o.same_unit(m) and o.value > m.value and (o.sentence, o.position) < (part.sentence, part.position)
                   and time_of(view, o) == when  # last year's larger total is not this year's
                   for o in view.noun_near(noun_key(m.claim.noun), part))


def _described_by(m: Mention) -> set[str]:
    """The words that tell what a figure counts: its phrase and the words right after it
    ("150 seats in the National Assembly")."""
    words = m.claim.phrase.lower().split()
    for w in m.tail[:8]:
        if not w.isalpha() or w in DESCRIPTION_ENDS:
            break
        words.append(w)
    return {singular(w) for w in words}


DESCRIPTION_ENDS = frozenset("for and or but to from with by than as while whereas which who".split())


def _has_share(view: DocumentView, m: Mention) -> bool:
    """Is the figure restated as a share itself ("263,473 votes, or 32.2 percent")?"""
    nxt = view.sentences[m.sentence].after(m)
    return nxt is not None and nxt.kind in SHARES and view.cues(RELATION, "restates").ends(nxt.lead) is not None


def _largest_of_noun(view: DocumentView, m: Mention) -> bool:
    """Is no figure of its noun and unit in its paragraph larger?"""
    paragraph = view.sentences[m.sentence].paragraph
    for other in view.noun_near(noun_key(m.claim.noun or ""), m):
        if view.sentences[other.sentence].paragraph == paragraph and other.same_unit(m) and other.value > m.value:
            return False
    return True
