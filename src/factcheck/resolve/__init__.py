"""Resolve: what quantity a claim is about — its measure (from the packs' aliases) and its
qualifiers (region, batch, cumulative or not, target or actual) — so that claims about the
same quantity meet, in one article or across many."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..extract.patterns import CURRENCY_PREFIXES, CURRENCY_SUFFIXES
from ..model import Claim
from ..prefilter import lower_as_re, trie_pattern
from .qualifiers import SentenceCues, qualify

MONEY_UNITS = frozenset({"money", "currency", *CURRENCY_SUFFIXES, *CURRENCY_PREFIXES, *CURRENCY_SUFFIXES.values()})
GENERIC_NOUNS = frozenset(
    "company enterprise firm business sme organization organisation entity one member unit player total number count figure tally".split()
)


class MeasureIndex:
    """Finds the pack measure an alias names in a stretch of text (longest alias wins)."""

    def __init__(self, measures: list) -> None:
        self.measures = {m.name: m for m in measures}
        entries = []
        for m in measures:
            for alias in [m.name.replace("-", " "), *m.aliases]:
                entries.append((alias, m.name))
        entries.sort(key=lambda e: -len(e[0]))
        self._names: list[str] = []
        parts = []
        firsts: set[str] = set()  # every alias starts with one of these words
        alias_words: set[str] = set()
        for i, (alias, name) in enumerate(entries):
            words = re.findall(r"\w+", alias.lower())
            if not words:
                continue
            firsts.add(words[0])
            alias_words.update(words)
            body = r"[\s,'\"“”‘’-]+(?:and\s+)?".join(re.escape(w) for w in words)
            parts.append(rf"(?P<m{i}>\b{body}(?:s|es)?\b)")
            self._names.append(name)
        self._regex = re.compile("|".join(parts), re.IGNORECASE) if parts else None
        self._group_to_name = {f"m{i}": name for i, name in enumerate(self._names)}
        # The big pattern is only tried where an alias's first word starts (found on the
        # lower-cased text), not at every character.
        self._first_word = re.compile(rf"\b{trie_pattern(firsts)}") if firsts else None
        self._has_rates = any(self.kind_of(m.name) == "percent" for m in measures)
        self._has_money = any(self.kind_of(m.name) == "money" for m in measures)
        self.words = frozenset(alias_words)  # every word of every alias

    def find(self, text: str) -> str | None:
        for m in self._matches(text):
            return self._group_to_name[m.lastgroup]  # type: ignore[index]
        return None

    def aliases_in(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, measure) of every alias in a sentence, read once for all its figures."""
        return [(m.start(), m.end(), self._group_to_name[m.lastgroup]) for m in self._matches(text)]  # type: ignore[index]

    def _matches(self, text: str) -> Iterator[re.Match[str]]:
        """The alias pattern's finditer(text), tried only where an alias's first word starts."""
        if self._regex is None or self._first_word is None or not text:
            return
        lowered = lower_as_re(text)
        end = 0
        for start in self._first_word.finditer(lowered):
            if start.start() < end:
                continue
            m = self._regex.match(text, start.start())
            if m and m.lastgroup:
                yield m
                end = m.end()

    @staticmethod
    def find_near(aliases: list[tuple[int, int, str]], pos: int) -> str | None:
        """The alias after `pos` ("658 … enterprises were selected in the fifth batch of
        'little giant' firms"), else the last one before it."""
        i = bisect.bisect_left(aliases, (pos,))
        if i < len(aliases):
            return aliases[i][2]
        before = [a for a in aliases if a[1] <= pos]
        return before[-1][2] if before else None

    def find_rate_before(self, aliases: list[tuple[int, int, str]], pos: int) -> str | None:
        """The last alias before `pos` of a measure written in percent ("the unemployment
        rate was unchanged at 4.1 percent")."""
        if not self._has_rates:
            return None
        found = None
        for start, end, name in aliases:
            if end > pos:
                break
            if self.is_percent(name):
                found = name
        return found

    def find_money_near(self, aliases: list[tuple[int, int, str]], pos: int) -> str | None:
        """The nearest alias of a measure of money, after `pos` first, in one sentence."""
        if not self._has_money:
            return None
        found = [(start < pos, abs(start - pos), name) for start, _, name in aliases if self.kind_of(name) == "money"]
        return min(found)[2] if found else None

    def is_percent(self, name: str | None) -> bool:
        return self.kind_of(name) == "percent"

    def kind_of(self, name: str | None) -> str | None:
        """The kind of figure a measure's unit admits: "percent", "money", or None (any)."""
        unit = (self.measures[name].unit or "").lower() if name else ""
        if unit == "percent":
            return "percent"
        return "money" if unit in MONEY_UNITS else None

    def is_cumulative(self, name: str | None) -> bool:
        return bool(name and self.measures[name].cumulative)


def resolve(claims: list[Claim], text: str, sentences, index: MeasureIndex) -> None:
    # Read once per sentence, for all its figures: the cues qualify() needs, the aliases.
    ordinals: dict[int, list[Claim]] = {}
    for claim in claims:
        if claim.kind == "ordinal":
            ordinals.setdefault(claim.sentence, []).append(claim)
    cues: dict[int, SentenceCues] = {}
    aliases: dict[int, list[tuple[int, int, str]]] = {}

    def aliases_in(si: int) -> list[tuple[int, int, str]]:
        if si not in aliases:
            s = sentences[si] if si >= 0 else None
            aliases[si] = index.aliases_in(text[s.start : s.end] if s else text)
        return aliases[si]

    for claim in claims:
        if claim.kind not in ("count", "money", "percent"):
            continue
        sentence = sentences[claim.sentence] if claim.sentence >= 0 else None
        s_start, s_end = (sentence.start, sentence.end) if sentence else (0, len(text))
        claim.measure = index.find(claim.phrase)
        if claim.measure is None and claim.kind == "percent":
            claim.measure = index.find_rate_before(aliases_in(claim.sentence), claim.start - s_start)
        if claim.measure is None and claim.kind == "money" and claim.noun is None:
            # "proposed spending $1.19 billion from the general fund": a money measure nearby
            claim.measure = index.find_money_near(aliases_in(claim.sentence), claim.start - s_start)
        if claim.measure is None and claim.kind == "count" and (claim.noun is None or claim.noun in GENERIC_NOUNS):
            claim.measure = index.find_near(aliases_in(claim.sentence), claim.start - s_start)
            if claim.measure is None and claim.sentence > 0 and sentences[claim.sentence - 1].paragraph == sentence.paragraph:
                prev = sentences[claim.sentence - 1]
                claim.measure = index.find_near(aliases_in(claim.sentence - 1), prev.end - prev.start)
        admits = index.kind_of(claim.measure)
        if admits is not None and admits != claim.kind:
            claim.measure = None  # "7.0 million … the unemployment rate": a count is not a rate
        if claim.sentence not in cues:
            cues[claim.sentence] = SentenceCues(text[s_start:s_end], s_start, ordinals.get(claim.sentence, []))
        qualify(claim, text, s_start, s_end, cues[claim.sentence], index.words)
