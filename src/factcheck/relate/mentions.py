"""Mentions: each figure of a document with what a reader knows of it beyond its value —
the words right before and after it, its clause, its time — and the searches that bind one
figure to another in widening scope (clause, sentence, paragraph, article).

Claims already carry kind, unit, scale, hedge, intervals, counted noun and phrase, measure
and qualifiers (extract/, resolve/). A Mention adds the context the readers need, computed
once per document; every search is bounded (a few sentences, a few candidates), so the cost
per figure stays constant and a document's reading stays linear in its length.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

from ..model import Claim, Document
from .cues import CueBook, tokens

QUANTITIES = frozenset({"count", "money", "percent", "pp", "ratio", "fraction", "duration"})
LEVELS = frozenset({"count", "money", "percent"})  # figures a level, a part or a whole can be
TIMES = frozenset({"year", "date", "period"})
# Where one clause ends and another begins, between two figures: "sales rose …; profit fell".
CLAUSE_BREAKS = frozenset({";", "•", "but", "while", "whereas", "although", "though", "however", "meanwhile",
                           "—", "–", "which", "who", "where", "when", "because", "due"})
# "… a year earlier", "last year": words after a figure that put it before the clause's time.
EARLIER = (("a", "year", "earlier"), ("a", "year", "ago"), ("a", "year", "before"), ("the", "previous", "year"),
           ("the", "prior", "year"), ("the", "year", "before"), ("last", "year"), ("in", "the", "previous", "year"),
           ("in", "the", "prior", "year"), ("a", "year", "previously"), ("the", "same", "period", "last", "year"),
           ("in", "the", "same", "period", "last", "year"), ("the", "previous", "financial", "year"),
           ("the", "prior", "fiscal", "year"), ("the", "previous", "fiscal", "year"))
RELATIVE_EARLIER = frozenset({"last year", "the previous year", "the year before", "a year earlier", "the prior year"})
EARLIER_REACH = 6  # words after a figure within which "a year earlier" still dates it
NEIGHBOURING_SENTENCES = 3  # how far back within a paragraph a search for an operand looks
MAX_CANDIDATES = 4
NOUN_REACH = 24  # mentions of one noun, on each side, that a search by noun looks at


RANK_WORDS = {("number",), ("no",), ("top",), ("position",), ("spot",), ("place",), ("no.",), ("ranked",)}


@dataclass(slots=True, eq=False)
class Mention:
    claim: Claim
    sentence: int  # index of the sentence in the document
    position: int  # place among the sentence's figures
    lead: tuple[str, ...]  # tokens between the previous figure of the sentence (or its start) and this one
    tail: tuple[str, ...]  # tokens between this figure and the next (or the sentence's end)
    clause: int = 0  # which clause of its sentence

    @property
    def kind(self) -> str:
        return self.claim.kind

    @property
    def per(self) -> bool:
        """Is it the denominator of a rate ("7.5 connections per 100 people")? Then it is no
        level, part or total of anything."""
        return self.lead[-1:] == ("per",)

    @property
    def rank(self) -> bool:
        """Is it a place in a ranking ("at number 27", "the top 40"), not a quantity?"""
        return self.lead[-1:] in RANK_WORDS


    @property
    def unit(self):
        return self.claim.unit

    @property
    def value(self):
        return self.claim.value

    def same_unit(self, other: "Mention") -> bool:
        return self.claim.kind == other.claim.kind and self.claim.unit == other.claim.unit

    def __repr__(self) -> str:
        return f"Mention({self.claim.text!r})"


@dataclass(eq=False)
class SentenceView:
    index: int
    paragraph: int
    mentions: list[Mention]
    text: str

    @cached_property
    def words(self) -> tuple[str, ...]:
        return tokens(self.text)

    def before(self, m: Mention) -> Mention | None:
        return self.mentions[m.position - 1] if m.position > 0 else None

    def after(self, m: Mention) -> Mention | None:
        return self.mentions[m.position + 1] if m.position + 1 < len(self.mentions) else None

    def in_clause(self, m: Mention) -> list[Mention]:
        return [o for o in self.mentions if o.clause == m.clause]


@dataclass(eq=False)
class DocumentView:
    """A document's sentences with figures, as mentions, and indexes for bounded searches."""

    doc: Document
    sentences: dict[int, SentenceView]
    cues: CueBook
    order: list[int] = field(default_factory=list)  # indices of the sentences with figures, in order
    by_noun: dict[str, list[Mention]] = field(default_factory=dict)  # quantities by counted noun
    mention_of: dict[int, Mention] = field(default_factory=dict)  # by id of the claim
    year: int | None = None  # the year the article is about: that of its first figure told with one
    _largest: dict[tuple, tuple[list[int], list[Mention]]] | None = None
    _noun_at: dict[str, list[int]] | None = None

    def largest_before(self, m: Mention) -> Mention | None:
        """The largest figure of m's kind and unit told in a sentence before m's (an index of
        running maxima: one bisection, never a scan)."""
        if self._largest is None:
            self._largest = {}
            for si in self.order:
                for o in self.sentences[si].mentions:
                    if o.claim.kind in LEVELS and not o.per and not o.claim.in_title:
                        sentences, best = self._largest.setdefault((o.claim.kind, o.claim.unit), ([], []))
                        top = best[-1] if best and best[-1].value >= o.value else o
                        sentences.append(si)
                        best.append(top)
        found = self._largest.get((m.claim.kind, m.claim.unit))
        if not found:
            return None
        sentences, best = found
        i = bisect.bisect_left(sentences, m.sentence)
        return best[i - 1] if i else None

    def of(self, claim: Claim) -> Mention | None:
        return self.mention_of.get(id(claim))

    def sentence_of(self, m: Mention) -> SentenceView:
        return self.sentences[m.sentence]

    def nearby(self, m: Mention, reach: int = NEIGHBOURING_SENTENCES, after: int = 1,
               paragraphs: int = 0) -> list[SentenceView]:
        """The sentences a search around `m` looks in, nearest first: its own, then up to
        `reach` before it and `after` after it, in its paragraph (or within `paragraphs`
        paragraphs of it)."""
        own = self.sentences[m.sentence]
        out = [own]
        for step in range(1, reach + 1):
            for si in (m.sentence - step, m.sentence + step) if step <= after else (m.sentence - step,):
                s = self.sentences.get(si)
                if s is not None and abs(s.paragraph - own.paragraph) <= paragraphs:
                    out.append(s)
        return out

    def article_candidates(self, m: Mention, nouns) -> list[Mention]:
        """Mentions elsewhere in the article that count one of `nouns`: the article scope
        of a search, through an index (never a scan of the document)."""
        out: list[Mention] = []
        for key in sorted({noun_key(n) for n in nouns}):
            out.extend(o for o in self.noun_near(key, m) if o is not m)
        out.sort(key=lambda o: abs(o.sentence - m.sentence))
        return out[: MAX_CANDIDATES * 4]

    def noun_near(self, key: str, m: Mention, reach: int = NOUN_REACH) -> list[Mention]:
        """The mentions filed under a noun nearest `m` in the text, at most `reach` on each
        side: one bisection, so that a search by noun costs the same in a 50 MB file as in an
        article (a file of a thousand articles holds thousands of figures of one noun)."""
        found = self.by_noun.get(key)
        if not found:
            return []
        if len(found) <= 2 * reach:
            return found
        if self._noun_at is None:
            self._noun_at = {}
        at = self._noun_at.get(key)
        if at is None:
            at = self._noun_at[key] = [o.sentence for o in found]
        i = bisect.bisect_left(at, m.sentence)
        return found[max(0, i - reach) : i + reach]


def build_view(doc: Document, ex, cues: CueBook) -> DocumentView:
    text = doc.text
    sentences: dict[int, SentenceView] = {}
    view = DocumentView(doc, sentences, cues)
    groups: dict[int, list[Claim]] = {}
    for claim in ex.claims:
        if claim.sentence >= 0:
            groups.setdefault(claim.sentence, []).append(claim)
    for si in sorted(groups):
        s = ex.sentences[si]
        claims = groups[si]
        mentions: list[Mention] = []
        clause = 0
        cursor = s.start
        claims = [c for c in claims if not _enumerator(text, c)]
        for i, claim in enumerate(claims):
            begin = max(cursor, min(claim.said_start, claim.start))
            lead = tokens(text[cursor:begin])
            if i and any(t in CLAUSE_BREAKS for t in lead) or _and_clause(lead) or _participle(lead, cues):
                clause += 1
            mentions.append(Mention(claim, si, i, lead, (), clause))
            cursor = max(claim.end, claim.hedge_end, cursor)
        for i, m in enumerate(mentions):
            m.tail = mentions[i + 1].lead if i + 1 < len(mentions) else tokens(text[cursor : s.end])
        view.sentences[si] = SentenceView(si, s.paragraph, mentions, text[s.start : s.end])
        view.order.append(si)
        for m in mentions:
            view.mention_of[id(m.claim)] = m
            if m.claim.kind in LEVELS and m.claim.noun:
                view.by_noun.setdefault(noun_key(m.claim.noun), []).append(m)
            if m.claim.kind in LEVELS and "total" in m.claim.qualifiers:
                view.by_noun.setdefault("total", []).append(m)  # a figure told as a total, under that name
    for si in view.order:
        for m in view.sentences[si].mentions:
            if m.claim.kind in LEVELS and not m.claim.in_title:
                year, earlier = _own_time(view, m)
                if year is not None and not earlier:
                    view.year = year
                    return view
    return view


# Words that end the reach of a cue: another verb, or a word that starts a clause.
VERB_WORDS = frozenset("is are was were be been has have had said says will would could may might after as while "
                       "because when if that reported announced attributed expects expected".split())


def has_verb(cues: CueBook, words) -> bool:
    """Do the words hold a verb of their own (or a clause opener)? A past tense in -ed that is
    no cue word counts: "collected", "received"."""
    first = cues.first_words()
    words = list(words)
    for i, w in enumerate(words):
        if w in VERB_WORDS:
            return True
        if w.endswith("ed") and len(w) > 4 and w not in first:
            # A past tense takes an object or ends the words before a figure ("received
            # £158.2 million", "collected their"); "planned admissions" is a label.
            after = [x for x in words[i + 1 :] if not x.endswith("ly")]
            if not after or after[0] in VERB_OBJECTS:
                return True
    return False


VERB_OBJECTS = frozenset("the a an it its their them him her his our us this that these those some more less up down "
                         "out off back on to in for from by at with".split())


def noun_key(noun: str) -> str:
    """What the index files a noun under: its first five letters, so that the nouns
    same_noun() takes for one ("visit", "visitor") are found together."""
    return noun if noun == "total" else noun[:5]


def same_noun(a: str | None, b: str | None) -> bool:
    """Do two counted nouns name one thing? "visit" and "visitor" do (one the other's stem)."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3


def _participle(lead: tuple[str, ...], cues: CueBook) -> bool:
    """", putting the country close to …", ", leaving it just over a third full": a comma and
    a participle start a clause of their own, unless the participle is a change's own word
    ("…, rising to 5%", "…, accounting for 17.9 percent")."""
    for i in range(len(lead) - 2):
        word = lead[i + 1]
        if lead[i] == "," and word.endswith("ing") and len(word) > 4 and word not in cues.first_words() \
                and lead[i + 2] in PARTICIPLE_OBJECTS:
            return True  # (a verb takes an object: "clothing and home" is a noun)
    return False


PARTICIPLE_OBJECTS = frozenset("the a an it its their them him her his our us this that these those some more less "
                               "up down out off back".split())


def _and_clause(lead: tuple[str, ...]) -> bool:
    """", and the labor force …": a comma and "and" before a new subject start a clause; the
    "and" of a list ("5,200 in A, 3,900 in B and 3,100 in C") does not."""
    for i in range(len(lead) - 1):
        if lead[i] == "," and lead[i + 1] == "and" and len(lead) - i > 4:
            return True
    return False


def time_of(view: DocumentView, m: Mention) -> tuple[int | None, bool]:
    """(the year a figure is about, whether it is said to be earlier than its clause's time):
    "$31.0 million in 2019" → (2019, False); "$26.8 million a year earlier" → (None, True);
    a figure with no time of its own takes its clause's year, else the article's."""
    year, earlier = _own_time(view, m)
    if year is None and not earlier:
        return _sentence_year(view.sentences[m.sentence]) or view.year, False
    return year, earlier


def _sentence_year(s: SentenceView) -> int | None:
    """The year a sentence opens with: "For 2019, net cash used …", "In 2018, revenue …"."""
    first = s.mentions[0] if s.mentions else None
    if first is not None and first.claim.kind in TIMES and first.claim.date is not None and len(first.lead) <= 5 \
            and first.lead[-1:] and first.lead[-1] in TIME_LEADS:
        return first.claim.date.year
    return None


def own_time(view: DocumentView, m: Mention) -> tuple[int | None, bool]:
    """(the year a figure is told for, whether it is said to be earlier) from its own words
    only: no fallback to its clause's or the article's year."""
    return _own_time(view, m)


TIME_WORDS = frozenset("in for during at the end of as by on start close fiscal year financial calendar mid "
                       "first second third fourth quarter half".split())
TIME_LEADS = frozenset("in for during fiscal".split())


def _own_time(view: DocumentView, m: Mention) -> tuple[int | None, bool]:
    s = view.sentences[m.sentence]
    earlier = view.cues("change", "earlier")
    found = earlier.find(m.tail[:8])
    # ("… a year earlier", "32.05 million tonnes moved in the same period last year": the tail ends at the
    # next figure, so an earlier-cue near its start is this figure's)
    if (found and found[0].start <= EARLIER_REACH and not {";", ","} & set(m.tail[: found[0].start])) or any(m.tail[: len(e)] == e or m.tail[1 : len(e) + 1] == e for e in EARLIER):
        return None, True
    nxt = s.after(m)
    if nxt is not None and nxt.claim.kind == "year" and nxt.claim.text.lower() in RELATIVE_EARLIER \
            and len(m.tail) <= EARLIER_REACH and not {",", ";"} & set(m.tail):
        return None, True  # "32.05 million tonnes moved in the same period last year"
    if nxt is not None and nxt.claim.kind in TIMES and nxt.claim.date is not None and m.tail \
            and all(w in TIME_WORDS for w in m.tail):
        return nxt.claim.date.year, False  # "$31.0 million in 2019", "… at the end of 2023"
    prev = s.before(m)
    if prev is not None and prev.claim.kind in TIMES and prev.claim.date is not None and prev.clause == m.clause:
        if m.lead[:1] == (":",):
            return prev.claim.date.year, False  # "(2022: €13.6 billion)"
        if prev.lead[-1:] and prev.lead[-1] in TIME_LEADS and not any(w in CLAUSE_BREAKS for w in m.lead):
            return prev.claim.date.year, False  # "In 2019, revenue was $5 million"
    for other in s.mentions:  # "The previous record, 3,002,900 TEU, was set in 2019"
        if other.clause == m.clause and other.claim.kind in TIMES and other.claim.date is not None \
                and other.lead[-1:] and other.lead[-1] in TIME_LEADS and abs(other.position - m.position) <= 2 \
                and not _level_between(view, s, m, other):
            return other.claim.date.year, False
    return None, False


def _level_between(view: DocumentView, s: SentenceView, a: Mention, b: Mention) -> bool:
    """Is an old level told between a figure and a time? Then the time is the old level's:
    "an average of 1,317 TEU, up from 1,162 TEU per call in 2023" (but "compared with 79.6
    hectolitres from 28,390 hectares in 2022" is all of 2022)."""
    old = view.cues("change", "from")
    if old.ends(a.lead, skip=frozenset()) is not None:
        return False
    lo, hi = sorted((a.position, b.position))
    return any(o.claim.kind in LEVELS and old.ends(o.lead, skip=frozenset()) is not None for o in s.mentions[lo + 1 : hi])


def _enumerator(text: str, claim: Claim) -> bool:
    """"…; (2) limit dividends …": the number of an item in a list of clauses, no quantity."""
    if claim.kind != "count" or claim.value > 20 or claim.value != int(claim.value):
        return False
    before = text[max(0, claim.start - 3) : claim.start].rstrip()
    after = text[claim.end : claim.end + 1]
    return before.endswith("(") and after == ")" and (len(before) < 2 or before[-2] in " ;:,.\n")


def level_before(s: SentenceView, m: Mention) -> Mention | None:
    """The level m's clause speaks of, right before m (a year or date between them aside):
    "2.41 million admissions, 450,000 more than …", "$4.2 million, nearly three times …"."""
    prev = s.before(m)
    while prev is not None and prev.clause == m.clause:
        if prev.kind in LEVELS and not prev.per and not prev.rank:
            return prev
        if prev.kind not in TIMES:
            return None
        prev = s.before(prev)
    return None


def told_as_difference(cues: CueBook, m: Mention) -> bool:
    """Is the figure a difference between two others ("80,000 fewer than", "19 more …"), not a level?"""
    return cues("difference", "more").starts(m.tail, skip=frozenset()) is not None \
        or cues("difference", "less").starts(m.tail, skip=frozenset()) is not None
