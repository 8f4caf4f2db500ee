#!/usr/bin/env python3
"""Verifier for blind test set A.

For every article it recomputes each numeric relation the article relies on,
using the rounding interval implied by the digits as written (and the usual
newsroom reading of hedges such as "about", "nearly", "more than"), and checks

  * clean/NAME.md   : every relation holds within rounding;
  * planted/NAME.md : every relation that is not a planted error still holds,
                      and every planted error fails -- also under a LOOSE
                      reading (rounding half-widths x2.5, hedge bands widened a
                      further 3%, exact counts +/-0.5), i.e. it is clearly wrong;
  * clean and planted files differ exactly on the lines listed in EXPECTED.yaml,
    the planted `text` occurs once on its line and swapping it back for
    `clean_text` restores the clean line;
  * every EXPECTED entry is claimed by exactly one relation of the same kind,
    evaluated on (among others) the EXPECTED line;
  * format rules (date line, headline, one paragraph per line, 250-600 words).

Numbers are located with small patterns in which {n} stands for a number as
written ("3,184,600", "9.4"), {w} for a word and {f} for a fraction phrase
("a third", "half", "one in four"). Each pattern must match exactly once in
the file, so the operands are unambiguous.
"""
import datetime as dt
import os
import re
import sys

import yaml

BASE = os.path.dirname(os.path.abspath(__file__))

NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
WORD = r"([A-Za-z][A-Za-z-]*)"
FRACS = {
    "one in four": 0.25, "one in five": 0.2, "two-thirds": 2 / 3, "three-quarters": 0.75,
    "four-fifths": 0.8, "a half": 0.5, "half": 0.5, "a third": 1 / 3, "a quarter": 0.25,
    "a fifth": 0.2, "a tenth": 0.1,
}
FRAC = "(" + "|".join(re.escape(k) for k in sorted(FRACS, key=len, reverse=True)) + ")"
NUMWORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split())}
MONTHS = {m: i + 1 for i, m in enumerate(
    "January February March April May June July August September October November December".split())}
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


class PatternError(Exception):
    pass


class I:
    """Closed interval [lo, hi]."""

    def __init__(self, lo, hi=None):
        self.lo, self.hi = float(lo), float(lo if hi is None else hi)
        assert self.lo <= self.hi + 1e-12, (lo, hi)

    @staticmethod
    def of(x):
        return x if isinstance(x, I) else I(x)

    def __add__(self, o):
        o = I.of(o); return I(self.lo + o.lo, self.hi + o.hi)
    __radd__ = __add__

    def __sub__(self, o):
        o = I.of(o); return I(self.lo - o.hi, self.hi - o.lo)

    def __rsub__(self, o):
        return I.of(o) - self

    def __mul__(self, o):
        o = I.of(o)
        c = [self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi]
        return I(min(c), max(c))
    __rmul__ = __mul__

    def __truediv__(self, o):
        o = I.of(o)
        assert o.lo > 0 or o.hi < 0, "division by interval containing 0"
        return self * I(1 / o.hi, 1 / o.lo)

    def __rtruediv__(self, o):
        return I.of(o) / self

    def __neg__(self):
        return I(-self.hi, -self.lo)

    @property
    def mid(self):
        return (self.lo + self.hi) / 2

    def overlaps(self, o):
        o = I.of(o)
        eps = 1e-9 * max(1.0, abs(self.mid), abs(o.mid))
        return self.lo <= o.hi + eps and o.lo <= self.hi + eps

    def widen(self, rel):
        return I(self.lo - abs(self.lo) * rel, self.hi + abs(self.hi) * rel)

    def __repr__(self):
        return f"[{self.lo:.6g}, {self.hi:.6g}]"


TRACE = []


def eq(a, b):
    """The stated value a is compatible with the computed value b."""
    a, b = I.of(a), I.of(b)
    ok = a.overlaps(b)
    TRACE.append(f"{'ok ' if ok else 'BAD'} stated {a} vs computed {b}")
    return ok


def check(cond, what):
    TRACE.append(f"{'ok ' if cond else 'BAD'} {what}")
    return bool(cond)


def pct(part, whole):
    return I.of(part) / whole * 100


def pchg(new, old):
    """Percent change from old to new (positive = rise)."""
    return (I.of(new) / old - 1) * 100


def decline(new, old):
    return (1 - I.of(new) / old) * 100


def within(x, lo, hi):
    x, lo, hi = I.of(x), I.of(lo).lo, I.of(hi).hi
    ok = x.hi >= lo and x.lo <= hi
    TRACE.append(f"{'ok ' if ok else 'BAD'} {x} within [{lo}, {hi}]")
    return ok


class Doc:
    def __init__(self, path, loose=False):
        self.path, self.loose = path, loose
        self.text = open(path, encoding="utf-8").read()
        self.lines = self.text.split("\n")
        m = re.fullmatch(r"date (\d{4})-(\d{2})-(\d{2})", self.lines[0])
        self.pub = dt.date(int(m[1]), int(m[2]), int(m[3]))
        self.used = set()

    # ---- locating operands
    def m(self, pat):
        rx = ""
        for tok in re.split(r"(\{[nwf]\})", pat):
            rx += {"{n}": NUM, "{w}": WORD, "{f}": FRAC}.get(tok, re.escape(tok))
        rx = re.compile(rx)
        hits = [(i + 1, mm) for i, l in enumerate(self.lines) for mm in rx.finditer(l)]
        if len(hits) != 1:
            raise PatternError(f"{os.path.relpath(self.path, BASE)}: pattern {pat!r} matched {len(hits)} times")
        ln, mm = hits[0]
        self.used.add(ln)
        return list(mm.groups())

    # ---- numbers as intervals
    def v(self, s, exact=None, scale=1.0, hedge=None, unit=None):
        x = float(s.replace(",", ""))
        dec = len(s.split(".")[1]) if "." in s else 0
        if exact is None:
            exact = dec == 0 and scale == 1.0
        half = 0.0 if exact else (unit if unit else 10.0 ** -dec) / 2
        if self.loose and not hedge:
            # loose reading: 2.5x the rounding half-width; exact counts +/-0.5
            half = half * 2.5 if half else (0.5 if scale == 1.0 else 0.0)
        iv = I((x - half) * scale, (x + half) * scale)
        return self.hedge(iv, hedge)

    def hedge(self, iv, hedge):
        if hedge is None:
            return iv
        lo_f, hi_f = {
            "about": (0.95, 1.05), "nearly": (0.90, 1.0), "just over": (1.0, 1.05),
            "more than": (1.0, 1.15), "less than": (0.85, 1.0),
        }[hedge]
        if self.loose:
            lo_f, hi_f = lo_f - 0.03, hi_f + 0.03
        return I(iv.lo * lo_f, iv.hi * hi_f)

    def n(self, pat, i=0, **kw):
        return self.v(self.m(pat)[i], **kw)

    def p(self, pat, i=0, hedge=None):
        """A percentage (always read as rounded to its last digit)."""
        return self.v(self.m(pat)[i], exact=False, hedge=hedge)

    def w(self, pat, i=0):
        return self.m(pat)[i]

    def f(self, pat, hedge=None, i=0):
        """A fraction phrase ("a third", "half") as an interval of proportions."""
        x = FRACS[self.m(pat)[i]]
        lo_f, hi_f = {
            None: (0.95, 1.05), "about": (0.90, 1.10), "nearly": (0.90, 1.0),
            "just over": (1.0, 1.10), "more than": (1.0, 1.25), "less than": (0.80, 1.0),
        }[hedge]
        if self.loose:
            lo_f, hi_f = lo_f - 0.03, hi_f + 0.03
        return I(x * lo_f, x * hi_f)

    def numword(self, pat, i=0, hedge=None):
        return self.hedge(I(NUMWORDS[self.m(pat)[i]]), hedge)

    @property
    def year(self):
        return self.pub.year


def weekday_ok(name, y, mo, d):
    real = dt.date(int(y), int(mo), int(d)).strftime("%A")
    return check(real == name, f"{int(y)}-{int(mo):02d}-{int(d):02d} is a {real}; text says {name}")


def rank_ok(word, target, others):
    target = I.of(target)
    above = sum(1 for o in others if I.of(o).mid > target.mid)
    below = sum(1 for o in others if I.of(o).mid < target.mid)
    if word in ("largest", "biggest", "busiest", "best-selling", "most-watched", "highest"):
        want = above == 0
    elif word in ("smallest", "lowest"):
        want = below == 0
    else:
        want = ORDINALS[word] == above + 1
    return check(want, f"'{word}' vs computed rank {above + 1} from top / {below + 1} from bottom")


def conv(rate, ref, d, strict=0.06, loose=0.25):
    band = loose if d.loose else strict
    return eq(rate, I.of(ref).widen(band))


def on_or_before(date, d):
    return check(date <= d.pub, f"{date} on or before publication {d.pub}")


# =============================================================================
ARTICLES = {}


def article(name, genre):
    def deco(fn):
        rels = []

        def R(kind, desc, f, planted=None):
            rels.append(dict(kind=kind, desc=desc, fn=f, planted=planted))
        fn(R)
        ARTICLES[name] = dict(genre=genre, rels=rels)
        return fn
    return deco


# -----------------------------------------------------------------------------
@article("port-of-varne", "news")
def _(R):
    T = lambda d: d.n("a record {n} twenty-foot")
    OLD = lambda d: d.n("from {n} TEU in 2023")
    NQ = lambda d: d.n("busiest with {n} TEU")
    SM = lambda d: d.n("Saltmarsh Terminal handled {n} TEU")
    R("title", "headline 3.2 million vs 3,184,600",
      lambda d: eq(d.n("record {n} million containers", scale=1e6), T(d)))
    R("date", "Monday, January 13, 2025",
      lambda d: (lambda g: weekday_ok(g[0], g[2], 1, g[1]) and on_or_before(dt.date(int(g[2]), 1, int(g[1])), d))(
          d.m("said on {w}, January {n}, {n},")), )
    R("change", "throughput +9.4%", lambda d: eq(d.p("Throughput rose {n} percent"), pchg(T(d), OLD(d))),
      planted="7.4 percent")
    R("change", "increase of 273,300", lambda d: eq(d.n("an increase of {n} TEU"), T(d) - OLD(d)))
    R("rank", "record beats 2019's previous record, which 2023 did not",
      lambda d: check(T(d).mid > d.n("record, {n} TEU, was set").mid > OLD(d).mid, "2024 > 2019 record > 2023"))
    R("share", "North Quay 44%", lambda d: eq(d.p("or {n} percent of the total"), pct(NQ(d), T(d))))
    R("sum", "three terminals add to total",
      lambda d: eq(T(d), NQ(d) + SM(d) + d.n("Old Basin {n} TEU")))
    R("rank", "North Quay busiest",
      lambda d: rank_ok("busiest", NQ(d), [SM(d), d.n("Old Basin {n} TEU")]))
    R("change", "Saltmarsh +21%",
      lambda d: eq(d.p("was up {n} percent from"), pchg(SM(d), d.n("percent from {n} TEU a year earlier"))))
    R("share", "transshipment about a third",
      lambda d: eq(d.f("about {f} of all traffic", hedge="about"), d.n("traffic, at {n} TEU") / T(d)))
    R("ratio", "1,317 TEU per call", lambda d: eq(d.n("an average of {n} TEU", exact=False),
                                                 T(d) / d.n("A total of {n} container ships")), planted="1,517")
    R("ratio", "1,162 TEU per call in 2023",
      lambda d: eq(d.n("up from {n} TEU per call", exact=False), OLD(d) / d.n("when {n} vessels called")))
    R("rank", "third-largest on the coast",
      lambda d: rank_ok(d.w("the {w}-largest container port"), T(d),
                        [d.n("Haldor with {n} million", scale=1e6), d.n("Brisk with {n} million", scale=1e6),
                         d.n("Tolmen, which handled {n} million", scale=1e6)]), planted="second-largest")
    R("rank", "moved past Tolmen",
      lambda d: check(T(d).mid > d.n("Tolmen, which handled {n} million", scale=1e6).mid, "Varne > Tolmen"))
    R("conversion", "EUR 410m = USD 422m (Jan 2025 ~1.03)",
      lambda d: (lambda g: conv(d.v(g[1]) / d.v(g[0]), 1.03, d))(d.m("spend €{n} million (${n} million)")),
      planted="$622 million")
    R("conversion", "EUR 63m = USD 65m",
      lambda d: (lambda g: conv(d.v(g[1]) / d.v(g[0]), 1.03, d))(d.m("cost €{n} million (${n} million)")))
    R("date", "150th anniversary of 1875 quay",
      lambda d: eq(d.n("its {n}th anniversary"), d.year - d.n("stone quay in {n}")), planted="125th")
    R("change", "6% ahead would pass 3.3 million",
      lambda d: check((T(d) * (1 + d.p("running about {n} percent ahead", hedge="about") / 100)).hi
                      >= d.n("pass {n} million TEU", scale=1e6).lo, "3,184,600 x 1.06 >= 3.3m"))


# -----------------------------------------------------------------------------
@article("veldria-box-office", "news")
def _(R):
    A23 = lambda d: d.n("sold {n} million tickets in 2023", scale=1e6)
    A22 = lambda d: d.n("from {n} million the year before", scale=1e6)
    A19 = lambda d: d.n("below the {n} million admissions", scale=1e6)
    HL = lambda d: d.n("drew {n} million admissions", scale=1e6)
    GO = lambda d: d.n("than the {n} million for", scale=1e6)
    LT = lambda d: d.n("ranked {w} with {n} million admissions", i=1, scale=1e6)
    FM = lambda d: d.n('"Ferryman" at {n} million', scale=1e6)
    NL = lambda d: d.n('"Northern Line" at {n} million', scale=1e6)
    R("title", "headline 38.6 million", lambda d: eq(d.n("sell {n} million tickets", scale=1e6), A23(d)))
    R("share", "headline a fifth short of 2019",
      lambda d: eq(d.f("still {f} short of 2019"), 1 - A23(d) / A19(d)))
    R("change", "admissions +13.2%", lambda d: eq(d.p("up {n} percent from"), pchg(A23(d), A22(d))))
    R("date", "Monday, January 8, 2024",
      lambda d: (lambda g: weekday_ok(g[0], g[2], 1, g[1]))(d.m("said on {w}, January {n}, {n},")),
      planted="Tuesday")
    R("share", "about a fifth below 2019",
      lambda d: eq(d.f("about {f} below the", hedge="about"), 1 - A23(d) / A19(d)))
    R("ratio", "average ticket price 2023",
      lambda d: eq(d.n("price rose to €{n} from"), d.n("climbed to €{n} million from", scale=1e6) / A23(d)))
    R("ratio", "average ticket price 2022",
      lambda d: eq(d.n("price rose to €{n} from €{n}", i=1),
                   d.n("million from €{n} million, and", scale=1e6) / A22(d)))
    R("change", "receipts climbed, price rose",
      lambda d: check(d.n("climbed to €{n} million").mid > d.n("million from €{n} million, and").mid and
                      d.n("price rose to €{n} from").mid > d.n("price rose to €{n} from €{n}", i=1).mid,
                      "directions"))
    R("difference", "450,000 more than Glass Orchard",
      lambda d: eq(d.n("admissions, {n} more than"), HL(d) - GO(d)), planted="550,000")
    R("rank", "Harbour Lights most-watched",
      lambda d: rank_ok("most-watched", HL(d), [GO(d), LT(d), FM(d), NL(d)]))
    R("rank", "The Long Tide ranked third",
      lambda d: rank_ok(d.w('Tide" ranked {w} with'), LT(d), [HL(d), GO(d), FM(d), NL(d)]), planted="second")
    R("difference", "Long Tide 80,000 fewer than Glass Orchard",
      lambda d: eq(d.n("admissions, {n} fewer than"), GO(d) - LT(d)))
    R("date", "March 2022 to February 2024: almost two years",
      lambda d: eq(d.numword("almost {w} years earlier", hedge="nearly") * 12,
                   I((d.year - int(d.m("renovation in March {n}")[0])) * 12 + (2 - 3))))
    R("share", "domestic 23.8%",
      lambda d: eq(d.p("a {n} percent share of admissions"), pct(d.n("sold {n} million tickets in total", scale=1e6),
                                                                   A23(d))), planted="28.3 percent")
    R("ratio", "3.7 screens per site",
      lambda d: eq(d.n("an average of {n} screens per site"), d.n("had {n} screens at") / d.n("screens at {n} sites")))
    R("ratio", "6.5 visits per inhabitant",
      lambda d: eq(d.n("cinema {n} times each"), A23(d) / d.n("population of {n} million", scale=1e6)))
    R("share", "roughly 80 percent of pre-pandemic",
      lambda d: eq(d.p("roughly {n} percent of where", hedge="about"), pct(A23(d), A19(d))))
    R("change", "41 million forecast = about +6%",
      lambda d: eq(d.p("an increase of about {n} percent", hedge="about"),
                   pchg(d.n("forecasts {n} million admissions", scale=1e6), A23(d))))


# -----------------------------------------------------------------------------
@article("kelland-reservoirs", "news")
def _(R):
    S = lambda d: d.n("held {n} million cubic metres of water", scale=1e6)
    C = lambda d: d.n("combined capacity of {n} million", scale=1e6)
    BR = lambda d: d.n("the four, held {n} million", scale=1e6)
    BRC = lambda d: d.n("its {n} million capacity", scale=1e6)
    OR = lambda d: d.m("Lake Orvin held {n} million of {n} million")
    HO = lambda d: d.m("Hollin Water {n} million of {n} million")
    CA = lambda d: d.m("Castel Dam {n} million of {n} million")
    R("title", "headline 40 percent", lambda d: eq(d.p("fall to {n} percent"), pct(S(d), C(d))))
    R("share", "40 percent of capacity", lambda d: eq(d.p("week, {n} percent of their"), pct(S(d), C(d))))
    R("date", "Friday, August 25, 2023 (future ban)",
      lambda d: (lambda g: weekday_ok(g[0], g[2], 8, g[1]) and
                 check(dt.date(int(g[2]), 8, int(g[1])) >= d.pub, "ban starts after publication"))(
          d.m("effect on {w}, August {n}, {n}.")))
    R("change", "down 21 points in a year",
      lambda d: eq(d.n("fallen by {n} percentage points", exact=False),
                   d.p("reservoirs were {n} percent full") - d.p("week, {n} percent of their")),
      planted="27 percentage points")
    R("change", "down 9 points since start of August",
      lambda d: eq(d.n("by {n} points since", exact=False),
                   d.p("stood at {n} percent") - d.p("week, {n} percent of their")))
    R("sum", "four reservoirs hold 412 million",
      lambda d: eq(S(d), BR(d) + d.v(OR(d)[0], scale=1e6) + d.v(HO(d)[0], scale=1e6) + d.v(CA(d)[0], scale=1e6)),
      planted="138 million")
    R("sum", "four capacities add to 1,030 million",
      lambda d: eq(C(d), BRC(d) + d.v(OR(d)[1], scale=1e6) + d.v(HO(d)[1], scale=1e6) + d.v(CA(d)[1], scale=1e6)))
    R("share", "Brannock 40 percent", lambda d: eq(d.p("or {n} percent of its"), pct(BR(d), BRC(d))))
    R("rank", "Brannock the largest",
      lambda d: rank_ok("largest", BRC(d), [d.v(OR(d)[1]), d.v(HO(d)[1]), d.v(CA(d)[1])]))
    R("share", "Castel just over a third full",
      lambda d: eq(d.f("leaving it just over {f} full", hedge="just over"), d.v(CA(d)[0]) / d.v(CA(d)[1])))
    R("rank", "Castel the lowest level",
      lambda d: rank_ok("lowest", d.v(CA(d)[0]) / d.v(CA(d)[1]),
                        [BR(d) / BRC(d), d.v(OR(d)[0]) / d.v(OR(d)[1]), d.v(HO(d)[0]) / d.v(HO(d)[1])]))
    R("share", "July rain just over half the average",
      lambda d: eq(d.f("just over {f} the 30-year", hedge="just over"),
                   d.n("Only {n} millimetres") / d.n("average of {n} millimetres")), planted="a third")
    R("date", "dry spell since June 2 = 81 days",
      lambda d: eq(d.n("a dry spell of {n} days"),
                   I((d.pub - dt.date(d.year, 6, int(d.m("since June {n},")[0]))).days) + I(-1, 0)),
      planted="95 days")
    R("date", "1976 was 47 years ago",
      lambda d: (lambda g: eq(d.v(g[1]), d.year - d.v(g[0])))(d.m("drought of {n}, {n} years ago")))
    R("ratio", "about 142 litres per person",
      lambda d: eq(d.n("about {n} litres per person", hedge="about"),
                   d.n("averaged {n} million litres", scale=1e6) / d.n("the {n} million people", scale=1e6)))
    R("change", "cut by a tenth -> about 128 litres",
      lambda d: eq(d.n("to about {n} litres a day", hedge="about"),
                   d.n("about {n} litres per person", hedge="about") * (1 - d.f("use by {f}, to"))))


# -----------------------------------------------------------------------------
@article("dunmore-basketball", "news")
def _(R):
    SC = lambda d: d.m("Rapids {n}-{n} in")
    G = lambda d: d.n("Over the {n}-game season")
    PF = lambda d: d.n("scored {n} points")
    PA = lambda d: d.n("conceded {n},")
    GAMEYEAR = lambda d: int(d.m("title on {w}, April {n}, {n},")[2])
    R("title", "headline score = body score",
      lambda d: check(d.m("with {n}-{n} win") == SC(d), f"headline {d.m('with {n}-{n} win')} vs body {SC(d)}"),
      planted="88-75")
    R("title", "headline 1998 = body 1998", lambda d: eq(d.n("since {n} with"), d.n("came in {n},")))
    R("date", "Sunday, April 14, 2024",
      lambda d: (lambda g: weekday_ok(g[0], g[2], 4, g[1]) and
                 on_or_before(dt.date(int(g[2]), 4, int(g[1])), d))(d.m("title on {w}, April {n}, {n},")))
    R("difference", "nine-point victory",
      lambda d: eq(d.numword("The {w}-point victory"), d.v(SC(d)[0]) - d.v(SC(d)[1])))
    R("date", "26-year wait since 1998",
      lambda d: eq(d.n("ended a {n}-year wait"), GAMEYEAR(d) - d.n("came in {n},")), planted="24-year")
    R("difference", "three games clear",
      lambda d: eq(d.numword("left them {w} games clear"),
                   d.n("record to Dunmore's {n}-{n}") - d.n("with a {n}-{n} record")))
    R("sum", "wins + losses = 34 for both",
      lambda d: eq(G(d), d.n("record to Dunmore's {n}-{n}") + d.n("record to Dunmore's {n}-{n}", i=1)) and
      eq(G(d), d.n("with a {n}-{n} record") + d.n("with a {n}-{n} record", i=1)))
    R("difference", "points difference +247",
      lambda d: eq(d.n("a points difference of +{n} that"), PF(d) - PA(d)))
    R("ratio", "Reyes 21.4 a game",
      lambda d: eq(d.n("averaged {n} points over"), d.n("season total of {n}") / d.n("over {n} appearances")))
    R("ratio", "team 85.0 a game", lambda d: eq(d.n("averaged {n} points a game"), PF(d) / G(d)),
      planted="81.0 points")
    R("difference", "Velden +186, 61 fewer",
      lambda d: eq(d.n("+{n}, {n} fewer than", i=1),
                   d.n("a points difference of +{n} that") - d.n("+{n}, {n} fewer than")), planted="81")
    R("ratio", "6,412 x 17 = 109,004",
      lambda d: eq(d.n("a total of {n} and"), d.n("averaged {n} over") * d.n("over {n} home games")))
    R("change", "attendance +7.2%",
      lambda d: eq(d.p("a rise of {n} percent on the"), pchg(d.n("averaged {n} over"), d.n("on the {n} average"))))
    R("date", "Saturday, April 20 (future)",
      lambda d: (lambda g: weekday_ok(g[0], d.year, 4, g[1]) and
                 check(dt.date(d.year, 4, int(g[1])) >= d.pub, "quarter-finals after publication"))(
          d.m("beginning on {w}, April {n},")))


# -----------------------------------------------------------------------------
@article("norvenia-car-registrations", "news")
def _(R):
    TOT = lambda d: d.m("fell {n} percent in 2024 to {n} from {n} the year before")
    T24 = lambda d: d.v(TOT(d)[1])
    T23 = lambda d: d.v(TOT(d)[2])
    EV = lambda d: d.m("percent to {n} from {n}, lifting")
    V = lambda d: d.n("brand with {n} registrations")
    K = lambda d: d.n("Kesh with {n}.")
    A = lambda d: d.n("place with {n}.")
    H = lambda d: d.n("Hollis ({n})")
    R("title", "headline fall 3.1%", lambda d: eq(d.p("registrations fall {n}%"), decline(T24(d), T23(d))))
    R("title", "headline electric share tops 23%",
      lambda d: within(pct(d.v(EV(d)[0]), T24(d)), d.n("electric share tops {n}%"),
                       d.n("electric share tops {n}%") * 1.15))
    R("change", "total -3.1%", lambda d: eq(d.v(TOT(d)[0], exact=False), decline(T24(d), T23(d))))
    R("change", "EV +33.9%", lambda d: eq(d.p("jumped {n} percent"), pchg(d.v(EV(d)[0]), d.v(EV(d)[1]))),
      planted="43.9 percent")
    R("share", "EV share 23.3%", lambda d: eq(d.p("market to {n} percent from"), pct(d.v(EV(d)[0]), T24(d))))
    R("share", "EV share 16.9% in 2023",
      lambda d: eq(d.p("percent from {n} percent in 2023"), pct(d.v(EV(d)[1]), T23(d))))
    R("sum", "remaining petrol/diesel",
      lambda d: eq(d.n("The remaining {n} were"), T24(d) - d.v(EV(d)[0]) - d.n("accounted for {n} registrations")),
      planted="179,770")
    R("share", "petrol/diesel less than half",
      lambda d: eq(d.f("less than {f} of the market", hedge="less than"), d.n("The remaining {n} were") / T24(d)))
    R("rank", "Vantor best-selling", lambda d: rank_ok("best-selling", V(d), [K(d), A(d), H(d)]))
    R("rank", "Ardent third", lambda d: rank_ok(d.w("to take {w} place"), A(d), [V(d), K(d), H(d)]),
      planted="second")
    R("sum", "top three = 135,200", lambda d: eq(d.n("brands sold {n} cars"), V(d) + K(d) + A(d)))
    R("share", "top three 32.8%", lambda d: eq(d.p("cars, {n} percent of all new"), pct(d.n("brands sold {n} cars"),
                                                                                        T24(d))),
      planted="36.8 percent")
    R("change", "December +5.6%",
      lambda d: (lambda g: eq(d.p("rose {n} percent year on year"), pchg(d.v(g[0]), d.v(g[1]))))(
          d.m("to {n} from {n}, as buyers")))
    R("date", "tax rise took effect Jan 1, 2025 (past)",
      lambda d: (lambda g: on_or_before(dt.date(int(g[1]), 1, int(g[0])), d))(d.m("took effect on January {n}, {n}")))
    R("ratio", "EUR 312m / 78,000 = EUR 4,000",
      lambda d: eq(d.n("The government's €{n} purchase grant"),
                   d.n("cost €{n} million in 2024", scale=1e6) / d.n("paid to {n} buyers")))
    R("date", "2027 is three years before 2030",
      lambda d: (lambda g: eq(I(NUMWORDS[g[1]]), d.v(g[2]) - d.v(g[0])))(
          d.m("phased out in {n}, {w} years before the target date of {n}")))
    R("share", "almost one in four",
      lambda d: eq(d.f("almost {f} new cars", hedge="nearly"), d.v(EV(d)[0]) / T24(d)))


# -----------------------------------------------------------------------------
@article("vallon-wine-harvest", "news")
def _(R):
    H23 = lambda d: d.n("produced {n} million hectolitres", scale=1e6)
    H22 = lambda d: d.n("from {n} million in 2022", scale=1e6)
    RED = lambda d: d.n("Red wine accounted for {n} million", scale=1e6)
    R("title", "headline -14%", lambda d: eq(d.p("harvest by {n} percent"), decline(H23(d), H22(d))))
    R("change", "down 14% from 2022", lambda d: eq(d.p("down {n} percent from"), decline(H23(d), H22(d))))
    R("change", "about 8% below five-year average",
      lambda d: eq(d.p("about {n} percent below the five-year", hedge="about"),
                   decline(H23(d), d.n("average of {n} million hectolitres", scale=1e6))))
    R("sum", "red + white + rose = 1.94m",
      lambda d: eq(H23(d), RED(d) + d.n("white for {n} million", scale=1e6) + d.n("rosé for {n} million", scale=1e6)),
      planted="0.71 million")
    R("share", "reds 58%", lambda d: eq(d.p("make up {n} percent of the total"), pct(RED(d), H23(d))))
    R("ratio", "yield 68.2 hl/ha",
      lambda d: eq(d.n("yield of {n} hectolitres per hectare"), H23(d) / d.n("Spread over {n} hectares")),
      planted="62.8")
    R("ratio", "yield 79.6 hl/ha in 2022",
      lambda d: eq(d.n("compared with {n} hectolitres from"), H22(d) / d.n("hectolitres from {n} hectares")))
    R("change", "red bulk price rose 14%",
      lambda d: (lambda g: check((g[0] == "rose") == (d.v(g[2]).mid > d.v(g[3]).mid), f"direction '{g[0]}'") and
                 eq(d.v(g[1], exact=False), abs(pchg(d.v(g[2]), d.v(g[3])).mid) + I(0)) and
                 eq(d.v(g[1], exact=False), pchg(d.v(g[2]), d.v(g[3])) * (1 if g[0] == "rose" else -1)))(
          d.m("red wine {w} {n} percent to €{n} a litre from €{n}")), planted="fell")
    R("date", "centenary: founded 1923", lambda d: eq(I(100), d.year - d.n("founded in {n} by")), planted="1933")
    R("share", "cooperative about 16%",
      lambda d: eq(d.p("about {n} percent of the valley", hedge="about"), pct(d.n("processed {n} hectolitres"),
                                                                               H23(d))))
    R("date", "Monday, September 4, 2023",
      lambda d: weekday_ok(d.w("began on {w}, September {n},"), d.year, 9, d.m("began on {w}, September {n},")[1]))
    R("date", "Sept 4 to Oct 12 = 38 days",
      lambda d: (lambda g: eq(d.v(g[1]), (dt.date(d.year, 10, int(g[0])) -
                                          dt.date(d.year, 9, int(d.m("began on {w}, September {n},")[1]))).days))(
          d.m("finished on October {n}, {n} days later")))
    R("sum", "1,240 + 630 = 1,870 growers",
      lambda d: eq(d.n("said {n} growers"), d.n("growers, {n} belong") + d.n("the other {n} bottle")))
    R("ratio", "1,870 x EUR 3,000 fits in EUR 6.2m",
      lambda d: check((d.n("said {n} growers") * d.n("up to €{n} each")).lo <=
                      d.n("from a €{n} million regional", scale=1e6).hi, "aid fits in fund"))


# -----------------------------------------------------------------------------
@article("skarren-fisheries", "news")
def _(R):
    Q25 = lambda d: d.n("cod quota to {n} tonnes")
    Q24 = lambda d: d.n("this year's {n} tonnes")
    ADV = lambda d: d.n("to {n} tonnes. The agreed")
    R("title", "headline -22%", lambda d: eq(d.p("cut by {n} percent for"), decline(Q25(d), Q24(d))))
    R("date", "Wednesday, December 11, 2024",
      lambda d: (lambda g: weekday_ok(g[0], g[2], 12, g[1]) and
                 on_or_before(dt.date(int(g[2]), 12, int(g[1])), d))(d.m("agreed on {w}, December {n}, {n},")),
      planted="Thursday")
    R("change", "cod 22% below this year",
      lambda d: eq(d.p("limit is {n} percent below"), decline(Q25(d), Q24(d))), planted="28 percent")
    R("share", "less than half of 2019",
      lambda d: eq(d.f("less than {f} of the", hedge="less than"), Q25(d) / d.n("of the {n} tonnes fishermen")))
    R("change", "herring +8%",
      lambda d: (lambda g: eq(d.v(g[0], exact=False), pchg(d.v(g[1]), d.v(g[2]))))(
          d.m("rise {n} percent to {n} tonnes from {n},")), planted="18 percent")
    R("conversion", "EUR 486m = USD 510m",
      lambda d: (lambda g: conv(d.v(g[1]) / d.v(g[0]), 1.05, d))(d.m("worth €{n} million (${n} million)")))
    R("conversion", "EUR 118m = USD 124m",
      lambda d: (lambda g: conv(d.v(g[1]) / d.v(g[0]), 1.05, d))(d.m("accounted for €{n} million (${n} million)")),
      planted="$174 million")
    R("share", "cod about a quarter of landings",
      lambda d: eq(d.f("about {f} of the total", hedge="about"),
                   d.n("accounted for €{n} million") / d.n("worth €{n} million")))
    R("change", "35% cut -> 12,350",
      lambda d: eq(ADV(d), Q24(d) * (1 - d.p("advised a {n} percent cut") / 100)))
    R("difference", "2,470 above advice", lambda d: eq(d.n("quota is {n} tonnes above"), Q25(d) - ADV(d)))
    R("ratio", "six crew per boat",
      lambda d: (lambda g: eq(d.numword("an average of {w} crew"), d.v(g[0], hedge="about") / d.v(g[1])))(
          d.m("About {n} fishers work on the {n} vessels")))
    R("date", "41 years since 1983",
      lambda d: eq(d.n("Hallvik for {n} years"), d.year - d.n("years, since {n}.")))
    R("conversion", "EUR 22m = USD 23m",
      lambda d: (lambda g: conv(d.v(g[1]) / d.v(g[0]), 1.05, d))(d.m("aside €{n} million (${n} million)")))


# -----------------------------------------------------------------------------
@article("hearthside-appeal", "news")
def _(R):
    RAISED = lambda d: d.n("has raised £{n} million", scale=1e6)
    ONL = lambda d: d.n("Online giving brought in £{n} million", scale=1e6)
    R("title", "headline GBP 3.6 million", lambda d: eq(d.n("raises record £{n} million", scale=1e6), RAISED(d)),
      planted="£3.2 million")
    R("date", "75-year history since 1948",
      lambda d: eq(d.n("charity's {n}-year history"), d.year - d.n("founded in {n} by")))
    R("difference", "beat target by GBP 620,000",
      lambda d: eq(d.n("by £{n}, the trust"), RAISED(d) - d.n("target of £{n} million", scale=1e6, exact=True)),
      planted="£820,000")
    R("ratio", "average gift GBP 75",
      lambda d: eq(d.n("average gift of £{n}", exact=False), RAISED(d) / d.n("came from {n} people")), planted="£57")
    R("change", "26% higher than last winter",
      lambda d: eq(d.p("was {n} percent higher"), pchg(RAISED(d), d.n("than the £{n} million raised", scale=1e6))),
      planted="36 percent")
    R("change", "donors +15%",
      lambda d: (lambda g: eq(d.v(g[0], exact=False), pchg(d.n("came from {n} people"), d.v(g[1]))))(
          d.m("people, {n} percent more than last winter's {n},")))
    R("difference", "online GBP 1.25m more than events",
      lambda d: eq(d.n("raised £{n} million more than events", scale=1e6), ONL(d) - d.n("events £{n}")))
    R("title", "quote more than GBP 3.6 million",
      lambda d: eq(d.n("gave more than £{n} million", scale=1e6, hedge="more than"), RAISED(d)))
    R("ratio", "more than double 2019",
      lambda d: within(RAISED(d) / d.n("double the £{n} million", scale=1e6), 2.0, 2.5))
    R("sum", "online + events + corporate = total",
      lambda d: eq(RAISED(d), ONL(d) + d.n("events £{n}") + d.n("the remaining £{n}")))
    R("share", "online 58%", lambda d: eq(d.p("made up {n} percent of the total"), pct(ONL(d), RAISED(d))))
    R("ratio", "Gift Aid 25p per pound",
      lambda d: eq(d.n("add a further £{n}"),
                   d.n("Gift Aid on £{n} million", scale=1e6) * d.n("at {n}p for every") / 100))
    R("date", "Saturday, December 16 (past)",
      lambda d: (lambda g: weekday_ok(g[0], d.year, 12, g[1]) and
                 on_or_before(dt.date(d.year, 12, int(g[1])), d))(d.m("collections on {w}, December {n},")))


# -----------------------------------------------------------------------------
@article("brenmouth-zoo", "news")
def _(R):
    V = lambda d: d.n("received {n} visitors")
    INC = lambda d: d.n("Income rose to £{n} million", scale=1e6)
    R("title", "headline 1.18 million = 1,184,300",
      lambda d: eq(d.n("draws record {n} million visitors", scale=1e6), V(d)))
    R("date", "headline 125 years since 1899", lambda d: eq(d.n("marks {n} years"), d.year - d.n("opened in {n},")))
    R("date", "125th anniversary", lambda d: eq(d.n("our {n}th anniversary"), d.year - d.n("opened in {n},")))
    R("change", "visitors +6.5%", lambda d: eq(d.p("rose {n} percent from"), pchg(V(d), d.n("from {n} in 2022"))))
    R("share", "children 36%", lambda d: eq(d.p("or {n} percent of the total"), pct(d.n("accounted for {n} of the"),
                                                                                     V(d))),
      planted="41 percent")
    R("date", "Saturday, June 15, 2024",
      lambda d: (lambda g: weekday_ok(g[0], g[2], 6, g[1]) and on_or_before(dt.date(int(g[2]), 6, int(g[1])), d))(
          d.m("born on {w}, June {n}, {n},")), planted="Sunday")
    R("date", "Hetty turned 93",
      lambda d: (lambda g: (lambda born: eq(d.v(g[2]), d.pub.year - born.year -
                                            ((d.pub.month, d.pub.day) < (born.month, born.day))))(
          dt.date(int(g[1]), 5, int(g[0]))))(d.m("hatched on May {n}, {n}, turned {n}")), planted="95")
    R("share", "tickets about 65% of income",
      lambda d: eq(d.p("or about {n} percent, with", hedge="about"),
                   pct(d.n("ticket sales provided £{n} million", scale=1e6), INC(d))))
    R("share", "conservation about a tenth",
      lambda d: eq(d.f("about {f} of its income", hedge="about"), d.n("spent £{n} million", scale=1e6) / INC(d)))
    R("title", "nearly 1.2 million = 1,184,300",
      lambda d: eq(d.n("nearly {n} million people", scale=1e6, hedge="nearly"), V(d)), planted="1.5 million")


# -----------------------------------------------------------------------------
@article("carrick-road-deaths", "news")
def _(R):
    D = lambda d: d.n("last year to {n}, the lowest")
    D22 = lambda d: d.n("when {n} people died")
    POP = lambda d: d.n("population of {n} million", scale=1e6)
    PED = lambda d: d.n("pedestrians for {n},")
    CYC = lambda d: d.n("cyclists for {n},")
    R("title", "headline 287", lambda d: eq(d.n("fall to {n}, the lowest"), D(d)))
    R("change", "deaths -8%", lambda d: eq(d.p("fell {n} percent last year"), decline(D(d), D22(d))))
    R("date", "Tuesday, March 12, 2024",
      lambda d: (lambda g: weekday_ok(g[0], g[2], 3, g[1]) and on_or_before(dt.date(int(g[2]), 3, int(g[1])), d))(
          d.m("said on {w}, March {n}, {n},")))
    R("ratio", "5.3 per 100,000", lambda d: eq(d.n("equivalent to {n} deaths per"), D(d) / POP(d) * 1e5),
      planted="4.3")
    R("ratio", "5.8 per 100,000 in 2022", lambda d: eq(d.n("down from {n} in 2022"), D22(d) / POP(d) * 1e5))
    R("sum", "breakdown adds to 287",
      lambda d: eq(D(d), d.n("Car occupants accounted for {n} of") + PED(d) + d.n("motorcyclists for {n}") + CYC(d) +
                   d.n("the remaining {n} among")), planted="27")
    R("sum", "men + women = 287",
      lambda d: eq(D(d), d.n("Men accounted for {n} of the deaths") + d.n("women for {n}.")))
    R("share", "pedestrians nearly a quarter",
      lambda d: eq(d.f("made up nearly {f} of all deaths", hedge="nearly"), PED(d) / D(d)), planted="third")
    R("share", "more than half of pedestrians 65+",
      lambda d: (lambda g: eq(d.f("more than {f} of those", hedge="more than"), d.v(g[0]) / d.v(g[1])) and
                 eq(d.v(g[1]), PED(d)))(d.m("on foot, {n} of the {n},")))
    R("change", "serious injuries +4.2%",
      lambda d: (lambda g: eq(d.v(g[0], exact=False), pchg(d.v(g[1]), d.v(g[2]))))(d.m("rose {n} percent to {n} from {n},")))
    R("change", "scooter injuries up",
      lambda d: (lambda g: check(d.v(g[0]).mid > d.v(g[1]).mid, "up"))(d.m("for {n} serious injuries, up from {n}")))
    R("change", "cyclist deaths halved from 48",
      lambda d: eq(CYC(d), (d.n("halved from {n} in 2022") / 2).widen(0.05)))
    R("date", "rural limit change before publication",
      lambda d: (lambda g: on_or_before(dt.date(int(g[1]), 6, int(g[0])), d))(d.m("limit on June {n}, {n}, deaths")),
      planted="2024")
    R("change", "rural deaths fell",
      lambda d: (lambda g: check(d.v(g[0]).mid < d.v(g[1]).mid, "fell"))(d.m("deaths fell to {n} from {n}.")))
    R("difference", "further cut of 87 to 200",
      lambda d: eq(d.n("a further cut of {n},"), D(d) - d.n("no more than {n} deaths a year")))
    R("title", "quote 287", lambda d: eq(d.n("Every one of these {n} is"), D(d)))


# -----------------------------------------------------------------------------
@article("corvane-systems-10k", "report")
def _(R):
    M = 1e6
    REV = lambda d: d.n("was ${n} million, an increase", scale=M)
    REV22 = lambda d: d.n("compared with ${n} million in 2022", scale=M)
    SUB = lambda d: d.m("grew {n}% to ${n} million from ${n} million. Professional")
    PS = lambda d: d.m("revenue was ${n} million, up {n}% from ${n} million")
    COR = lambda d: d.m("Cost of revenue increased to ${n} million from ${n} million")
    RD = lambda d: d.m("expense rose to ${n} million from ${n} million and equalled")
    SM = lambda d: d.m("grew {n}% to ${n} million from ${n} million, and general")
    GA = lambda d: d.m("expense was ${n} million, compared with ${n} million a year earlier")
    s = lambda d, x: d.v(x, scale=M)
    R("change", "revenue +$57.5m", lambda d: eq(d.n("an increase of ${n} million", scale=M), REV(d) - REV22(d)),
      planted="$67.5 million")
    R("change", "revenue +16%", lambda d: eq(d.p("or {n}%, compared"), pchg(REV(d), REV22(d))))
    R("share", "subscription 85% of revenue",
      lambda d: eq(d.p("represented {n}% of total"), pct(s(d, SUB(d)[1]), REV(d))), planted="80%")
    R("change", "subscription +19%",
      lambda d: eq(d.v(SUB(d)[0], exact=False), pchg(s(d, SUB(d)[1]), s(d, SUB(d)[2]))))
    R("change", "services +2%", lambda d: eq(d.v(PS(d)[1], exact=False), pchg(s(d, PS(d)[0]), s(d, PS(d)[2]))))
    R("sum", "subscription + services = revenue (2023 and 2022)",
      lambda d: eq(REV(d), s(d, SUB(d)[1]) + s(d, PS(d)[0])) and eq(REV22(d), s(d, SUB(d)[2]) + s(d, PS(d)[2])))
    R("share", "gross margin 74.2% / 73.3%",
      lambda d: (lambda g: eq(d.v(g[0], exact=False), 100 - pct(s(d, COR(d)[0]), REV(d))) and
                 eq(d.v(g[1], exact=False), 100 - pct(s(d, COR(d)[1]), REV22(d))) and
                 check(float(g[0]) > float(g[1]), "improved"))(d.m("gross margin improved to {n}% from {n}%")))
    R("difference", "gross profit = revenue - cost of revenue",
      lambda d: eq(d.n("gross profit of ${n} million", scale=M), REV(d) - s(d, COR(d)[0])))
    R("share", "R&D 28.7% of revenue", lambda d: eq(d.p("equalled {n}% of revenue"), pct(s(d, RD(d)[0]), REV(d))))
    R("change", "S&M +9%", lambda d: eq(d.v(SM(d)[0], exact=False), pchg(s(d, SM(d)[1]), s(d, SM(d)[2]))))
    R("sum", "opex total $311.7m",
      lambda d: eq(d.n("operating expenses were ${n} million", scale=M),
                   s(d, RD(d)[0]) + s(d, SM(d)[1]) + s(d, GA(d)[0])), planted="$331.7 million")
    R("sum", "operating loss 5.6 / 23.9",
      lambda d: eq(d.n("narrowed to ${n} million", scale=M),
                   s(d, COR(d)[0]) + s(d, RD(d)[0]) + s(d, SM(d)[1]) + s(d, GA(d)[0]) - REV(d)) and
      eq(d.n("from ${n} million in 2022. We", scale=M),
         s(d, COR(d)[1]) + s(d, RD(d)[1]) + s(d, SM(d)[2]) + s(d, GA(d)[1]) - REV22(d)))
    R("difference", "free cash flow = OCF - capex",
      lambda d: eq(d.n("free cash flow was ${n} million", scale=M),
                   d.n("operating activities was ${n} million", scale=M) -
                   d.n("capital expenditures of ${n} million", scale=M)), planted="$53.7 million")
    R("change", "headcount +188, +9.6%",
      lambda d: (lambda g, e: eq(d.v(g[0]), e - d.v(g[1])) and eq(d.v(g[2], exact=False), pchg(e, d.v(g[1]))))(
          d.m("2023, {n} more than the {n} a year earlier, an increase of {n}%"), d.n("had {n} full-time employees")))
    R("share", "large customers 71% of ARR",
      lambda d: eq(d.p("or {n}%, of total ARR"),
                   pct(d.n("contributed ${n} million", scale=M), d.n("total ARR of ${n} million", scale=M))))
    R("ratio", "about $215,000 per large customer",
      lambda d: eq(d.n("approximately ${n} each", hedge="about"),
                   d.n("contributed ${n} million", scale=M) / d.n("rose to {n} from {n}. These")))
    R("change", "large customers rose",
      lambda d: (lambda g: check(float(g[0].replace(",", "")) > float(g[1].replace(",", "")), "rose"))(
          d.m("rose to {n} from {n}. These")))
    R("date", "notes: 2021 to 2028 = seven years",
      lambda d: eq(d.numword("{w} years after issuance"),
                   d.n("mature in March {n}") - d.n("issued in March {n}")))


# -----------------------------------------------------------------------------
@article("tarrow-minerals-annual-report", "report")
def _(R):
    M = 1e6
    P23 = lambda d: d.n("record {n} tonnes in 2023")
    K = lambda d: d.n("producing {n} tonnes")
    AR = lambda d: d.n("Arnsby with {n} tonnes")
    PE = lambda d: d.n("Pellow with {n} tonnes")
    RV = lambda d: d.m("to ${n} million (£{n} million) from ${n} million")
    EB = lambda d: d.m("EBITDA was ${n} million (£{n} million)")
    rate = lambda d, g: d.v(g[0]) / d.v(g[1])
    R("change", "production +7%", lambda d: eq(d.p("rose {n}% to a record"), pchg(P23(d), d.n("(2022: {n} tonnes)"))),
      planted="12%")
    R("sum", "three mines add to total", lambda d: eq(P23(d), K(d) + AR(d) + PE(d)))
    R("rank", "Kessel largest", lambda d: rank_ok("largest", K(d), [AR(d), PE(d)]))
    R("rank", "Pellow smallest",
      lambda d: rank_ok(d.w("Pellow, the {w} of our three"), PE(d), [K(d), AR(d)]), planted="largest")
    R("ratio", "Pellow more than doubled",
      lambda d: within(PE(d) / d.n("output from {n} tonnes in 2022"), 2.0, 2.5))
    R("change", "revenue +11%",
      lambda d: eq(d.p("revenue increased {n}% to"), pchg(d.v(RV(d)[0], scale=M), d.v(RV(d)[2], scale=M))))
    R("conversion", "revenue USD/GBP ~1.24 (2023)", lambda d: conv(rate(d, RV(d)), 1.244, d))
    R("conversion", "EBITDA USD/GBP ~1.24", lambda d: conv(rate(d, EB(d)), 1.244, d))
    R("conversion", "capex USD/GBP ~1.24",
      lambda d: conv(rate(d, d.m("expenditure was ${n} million (£{n} million)")), 1.244, d))
    R("conversion", "tax conversion consistent with the report's other conversions",
      lambda d: eq(rate(d, d.m("paid ${n} million (£{n} million)")),
                   rate(d, RV(d)).widen(0.15 if d.loose else 0.04)), planted="£348 million")
    R("share", "EBITDA margin 39% / 36%",
      lambda d: eq(d.p("margin of {n}%"), pct(d.v(EB(d)[0]), d.v(RV(d)[0]))) and
      eq(d.p("up from {n}% in 2022"), pct(d.n("when EBITDA was ${n} million"), d.v(RV(d)[2]))))
    R("change", "net debt reduction $270m",
      lambda d: (lambda g: eq(d.v(g[2], scale=M), d.v(g[1], scale=M) - d.v(g[0], scale=M)) and
                 check(float(g[0]) < float(g[1]), "fell"))(
          d.m("fell to ${n} million at 31 December 2023 from ${n} million a year earlier, a reduction of ${n} million")))
    R("ratio", "net debt / EBITDA 0.6x",
      lambda d: eq(d.n("improved to {n} times"), d.n("Net debt fell to ${n} million") / d.v(EB(d)[0])))
    R("sum", "final + interim = total dividend",
      lambda d: eq(d.n("a total of {n} pence"), d.n("final dividend of {n} pence") + d.n("interim dividend of {n} pence")),
      planted="7.0 pence")
    R("change", "dividend +15%",
      lambda d: eq(d.p("an increase of {n}%."), pchg(d.n("a total of {n} pence"), d.n("(2022: {n} pence)"))))
    R("share", "women 22%", lambda d: eq(d.p("or {n}%, were women"), pct(d.n("of whom {n}, or"),
                                                                       d.n("employed {n} people"))))
    R("change", "LTIFR improved (fell)",
      lambda d: (lambda g: check(float(g[0]) < float(g[1]), "improved = lower"))(
          d.m("improved to {n} per million hours worked from {n}.")))
    R("date", "Kessel 50 years since 1974",
      lambda d: eq(d.n("will mark {n} years"), d.year - d.n("began production in {n},")))


# -----------------------------------------------------------------------------
@article("halden-regional-bank", "report")
def _(R):
    M = 1e6
    NII = lambda d: d.m("increased by {n}% to €{n} million (2022: €{n} million)")
    FEE = lambda d: d.m("fell {n}% to €{n} million from €{n} million")
    OPEX = lambda d: d.m("increased to €{n} million from €{n} million, reflecting")
    CI = lambda d: d.m("improved to {n}% from {n}%")
    LOANS = lambda d: d.m("grew {n}% to €{n} billion (2022: €{n} billion)")
    CET = lambda d: d.m("ratio rose to {n}% from {n}%")
    f = lambda d, x: d.v(x, exact=False)
    R("date", "175th anniversary of 1849",
      lambda d: eq(d.n("celebrates its {n}th anniversary"), d.year - d.n("founded in {n} as")), planted="165th")
    R("change", "net profit rose",
      lambda d: (lambda g: check(float(g[0]) > float(g[1]), "rose"))(d.m("Net profit rose to €{n} million from €{n}")))
    R("change", "NII +18.4%", lambda d: eq(f(d, NII(d)[0]), pchg(d.v(NII(d)[1]), d.v(NII(d)[2]))))
    R("change", "NIM +38bp",
      lambda d: (lambda g: eq(d.n("widened by {n} basis points", exact=False), (f(d, g[0]) - f(d, g[1])) * 100))(
          d.m("basis points to {n}% (2022: {n}%)")), planted="48 basis points")
    R("change", "fees -3.2%", lambda d: eq(f(d, FEE(d)[0]), decline(d.v(FEE(d)[1]), d.v(FEE(d)[2]))))
    R("share", "cost-income ratio 52.5% / 56.6%",
      lambda d: eq(f(d, CI(d)[0]), pct(d.v(OPEX(d)[0]), d.v(NII(d)[1]) + d.v(FEE(d)[1]))) and
      eq(f(d, CI(d)[1]), pct(d.v(OPEX(d)[1]), d.v(NII(d)[2]) + d.v(FEE(d)[2]))))
    R("change", "cost-income fell 4.1 points",
      lambda d: eq(d.n("a fall of {n} percentage points", exact=False), f(d, CI(d)[1]) - f(d, CI(d)[0])))
    R("change", "loans +4.1%", lambda d: eq(f(d, LOANS(d)[0]), pchg(d.v(LOANS(d)[1]), d.v(LOANS(d)[2]))))
    R("share", "loan-to-deposit 84%",
      lambda d: eq(d.p("loan-to-deposit ratio of {n}%"), pct(d.v(LOANS(d)[1]), d.n("deposits rose to €{n} billion"))))
    R("share", "mortgages 63% of loans",
      lambda d: eq(d.p("or {n}% of the loan book"), pct(d.n("accounted for €{n} billion"), d.v(LOANS(d)[1]))),
      planted="73%")
    R("difference", "deposits exceed loans by EUR 2.7bn",
      lambda d: eq(d.n("deposits exceeded loans by €{n} billion"), d.n("deposits rose to €{n} billion") - d.v(LOANS(d)[1])))
    R("date", "Monday, 4 March 2024 (past)",
      lambda d: (lambda g: weekday_ok(g[0], g[2], 3, g[1]) and on_or_before(dt.date(int(g[2]), 3, int(g[1])), d))(
          d.m("Halden on {w}, {n} March {n}.")))
    R("change", "CET1 rose", lambda d: check(float(CET(d)[0]) > float(CET(d)[1]), "rose"))
    R("difference", "CET1 buffer 5.3 points",
      lambda d: eq(d.n("buffer of {n} percentage points", exact=False),
                   f(d, CET(d)[0]) - d.p("requirement of {n}%")), planted="4.3 percentage points")
    R("change", "FTEs fell",
      lambda d: (lambda g: check(float(g[0].replace(",", "")) < float(g[1].replace(",", "")), "fell"))(
          d.m("employees fell to {n} from {n}.")))
    R("share", "mobile 61% of active customers",
      lambda d: (lambda g: eq(f(d, g[2]), pct(d.v(g[0]), d.v(g[1]))))(d.m("{n} of our {n} active customers, or {n}%")))
    R("change", "dividend +29%",
      lambda d: (lambda g: eq(f(d, g[2]), pchg(d.v(g[0]), d.v(g[1]))))(
          d.m("€{n} per share (2022: €{n}), an increase of {n}%")))
    R("ratio", "120m shares x EUR 0.62 = EUR 74.4m",
      lambda d: eq(d.n("distribution of €{n} million", scale=M),
                   d.n("On {n} million shares", scale=M) * d.n("dividend of €{n} per share")))
    R("share", "payout 40% of net profit",
      lambda d: eq(d.p("or {n}% of net profit"), pct(d.n("distribution of €{n} million"),
                                                     d.n("Net profit rose to €{n} million"))))


# -----------------------------------------------------------------------------
@article("marrow-strait-ferries", "report")
def _(R):
    M = 1e6
    P = lambda d: d.n("carried {n} passengers")
    REV = lambda d: d.m("to £{n} million (€{n} million), compared")
    REV22 = lambda d: d.n("compared with £{n} million in the prior", scale=M)
    r = lambda d: d.v(REV(d)[0], scale=M)
    R("title", "headline 4.9 million passengers",
      lambda d: eq(d.n("a record {n} million passengers", scale=M), P(d)), planted="4.6 million")
    R("title", "almost 4.9 million passengers",
      lambda d: eq(d.n("carried almost {n} million passengers", scale=M, hedge="nearly"), P(d)))
    R("change", "passengers +6.2%", lambda d: eq(d.p("2024, {n}% more than"), pchg(P(d), d.n("the {n} carried in"))))
    R("change", "revenue +GBP 27.9m", lambda d: eq(d.n("increased by £{n} million", scale=M), r(d) - REV22(d)),
      planted="£37.9 million")
    R("conversion", "revenue GBP->EUR ~1.16 (FY2023/24)",
      lambda d: conv(d.v(REV(d)[1]) / d.v(REV(d)[0]), 1.16, d))
    R("sum", "segments add to revenue",
      lambda d: eq(r(d), d.n("car revenue was £{n} million", scale=M) + d.n("freight revenue £{n} million", scale=M) +
                   d.n("the remaining £{n} million", scale=M)))
    R("change", "fuel fell",
      lambda d: (lambda g: check(float(g[0]) < float(g[1]), "fell"))(d.m("Fuel costs fell to £{n} million from £{n}")))
    R("share", "fuel 22.4% / 27.5% of revenue",
      lambda d: (lambda g: eq(d.p("represented {n}% of revenue"), pct(d.v(g[0], scale=M), r(d))) and
                 eq(d.p("against {n}% in 2022/23"), pct(d.v(g[1], scale=M), REV22(d))))(
          d.m("Fuel costs fell to £{n} million from £{n} million")))
    R("conversion", "EBITDA GBP->EUR ~1.16",
      lambda d: (lambda g: conv(d.v(g[1]) / d.v(g[0]), 1.16, d))(d.m("EBITDA rose to £{n} million (€{n} million)")))
    R("date", "Sept 2021 -> March 2024 = two and a half years",
      lambda d: (lambda y0, g: eq((d.numword("{w} and a half years after") + 0.5) * 12,
                                  I((int(g[2]) - y0) * 12 + (3 - 9)).widen(0.0) + I(-1, 1)))(
          int(d.m("in September {n} and")[0]), d.m("service on {w}, {n} March {n},")), planted="three")
    R("date", "Thursday, 14 March 2024",
      lambda d: (lambda g: weekday_ok(g[0], g[2], 3, g[1]) and on_or_before(dt.date(int(g[2]), 3, int(g[1])), d))(
          d.m("service on {w}, {n} March {n},")))
    R("conversion", "vessel GBP 142m -> EUR 165m",
      lambda d: (lambda g: conv(d.v(g[1]) * SCALE[g[2]] / (d.v(g[0]) * M), 1.16, d))(
          d.m("cost £{n} million (€{n} {w}),")), planted="billion")
    R("conversion", "loan GBP 95m -> EUR 110m",
      lambda d: (lambda g: conv(d.v(g[1]) / d.v(g[0]), 1.16, d))(d.m("a £{n} million (€{n} million) green loan")))
    R("sum", "final + interim = total dividend",
      lambda d: eq(d.n("a total of {n} pence"), d.n("final dividend of {n} pence") + d.n("interim dividend of {n} pence")))
    R("share", "seafarers 69%",
      lambda d: eq(d.p("or {n}%, were seafarers"), pct(d.n("of whom {n}, or"), d.n("headcount was {n},"))))


# =============================================================================
FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def evaluate(rel, path, loose):
    d = Doc(path, loose)
    TRACE.clear()
    try:
        ok = bool(rel["fn"](d))
    except PatternError as e:
        return None, str(e), d.used
    return ok, "; ".join(TRACE), d.used


def word_count(text):
    return len(re.findall(r"\S+", "\n".join(text.split("\n")[1:])))


def main():
    expected = yaml.safe_load(open(os.path.join(BASE, "EXPECTED.yaml"), encoding="utf-8"))
    kinds = {"share", "sum", "change", "difference", "ratio", "conversion", "rank", "title", "date"}
    names = sorted(ARTICLES)
    on_disk = sorted(f[:-3] for f in os.listdir(os.path.join(BASE, "clean")) if f.endswith(".md"))
    if on_disk != names:
        fail(f"articles on disk {on_disk} != articles in verify.py {names}")
    if sorted(f[:-3] for f in os.listdir(os.path.join(BASE, "planted")) if f.endswith(".md")) != on_disk:
        fail("clean/ and planted/ hold different file names")

    # ---- EXPECTED.yaml sanity
    by_file = {}
    for e in expected:
        if set(e) != {"file", "line", "text", "relation", "clean_text", "why"}:
            fail(f"bad keys in {e}")
        if e["relation"] not in kinds:
            fail(f"unknown relation {e['relation']}")
        by_file.setdefault(e["file"], []).append(e)
    for name in names:
        cp, pp = os.path.join(BASE, "clean", name + ".md"), os.path.join(BASE, "planted", name + ".md")
        cl, pl = open(cp, encoding="utf-8").read().split("\n"), open(pp, encoding="utf-8").read().split("\n")
        ents = by_file.get(f"planted/{name}.md", [])
        if len(cl) != len(pl):
            fail(f"{name}: clean and planted differ in line count")
            continue
        diff = {i + 1 for i, (a, b) in enumerate(zip(cl, pl)) if a != b}
        lines = [e["line"] for e in ents]
        if len(set(lines)) != len(lines):
            fail(f"{name}: two planted errors on one line")
        if diff != set(lines):
            fail(f"{name}: differing lines {sorted(diff)} != EXPECTED lines {sorted(lines)}")
        for e in ents:
            pline, cline = pl[e["line"] - 1], cl[e["line"] - 1]
            if pline.count(e["text"]) != 1:
                fail(f"{name}:{e['line']}: text {e['text']!r} occurs {pline.count(e['text'])} times")
            elif pline.replace(e["text"], e["clean_text"]) != cline:
                fail(f"{name}:{e['line']}: swapping text back does not give the clean line")
        # format
        for variant, L in (("clean", cl), ("planted", pl)):
            if not re.fullmatch(r"date \d{4}-\d{2}-\d{2}", L[0]) or L[1] != "" or not L[2].startswith("# "):
                fail(f"{variant}/{name}: bad header")
            body = L[3:]
            if body and body[-1] == "":
                body = body[:-1]
            for k, l in enumerate(body):
                if (k % 2 == 0) != (l == ""):
                    fail(f"{variant}/{name}: line {k + 4} breaks the paragraph/blank-line pattern")
            wc = word_count("\n".join(L))
            if not 250 <= wc <= 600:
                fail(f"{variant}/{name}: {wc} words")

    # ---- relations
    claimed = {}
    n_rel = 0
    for name in names:
        cp, pp = os.path.join(BASE, "clean", name + ".md"), os.path.join(BASE, "planted", name + ".md")
        ents = {e["text"]: e for e in by_file.get(f"planted/{name}.md", [])}
        for rel in ARTICLES[name]["rels"]:
            n_rel += 1
            tag = f"{name} [{rel['kind']}] {rel['desc']}"
            for loose in (False, True):
                ok, info, _ = evaluate(rel, cp, loose)
                if ok is not True:
                    fail(f"clean {'loose' if loose else 'strict'}: {tag}: {info}")
            ok, info, used = evaluate(rel, pp, False)
            if rel["planted"] is None:
                if ok is not True:
                    fail(f"planted (not a planted error) {tag}: {info}")
                continue
            e = ents.get(rel["planted"])
            if e is None:
                fail(f"{tag}: no EXPECTED entry with text {rel['planted']!r}")
                continue
            claimed.setdefault((name, rel["planted"]), []).append(rel)
            if e["relation"] != rel["kind"]:
                fail(f"{tag}: EXPECTED says relation {e['relation']}")
            if e["line"] not in used:
                fail(f"{tag}: relation does not read EXPECTED line {e['line']} (read {sorted(used)})")
            if ok is not False:
                fail(f"planted strict: {tag} should FAIL but: {info}")
            ok2, info2, _ = evaluate(rel, pp, True)
            if ok2 is not False:
                fail(f"planted loose: {tag} is not clearly wrong: {info2}")
    for e in expected:
        name = e["file"][len("planted/"):-3]
        if len(claimed.get((name, e["text"]), [])) != 1:
            fail(f"EXPECTED {e['file']}:{e['line']} {e['text']!r} claimed by "
                 f"{len(claimed.get((name, e['text']), []))} relations")

    # ---- coverage requirements
    counts = {k: sum(1 for e in expected if e["relation"] == k) for k in sorted(kinds)}
    minimum = dict(share=6, sum=6, change=8, difference=4, ratio=4, conversion=3, rank=4, title=4, date=9)
    for k, mn in minimum.items():
        if counts[k] < mn:
            fail(f"only {counts[k]} planted '{k}' errors (need {mn})")
    if len(expected) < 48:
        fail(f"only {len(expected)} planted errors")
    genres = [ARTICLES[n]["genre"] for n in names]
    if len(names) < 12 or genres.count("news") < 8 or genres.count("report") < 4:
        fail(f"article mix: {len(names)} articles, {genres.count('news')} news, {genres.count('report')} reports")
    for name in names:
        kinds_clean = {r["kind"] for r in ARTICLES[name]["rels"] if r["planted"] is None}
        kinds_planted = {r["kind"] for r in ARTICLES[name]["rels"] if r["planted"] is not None}
        if not kinds_planted <= kinds_clean:
            fail(f"{name}: clean twin lacks unplanted relations of kind(s) {sorted(kinds_planted - kinds_clean)}")
    print(f"{len(names)} articles ({genres.count('news')} news, {genres.count('report')} reports), "
          f"{n_rel} relations checked, {len(expected)} planted errors: "
          + ", ".join(f"{k}={v}" for k, v in counts.items()))
    if FAIL:
        print(f"{len(FAIL)} FAILURE(S)")
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
