#!/usr/bin/env python3
"""Standalone verifier for the blind-b fact-consistency test set.

For every article it recomputes every numeric relation the article relies on
(declared below in ARTICLES) and checks:

  (a) clean/: every relation holds under the strict reading (rounding interval
      implied by the digits as written; usual newsroom reading of hedges);
  (b) planted/: every planted error fails even under a loose reading (rounding
      half-widths x2.5, hedge bands widened by 3% of the stated value, exchange
      rate ranges widened 3%), while every relation not touching a planted
      figure still holds under the strict reading;
  (c) clean and planted differ exactly on the EXPECTED lines, and swapping the
      planted text back to clean_text restores the clean line;
  (d) every EXPECTED figure is a figure of some relation (of the stated kind)
      on that line.

It also checks the article format (date line, headline, paragraphs, length).
Requires Python 3 and PyYAML. Exit status 0 only if everything passes.
"""
import datetime as dt
import os
import re
import sys

import yaml

BASE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"share", "sum", "change", "difference", "ratio", "conversion",
         "rank", "title", "date"}

# ---------------------------------------------------------------- intervals


class Iv:
    """Closed interval [lo, hi] with the arithmetic needed here."""

    def __init__(self, lo, hi=None):
        if hi is None:
            hi = lo
        self.lo, self.hi = (lo, hi) if lo <= hi else (hi, lo)

    @staticmethod
    def of(x):
        return x if isinstance(x, Iv) else Iv(float(x))

    def __add__(self, o):
        o = Iv.of(o)
        return Iv(self.lo + o.lo, self.hi + o.hi)

    __radd__ = __add__

    def __neg__(self):
        return Iv(-self.hi, -self.lo)

    def __sub__(self, o):
        return self + (-Iv.of(o))

    def __rsub__(self, o):
        return Iv.of(o) - self

    def __mul__(self, o):
        o = Iv.of(o)
        c = [self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi]
        return Iv(min(c), max(c))

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Iv.of(o)
        if o.lo <= 0 <= o.hi:
            raise ZeroDivisionError("interval division by an interval containing 0")
        return self * Iv(1.0 / o.hi, 1.0 / o.lo)

    def __rtruediv__(self, o):
        return Iv.of(o) / self

    @property
    def mid(self):
        return (self.lo + self.hi) / 2

    def overlaps(self, o):
        o = Iv.of(o)
        eps = 1e-9 * max(1.0, abs(self.mid), abs(o.mid))
        return self.lo <= o.hi + eps and o.lo <= self.hi + eps

    def __repr__(self):
        return "[%.6g, %.6g]" % (self.lo, self.hi)


# ------------------------------------------------------------- figure parsing

LOOSE = False  # set while evaluating under the loose reading

HEDGES = [
    (r"just over|just above|slightly more than|a little over|a little more than", "just_over"),
    (r"just under|just below|slightly less than|a little under|a little less than", "just_under"),
    (r"more than|over|above|exceeding|upwards of|tops?|topped|pass(?:es|ed)?", "more"),
    (r"nearly|almost|close to|nears?|approaching", "nearly"),
    (r"less than|fewer than|under|below", "less"),
    (r"about|around|roughly|approximately|some|an estimated|estimated", "about"),
]
HEDGE_RE = [(re.compile(r"^(?:%s)\s+" % p, re.I), k) for p, k in HEDGES]

# hedge bands: (below X, above X) as fractions of X, strict reading
HEDGE_BAND = {
    "about": (0.05, 0.05),
    "nearly": (0.10, 0.0),
    "just_under": (0.05, 0.0),
    "less": (0.30, 0.0),
    "more": (0.0, 0.30),
    "just_over": (0.0, 0.05),
}

# share words are expressed in percent; +-4% relative band as "rounding"
FRACTIONS = {
    "half": 50.0, "a half": 50.0, "one half": 50.0,
    "a third": 100 / 3, "one third": 100 / 3, "one-third": 100 / 3,
    "two-thirds": 200 / 3, "two thirds": 200 / 3,
    "a quarter": 25.0, "one quarter": 25.0, "one-quarter": 25.0,
    "three-quarters": 75.0, "three quarters": 75.0,
    "a fifth": 20.0, "one-fifth": 20.0,
    "one in three": 100 / 3, "one in four": 25.0, "one in five": 20.0,
    "two in five": 40.0, "three in five": 60.0, "four in five": 80.0,
    "three in four": 75.0, "one in ten": 10.0, "nine in ten": 90.0,
}
# multiplier words; +-5% relative band as "rounding"
MULTIPLIERS = {
    "twice": 2.0, "double": 2.0, "doubled": 2.0, "triple": 3.0, "tripled": 3.0,
    "three times": 3.0, "four times": 4.0, "five times": 5.0, "six times": 6.0,
    "seven times": 7.0, "eight times": 8.0, "nine times": 9.0, "ten times": 10.0,
    "halved": 0.5,
}
WORDNUMS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split())}
SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
          "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12}
NUM_RE = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion|bn|mn|tn|m|k)\b)?")


def parse(text):
    """Interval for a figure as written, under the current reading."""
    t = text.strip()
    hedge = None
    for rx, kind in HEDGE_RE:
        m = rx.match(t)
        if m:
            hedge, t = kind, t[m.end():]
            break
    low = t.lower()
    k = 2.5 if LOOSE else 1.0
    x = None
    for table, band in ((FRACTIONS, 0.04), (MULTIPLIERS, 0.05)):
        for word in sorted(table, key=len, reverse=True):
            if low == word or low.startswith(word + " "):
                x = table[word]
                base = Iv(x * (1 - band * k), x * (1 + band * k))
                break
        if x is not None:
            break
    if x is None:
        first = low.split()[0] if low.split() else ""
        if first in WORDNUMS:
            x = float(WORDNUMS[first])
            base = Iv(x - 0.5 * k, x + 0.5 * k)
    if x is None:
        m = NUM_RE.search(t)
        if not m:
            raise ValueError("cannot parse figure %r" % text)
        digits, scale = m.group(1), m.group(2)
        mult = SCALES[scale.lower()] if scale else 1.0
        v = float(digits.replace(",", ""))
        dec = len(digits.split(".")[1]) if "." in digits else 0
        hw = 0.5 * 10 ** (-dec) * mult * k
        x = v * mult
        base = Iv(x - hw, x + hw)
    if hedge is None:
        return base
    below, above = HEDGE_BAND[hedge]
    w = 0.03 if LOOSE else 0.0
    iv = Iv(x * (1 - below - w), x * (1 + above + w))
    if hedge == "about":
        iv = Iv(min(iv.lo, base.lo), max(iv.hi, base.hi))
    return iv


def ordinal(text):
    low = text.lower()
    m = re.match(r"(?:the\s+)?(\w+?)(?:-|\s|$)", low)
    w = m.group(1) if m else ""
    if w in ORDINALS:
        return ORDINALS[w]
    if low.startswith(("the largest", "largest", "the most", "most", "the busiest",
                       "busiest", "the cleanest", "cleanest")):
        return 1
    m = re.match(r"(\d+)(?:st|nd|rd|th)", low)
    if m:
        return int(m.group(1))
    raise ValueError("cannot parse ordinal %r" % text)


MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()


def pdate(text, year=None):
    """(weekday name or None, date) from 'Sunday, April 21', '6 September 2021', ..."""
    low = text.lower().replace(",", " ")
    toks = low.split()
    wd = toks[0] if toks and toks[0] in WEEKDAYS else None
    if wd:
        toks = toks[1:]
    day = month = None
    for tok in toks:
        if tok in MONTHS:
            month = MONTHS[tok]
        elif tok.isdigit() and len(tok) <= 2:
            day = int(tok)
        elif tok.isdigit() and len(tok) == 4:
            year = int(tok)
    if not (day and month and year):
        raise ValueError("cannot parse date %r" % text)
    return wd, dt.date(year, month, day)


# ---------------------------------------------------------- relation helpers

RATE_RANGE = {  # plausible 2023-2025 market ranges, quote currency per unit
    "GBPUSD": (1.18, 1.35), "EURUSD": (1.04, 1.13),
    "USDJPY": (128.0, 162.0), "GBPEUR": (1.12, 1.21),
}


def in_range(rate, pair):
    lo, hi = RATE_RANGE[pair]
    if LOOSE:
        lo, hi = lo * 0.97, hi * 1.03
    return Iv.of(rate).overlaps(Iv(lo, hi))


def agree(r1, r2, tol=0.05):
    """Two conversion rates for the same pair agree within tol."""
    t = tol + (0.03 if LOOSE else 0.0)
    return Iv.of(r1).overlaps(Iv.of(r2) * Iv(1 - t, 1 + t))


def weekday_ok(text, year=None):
    wd, d = pdate(text, year)
    return wd is not None and WEEKDAYS[d.weekday()] == wd


def rank_ok(n, subject, others, descending=True):
    vals = [o.mid for o in others]
    s = subject.mid
    better = sum(1 for v in vals if (v > s if descending else v < s))
    return better + 1 == n


def order_ok(vals, descending=True):
    mids = [v.mid for v in vals]
    return all((a > b if descending else a < b) for a, b in zip(mids, mids[1:]))


def age_on(birth, on):
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def years_between(d1, d2):
    return (d2 - d1).days / 365.2425


def months_between(d1, d2):
    return (d2 - d1).days / (365.2425 / 12)


# ------------------------------------------------------------------ the specs


class Fig:
    def __init__(self, line, text, raw=False):
        self.line, self.text, self.raw = line, text, raw


def F(line, text):
    return Fig(line, text)


def D(line, text):  # raw text handed to the relation (dates, ordinals)
    return Fig(line, text, raw=True)


class Rel:
    def __init__(self, kind, desc, figs, fn):
        assert kind in KINDS, kind
        self.kind, self.desc, self.figs, self.fn = kind, desc, figs, fn


def P(n):
    """Line number of paragraph n (headline is line 3, paragraph 1 is line 5)."""
    return 3 + 2 * n


ARTICLES = {}


def article(name, pub, rels):
    ARTICLES[name] = {"pub": dt.date.fromisoformat(pub), "rels": rels}


# --- 1. ski resort season --------------------------------------------------
article("ski-season", "2024-04-23", [
    Rel("title", "headline skier days vs body", [F(3, "nearly 1.2 million"), F(P(1), "1,184,300")],
        lambda h, b: (b, h)),
    Rel("change", "skier days down 6.2%", [F(P(1), "1,184,300"), F(P(1), "1,262,600"), F(P(1), "6.2 percent")],
        lambda n, o, p: ((o - n) / o * 100, p)),
    Rel("date", "weekday of April 21, 2024", [D(P(1), "Sunday, April 21")], lambda s: weekday_ok(s, 2024)),
    Rel("date", "weekday of December 2, 2023", [D(P(2), "Saturday, December 2")], lambda s: weekday_ok(s, 2023)),
    Rel("date", "season length Dec 2 - Apr 21 inclusive",
        [F(P(2), "142 days"), D(P(2), "Saturday, December 2"), D(P(1), "Sunday, April 21")],
        lambda n, a, b: (Iv((pdate(b, 2024)[1] - pdate(a, 2023)[1]).days + 1), n)),
    Rel("ratio", "skier days per operating day", [F(P(2), "roughly 8,340"), F(P(1), "1,184,300"), F(P(2), "142 days")],
        lambda r, t, n: (t / n, r)),
    Rel("share", "weekend share", [F(P(3), "426,300"), F(P(1), "1,184,300"), F(P(3), "36 percent")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("difference", "snow shortfall", [F(P(4), "5.4 metres"), F(P(4), "3.1 metres"), F(P(4), "2.3 metres")],
        lambda a, b, d: (a - b, d)),
    Rel("conversion", "EUR->USD lift revenue", [F(P(5), "€41.7 million"), F(P(5), "about $44.6 million")],
        lambda e, u: in_range(u / e, "EURUSD")),
    Rel("change", "revenue decline", [F(P(5), "€41.7 million"), F(P(5), "€44.9 million"), F(P(5), "€3.2 million")],
        lambda n, o, d: (o - n, d)),
    Rel("ratio", "revenue per skier day 2023-24", [F(P(5), "€41.7 million"), F(P(1), "1,184,300"), F(P(5), "€35.21")],
        lambda r, s, x: (r / s, x)),
    Rel("ratio", "revenue per skier day 2022-23", [F(P(5), "€44.9 million"), F(P(1), "1,262,600"), F(P(5), "€35.56")],
        lambda r, s, x: (r / s, x)),
    Rel("rank", "Hautecombe second-largest of four",
        [D(P(6), "second-largest"), F(P(1), "1,184,300"), F(P(6), "1,530,000"), F(P(6), "612,000"), F(P(6), "288,400")],
        lambda o, h, a, b, c: rank_ok(ordinal(o), h, [a, b, c])),
    Rel("sum", "four resorts together",
        [F(P(1), "1,184,300"), F(P(6), "1,530,000"), F(P(6), "612,000"), F(P(6), "288,400"), F(P(6), "3,614,700")],
        lambda a, b, c, d, t: (a + b + c + d, t)),
    Rel("date", "60th anniversary of January 1964 in January 2024", [F(P(7), "60th"), F(P(7), "1964")],
        lambda n, y: (2024 - y, n)),
    Rel("date", "gondola opening is in the future", [D(P(7), "December 2026")],
        lambda s: int(s.split()[-1]) > 2024),
])

# --- 2. public library loans -----------------------------------------------
article("library-loans", "2025-02-11", [
    Rel("title", "headline passes 4 million", [F(3, "pass 4 million"), F(P(1), "4,126,800")], lambda h, b: (b, h)),
    Rel("title", "headline digital growth nearly 30%", [F(3, "nearly 30%"), F(P(2), "1,168,200"), F(P(2), "905,600")],
        lambda h, n, o: ((n - o) / o * 100, h)),
    Rel("change", "total loans +9.6%", [F(P(1), "4,126,800"), F(P(2), "3,766,900"), F(P(2), "9.6 percent")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("change", "digital +29%", [F(P(2), "1,168,200"), F(P(2), "905,600"), F(P(2), "29 percent")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("change", "physical +3.4% (2023 physical = total - digital)",
        [F(P(2), "2,958,600"), F(P(2), "3,766,900"), F(P(2), "905,600"), F(P(2), "3.4 percent")],
        lambda n, t, d, p: ((n - (t - d)) / (t - d) * 100, p)),
    Rel("sum", "physical + digital = total 2024", [F(P(2), "2,958,600"), F(P(2), "1,168,200"), F(P(1), "4,126,800")],
        lambda a, b, t: (a + b, t)),
    Rel("share", "digital share 2024", [F(P(2), "1,168,200"), F(P(1), "4,126,800"), F(P(3), "28 percent")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("share", "digital share 2023", [F(P(2), "905,600"), F(P(2), "3,766,900"), F(P(3), "24 percent")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("rank", "branches in descending order", [F(P(4), "612,400"), F(P(4), "388,900"), F(P(4), "301,700")],
        lambda a, b, c: order_ok([a, b, c])),
    Rel("sum", "three branches together",
        [F(P(4), "612,400"), F(P(4), "388,900"), F(P(4), "301,700"), F(P(4), "1,303,000")],
        lambda a, b, c, t: (a + b + c, t)),
    Rel("share", "members one in three residents", [F(P(5), "96,300"), F(P(5), "291,000"), F(P(5), "about one in three")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("ratio", "loans per resident", [F(P(1), "4,126,800"), F(P(5), "291,000"), F(P(5), "14.2")],
        lambda a, b, r: (a / b, r)),
    Rel("date", "weekday of 14 March 2024", [D(P(6), "Thursday, 14 March")], lambda s: weekday_ok(s, 2024)),
    Rel("change", "budget cut", [F(P(7), "£11.8 million"), F(P(7), "£12.4 million"), F(P(7), "£0.6 million")],
        lambda n, o, d: (o - n, d)),
    Rel("ratio", "budget per resident", [F(P(7), "£11.8 million"), F(P(5), "291,000"), F(P(7), "roughly £41")],
        lambda a, b, r: (a / b, r)),
    Rel("date", "centenary in 2025 of 1925 founding", [F(P(8), "1925")], lambda y: (2025 - y, Iv(100))),
])

# --- 3. music festival -----------------------------------------------------
article("music-festival", "2023-08-22", [
    Rel("title", "headline almost 87,000", [F(3, "almost 87,000"), F(P(1), "86,940")], lambda h, b: (b, h)),
    Rel("date", "weekday of 20 August 2023", [D(P(1), "Sunday, 20 August")], lambda s: weekday_ok(s, 2023)),
    Rel("difference", "record beaten by", [F(P(1), "86,940"), F(P(1), "81,300"), F(P(1), "5,640")],
        lambda a, b, d: (a - b, d)),
    Rel("conversion", "GBP->USD ticket revenue", [F(P(2), "£14.3 million"), F(P(2), "$18.2 million")],
        lambda g, u: in_range(u / g, "GBPUSD")),
    Rel("change", "ticket revenue +18%", [F(P(2), "£14.3 million"), F(P(2), "£12.1 million"), F(P(2), "18 percent")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("ratio", "average spend per ticket", [F(P(2), "£14.3 million"), F(P(1), "86,940"), F(P(2), "£164.50")],
        lambda r, n, a: (r / n, a)),
    Rel("share", "weekend passes share", [F(P(3), "61,210"), F(P(1), "86,940"), F(P(3), "70 percent")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("sum", "remaining day tickets", [F(P(3), "61,210"), F(P(3), "25,730"), F(P(1), "86,940")],
        lambda a, b, t: (a + b, t)),
    Rel("ratio", "acts more than twice 2009", [F(P(4), "214 acts"), F(P(4), "98"), F(P(4), "more than twice")],
        lambda a, b, r: (a / b, r)),
    Rel("share", "shuttle just over a third", [F(P(4), "29,900"), F(P(1), "86,940"), F(P(4), "just over a third")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("change", "landfill -40%", [F(P(5), "112 tonnes"), F(P(5), "187 tonnes"), F(P(5), "40 percent")],
        lambda n, o, p: ((o - n) / o * 100, p)),
    Rel("ratio", "landfill kg per ticket holder", [F(P(5), "112 tonnes"), F(P(1), "86,940"), F(P(5), "roughly 1.3 kilograms")],
        lambda t, n, k: (t * 1000 / n, k)),
    Rel("conversion", "GBP->EUR economic impact", [F(P(6), "£31 million"), F(P(6), "about €36 million")],
        lambda g, e: in_range(e / g, "GBPEUR")),
    Rel("conversion", "implied EUR->USD cross rate plausible",
        [F(P(2), "£14.3 million"), F(P(2), "$18.2 million"), F(P(6), "£31 million"), F(P(6), "about €36 million")],
        lambda g1, u, g2, e: in_range((u / g1) / (e / g2), "EURUSD")),
    Rel("date", "age 24 in 2009, 38 in 2023", [F(P(7), "2009"), F(P(7), "24"), F(P(7), "38")],
        lambda y, a1, a2: (a1 + (2023 - y), a2)),
    Rel("date", "weekday of 1 December 2023", [D(P(8), "Friday, 1 December")], lambda s: weekday_ok(s, 2023)),
])

# --- 4. rail freight -------------------------------------------------------
article("rail-freight", "2024-07-16", [
    Rel("title", "headline just under 31 million", [F(3, "just under 31 million"), F(P(1), "30.74 million")],
        lambda h, b: (b, h)),
    Rel("change", "tonnes -4.1%", [F(P(1), "30.74 million"), F(P(1), "32.05 million"), F(P(1), "4.1 percent")],
        lambda n, o, p: ((o - n) / o * 100, p)),
    Rel("sum", "categories add to total",
        [F(P(2), "9.62 million"), F(P(2), "7.15 million"), F(P(2), "6.88 million"), F(P(2), "3.01 million"),
         F(P(2), "4.08 million"), F(P(1), "30.74 million")],
        lambda a, b, c, d, e, t: (a + b + c + d + e, t)),
    Rel("rank", "iron ore largest, then timber, intermodal, chemicals",
        [F(P(2), "9.62 million"), F(P(2), "7.15 million"), F(P(2), "6.88 million"), F(P(2), "3.01 million")],
        lambda a, b, c, d: order_ok([a, b, c, d])),
    Rel("change", "intermodal +5.2%", [F(P(2), "6.88 million"), F(P(3), "6.54 million"), F(P(3), "5.2 percent")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("share", "intermodal share now", [F(P(2), "6.88 million"), F(P(1), "30.74 million"), F(P(3), "22 percent")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("share", "intermodal share a year ago", [F(P(3), "6.54 million"), F(P(1), "32.05 million"), F(P(3), "20 percent")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("ratio", "average haul", [F(P(4), "11.3 billion"), F(P(1), "30.74 million"), F(P(4), "368 kilometres")],
        lambda tk, t, k: (tk / t, k)),
    Rel("change", "modal share -90bp", [F(P(5), "18.6 percent"), F(P(5), "19.5 percent"), F(P(5), "90 basis points")],
        lambda n, o, bp: ((o - n) * 100, bp)),
    Rel("ratio", "road vs rail", [F(P(5), "about 112 million"), F(P(1), "30.74 million"), F(P(5), "roughly 3.6 times")],
        lambda r, t, x: (r / t, x)),
    Rel("share", "Nordrail share", [F(P(6), "19.4 million"), F(P(1), "30.74 million"), F(P(6), "63 percent")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("sum", "Nordrail + private = total", [F(P(6), "19.4 million"), F(P(6), "11.34 million"), F(P(1), "30.74 million")],
        lambda a, b, t: (a + b, t)),
    Rel("date", "23 years since 2001", [F(P(6), "23 years"), F(P(6), "2001")], lambda n, y: (2024 - y, n)),
    Rel("date", "weekday of 13 March 2024", [D(P(7), "Wednesday, 13 March")], lambda s: weekday_ok(s, 2024)),
])

# --- 5. broadband rollout --------------------------------------------------
article("broadband-rollout", "2025-03-04", [
    Rel("title", "headline two-thirds", [F(3, "two-thirds"), F(P(1), "214,600"), F(P(1), "322,900")],
        lambda h, a, t: (a / t * 100, h)),
    Rel("share", "coverage 66.5%", [F(P(1), "214,600"), F(P(1), "322,900"), F(P(1), "66.5 percent")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("change", "premises +56,300", [F(P(1), "214,600"), F(P(2), "158,300"), F(P(2), "56,300")],
        lambda n, o, d: (n - o, d)),
    Rel("ratio", "more than double 2021", [F(P(1), "214,600"), F(P(2), "97,400"), F(P(2), "more than double")],
        lambda a, b, r: (a / b, r)),
    Rel("difference", "premises still to connect", [F(P(3), "290,000"), F(P(1), "214,600"), F(P(3), "75,400")],
        lambda a, b, d: (a - b, d)),
    Rel("date", "months from publication to end of November 2026", [F(P(3), "about 21 months")],
        lambda m: (Iv(months_between(dt.date(2025, 3, 4), dt.date(2026, 11, 30))), m)),
    Rel("ratio", "months needed at last year's pace",
        [F(P(3), "290,000"), F(P(1), "214,600"), F(P(2), "158,300"), F(P(3), "about 16 months")],
        lambda tg, n, o, m: ((tg - n) / (n - o) * 12, m)),
    Rel("share", "rural coverage 51%", [F(P(4), "60,500"), F(P(4), "118,700"), F(P(4), "51 percent")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("share", "town coverage 75% (derived)",
        [F(P(1), "214,600"), F(P(4), "60,500"), F(P(1), "322,900"), F(P(4), "118,700"), F(P(4), "75 percent")],
        lambda a, r, t, rt, p: ((a - r) / (t - rt) * 100, p)),
    Rel("difference", "town-country gap", [F(P(4), "75 percent"), F(P(4), "51 percent"), F(P(4), "24 percentage points")],
        lambda a, b, d: (a - b, d)),
    Rel("share", "take-up roughly a third", [F(P(5), "71,900"), F(P(1), "214,600"), F(P(5), "roughly a third")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("ratio", "speed eight times", [F(P(5), "412 megabits"), F(P(5), "51 Mbps"), F(P(5), "eight times")],
        lambda a, b, r: (a / b, r)),
    Rel("sum", "funding split", [F(P(6), "£84 million"), F(P(6), "£34 million"), F(P(6), "£118 million")],
        lambda a, b, t: (a + b, t)),
    Rel("ratio", "public money per premises", [F(P(6), "£84 million"), F(P(1), "214,600"), F(P(6), "about £390")],
        lambda m, n, r: (m / n, r)),
    Rel("date", "weekday of 6 September 2021", [D(P(7), "Monday, 6 September 2021")], lambda s: weekday_ok(s)),
    Rel("date", "pauses happened before publication", [F(P(7), "in 2022")], lambda y: y.hi <= 2025.5),
])

# --- 6. tennis prize money -------------------------------------------------
article("tennis-prize-money", "2023-06-27", [
    Rel("title", "headline nearly £2.1 million", [F(3, "nearly £2.1 million"), F(P(1), "£2,096,400")],
        lambda h, b: (b, h)),
    Rel("change", "headline +12%", [F(P(1), "£2,096,400"), F(P(1), "£1,870,000"), F(3, "12%")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("change", "fund +12.1%", [F(P(1), "£2,096,400"), F(P(1), "£1,870,000"), F(P(1), "12.1 percent")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("date", "weekday of 3 July 2023", [D(P(1), "Monday, 3 July")], lambda s: weekday_ok(s, 2023)),
    Rel("sum", "two equal halves", [F(P(2), "£1,048,200"), F(P(1), "£2,096,400")], lambda h, t: (2 * h, t)),
    Rel("change", "winner +£29,500", [F(P(3), "£241,500"), F(P(3), "£212,000"), F(P(3), "£29,500")],
        lambda n, o, d: (n - o, d)),
    Rel("change", "winner +13.9%", [F(P(3), "£241,500"), F(P(3), "£212,000"), F(P(3), "13.9 percent")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("sum", "two titles together", [F(P(3), "£241,500"), F(P(3), "£483,000")], lambda w, t: (2 * w, t)),
    Rel("share", "titles nearly a quarter of fund", [F(P(3), "£483,000"), F(P(1), "£2,096,400"), F(P(3), "nearly a quarter")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("ratio", "finalist just over half", [F(P(3), "£122,000"), F(P(3), "£241,500"), F(P(3), "just over half")],
        lambda a, b, p: (a / b * 100, p)),
    Rel("change", "first-round +31%", [F(P(4), "£9,850"), F(P(4), "£7,520"), F(P(4), "31 percent")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("ratio", "champion 24.5 times first-round loser", [F(P(3), "£241,500"), F(P(4), "£9,850"), F(P(4), "24.5 times")],
        lambda a, b, r: (a / b, r)),
    Rel("conversion", "GBP->USD fund", [F(P(1), "£2,096,400"), F(P(5), "about $2.66 million")],
        lambda g, u: in_range(u / g, "GBPUSD")),
    Rel("conversion", "GBP->USD winner", [F(P(3), "£241,500"), F(P(5), "about $307,000")],
        lambda g, u: in_range(u / g, "GBPUSD")),
    Rel("conversion", "the two GBP->USD conversions agree",
        [F(P(1), "£2,096,400"), F(P(5), "about $2.66 million"), F(P(3), "£241,500"), F(P(5), "about $307,000")],
        lambda g1, u1, g2, u2: agree(u2 / g2, u1 / g1)),
    Rel("conversion", "EUR->USD Brenner", [F(P(5), "€2.45 million"), F(P(5), "$2.67 million")],
        lambda e, u: in_range(u / e, "EURUSD")),
    Rel("difference", "Hallam a little less than Brenner", [F(P(5), "about $2.66 million"), F(P(5), "$2.67 million")],
        lambda h, b: b.mid > h.mid and b.mid < h.mid * 1.05),
    Rel("rank", "Hallam second-largest of four British events",
        [D(P(6), "second-largest"), F(P(1), "£2,096,400"), F(P(6), "£2.38 million"), F(P(6), "£1.62 million"),
         F(P(6), "£905,000")],
        lambda o, h, a, b, c: rank_ok(ordinal(o), h, [a, b, c])),
    Rel("date", "75th anniversary of 1948", [F(P(7), "75th"), F(P(7), "1948")], lambda n, y: (2023 - y, n)),
    Rel("date", "age of player born 14 May 2001", [D(P(7), "14 May 2001"), F(P(7), "is 22")],
        lambda b, a: (Iv(age_on(pdate(b)[1], dt.date(2023, 6, 27))), a)),
    Rel("date", "six days Monday 3 July - Saturday 8 July",
        [F(P(8), "six days"), D(P(1), "Monday, 3 July"), D(P(8), "Saturday, 8 July")],
        lambda n, a, b: (Iv((pdate(b, 2023)[1] - pdate(a, 2023)[1]).days + 1), n)),
    Rel("date", "weekday of 8 July 2023", [D(P(8), "Saturday, 8 July")], lambda s: weekday_ok(s, 2023)),
])

# --- 7. air quality --------------------------------------------------------
article("air-quality", "2024-01-09", [
    Rel("title", "headline nearly a third fewer smog days", [F(3, "nearly a third"), F(P(1), "41 days"), F(P(1), "60")],
        lambda h, n, o: ((o - n) / o * 100, h)),
    Rel("difference", "19 fewer days", [F(P(1), "60"), F(P(1), "41 days"), F(P(2), "19 fewer")],
        lambda o, n, d: (o - n, d)),
    Rel("ratio", "fewer than half of 2017", [F(P(1), "41 days"), F(P(2), "97"), F(P(2), "fewer than half")],
        lambda n, o, p: (n / o * 100, p)),
    Rel("change", "PM2.5 -9.9%", [F(P(3), "11.8 micrograms"), F(P(3), "13.1"), F(P(3), "9.9 percent")],
        lambda n, o, p: ((o - n) / o * 100, p)),
    Rel("ratio", "2.4 times WHO guideline", [F(P(3), "11.8 micrograms"), F(P(3), "5 micrograms"), F(P(3), "2.4 times")],
        lambda a, b, r: (a / b, r)),
    Rel("rank", "Stazione Centrale second-most polluted",
        [D(P(4), "second-most"), F(P(4), "14.2"), F(P(4), "15.6"), F(P(4), "7.4")],
        lambda o, s, a, b: rank_ok(ordinal(o), s, [a, b])),
    Rel("rank", "Porta Sud most polluted, Colle Verde cleanest",
        [F(P(4), "15.6"), F(P(4), "14.2"), F(P(4), "7.4")], lambda a, b, c: order_ok([a, b, c])),
    Rel("difference", "gap worst-best station", [F(P(4), "15.6"), F(P(4), "7.4"), F(P(4), "8.2 micrograms")],
        lambda a, b, d: (a - b, d)),
    Rel("change", "NO2 hours fell two-thirds", [F(P(5), "37 hours"), F(P(5), "112 hours"), F(P(5), "two-thirds")],
        lambda n, o, p: ((o - n) / o * 100, p)),
    Rel("date", "weekday of 2 October 2023", [D(P(6), "Monday, 2 October 2023")], lambda s: weekday_ok(s)),
    Rel("share", "non-compliant share", [F(P(6), "46,300"), F(P(6), "1.92 million"), F(P(6), "2.4 percent")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("ratio", "fine per offending entry", [F(P(6), "€3.9 million"), F(P(6), "46,300"), F(P(6), "about €84")],
        lambda f, n, r: (f / n, r)),
    Rel("ratio", "deaths per 100,000", [F(P(7), "about 410"), F(P(7), "1.36 million"), F(P(7), "roughly 30")],
        lambda d, p, r: (d / p * 100000, r)),
    Rel("date", "30 years since 1994", [F(P(8), "1994"), F(P(8), "30 years ago")], lambda y, n: (2024 - y, n)),
])

# --- 8. bike-share ---------------------------------------------------------
article("bike-share", "2023-10-17", [
    Rel("title", "headline near 1.5 million", [F(3, "near 1.5 million"), F(P(1), "1,462,900")], lambda h, b: (b, h)),
    Rel("change", "trips +27%", [F(P(1), "1,462,900"), F(P(1), "1,151,800"), F(P(1), "27 percent")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("share", "e-bike share", [F(P(2), "941,700"), F(P(1), "1,462,900"), F(P(2), "64 percent")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("sum", "remaining pedal-bike trips", [F(P(2), "941,700"), F(P(2), "521,200"), F(P(1), "1,462,900")],
        lambda a, b, t: (a + b, t)),
    Rel("change", "fleet +1,250", [F(P(3), "4,850 bikes"), F(P(3), "3,600 bikes"), F(P(3), "1,250")],
        lambda n, o, d: (n - o, d)),
    Rel("difference", "74 more stations", [F(P(3), "412 docking"), F(P(3), "338 stations"), F(P(3), "74 more")],
        lambda n, o, d: (n - o, d)),
    Rel("ratio", "trips per bike", [F(P(1), "1,462,900"), F(P(3), "4,850 bikes"), F(P(3), "302 times")],
        lambda t, b, r: (t / b, r)),
    Rel("sum", "members + casual = total", [F(P(4), "893,400"), F(P(4), "569,500"), F(P(1), "1,462,900")],
        lambda a, b, t: (a + b, t)),
    Rel("share", "members three in five", [F(P(4), "893,400"), F(P(1), "1,462,900"), F(P(4), "about three in five")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("change", "fare revenue +$1.31m", [F(P(5), "$6.84 million"), F(P(5), "$5.53 million"), F(P(5), "$1.31 million")],
        lambda n, o, d: (n - o, d)),
    Rel("difference", "cost-revenue gap", [F(P(5), "$9.7 million"), F(P(5), "$6.84 million"), F(P(5), "$2.86 million")],
        lambda c, r, d: (c - r, d)),
    Rel("ratio", "revenue per trip", [F(P(5), "$6.84 million"), F(P(1), "1,462,900"), F(P(5), "about $4.68")],
        lambda r, t, x: (r / t, x)),
    Rel("rank", "Union Square busiest, then Pier 9, City Hall",
        [F(P(6), "38,900"), F(P(6), "31,200"), F(P(6), "29,750")], lambda a, b, c: order_ok([a, b, c])),
    Rel("date", "weekday of May 19, 2018", [D(P(7), "Saturday, May 19, 2018")], lambda s: weekday_ok(s)),
    Rel("date", "more than five years since launch", [D(P(7), "Saturday, May 19, 2018"), F(P(7), "more than five years")],
        lambda s, n: (Iv(years_between(pdate(s)[1], dt.date(2023, 10, 17))), n)),
])

# --- 9. insurer annual report ----------------------------------------------
article("insurer-annual-report", "2024-03-14", [
    Rel("title", "headline tops €6.2 billion", [F(3, "top €6.2 billion"), F(P(1), "€6,214 million")], lambda h, b: (b, h)),
    Rel("conversion", "EUR->USD premiums", [F(P(1), "€6,214 million"), F(P(1), "approximately US$6.8 billion")],
        lambda e, u: in_range(u / e, "EURUSD")),
    Rel("change", "premiums +€402m", [F(P(1), "€6,214 million"), F(P(1), "€5,812 million"), F(P(1), "€402 million")],
        lambda n, o, d: (n - o, d)),
    Rel("change", "premiums +6.9%", [F(P(1), "€6,214 million"), F(P(1), "€5,812 million"), F(P(1), "6.9%")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("sum", "segments 2023", [F(P(2), "€3,872 million"), F(P(2), "€1,655 million"), F(P(2), "€687 million"),
                                 F(P(1), "€6,214 million")],
        lambda a, b, c, t: (a + b + c, t)),
    Rel("sum", "segments 2022", [F(P(2), "€3,561 million"), F(P(2), "€1,608 million"), F(P(2), "€643 million"),
                                 F(P(1), "€5,812 million")],
        lambda a, b, c, t: (a + b + c, t)),
    Rel("share", "P&C share 2023", [F(P(2), "€3,872 million"), F(P(1), "€6,214 million"), F(P(2), "62.3%")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("share", "P&C share 2022", [F(P(2), "€3,561 million"), F(P(1), "€5,812 million"), F(P(2), "61.3%")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("sum", "claims + expense = combined 2023", [F(P(3), "64.9%"), F(P(3), "28.2%"), F(P(3), "93.1%")],
        lambda a, b, t: (a + b, t)),
    Rel("change", "combined ratio improved 1.8 points",
        [F(P(3), "66.4%"), F(P(3), "28.5%"), F(P(3), "93.1%"), F(P(3), "1.8 percentage points")],
        lambda a, b, n, d: (a + b - n, d)),
    Rel("change", "net income +14%", [F(P(4), "€612 million"), F(P(4), "€537 million"), F(P(4), "14%")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("conversion", "EUR->USD net income", [F(P(4), "€612 million"), F(P(4), "approximately US$668 million")],
        lambda e, u: in_range(u / e, "EURUSD")),
    Rel("conversion", "the two EUR->USD conversions agree",
        [F(P(1), "€6,214 million"), F(P(1), "approximately US$6.8 billion"), F(P(4), "€612 million"),
         F(P(4), "approximately US$668 million")],
        lambda e1, u1, e2, u2: agree(u2 / e2, u1 / e1)),
    Rel("ratio", "EPS", [F(P(4), "€612 million"), F(P(4), "140.1 million"), F(P(4), "€4.37")],
        lambda n, s, e: (n / s, e)),
    Rel("share", "investment return", [F(P(5), "€1,104 million"), F(P(5), "€35.6 billion"), F(P(5), "3.1%")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("change", "solvency +14 points", [F(P(5), "212%"), F(P(5), "198%"), F(P(5), "14 percentage points")],
        lambda n, o, d: (n - o, d)),
    Rel("share", "payout ratio", [F(P(6), "€2.20"), F(P(4), "€4.37"), F(P(6), "50%")],
        lambda d, e, p: (d / e * 100, p)),
    Rel("ratio", "total distribution", [F(P(6), "€2.20"), F(P(4), "140.1 million"), F(P(6), "approximately €308 million")],
        lambda d, s, t: (d * s, t)),
    Rel("date", "weekday of 24 April 2024", [D(P(6), "Wednesday, 24 April 2024")], lambda s: weekday_ok(s)),
    Rel("date", "150th anniversary of 1874 in 2024", [F(P(7), "1874"), F(P(7), "150th")], lambda y, n: (2024 - y, n)),
])

# --- 10. airline annual report ---------------------------------------------
article("airline-annual-report", "2023-06-07", [
    Rel("title", "headline passes 14 million", [F(3, "pass 14 million"), F(P(1), "14.26 million")], lambda h, b: (b, h)),
    Rel("change", "passengers +45%", [F(P(1), "14.26 million"), F(P(1), "9.81 million"), F(P(1), "45%")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("change", "load factor +9.4 points", [F(P(1), "86.1%"), F(P(1), "76.7%"), F(P(1), "9.4 percentage points")],
        lambda n, o, d: (n - o, d)),
    Rel("difference", "load factor vs benchmark", [F(P(1), "86.1%"), F(P(1), "83.8%"), F(P(1), "2.3 points")],
        lambda a, b, d: (a - b, d)),
    Rel("change", "revenue +£642.8m", [F(P(2), "£1,718.4 million"), F(P(2), "£1,075.6 million"), F(P(2), "£642.8 million")],
        lambda n, o, d: (n - o, d)),
    Rel("sum", "passenger + ancillary = revenue",
        [F(P(2), "£1,302.7 million"), F(P(2), "£415.7 million"), F(P(2), "£1,718.4 million")],
        lambda a, b, t: (a + b, t)),
    Rel("ratio", "ancillary per passenger", [F(P(2), "£415.7 million"), F(P(1), "14.26 million"), F(P(2), "£29.15")],
        lambda r, n, x: (r / n, x)),
    Rel("ratio", "revenue per passenger", [F(P(2), "£1,718.4 million"), F(P(1), "14.26 million"), F(P(2), "£120.50")],
        lambda r, n, x: (r / n, x)),
    Rel("share", "fuel share of costs", [F(P(3), "£498.2 million"), F(P(3), "£1,627.5 million"), F(P(3), "30.6%")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("difference", "operating profit = revenue - costs",
        [F(P(2), "£1,718.4 million"), F(P(3), "£1,627.5 million"), F(P(3), "£90.9 million")],
        lambda r, c, p: (r - c, p)),
    Rel("change", "swing from loss to profit", [F(P(3), "£90.9 million"), F(P(3), "£212.3 million"), F(P(3), "£303.2 million")],
        lambda p, l, d: (p + l, d)),
    Rel("conversion", "fuel bill at the average rate",
        [F(P(4), "$1.21"), F(P(4), "£498.2 million"), F(P(4), "about $603 million")],
        lambda r, g, u: [(u / g, r), in_range(u / g, "GBPUSD")]),
    Rel("conversion", "average rate plausible", [F(P(4), "$1.21")], lambda r: in_range(r, "GBPUSD")),
    Rel("conversion", "lease liabilities at the closing rate",
        [F(P(4), "$1.24"), F(P(4), "$1.46 billion"), F(P(4), "£1.18 billion")],
        lambda r, u, g: [(u / g, r), in_range(r, "GBPUSD")]),
    Rel("conversion", "average and closing rates agree", [F(P(4), "$1.21"), F(P(4), "$1.24")], lambda a, b: agree(a, b)),
    Rel("sum", "owned + leased = fleet", [F(P(5), "41 were owned"), F(P(5), "23 held"), F(P(5), "64 aircraft")],
        lambda a, b, t: (a + b, t)),
    Rel("rank", "Dublin second-busiest route",
        [D(P(5), "second-busiest"), F(P(5), "0.91 million"), F(P(5), "1.24 million"), F(P(5), "0.86 million")],
        lambda o, s, a, b: rank_ok(ordinal(o), s, [a, b])),
    Rel("ratio", "EPS", [F(P(6), "£56.3 million"), F(P(6), "670.2 million"), F(P(6), "8.4 pence")],
        lambda p, s, e: (p / s * 100, e)),
    Rel("change", "net cash +£124.6m", [F(P(6), "£412.5 million"), F(P(6), "£287.9 million"), F(P(6), "£124.6 million")],
        lambda n, o, d: (n - o, d)),
    Rel("date", "weekday of 31 March 2023", [D(P(7), "Friday, 31 March 2023")], lambda s: weekday_ok(s)),
    Rel("date", "25 years since April 1998", [F(P(7), "1998"), F(P(7), "25 years")], lambda y, n: (2023 - y, n)),
    Rel("date", "weekday of 20 July 2023", [D(P(7), "Thursday, 20 July 2023")], lambda s: weekday_ok(s)),
])

# --- 11. semiconductor 10-K ------------------------------------------------
article("semiconductor-10k", "2025-02-21", [
    Rel("title", "headline $2.47 billion", [F(3, "$2.47 billion"), F(P(1), "$2,468.3 million")], lambda h, b: (b, h)),
    Rel("change", "headline +18%", [F(P(1), "$2,468.3 million"), F(P(1), "$376.5 million"), F(3, "18%")],
        lambda n, d, p: (d / (n - d) * 100, p)),
    Rel("change", "revenue +18%", [F(P(1), "$2,468.3 million"), F(P(1), "$376.5 million"), F(P(1), "18%")],
        lambda n, d, p: (d / (n - d) * 100, p)),
    Rel("sum", "segments add to revenue",
        [F(P(2), "$1,142.6 million"), F(P(2), "$803.9 million"), F(P(2), "$521.8 million"), F(P(1), "$2,468.3 million")],
        lambda a, b, c, t: (a + b + c, t)),
    Rel("change", "automotive +33%", [F(P(2), "$1,142.6 million"), F(P(2), "$857.7 million"), F(P(2), "33%")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("share", "automotive share 2024", [F(P(2), "$1,142.6 million"), F(P(1), "$2,468.3 million"), F(P(2), "46%")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("share", "automotive share 2023 (2023 revenue = 2024 - increase)",
        [F(P(2), "$857.7 million"), F(P(1), "$2,468.3 million"), F(P(1), "$376.5 million"), F(P(2), "41%")],
        lambda a, n, d, p: (a / (n - d) * 100, p)),
    Rel("rank", "China largest, then US, Germany", [F(P(3), "$702.4 million"), F(P(3), "$455.1 million"),
                                                    F(P(3), "$389.6 million")],
        lambda a, b, c: order_ok([a, b, c])),
    Rel("rank", "Japan fourth-largest market",
        [D(P(3), "fourth-largest"), F(P(3), "$318.7 million"), F(P(3), "$702.4 million"), F(P(3), "$455.1 million"),
         F(P(3), "$389.6 million")],
        lambda o, j, a, b, c: rank_ok(ordinal(o), j, [a, b, c])),
    Rel("conversion", "USD->JPY Japan revenue", [F(P(3), "$318.7 million"), F(P(3), "approximately ¥48.5 billion")],
        lambda u, y: in_range(y / u, "USDJPY")),
    Rel("share", "gross margin", [F(P(4), "$1,199.6 million"), F(P(1), "$2,468.3 million"), F(P(4), "48.6%")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("change", "gross margin +310bp", [F(P(4), "48.6%"), F(P(4), "45.5%"), F(P(4), "310 basis points")],
        lambda n, o, bp: ((n - o) * 100, bp)),
    Rel("share", "R&D share 2024", [F(P(5), "$402.7 million"), F(P(1), "$2,468.3 million"), F(P(5), "16.3%")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("share", "R&D share 2023", [F(P(5), "$371.5 million"), F(P(1), "$2,468.3 million"), F(P(1), "$376.5 million"),
                                    F(P(5), "17.8%")],
        lambda a, n, d, p: (a / (n - d) * 100, p)),
    Rel("change", "SG&A +$22.4m", [F(P(5), "$248.9 million"), F(P(5), "$226.5 million"), F(P(5), "$22.4 million")],
        lambda n, o, d: (n - o, d)),
    Rel("difference", "operating income = GP - R&D - SG&A",
        [F(P(4), "$1,199.6 million"), F(P(5), "$402.7 million"), F(P(5), "$248.9 million"), F(P(5), "$548.0 million")],
        lambda g, r, s, o: (g - r - s, o)),
    Rel("share", "operating margin", [F(P(5), "$548.0 million"), F(P(1), "$2,468.3 million"), F(P(5), "22.2%")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("ratio", "diluted EPS 2024", [F(P(6), "$441.2 million"), F(P(6), "114.3 million"), F(P(6), "$3.86")],
        lambda n, s, e: (n / s, e)),
    Rel("ratio", "diluted EPS 2023", [F(P(6), "$318.4 million"), F(P(6), "114.1 million"), F(P(6), "$2.79")],
        lambda n, s, e: (n / s, e)),
    Rel("change", "net income +38.6%", [F(P(6), "$441.2 million"), F(P(6), "$318.4 million"), F(P(6), "38.6%")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("share", "capex share of revenue", [F(P(7), "$286.0 million"), F(P(1), "$2,468.3 million"), F(P(7), "approximately 12%")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("conversion", "JPY->USD Kumamoto budget", [F(P(7), "¥62 billion"), F(P(7), "$410 million")],
        lambda y, u: in_range(y / u, "USDJPY")),
    Rel("conversion", "the two yen conversions agree",
        [F(P(3), "$318.7 million"), F(P(3), "approximately ¥48.5 billion"), F(P(7), "¥62 billion"), F(P(7), "$410 million")],
        lambda u1, y1, y2, u2: agree(y2 / u2, y1 / u1)),
    Rel("ratio", "average buyback price", [F(P(7), "$171.2 million"), F(P(7), "1.9 million"), F(P(7), "$90.11")],
        lambda c, n, p: (c / n, p)),
    Rel("date", "52 weeks between fiscal year-ends", [F(P(8), "52-week"), D(P(8), "December 30, 2023"),
                                                       D(P(8), "December 28, 2024")],
        lambda n, a, b: (Iv((pdate(b)[1] - pdate(a)[1]).days / 7), n)),
])

# --- 12. hotel group annual report -----------------------------------------
article("hotel-group-annual-report", "2024-02-29", [
    Rel("title", "headline nears $3 billion", [F(3, "nears $3 billion"), F(P(1), "$2,947 million")], lambda h, b: (b, h)),
    Rel("change", "headline RevPAR +6.4%", [F(P(2), "$142.37"), F(P(2), "$133.79"), F(3, "6.4%")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("change", "revenue +$213m", [F(P(1), "$2,947 million"), F(P(1), "$2,734 million"), F(P(1), "$213 million")],
        lambda n, o, d: (n - o, d)),
    Rel("change", "revenue +7.8%", [F(P(1), "$2,947 million"), F(P(1), "$2,734 million"), F(P(1), "7.8%")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("change", "RevPAR +6.4%", [F(P(2), "$142.37"), F(P(2), "$133.79"), F(P(2), "6.4%")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("ratio", "RevPAR = ADR x occupancy", [F(P(2), "$196.15"), F(P(2), "72.6%"), F(P(2), "$142.37")],
        lambda a, o, r: (a * o / 100, r)),
    Rel("change", "ADR +4.1% (2022 ADR = RevPAR / occupancy)",
        [F(P(2), "$196.15"), F(P(2), "$133.79"), F(P(2), "71.0%"), F(P(2), "4.1%")],
        lambda a, r0, o0, p: ((a / (r0 / (o0 / 100)) - 1) * 100, p)),
    Rel("change", "occupancy +1.6 points", [F(P(2), "72.6%"), F(P(2), "71.0%"), F(P(2), "1.6 percentage point")],
        lambda n, o, d: (n - o, d)),
    Rel("sum", "revenue lines add to total",
        [F(P(3), "$1,684 million"), F(P(3), "$612 million"), F(P(3), "$651 million"), F(P(1), "$2,947 million")],
        lambda a, b, c, t: (a + b + c, t)),
    Rel("change", "fees +11.7%", [F(P(3), "$612 million"), F(P(3), "$548 million"), F(P(3), "11.7%")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("change", "net addition of 52 hotels", [F(P(4), "1,086 hotels"), F(P(4), "1,034"), F(P(4), "52 hotels")],
        lambda n, o, d: (n - o, d)),
    Rel("change", "rooms +4.9%", [F(P(4), "187,400 rooms"), F(P(4), "178,600"), F(P(4), "4.9%")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("ratio", "rooms per hotel", [F(P(4), "187,400 rooms"), F(P(4), "1,086 hotels"), F(P(4), "about 173 rooms")],
        lambda r, h, x: (r / h, x)),
    Rel("rank", "US, Mexico, Japan in order", [F(P(4), "742 hotels"), F(P(4), "96"), F(P(4), "71;")],
        lambda a, b, c: order_ok([a, b, c])),
    Rel("rank", "UK fourth-largest market",
        [D(P(4), "fourth-largest"), F(P(4), "58 hotels"), F(P(4), "742 hotels"), F(P(4), "96"), F(P(4), "71;")],
        lambda o, s, a, b, c: rank_ok(ordinal(o), s, [a, b, c])),
    Rel("change", "operating income +14.1%", [F(P(5), "$412 million"), F(P(5), "$361 million"), F(P(5), "14.1%")],
        lambda n, o, p: ((n - o) / o * 100, p)),
    Rel("ratio", "diluted EPS 2023", [F(P(5), "$268 million"), F(P(5), "111.2 million"), F(P(5), "$2.41")],
        lambda n, s, e: (n / s, e)),
    Rel("ratio", "diluted EPS 2022", [F(P(5), "$229 million"), F(P(5), "113.4 million"), F(P(5), "$2.02")],
        lambda n, s, e: (n / s, e)),
    Rel("share", "adjusted EBITDA margin", [F(P(5), "$731 million"), F(P(1), "$2,947 million"), F(P(5), "24.8%")],
        lambda a, t, p: (a / t * 100, p)),
    Rel("change", "margin +90bp", [F(P(5), "24.8%"), F(P(5), "23.9%"), F(P(5), "90 basis points")],
        lambda n, o, bp: ((n - o) * 100, bp)),
    Rel("date", "weekday of September 15, 2023", [D(P(6), "Friday, September 15, 2023")], lambda s: weekday_ok(s)),
    Rel("conversion", "JPY->USD Tokyo acquisition", [F(P(6), "¥41.5 billion"), F(P(6), "approximately $285 million")],
        lambda y, u: in_range(y / u, "USDJPY")),
    Rel("conversion", "EUR->USD notes", [F(P(6), "€500 million"), F(P(6), "$541 million")],
        lambda e, u: in_range(u / e, "EURUSD")),
    Rel("ratio", "pipeline rooms per hotel", [F(P(7), "41,900 rooms"), F(P(7), "312 hotels"), F(P(7), "about 134 rooms")],
        lambda r, h, x: (r / h, x)),
    Rel("date", "75th anniversary of 1949 in 2024", [F(P(7), "1949"), F(P(7), "75th")], lambda y, n: (2024 - y, n)),
])


# ------------------------------------------------------------------ checking

class Checker:
    def __init__(self):
        self.errors = []
        self.stats = {}

    def err(self, msg):
        self.errors.append(msg)


def read_lines(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read().split("\n")


def evaluate(rel, lines, subst, loose):
    """Return (holds, detail). subst maps (line, clean_text) -> planted text."""
    global LOOSE
    LOOSE = loose
    vals, shown = [], []
    try:
        for fg in rel.figs:
            text = fg.text
            for (ln, ctext), ptext in subst.items():
                if ln == fg.line and ctext in text:
                    text = text.replace(ctext, ptext, 1)
            line = lines[fg.line - 1] if fg.line - 1 < len(lines) else ""
            if text not in line:
                return None, "figure %r not found on line %d" % (text, fg.line)
            vals.append(text if fg.raw else parse(text))
            shown.append(text)
        res = rel.fn(*vals)
        items = res if isinstance(res, list) else [res]
        ok = True
        parts = []
        for it in items:
            if isinstance(it, tuple):
                a, b = Iv.of(it[0]), Iv.of(it[1])
                ok = ok and a.overlaps(b)
                parts.append("computed %s vs stated %s" % (a, b))
            else:
                ok = ok and bool(it)
                parts.append(str(bool(it)))
        return ok, "; ".join(parts) + "  <- " + " | ".join(shown)
    finally:
        LOOSE = False


def check_format(ck, name, lines, tag):
    m = re.fullmatch(r"date (\d{4}-\d{2}-\d{2})", lines[0])
    if not m:
        ck.err("%s %s: line 1 is not 'date YYYY-MM-DD'" % (tag, name))
        return
    d = dt.date.fromisoformat(m.group(1))
    if not (2023 <= d.year <= 2025):
        ck.err("%s %s: date outside 2023-2025" % (tag, name))
    if d != ARTICLES[name]["pub"]:
        ck.err("%s %s: date line %s differs from spec" % (tag, name, d))
    body = lines[:]
    while body and body[-1] == "":
        body.pop()
    if len(body) < 5 or body[1] != "" or not body[2].startswith("# "):
        ck.err("%s %s: expected blank line 2 and '# headline' on line 3" % (tag, name))
    for i in range(3, len(body)):
        if (i % 2 == 1) != (body[i] == ""):
            ck.err("%s %s: line %d breaks the paragraph/blank alternation" % (tag, name, i + 1))
    words = sum(len(x.split()) for x in body[2:])
    if not (250 <= words <= 600):
        ck.err("%s %s: %d words (need 250-600)" % (tag, name, words))


def main():
    ck = Checker()
    with open(os.path.join(BASE, "EXPECTED.yaml"), encoding="utf-8") as fh:
        expected = yaml.safe_load(fh) or []
    by_file = {}
    for e in expected:
        for key in ("file", "line", "text", "relation", "clean_text", "why"):
            if key not in e:
                ck.err("EXPECTED entry missing %r: %r" % (key, e))
        if e.get("relation") not in KINDS:
            ck.err("EXPECTED entry with unknown relation: %r" % e)
        name = os.path.splitext(os.path.basename(e["file"]))[0]
        if not e["file"].startswith("planted/") or name not in ARTICLES:
            ck.err("EXPECTED entry for unknown file %r" % e["file"])
            continue
        by_file.setdefault(name, []).append(e)

    on_disk = {os.path.splitext(f)[0] for f in os.listdir(os.path.join(BASE, "clean")) if f.endswith(".md")}
    if on_disk != set(ARTICLES):
        ck.err("clean/ files %s do not match specs %s" % (sorted(on_disk), sorted(ARTICLES)))

    n_rel = 0
    per_kind = {}
    for name, spec in ARTICLES.items():
        clean = read_lines(os.path.join(BASE, "clean", name + ".md"))
        planted = read_lines(os.path.join(BASE, "planted", name + ".md"))
        check_format(ck, name, clean, "clean")
        check_format(ck, name, planted, "planted")
        ents = by_file.get(name, [])
        if not 3 <= len(ents) <= 6:
            ck.err("%s: %d planted errors (need 3-6)" % (name, len(ents)))
        lines_hit = [e["line"] for e in ents]
        if len(set(lines_hit)) != len(lines_hit):
            ck.err("%s: two planted errors on one line" % name)

        # (c) twins differ exactly on EXPECTED lines, swap restores clean
        if len(clean) != len(planted):
            ck.err("%s: clean and planted have different line counts" % name)
        diff = {i + 1 for i, (a, b) in enumerate(zip(clean, planted)) if a != b}
        if diff != set(lines_hit):
            ck.err("%s: differing lines %s != EXPECTED lines %s" % (name, sorted(diff), sorted(lines_hit)))
        for e in ents:
            ln = e["line"]
            pl, cl = planted[ln - 1], clean[ln - 1]
            if pl.count(e["text"]) != 1:
                ck.err("%s:%d: planted text %r occurs %d times" % (name, ln, e["text"], pl.count(e["text"])))
            if e["text"] == e["clean_text"]:
                ck.err("%s:%d: text equals clean_text" % (name, ln))
            if pl.replace(e["text"], e["clean_text"], 1) != cl:
                ck.err("%s:%d: swapping %r -> %r does not restore the clean line" % (name, ln, e["text"], e["clean_text"]))

        # (a) every relation holds in clean
        for r in spec["rels"]:
            n_rel += 1
            ok, detail = evaluate(r, clean, {}, loose=False)
            if not ok:
                ck.err("clean %s: %s relation '%s' fails: %s" % (name, r.kind, r.desc, detail))

        # (d) every planted figure is a figure of a relation of its kind on that line
        subst = {(e["line"], e["clean_text"]): e["text"] for e in ents}
        touched = {}
        for r in spec["rels"]:
            for key in subst:
                if any(f.line == key[0] and key[1] in f.text for f in r.figs):
                    touched.setdefault(key, []).append(r)
        for e in ents:
            key = (e["line"], e["clean_text"])
            rels = touched.get(key, [])
            if not any(r.kind == e["relation"] for r in rels):
                ck.err("%s:%d: planted %r is not checked by any %s relation on that line"
                       % (name, e["line"], e["text"], e["relation"]))
            for r in rels:
                if r.kind != e["relation"]:
                    ck.err("%s:%d: planted %r also touches %s relation '%s'" % (name, e["line"], e["text"], r.kind, r.desc))
            # (b) the planted error fails under the loose reading
            failed = [r for r in rels if evaluate(r, planted, subst, loose=True)[0] is False]
            if not failed:
                ck.err("%s:%d: planted %r does not fail under the loose reading" % (name, e["line"], e["text"]))
            for r in rels:
                if evaluate(r, planted, subst, loose=False)[0] is not False:
                    ck.err("%s:%d: planted %r does not break relation '%s'" % (name, e["line"], e["text"], r.desc))
            per_kind[e["relation"]] = per_kind.get(e["relation"], 0) + 1
        # (b) all untouched relations still hold in planted
        touched_ids = {id(r) for rs in touched.values() for r in rs}
        multi = [r for r in spec["rels"] if sum(1 for rs in touched.values() if r in rs) > 1]
        for r in multi:
            ck.err("%s: relation '%s' touches more than one planted error" % (name, r.desc))
        for r in spec["rels"]:
            if id(r) in touched_ids:
                continue
            ok, detail = evaluate(r, planted, subst, loose=False)
            if not ok:
                ck.err("planted %s: untouched %s relation '%s' fails: %s" % (name, r.kind, r.desc, detail))

    for k in sorted(KINDS):
        if per_kind.get(k, 0) < 4:
            ck.err("relation %s has only %d planted errors (need 4)" % (k, per_kind.get(k, 0)))

    print("articles: %d   relations checked: %d   planted errors: %d" % (len(ARTICLES), n_rel, len(expected)))
    print("planted per relation: " + ", ".join("%s %d" % (k, per_kind.get(k, 0)) for k in sorted(KINDS)))
    if ck.errors:
        print("\nFAILED (%d problems):" % len(ck.errors))
        for m in ck.errors:
            print("  - " + m)
        return 1
    print("all checks passed: clean relations hold; planted errors fail under the loose reading; "
          "other relations hold; twins differ exactly on EXPECTED lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
