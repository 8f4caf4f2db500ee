"""Ratio and average: a rate ("5.3 deaths per 100,000 inhabitants", "68.2 hectolitres per
hectare"), an average ("averaged 85.0 points a game", "an average gift of £75", "income per
capita was $41,200") or a multiple ("nearly three times the $1.5 million", "twice the …") —
a figure said to be one figure divided by another.

A rate or average names its numerator by what it counts (deaths, points, money) and its
denominator by the noun after "per" / "a" / "each" (inhabitants, game, hectare), or by a count
right after it ("21.4 points over 33 appearances"). Both are searched for in widening scope —
the sentence, its neighbours in the paragraph, then the article through the noun index — and
every plausible pair is a binding: the check is charitable over all of them. A pair whose
numerator and denominator are both named (by noun, unit or structure) is confident; one where
either is only a figure of the right kind nearby is inferred, and can give a warning only.

A multiple's second operand is the figure right after "times" or the multiple word ("twice
the 2.1 million"); its first is the level its clause speaks of before it.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Iterator

from ..extract.nouns import singular
from . import statement
from .cues import FILLERS, tokens
from .mentions import (LEVELS, MAX_CANDIDATES, DocumentView, Mention, SentenceView, level_before, noun_key,
                       same_noun, time_of)

RELATION = "ratio"
LISTS = {
    "per": "words between a rate and what it is per: '5.3 deaths per 100,000 inhabitants', '85 points a game'",
    "average": "words before a figure that make it an average: 'an average of', 'averaged', 'a mean of'",
    "average_after": "words after a figure that make it an average: 'on average', 'per capita', 'a head'",
    "over": "words between an average and the count it is taken over: '21.4 points over 33 appearances'",
    "people": "nouns a rate per person is per, that a population counts: 'inhabitants', 'residents', 'people'",
    "population": "nouns of a figure that counts the people a rate per person divides by: 'population'",
    "times": "words after a multiple that lead to the figure it multiplies: 'three times the', 'as much as'",
    "multiples": "words that are a multiple by themselves, and its value: 'twice': 2, 'double': 2, 'triple': 3",
    "reference_averages": "words that make an average a reference the article quotes, not a quotient of its "
                          "figures: 'weighted average', 'national average', 'long-term average'",
    "more_times": "words after 'N times' that may mean N + 1 times: 'three times more than'",
}
RATES = frozenset({"count", "money", "percent"})
TIME_BASES = frozenset("day week month year hour minute night season quarter".split())
# An average over a span of time divides by that span: "21,500 a day" over "four days".
DURATION = "duration"


def read(view: DocumentView) -> Iterator:
    for si in view.order:
        s = view.sentences[si]
        for m in s.mentions:
            if m.claim.in_title or m.rank:
                continue
            if m.kind == "ratio":
                st = _multiple(view, s, m, None, None)
            elif m.kind in ("count", "money") and not m.per:
                st = _cue_multiple(view, s, m) or _rate(view, s, m)
            else:
                continue
            if st is not None:
                yield st


# ---- rates and averages -----------------------------------------------------------


def _rate(view: DocumentView, s: SentenceView, v: Mention):
    book = view.cues
    per = book(RELATION, "per")
    averaged = book(RELATION, "average").ends(v.lead, skip=FILLERS | {"daily", "annual", "weekly", "monthly"}) is not None \
        or _average_noun_of(book, v.lead)
    after = book(RELATION, "average_after")
    unit_words, rest = _unit_words(v)
    base, scale, scale_mention = None, Fraction(1), None
    cue = _per_cue(per, rest)
    nxt = s.after(v)
    if cue is not None:
        words_after = rest[cue.end :]
        if not words_after and nxt is not None and nxt.kind == "count" and nxt.lead[-1:] == rest[-1:]:
            scale_mention = nxt  # "per 100,000 inhabitants": the base is a number of people
            scale = nxt.value
            base = nxt.claim.noun
        elif words_after:
            base = words_after[0]
    elif after.starts(rest, skip=frozenset()) is not None or _told_before(after, v.lead):
        averaged = True  # "$41,200 per capita", "a GDP per capita of $41,200"
        base = "capita"
    if averaged and _reference_average(book, s, v):
        return None  # "a 20-year average of 5.4 metres", "a weighted average of 670.2 million shares"
    if base is None and averaged:
        base = _base_before(v.lead)  # "each day averaged 14 visitors"
    if base is None and not averaged:
        return None
    base = singular(base) if base else None
    people = base is not None and (base,) in book(RELATION, "people")
    if not averaged and not people and (v.kind == "money" or not unit_words):
        return None  # "$40 a barrel", "£4m per film": a price told, not a quotient of figures told
    if base in TIME_BASES and not averaged:
        return None  # "$5 million a year" is a rate of flow, not a quotient of two figures told
    if scale_mention is not None and scale_mention.kind != "count":
        return None
    over = _over(book, s, v, scale_mention)
    nums = _numerators(view, v, unit_words, {id(scale_mention), id(over)}, scale == 1)
    dens = [(over, True)] if over is not None else _denominators(view, v, base, scale_mention,
                                                                             singular(unit_words[-1]) if unit_words else None)
    exact_den = over is not None and over.claim.hedge_text != "" and over.claim.said_start < over.claim.start
    if averaged and base in SPANS and over is None and _told_over_a_year(s):
        # "Over the year the park averaged 7,872 visits a day": the year itself is a span, its days untold
        dens = dens + [(None, False)]
    if not nums or not dens:
        return None
    bindings, confident = [], []
    for num, num_named in nums:
        for den, den_named in dens:
            if num is den:
                continue
            if den is None:
                for days in YEAR_IN[base]:
                    bindings.append({"value": v.claim, "num": num.claim, "den_value": str(days), "scale": str(scale),
                                     "form": "average", "den_text": f"a year's {days} {base}s"})
                continue
            slots = {"value": v.claim, "num": num.claim, "den": den.claim, "scale": str(scale),
                     "form": "average" if averaged else "rate"}
            if exact_den and den is over:
                slots["den_as_written"] = "yes"  # its "over" was read as a hedge
            if den.kind == "period":  # (den is a mention here)
                slots["den_value"] = str(span_in(den.claim, base))
            (confident if num_named and den_named else bindings).append(slots)
    ordered = confident + bindings
    if not ordered:
        return None
    return statement("ratio", "an average" if averaged else f"'{cue.text if cue else base}'", ordered[0], view, s.index,
                     ordered[1:], inferred=not confident)


def _average_noun_of(book, lead: tuple[str, ...]) -> bool:
    """"an average gift of £75", "an average yield of 68.2": the cue, a noun or two, "of"."""
    if lead[-1:] != ("of",):
        return False
    for back in (2, 3):
        if len(lead) > back and book(RELATION, "average").ends(lead[: -back], skip=frozenset()) is not None:
            return True
    return False


def _told_over_a_year(s: SentenceView) -> bool:
    """Does the average's sentence take a year as its span ("over the year", "in 2023", "annual")?"""
    return any(w in ("year", "annual", "annually") for w in s.words) or any(m.kind == "year" for m in s.mentions)


def _reference_average(book, s: SentenceView, v: Mention) -> bool:
    """An average named by its kind — over years ("the 20-year average"), weighted, national,
    long-term — is a reference the article quotes, not a quotient of figures it tells."""
    if book(RELATION, "reference_averages").find(v.lead[-4:]):
        return True
    prev = s.before(v)
    return prev is not None and prev.kind == DURATION and v.lead[:2] in (("year", "average"), ("month", "average"),
                                                                      ("day", "average"), ("week", "average"))


def _base_before(lead: tuple[str, ...]) -> str | None:
    """"each day averaged", "every branch averaged": the unit an average is per, told before it."""
    for i in range(len(lead) - 2, -1, -1):
        if lead[i] in ("each", "every", "per") and i + 2 < len(lead) + 1 and lead[i + 1].isalpha():
            rest = lead[i + 2 :]
            if rest and rest[0] in ("averaged", "averages", "averaging", "saw", "had", "drew", "recorded"):
                return lead[i + 1]
            return None
    return None


COPULAS = frozenset("of is was are were at stood stands reached".split())


def _told_before(cue_list, lead: tuple[str, ...]) -> bool:
    """A cue a few words before a figure, with only a copula or "of" between: "a GDP per
    capita of", "whose population is"."""
    i = len(lead)
    while i > 0 and lead[i - 1] in COPULAS | FILLERS:
        i -= 1
    return i > 0 and cue_list.ends(lead[:i], skip=frozenset()) is not None


def _unit_words(v: Mention) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words naming what a rate counts, and the rest of its tail: "deaths" | "per …"."""
    tail = v.tail
    i = 0
    while i < len(tail) and i < 3 and tail[i].isalpha() and tail[i] not in NOT_UNITS:
        i += 1
    return tail[:i], tail[i:]


# Words that end what a rate counts: "deaths | per …", "points | over …", "TEU | , up from".
NOT_UNITS = frozenset("per a an each for over on across from in every and or but to of the than at by with".split())


def _per_cue(per, rest: tuple[str, ...]):
    """"per 100,000", "a game", "each": the cue and what follows it — where "a"/"an" is no
    article of a noun phrase ("… a rise of 7.2 percent", "a record")."""
    cue = per.starts(rest, skip=frozenset())
    if cue is None:
        return None
    if rest[cue.start] in ("a", "an"):
        after = rest[cue.end : cue.end + 2]
        if not after or not after[0].isalpha() or after[1:] == ("of",) or after[0] in ("record", "total"):
            return None
    return cue


def _over(book, s: SentenceView, v: Mention, scale: Mention | None) -> Mention | None:
    """"21.4 points over 33 appearances", "1,317 TEU from 2,418 calls": a count right after
    the average, in its clause, is what it was taken over."""
    nxt = s.after(v)
    if nxt is None or nxt is scale or nxt.kind not in ("count", DURATION) or nxt.clause != v.clause:
        return None
    _, rest = _unit_words(v)
    if not rest and nxt.claim.hedge_text:
        rest = tokens(nxt.claim.hedge_text)  # "averaged 6,412 over 17 home games": no hedge, a span
    found = book(RELATION, "over").starts(rest, skip=FILLERS)
    if found is None or any(w not in FILLERS for w in rest[found.end :]):
        return None
    return nxt


def _numerators(view: DocumentView, v: Mention, unit_words, skip, scale_is_one: bool) -> list[tuple[Mention, bool]]:
    """Totals a rate may divide: figures of its kind and unit (and, for counts, its noun) near
    it, then in the article; named when what they count is what the rate counts."""
    noun = singular(unit_words[-1]) if unit_words else v.claim.noun
    out: list[tuple[Mention, bool]] = []
    seen = {id(v)} | set(skip)

    def consider(o: Mention):
        if id(o) in seen or not _total_like(view, o, v) or (scale_is_one and o.value < v.value):
            return  # a total over a count of one or more is no smaller than its average
        seen.add(id(o))
        if v.kind == "count":
            named = bool(noun) and (same_noun(o.claim.noun, noun)
                                    or any(same_noun(singular(w), noun) for w in _phrase(view, o)))
        else:
            named = o.same_unit(v)
        # "averaged 21.4 points over 33 appearances, a season total of 706"
        named = named or ("total" in o.claim.qualifiers and o.sentence == v.sentence and o.clause == v.clause
                          and (o.claim.noun is None or not noun or same_noun(o.claim.noun, noun)))
        # A rate that says what it counts ("264 million litres a day") divides a figure of that
        # only; one that does not ("averaged 6,412 over 17 games") may divide any nearby total.
        if named or (not unit_words and v.kind == "count" and o.sentence == v.sentence and len(out) < MAX_CANDIDATES):
            out.append((o, named))
        else:
            seen.discard(id(o))

    for sv in view.nearby(v, reach=3, after=1, paragraphs=1):
        for o in sv.mentions:
            consider(o)
    if noun and v.kind == "count":
        for o in view.noun_near(noun_key(noun), v):
            consider(o)
    out.sort(key=lambda p: (not p[1], abs(p[0].sentence - v.sentence)))
    out = out[:MAX_CANDIDATES]
    largest = view.largest_before(v)  # an average of the article's headline total, however far
    if largest is not None:
        consider(largest)
    return out


def _phrase(view: DocumentView, o: Mention) -> tuple[str, ...]:
    """The words right after a figure, to the first comma, through any figure in them:
    "3,184,600 twenty-foot equivalent units (TEU)"."""
    out = []
    for w in tokens(view.doc.text[o.claim.end : o.claim.end + 60])[:8]:
        if w in (",", ";"):
            break
        out.append(w)
    return tuple(out)


def _total_like(view: DocumentView, o: Mention, v: Mention) -> bool:
    if o.claim.in_title or o.per or o.rank or o.kind != v.kind or (v.kind == "money" and o.unit != v.unit):
        return False
    if _is_rate(view, o):
        return False
    return _same_time(view, o, v)


def _is_rate(view: DocumentView, o: Mention) -> bool:
    _, rest = _unit_words(o)
    book = view.cues
    return _per_cue(book(RELATION, "per"), rest) is not None \
        or book(RELATION, "average").ends(o.lead, skip=FILLERS) is not None or _average_noun_of(book, o.lead) \
        or (o.tail[:1] and book(RELATION, "average").starts(o.tail, skip=frozenset()) is not None)


def _same_time(view: DocumentView, a: Mention, b: Mention) -> bool:
    """Not told of two different years ("in 2022" and "in 2023"), nor one as the other's
    earlier level in one sentence ("5.3 …, down from 5.8 a year earlier")."""
    ya, ea = time_of(view, a)
    yb, eb = time_of(view, b)
    if ea != eb and a.sentence == b.sentence:
        return False
    return ya is None or yb is None or ya == yb or ea != eb


def _denominators(view: DocumentView, v: Mention, base: str | None, scale: Mention | None,
                  unit: str | None) -> list[tuple[Mention, bool]]:
    """Counts a rate may be per: those of its base noun (a population, for a rate per person),
    else, for an average of no named base, any count near it (inferred)."""
    book = view.cues
    people = base is not None and (base in book(RELATION, "people") or base == "capita" or (base,) in book(RELATION, "people"))
    population = book(RELATION, "population")
    out: list[tuple[Mention, bool]] = []
    seen = {id(v), id(scale)}

    def consider(o: Mention, nearby: bool):
        if id(o) in seen or o.claim.in_title or o.rank or o.per or _is_rate(view, o):
            return
        if o.kind == DURATION:
            if base and o.unit and singular(o.unit) == base:
                seen.add(id(o))
                out.append((o, True))
            return
        if o.kind == "period":
            if base in SPANS and o.claim.date is not None and o.claim.date_end is not None:
                seen.add(id(o))
                out.append((o, True))  # "152,400 jobs from January to July, an average of 21,800 a month"
            return
        if o.kind != "count" or not _same_time(view, o, v) or (unit and same_noun(o.claim.noun, unit)):
            return  # "38 millimetres" counts what the rate counts, not what it is per
        seen.add(id(o))
        noun = o.claim.noun
        if base in TIME_BASES and not same_noun(noun, base):
            return  # "264 million litres a day" is per day: divided by a number of days only
        named = bool(base) and (same_noun(noun, base) or (people and (
            (noun,) in population or noun in ("person", "people") or _told_before(population, o.lead)
            or (noun is not None and (noun,) in book(RELATION, "people")))))
        if named or (nearby and base is None and len(out) < MAX_CANDIDATES):
            out.append((o, named))

    for sv in view.nearby(v, reach=3, after=1, paragraphs=1):
        for o in sv.mentions:
            consider(o, sv.index == v.sentence or sv.paragraph == view.sentences[v.sentence].paragraph)
    if base:
        keys = {noun_key(base)} | ({noun_key(w) for w in ("population", "people", "person", "resident", "inhabitant")}
                                   if people else set())
        for key in sorted(keys):
            for o in view.noun_near(key, v):
                consider(o, False)
    out.sort(key=lambda p: (not p[1], abs(p[0].sentence - v.sentence)))
    return out[:MAX_CANDIDATES]


SPANS = frozenset({"day", "week", "month", "year"})
YEAR_IN = {"day": (365, 366), "week": (52,), "month": (12,), "year": (1,)}  # a year told of, in the base's units


def span_in(period, unit: str) -> Fraction:
    """How many days, weeks, months or years a period covers, both ends included: January
    to July is 7 months."""
    first, last = period.date, period.date_end
    if unit == "month":
        return Fraction((last.year - first.year) * 12 + last.month - first.month + 1)
    if unit == "year":
        return Fraction(last.year - first.year + 1)
    days = (last - first).days + 1
    return Fraction(days, 7) if unit == "week" else Fraction(days)


# ---- multiples --------------------------------------------------------------------


def _cue_multiple(view: DocumentView, s: SentenceView, b: Mention):
    """"twice the 2.1 million", "more than double the £1.64 million": the multiple is a word
    right before the figure it multiplies."""
    found = view.cues(RELATION, "multiples").ends(b.lead, skip=FILLERS | {"as", "much", "many", "of", "what"})
    if found is None:
        return None
    return _multiple(view, s, None, b, found)


def _multiple(view: DocumentView, s: SentenceView, m: Mention | None, b: Mention | None, word):
    book = view.cues
    if m is not None:
        b = s.after(m)
        if b is None or b.kind not in LEVELS or b.clause != m.clause:
            return None
        found = book(RELATION, "times").starts(m.tail, skip=frozenset())
        if found is None or any(w not in FILLERS for w in m.tail[found.end :]):
            return None
        anchor = m
    else:
        anchor = b
    a = level_before(s, anchor)
    inferred = False
    if a is None or not a.same_unit(b):
        a = view.largest_before(b)
        if a is None or a.sentence == b.sentence or view.sentences[a.sentence].paragraph != s.paragraph:
            return None
        inferred = True  # "The total was … more than double the £1.64 million": the subject told before
    if a is b or a.value < b.value:
        return None
    slots = {"num": a.claim, "den": b.claim, "form": "multiple"}
    if m is not None:
        slots["value"] = m.claim
        more = book(RELATION, "more_times").starts(m.tail, skip=frozenset())
        if more is not None:
            slots["plus_one"] = "yes"  # "three times more than": three or four times, charitably
        cue = f"'{m.claim.text}'"
    else:
        slots["factor"] = str(word.value)
        slots["word"] = word.text
        slots["hedge"] = _hedge(b.lead[: word.start])
        cue = f"'{word.text}'"
    return statement("ratio", cue, slots, view, s.index, inferred=inferred)


HEDGES = {("more", "than"): "above", ("over",): "above", ("nearly",): "below", ("almost",): "below",
          ("just", "under"): "below", ("less", "than"): "below", ("about",): "about", ("around",): "about",
          ("roughly",): "about", ("some",): "about", ("just", "over"): "above", ("at", "least"): "above"}


def _hedge(words: tuple[str, ...]) -> str:
    for n in (2, 1):
        if words[-n:] in HEDGES:
            return HEDGES[words[-n:]]
    return "exact"
