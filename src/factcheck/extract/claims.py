"""Extract: every numeral in a Document becomes a Claim with kind, unit, hedge and intervals."""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from fractions import Fraction

from ..intervals import Interval
from ..model import Claim, Document
from ..read.decode import ReadError
from ..read.dates import DateParts, day_number, month_number, resolve_yearless
from . import nouns
from .fractions import fractions as fraction_claims
from .hedges import COUNTED_KINDS, hedge_after, hedge_before, intervals, rounding_unit
from .patterns import (
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIXES,
    DURATION_AFTER_RE,
    DURATION_UNITS,
    PLURAL_NOUN_AFTER_RE,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    WORD_ONE_REJECT_AFTER_RE,
    WORD_ONE_REJECT_BEFORE_RE,
    COUNT_CONTEXT_BEFORE_RE,
    WEAK_YEAR_CONTEXT_BEFORE_RE,
    YEAR_CONTEXT_BEFORE_RE,
)
from .scan import numerals
from .segment import Sentence, split_sentences, unwrap
from .words import cardinal_value, ordinal_value

CENTS_AFTER_RE = re.compile(r"[^\S\n]+cents?\b", re.IGNORECASE)
_PAST_TENSE_HINT = re.compile(r"\b(?:was|were|had|did|said|held|\w+ed)\b", re.IGNORECASE)
LIST_JOINER_RE = re.compile(r"^\s*(?:,\s*and|,|and|or|to|-|–|and/or)\s*$", re.IGNORECASE)  # not ", or": "612, or 25.5 percent" restates


class Extraction:
    """What extraction yields for one document: its sentences and claims."""

    __slots__ = ("doc", "sentences", "claims", "_by_sentence")

    def __init__(self, doc: Document, sentences: list[Sentence], claims: list[Claim]):
        self.doc = doc
        self.sentences = sentences
        self.claims = claims
        self._by_sentence: dict[int, list[Claim]] | None = None

    def in_sentence(self, index: int) -> list[Claim]:
        """The claims of one sentence: checks look here rather than scan the whole document,
        which would make a document with many figures cost the square of their number."""
        if self._by_sentence is None:
            self._by_sentence = by_sentence(self.claims)
        return self._by_sentence.get(index, [])

    def in_sentences(self, indices) -> list[Claim]:
        return [c for i in indices for c in self.in_sentence(i)]

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.doc.text[s.start : s.end]


def by_sentence(claims: list[Claim]) -> dict[int, list[Claim]]:
    """Claims grouped by the index of their sentence, in text order within each."""
    groups: dict[int, list[Claim]] = {}
    for claim in claims:
        groups.setdefault(claim.sentence, []).append(claim)
    return groups


# Prose has a figure every 50 to 100 characters; a file with thousands of figures packed
# closer than this is a table or a dump, which factcheck does not read as an article (each
# figure costs ~0.1 ms, so a 200 KB line of "1 1 1 …" would take seconds for nothing).
MAX_FIGURE_DENSITY = 1 / 10
DENSITY_APPLIES_FROM = 5000
# A run of digits this long is not a quantity (and Python refuses to turn more than 4,300
# digits into a number).
MAX_NUMERAL_LENGTH = 100


def extract(doc: Document) -> Extraction:
    """The claims and sentences of a document. Sets `doc.text` to its unwrapped text."""
    sentences = split_sentences(doc.text, doc.title.start if doc.title else -1)
    # A hard-wrapped line goes on in the same sentence: its line break is read as a space,
    # so that "more\nthan 40 percent" is a hedge and "4.8 percentage\npoints" a difference.
    doc.text = text = unwrap(doc.text, sentences)
    matches = list(numerals(text))
    if len(matches) >= DENSITY_APPLIES_FROM and len(matches) > len(text) * MAX_FIGURE_DENSITY:
        raise ReadError(doc.path, f"{len(matches):,} figures in {len(text):,} characters is a table or a dump of "
                                  "numbers, not an article")
    starts = [s.start for s in sentences]
    found: list[Claim] = []
    for m in matches:
        if m.lastgroup == "skip" or m.end() - m.start() > MAX_NUMERAL_LENGTH:
            continue
        claim = _claim_from_match(doc, m)
        if claim is not None:
            found.append(claim)
    claims: list[Claim] = []
    for claim in _with_fractions(found, fraction_claims(doc, text)):
        si = bisect.bisect_right(starts, claim.start) - 1
        if si >= 0:
            claim.sentence = si
            claim.paragraph = sentences[si].paragraph
        claims.append(claim)
    _share_units_across_lists(text, claims)
    _carry_currency(claims)
    for claim in claims:
        sentence = sentences[claim.sentence] if claim.sentence >= 0 else None
        nouns.describe(claim, text, sentence.start if sentence else 0, sentence.end if sentence else len(text))
    return Extraction(doc, sentences, claims)


def _with_fractions(claims: list[Claim], fractions: list[Claim]) -> list[Claim]:
    """The claims with the fractions in words among them, in text order: a fraction replaces
    the numbers inside it ("one in five" is one share, not the counts one and five; "a third"
    is no ordinal)."""
    if not fractions:
        return claims
    # A claim is inside a fraction when a fraction starting before the claim ends goes on past
    # its start: one bisection in the fractions by start, and the furthest end of those before
    # (a scan of every fraction for every claim cost the square of a long file's length).
    spans = sorted((f.start, f.end) for f in fractions)
    starts = [a for a, _ in spans]
    furthest, top = [], -1
    for _, b in spans:
        top = max(top, b)
        furthest.append(top)

    def inside(c: Claim) -> bool:
        i = bisect.bisect_left(starts, c.end)
        return i > 0 and furthest[i - 1] > c.start

    kept = [c for c in claims if not inside(c)]
    return sorted(kept + fractions, key=lambda c: c.start)


def _claim_from_match(doc: Document, m: re.Match[str]) -> Claim | None:
    group = m.lastgroup
    if group in ("num", "money", "word"):
        return _quantity(doc, m, group)
    if group == "ordinal":
        raw = m.group()
        value = int(re.match(r"\d+", raw).group()) if raw[0].isdigit() else ordinal_value(raw)  # type: ignore[union-attr]
        return _exact(doc, m.start(), m.end(), raw, Fraction(value), "ordinal")
    if group in ("iso", "mdate", "dmdate"):
        return _date(doc, m, group)
    if group == "myear":
        year, month = int(m.group("y3")), month_number(m.group("m3"))
        claim = _exact(doc, m.start(), m.end(), m.group(), Fraction(year), "period")
        claim.date = dt.date(year, month, 1)
        claim.date_end = dt.date(year, month, calendar.monthrange(year, month)[1])
        return claim
    if group == "period":
        return _period(doc, m)
    if group == "yrange":
        return _year_range(doc, m)
    if group == "relyear":
        if doc.published is None:
            return None
        offset = {"this": 0, "last": -1, "next": 1}[m.group().split()[0].lower()]
        year = doc.published.year + offset
        claim = _exact(doc, m.start(), m.end(), m.group(), Fraction(year), "year")
        claim.date, claim.date_end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        return claim
    return None


def _exact(doc: Document, start: int, end: int, text: str, value: Fraction, kind: str) -> Claim:
    iv = Interval.point(value)
    return Claim(doc=doc, start=start, end=end, text=text, value=value, kind=kind, rounding=iv, strict=iv, ordinary=iv)


def _quantity(doc: Document, m: re.Match[str], group: str) -> Claim | None:
    text = doc.text
    start, end = m.start(), m.end()
    prefix = ""
    if group == "word":
        words = m.group("wdigits")
        value = Fraction(cardinal_value(words))
        if words.lower() == "one" and (
            WORD_ONE_REJECT_AFTER_RE.match(text, end) or WORD_ONE_REJECT_BEFORE_RE.search(text, max(0, start - 12), start)
        ):
            return None
        digits = str(value)
        scale_word, suffix = m.group("wscale"), None
        pct, pp, bp, cur, times = m.group("w_pct", "w_pp", "w_bp", "w_cur", "w_times")
    else:
        digits = m.group("digits") if group == "num" else m.group("mdigits")
        if group == "num" and m.group("rdigits"):
            return _numeric_range(doc, m)
        value = decimal_value(digits)
        tag = "m" if group == "money" else ""
        scale_word, suffix = m.group(tag + "scale"), m.group(tag + "sfx")
        if group == "money":
            prefix = m.group("cprefix")
            pct = pp = bp = cur = times = None
        else:
            pct, pp, bp, cur, times = m.group("pct", "pp", "bp", "cur", "times")
        if suffix and suffix.lower() in ("m", "b", "k") and not (prefix or cur):
            # "5m" may be metres, "3b" a grade: only money takes the one-letter scales.
            return None
    scale = 1
    if scale_word:
        scale = SCALE_WORDS[scale_word.lower()]
    elif suffix:
        scale = SCALE_SUFFIXES[suffix.lower()]
    unit: str | None = None
    if prefix:
        kind, unit = "money", CURRENCY_PREFIXES[prefix.lower().replace(" ", "")]
    elif cur:
        kind, unit = "money", CURRENCY_SUFFIXES[cur.lower()]
        cents = CENTS_AFTER_RE.match(text, end)
        if cents and scale == 1:  # "70 euro cents" is €0.70, not €70
            scale, end = Fraction(1, 100), cents.end()
    elif pct:
        kind = "percent"
    elif pp:
        kind = "pp"
    elif bp:
        kind, value = "pp", value / 100
        scale = 1
    elif times:
        kind = "ratio"
    else:
        kind = "count"
    if kind == "count":
        d = DURATION_AFTER_RE.match(text, end)
        if d:
            kind, unit = "duration", DURATION_UNITS[d.group("u").lower()]
        elif _looks_like_year(text, start, end, digits, scale):
            year = int(digits)
            claim = _exact(doc, start, end, m.group(), Fraction(year), "year")
            claim.date, claim.date_end = dt.date(year, 1, 1), dt.date(year, 12, 31)
            return claim
    window_start = max(0, start - 40)
    before = hedge_before(text[window_start:start])
    hedge, hedge_text = before[:2] if before else (None, "")
    hedge_start = window_start + before[2] if before else start
    after = hedge_after(text, end)
    hedge_end = -1
    if after and hedge is None:
        hedge, hedge_text = after[0], text[end : after[1]].strip()
        hedge_end = after[1]
    hedge = hedge or "exact"
    unit_size, truncatable = rounding_unit(digits if group != "word" else "1", hedge != "exact", scale)
    if bp:
        unit_size = unit_size / 100
    value = value * scale
    rounding, strict, ordinary = intervals(value, unit_size, truncatable, hedge, kind in COUNTED_KINDS)
    written = text[start:end]  # the match, and " cents" after it where it has them
    sign = _sign(text, start) if group == "num" else None
    if sign:
        start, written = start - 1, sign + written
        if sign in "-−":  # the hedge and the rounding are about the magnitude
            value, rounding, strict, ordinary = -value, -rounding, -strict, -ordinary
    return Claim(
        doc=doc, start=start, end=end, text=written, value=value, kind=kind, unit=unit,
        rounding=rounding, strict=strict, ordinary=ordinary, hedge=hedge, hedge_text=hedge_text,
        hedge_start=hedge_start, hedge_end=hedge_end,
    )  # fmt: skip


def decimal_value(digits: str) -> Fraction:
    """"12,668" → 12668, "17.9" → 179/10: built from integers, which is several times faster
    than Fraction parsing the string (once per figure)."""
    plain = digits.replace(",", "")
    whole, point, decimals = plain.partition(".")
    if not point:
        return Fraction(int(plain))
    return Fraction(int(whole + decimals), 10 ** len(decimals))


def _sign(text: str, start: int) -> str | None:
    """A + or − written right before a numeral, after a space, a bracket or nothing."""
    if start < 1 or text[start - 1] not in "+-−":
        return None
    if start >= 2 and not (text[start - 2].isspace() or text[start - 2] in "([“\"'"):
        return None
    return text[start - 1]


COUNT_PREPOSITIONS = frozenset("on for in at from to of".split())


def _looks_like_year(text: str, start: int, end: int, digits: str, scale: int) -> bool:
    if scale != 1 or len(digits) != 4 or not digits.isdigit() or not (1800 <= int(digits) <= 2100):
        return False
    if COUNT_CONTEXT_BEFORE_RE.search(text, max(0, start - 20), start):
        return False
    if YEAR_CONTEXT_BEFORE_RE.search(text, max(0, start - 12), start):
        return True
    plural = PLURAL_NOUN_AFTER_RE.match(text, end)
    if WEAK_YEAR_CONTEXT_BEFORE_RE.search(text, max(0, start - 12), start):
        # "the 2024 elections", "and 2038 tickets", "and 2038 on libraries" are read by the
        # plural noun right after the number or after a preposition ("the 2024 Tokyo
        # Olympics" stays a year).
        return plural is None or not (plural.group("first") is None
                                      or plural.group("first").lower() in COUNT_PREPOSITIONS)
    return plural is None


def _numeric_range(doc: Document, m: re.Match[str]) -> Claim:
    lo = decimal_value(m.group("digits"))
    hi = decimal_value(m.group("rdigits"))
    scale = SCALE_WORDS.get((m.group("scale") or "").lower(), 1)
    iv = Interval(min(lo, hi) * scale, max(lo, hi) * scale)
    kind = "percent" if m.group("pct") else "pp" if m.group("pp") else "range"
    return Claim(doc=doc, start=m.start(), end=m.end(), text=m.group(), value=iv.midpoint, kind=kind,  # type: ignore[arg-type]
                 rounding=iv, strict=iv, ordinary=iv)  # fmt: skip


def _date(doc: Document, m: re.Match[str], group: str) -> Claim:
    if group == "iso":
        y, mo, d = (int(x) for x in m.group().split("-"))
        parts = DateParts(y, mo, d)
    elif group == "mdate":
        parts = DateParts(int(m.group("y1")) if m.group("y1") else None, month_number(m.group("m1")), day_number(m.group("d1")))
    else:
        parts = DateParts(int(m.group("y2")) if m.group("y2") else None, month_number(m.group("m2")), day_number(m.group("d2")))
    claim = _exact(doc, m.start(), m.end(), m.group(), Fraction(parts.day), "date")
    if parts.year is not None:
        claim.date = parts.to_date()
        if claim.date is None:
            claim.kind = "impossible-date"
        else:
            claim.value = Fraction(claim.date.toordinal())
    else:
        try:
            dt.date(2024, parts.month, parts.day)  # a leap year: only a day that no year has is impossible
        except ValueError:
            claim.kind = "impossible-date"
            return claim
        sentence_start = doc.text.rfind(".", 0, m.start())
        past = bool(_PAST_TENSE_HINT.search(doc.text, max(sentence_start, m.start() - 200), m.end() + 200))
        claim.date = resolve_yearless(parts, doc.published, past=past, weekday=_weekday_before(doc.text, m.start()))
        if claim.date is not None:
            claim.value = Fraction(claim.date.toordinal())
    claim.date_end = claim.date
    return claim


def _period(doc: Document, m: re.Match[str]) -> Claim | None:
    m1, m2 = month_number(m.group("pm1")), month_number(m.group("pm2"))
    ytext = (m.group("py") or "").lower()
    if ytext.isdigit():
        year = int(ytext)
    elif doc.published is not None:
        year = doc.published.year - (1 if ytext == "last year" else 0)
    else:
        year = None
    claim = _exact(doc, m.start(), m.end(), m.group(), Fraction(year or 0), "period")
    if year is not None and m1 <= m2:
        claim.date = dt.date(year, m1, 1)
        claim.date_end = dt.date(year, m2, calendar.monthrange(year, m2)[1])
    return claim


def _year_range(doc: Document, m: re.Match[str]) -> Claim:
    a = int(m.group("ya"))
    btext = m.group("yb")
    b = int(btext) if len(btext) == 4 else (a // 100) * 100 + int(btext)
    if len(btext) == 2 and b < a:
        b += 100
    claim = _exact(doc, m.start(), m.end(), m.group(), Fraction(b - a + 1), "period")
    claim.rounding = claim.strict = claim.ordinary = Interval(Fraction(a), Fraction(b))
    claim.value = Fraction(b - a + 1)
    claim.unit = "year"
    claim.date, claim.date_end = dt.date(a, 1, 1), dt.date(b, 12, 31)
    return claim


def _share_units_across_lists(text: str, claims: list[Claim]) -> None:
    """"4.7 and 1.9 percentage points", "between 3 and 4 million": a bare number followed by
    a joined number with a unit or scale takes that unit and scale."""
    for i in range(len(claims) - 2, -1, -1):
        bare, nxt = claims[i], claims[i + 1]
        if bare.kind != "count" or nxt.kind not in ("percent", "pp", "money", "count"):
            continue
        scale = _scale_of(nxt)
        if nxt.kind == "count" and scale == 1:
            continue
        if not LIST_JOINER_RE.match(text[bare.end : nxt.start]):
            continue
        digits = bare.text.replace(",", "")
        if not re.fullmatch(r"\d+(?:\.\d+)?", digits):
            continue
        value = decimal_value(digits) * scale
        unit_size, trunc = rounding_unit(digits, bare.hedge != "exact", scale)
        bare.rounding, bare.strict, bare.ordinary = intervals(value, unit_size, trunc, bare.hedge, nxt.kind in COUNTED_KINDS)
        bare.value, bare.kind, bare.unit = value, nxt.kind, nxt.unit


def _carry_currency(claims: list[Claim]) -> None:
    """"52.6 billion rupees in 2021, 61.8 billion in 2022": a scaled bare number in the same
    sentence right after money with the same scale word is money in that currency."""
    last_money: Claim | None = None
    for claim in claims:
        if claim.kind == "money":
            last_money = claim
        elif claim.kind == "count" and last_money is not None and last_money.sentence == claim.sentence:
            scale = _scale_of(claim)
            if scale > 1 and scale == _scale_of(last_money):
                claim.kind, claim.unit = "money", last_money.unit
        elif claim.kind in ("percent", "pp"):
            last_money = None


def _scale_of(claim: Claim) -> int:
    t = claim.text.lower()
    for word, scale in sorted(SCALE_WORDS.items(), key=lambda kv: -kv[1]):
        if word in t:
            return scale
    m = re.search(r"\d(bn|mn|tn|k|m|b)\b", t)
    return SCALE_SUFFIXES[m.group(1)] if m else 1


WEEKDAY_BEFORE_RE = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:the\s+)?$",
                               re.IGNORECASE)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_before(text: str, start: int) -> int | None:
    """The weekday written right before a date ("Thursday, 14 March"), Monday = 0."""
    m = WEEKDAY_BEFORE_RE.search(text, max(0, start - 14), start)
    return WEEKDAYS.index(m.group(1).lower()) if m else None
