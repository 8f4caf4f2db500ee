"""The one regular expression that finds every numeral worth reading, and the things that
look like numerals but are not (file names, times, phone and licence numbers).

Hand-written: DESIGN's survey found no library that gets hedges, scale words, currencies
and percent-vs-points right; quantulum3 and dateparser are slower by 100× and wrong on the
seeds. Every alternative is linear: no nested quantifiers over the same characters.
"""

from __future__ import annotations

import re

from ..read.dates import DAY_RE, MONTH_RE
from .words import CARDINAL_WORDS_RE, ORDINAL_WORDS_RE

CURRENCY_PREFIXES = {
    "us$": "USD", "$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "¥": "CNY", "rmb": "CNY", "cny": "CNY", "hk$": "HKD", "a$": "AUD", "c$": "CAD", "₹": "INR",
    "rs.": "INR", "rs": "INR", "inr": "INR", "ksh.": "KES", "ksh": "KES", "kes": "KES", "₦": "NGN",
}  # fmt: skip
CURRENCY_SUFFIXES = {
    "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "dollar": "USD", "dollars": "USD", "us dollars": "USD",
    "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP",
    "rupee": "INR", "rupees": "INR", "shilling": "KES", "shillings": "KES", "kenyan shillings": "KES",
    "yen": "JPY", "won": "KRW", "usd": "USD", "eur": "EUR", "gbp": "GBP", "cny": "CNY", "kes": "KES",
    "inr": "INR", "jpy": "JPY", "naira": "NGN", "rand": "ZAR",
}  # fmt: skip
SCALE_WORDS = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
               "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7}  # fmt: skip
SCALE_SUFFIXES = {"k": 1000, "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12, "tr": 10**12}
DURATION_UNITS = {"year": "year", "years": "year", "month": "month", "months": "month", "week": "week",
                  "weeks": "week", "day": "day", "days": "day", "decade": "decade", "decades": "decade",
                  "hour": "hour", "hours": "hour", "quarter": "quarter", "quarters": "quarter",
                  "minute": "minute", "minutes": "minute", "second": "second", "seconds": "second"}  # fmt: skip


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PREFIX = r"(?:US\$|HK\$|A\$|C\$|\$|€|£|¥|₹|₦|Ksh\.?|KSh\.?|KES|Rs\.?|RMB|CNY|USD|EUR|GBP|INR)"
# 3,671 · 3671 · 17.9 · 1,23,456 (Indian grouping: lakh and crore) · spaced thousands
# arrive here as commas (read/text.py)
_DIGITS = r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"


def _scale(tag: str) -> str:
    # An amount of money may set its suffix apart: "$458 m (£242.7m)" is $458 million.
    space = r"(?: (?=(?:bn|mn|m)\b(?![.'’]\w)))?" if tag == "m" else ""
    return rf"(?:\s+(?P<{tag}scale>{_alt(SCALE_WORDS)})\b|{space}(?P<{tag}sfx>bn|mn|tn|k|m|b)\b)"


_UNIT = (
    r"\s*(?P<pct>%|percent\b|per\s?cent\b|pct\b)"
    r"|\s+(?P<pp>percentage[ -]points?|percent(?:age)?[ -]pts?\.?|pp\b|ppt\b|points? of percentage)"
    r"|\s+(?P<bp>basis points?|bps?\b)"
    rf"|\s*(?P<cur>{_alt(CURRENCY_SUFFIXES)})\b"
    r"|\s*(?P<times>times\b|-fold\b|fold\b|x\b)"
)
_MONTH = MONTH_RE
_YEAR = r"(?:1[89]\d\d|20\d\d)"

FILE_NAME = r"(?<![^\s(\[\"“'])[^\s\"”]*\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|html?|php|aspx?)\b"

_NUMERALS = (
    # Not quantities: consumed so that no digit inside them is read.
    r"(?P<skip>"
    rf"{FILE_NAME}"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"|\b\d+(?:\.\d+){2,}\b"
    r"|(?<![\w.])\+\d[\d ()-]{7,}\d"
    r"|(?<![\w.])\(?\d{2,4}\)?[ -]\d{3,4}-\d{4}\b"
    r"|(?<![\w.,-])\d{3}-\d{4}\b"
    r"|\b[A-Za-z]+-?\d+[A-Za-z][\w-]*"
    r")"
    # Dates, periods and year ranges.
    rf"|(?P<iso>\b{_YEAR}-\d{{2}}-\d{{2}}\b)"
    rf"|(?P<period>(?:\b(?:from|between)\s+)?\b(?P<pm1>{_MONTH})\s+(?:to|through|until|and|-|–)\s+(?P<pm2>{_MONTH})"
    rf"(?:\s+(?:of\s+)?(?P<py>{_YEAR}\b|this year|last year))?)"
    rf"|(?P<mdate>\b(?P<m1>{_MONTH})\s+(?P<d1>{DAY_RE})\b(?:,?\s+(?P<y1>{_YEAR})\b)?)"
    rf"|(?P<dmdate>\b(?P<d2>{DAY_RE})\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR})\b)?)"
    rf"|(?P<myear>\b(?P<m3>{_MONTH})\s+(?P<y3>{_YEAR})\b)"
    rf"|(?P<yrange>(?<![\w.,/-])(?P<ya>{_YEAR})\s*[-–/]\s*(?P<yb>{_YEAR}|\d{{2}})(?![\w%]|[.,]\d))"
    r"|(?P<relyear>\b(?:this|last|next) year\b)"
    # Ordinals: 5th, 21st, fifth, twenty-first.
    r"|(?P<ordinal>(?<![\w.,])\d+(?:st|nd|rd|th)\b"
    rf"|\b{ORDINAL_WORDS_RE}\b)"
    # Money with a prefix: Ksh.64 trillion, $5.2bn, RMB 120 billion.
    rf"|(?P<money>(?<![\w.])(?P<cprefix>{_PREFIX})\s?(?P<mdigits>{_DIGITS}){_scale('m')}?(?![\w]|[.,]\d))"
    # Plain numerals, with optional scale and unit: 3,671 · 17.9 percent · 120 billion RMB.
    # A sign is read when it stands alone before the digits ("from +159,000 to -4,000"), never
    # inside a word or a range ("COVID-19", "10-20").
    rf"|(?P<num>(?<![\w.,/])(?<![\w.,/)\]-]-)(?P<digits>{_DIGITS})(?:(?P<rdash>[-–])(?P<rdigits>{_DIGITS}))?{_scale('')}?(?![\w]|[.,]\d)(?:{_UNIT})?)"
    # Numbers in words: nine cities, two years, twenty-five percent.
    rf"|(?P<word>(?<![\w-])(?P<wdigits>{CARDINAL_WORDS_RE})(?![\w])"
    rf"(?:\s+(?P<wscale>{_alt(SCALE_WORDS)})\b)?(?:{_UNIT.replace('?P<', '?P<w_')})?)"
)
# Extraction reads unwrapped text (extract/segment.py unwrap): a line break still in it ends
# a sentence or a paragraph, which no numeral spans ("… in December\n\n1,001 people"). So
# the white space between a numeral's parts is any but a line break.
NUMERAL_RE = re.compile(re.sub(r"\\s(?=[+*?])", r"[^\\S\\n]", _NUMERALS), re.IGNORECASE)

# After a numeral: "-year", " years" → a duration; a year-like number followed by a plural
# noun is a count ("2000 workers").
DURATION_AFTER_RE = re.compile(rf"[\s-]+(?P<u>{_alt(DURATION_UNITS)})\b", re.IGNORECASE)
# Words after which a four-digit number is a year whatever follows ("in 2038", "since 1999")…
YEAR_CONTEXT_BEFORE_RE = re.compile(
    r"(?:\b(?:in|since|by|from|until|till|year|fiscal|during|before|after|early|late|mid|end|between|FY)\s*-?\s*$)",
    re.IGNORECASE,
)
# …and words after which it is a year unless a plural noun follows it at once: "the 2024
# elections" is a year, "a total of 2038 tickets" and "rose to 2038 tickets" are counts.
WEAK_YEAR_CONTEXT_BEFORE_RE = re.compile(r"\b(?:to|of|and|for|the)\s*$", re.IGNORECASE)
# A count's own cue: "for a total of 2025", "the number of 2038" are quantities, never years.
COUNT_CONTEXT_BEFORE_RE = re.compile(r"\b(?:(?:a |the )?(?:total|sum|number|tally|count) of|totall?(?:ing|ed)|"
                                     r"in all|altogether)\s*$", re.IGNORECASE)
# "1500 national 'little giant' firms", "2000 workers" are counts; "2019 levels" is a year.
PLURAL_NOUN_AFTER_RE = re.compile(
    r"(?P<between>(?:\s+(?P<first>[\w“”\"'’-]+))?(?:\s+[\w“”\"'’-]+){0,2}?)\s+[“”\"'’]?(?!(?:levels|figures|prices|terms|values|rates|elections|results"
    r"|accounts|games|olympics|highs|lows|standards|notes|bonds|debentures|loans|budgets|plans|targets|goals|forecasts"
    r"|estimates|contracts|models|editions|seasons|championships|finals|titles|awards|winners|graduates)\b)"
    r"(?:[a-z]+s(?<!ss)(?<!us)(?<!is)|people|staff|children|men|women)\b"  # "census", "crisis" are not plural
)
WORD_ONE_REJECT_AFTER_RE = re.compile(
    r"\s+(?:of|another|who|that|which|in|can|could|may|might|would|should|must|will|is|has|had|was|thing|side|way|day"
    r"|hand|time|point|place|can't|such|for|at|to|on|by|or|and|another's|would've)\b|’s|'s",
    re.IGNORECASE,
)
WORD_ONE_REJECT_BEFORE_RE = re.compile(r"\b(?:no|any|every|each|some|the|this|that|which|no-|anyone|someone|the only)\s*$", re.IGNORECASE)
