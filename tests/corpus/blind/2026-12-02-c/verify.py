#!/usr/bin/env python3
"""Standalone checker for the blind-c test set (stdlib + PyYAML).

For every article it re-derives every numeric relation the text relies on,
using interval arithmetic: a figure written with d decimals (and a scale
word) stands for [v - 0.5*10^-d, v + 0.5*10^-d]; hedges ("about", "nearly",
"more than", ...) widen that interval the usual newsroom way; fraction and
multiplier words ("a third", "twice") carry a 5% relative tolerance.
Strict mode is that reading; loose mode multiplies rounding half-widths and
word tolerances by 2.5 and widens hedges by 3 more percentage points.

(a) clean/: every check holds (strict).
(b) planted/: every check touching a planted slot fails even in loose mode
    and carries the EXPECTED relation; every other check still holds.
(c) clean and planted differ exactly on the EXPECTED lines; putting the
    clean text back restores each clean line.
Exit status 0 only if everything passes.
"""
import datetime as dt
import os
import re
import sys
from collections import Counter

import yaml

BASE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"share", "sum", "change", "difference", "ratio", "conversion",
             "rank", "title", "date"}


# ---------------------------------------------------------------- intervals
class I:
    def __init__(self, lo, hi=None):
        hi = lo if hi is None else hi
        self.lo, self.hi = min(lo, hi), max(lo, hi)

    @staticmethod
    def of(x):
        return x if isinstance(x, I) else I(x, x)

    def __add__(self, o):
        o = I.of(o); return I(self.lo + o.lo, self.hi + o.hi)
    __radd__ = __add__

    def __sub__(self, o):
        o = I.of(o); return I(self.lo - o.hi, self.hi - o.lo)

    def __rsub__(self, o):
        return I.of(o) - self

    def __mul__(self, o):
        o = I.of(o)
        p = [self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi]
        return I(min(p), max(p))
    __rmul__ = __mul__

    def __truediv__(self, o):
        o = I.of(o)
        assert o.lo > 0, "division by interval touching zero"
        return self * I(1 / o.hi, 1 / o.lo)

    def __rtruediv__(self, o):
        return I.of(o) / self

    def __neg__(self):
        return I(-self.hi, -self.lo)

    @property
    def mid(self):
        return (self.lo + self.hi) / 2

    def __repr__(self):
        return "[%.6g, %.6g]" % (self.lo, self.hi)


def overlap(a, b, eps=1e-9):
    a, b = I.of(a), I.of(b)
    tol = eps * max(1.0, abs(a.mid), abs(b.mid))
    return a.lo <= b.hi + tol and b.lo <= a.hi + tol


# ---------------------------------------------------------------- parsing
HEDGES = [  # (prefix, direction, strict widening)
    ("just under", "below", .05), ("just over", "above", .05),
    ("more than", "above", .10), ("fewer than", "below", .10),
    ("less than", "below", .10), ("close to", "below", .07),
    ("nearly", "below", .07), ("almost", "below", .07), ("near", "below", .07),
    ("about", "around", .05), ("around", "around", .05),
    ("roughly", "around", .05), ("approximately", "around", .05),
    ("some", "around", .05), ("tops", "above", .10), ("top", "above", .10),
    ("over", "above", .10), ("under", "below", .10),
]
WORDS = {  # percent-like fractions are in percent, multipliers as factors
    "half": 50, "a half": 50, "a third": 100 / 3, "one third": 100 / 3,
    "a quarter": 25, "two-thirds": 200 / 3, "three-quarters": 75,
    "one in five": 20, "one in four": 25, "one in three": 100 / 3,
    "twice": 2, "twice as much": 2, "doubled": 2, "tripled": 3, "halved": .5,
    "three times": 3, "four times": 4, "five times": 5, "six times": 6,
    "one for every three": 3,
}
WORD_TOL = .05
CARDINALS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
ORDINALS = {w: i for i, w in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth".split())}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday"]
DIRS = {"rose": 1, "rise": 1, "up": 1, "up from": 1, "increase": 1,
        "increased": 1, "grew": 1, "higher": 1, "more": 1,
        "fell": -1, "down": -1, "decrease": -1, "decreased": -1,
        "declined": -1, "dropped": -1, "lower": -1, "fewer": -1, "shrank": -1}
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
         "bn": 1e9, "m": 1e6}
RATES = {"GBPUSD": (1.25, 1.30), "EURUSD": (1.07, 1.10),
         "USDJPY": (140.0, 155.0), "GBPEUR": (1.15, 1.20)}


def k_round(loose):
    return 2.5 if loose else 1.0


def apply_hedge(lo, hi, direction, a):
    if direction == "around":
        return lo * (1 - a), hi * (1 + a)
    if direction == "below":
        return lo * (1 - a), hi
    return lo, hi * (1 + a)


def parse_num(text, loose):
    t = text.strip().lower()
    hedge = None
    for h, d, a in HEDGES:
        if t.startswith(h + " "):
            t = t[len(h) + 1:]
            hedge = (d, a + (.03 if loose else 0))
            break
    if t in WORDS:
        v = WORDS[t]
        tol = WORD_TOL * k_round(loose)
        lo, hi = v * (1 - tol), v * (1 + tol)
    else:
        m = re.search(r"(\d[\d,]*)(?:\.(\d+))?", t)
        if not m:
            raise ValueError("no number in %r" % text)
        dec = m.group(2) or ""
        v = float(m.group(1).replace(",", "") + ("." + dec if dec else ""))
        sm = re.match(r"\s?(thousand|million|billion|trillion|bn|m)\b", t[m.end():])
        sc = SCALE[sm.group(1)] if sm else 1.0
        h = 0.5 * 10 ** -len(dec) * k_round(loose)
        lo, hi = (v - h) * sc, (v + h) * sc
    if hedge:
        lo, hi = apply_hedge(lo, hi, *hedge)
    return I(lo, hi)


def parse_int(text):
    t = text.lower()
    m = re.search(r"\d+", t)
    if m:
        return int(m.group())
    for w in re.findall(r"[a-z]+", t):
        if w in CARDINALS:
            return CARDINALS[w]
    raise ValueError("no integer in %r" % text)


def parse_ord(text):
    t = text.lower()
    m = re.search(r"(\d+)(st|nd|rd|th)", t)
    if m:
        return int(m.group(1))
    for w in re.findall(r"[a-z]+", t):
        if w in ORDINALS:
            return ORDINALS[w]
    if re.search(r"\b(largest|biggest|busiest|most|top)\b", t):
        return 1
    raise ValueError("no ordinal in %r" % text)


def parse_date(text, year):
    t = re.sub(r"^(%s),?\s*" % "|".join(WEEKDAYS), "", text.strip().lower())
    for fmt in ("%B %d, %Y", "%d %B %Y", "%B %d %Y"):
        try:
            return dt.datetime.strptime(t, fmt).date()
        except ValueError:
            pass
    for fmt in ("%B %d", "%d %B"):
        try:
            d = dt.datetime.strptime(t, fmt).date()
            return d.replace(year=year)
        except ValueError:
            pass
    raise ValueError("bad date %r" % text)


def parse_secs(text):
    t = text.lower()
    m = re.fullmatch(r"\s*(\d+):(\d\d):(\d\d)\s*", t)
    if m:
        h, mi, s = map(int, m.groups())
        return I(h * 3600 + mi * 60 + s)
    total = 0
    for n, unit in re.findall(r"(\d+)\s*(hour|minute|second)s?", t):
        total += int(n) * {"hour": 3600, "minute": 60, "second": 1}[unit]
    return I(total)


def parse(text, kind, loose, pub):
    if kind == "num":
        return parse_num(text, loose)
    if kind == "int":
        return parse_int(text)
    if kind == "ord":
        return parse_ord(text)
    if kind == "wd":
        return WEEKDAYS.index(text.strip().lower())
    if kind == "dir":
        return DIRS[text.strip().lower()]
    if kind == "secs":
        return parse_secs(text)
    if kind.startswith("date"):
        yr = int(kind.split(":")[1]) if ":" in kind else pub.year
        return parse_date(text, yr)
    raise ValueError(kind)


# ---------------------------------------------------------------- helpers
class Ctx:
    def __init__(self, pub, loose):
        self.pub, self.loose = pub, loose

    def rate(self, pair):
        lo, hi = RATES[pair]
        w = .03 if self.loose else 0
        return I(lo * (1 - w), hi * (1 + w))


def rank_of(target, others):
    return 1 + sum(1 for o in others if o.mid > target.mid)


def age_on(birth, ref):
    return ref.year - birth.year - ((ref.month, ref.day) < (birth.month, birth.day))


def pct_change(old, new):
    return (new - old) / old * 100


class V:
    def __init__(self, d):
        self.__dict__.update(d)


M = 1e6
B = 1e9

# ---------------------------------------------------------------- specs
# slots: name -> (line, text as written in the clean twin, kind)
# checks: (relation, [slot names], fn(v, c) -> (computed, stated) | bool)
SPECS = {}

SPECS["park_visitors"] = dict(
    slots=dict(
        head=(3, "nearly 2.9 million", "num"),
        total=(5, "2,873,400", "num"),
        rel_date=(5, "January 17, 2024", "date"),
        rel_wd=(5, "Wednesday", "wd"),
        pct=(7, "7.2 percent", "num"),
        prev=(7, "2,680,000", "num"),
        pine=(9, "1,214,600", "num"),
        pine_pct=(9, "42.3 percent", "num"),
        east=(9, "903,100", "num"),
        saddle=(9, "755,700", "num"),
        east_rank=(11, "second-busiest", "ord"),
        avg=(13, "7,872", "num"),
        peak_date=(13, "August 5", "date:2023"),
        peak_wd=(13, "Saturday", "wd"),
        peak=(13, "31,240", "num"),
        peak_x=(13, "roughly four times", "num"),
        camp_dir=(15, "rose", "dir"),
        camp_new=(15, "48,900", "num"),
        camp_old=(15, "41,300", "num"),
        out=(17, "1,596,000", "num"),
        out_diff=(17, "318,600", "num"),
        instate=(17, "1,277,400", "num"),
        anniv=(19, "90th", "ord"),
        founded=(19, "1934", "int"),
    ),
    checks=[
        ("title", ["head", "total"], lambda v, c: (v.total / M, v.head / M)),
        ("date", ["rel_date", "rel_wd"], lambda v, c: v.rel_date.weekday() == v.rel_wd),
        ("date", ["rel_date"], lambda v, c: v.rel_date <= c.pub),
        ("change", ["pct", "prev", "total"], lambda v, c: (pct_change(v.prev, v.total), v.pct)),
        ("share", ["pine", "total", "pine_pct"], lambda v, c: (v.pine / v.total * 100, v.pine_pct)),
        ("sum", ["pine", "east", "saddle", "total"], lambda v, c: (v.pine + v.east + v.saddle, v.total)),
        ("rank", ["east_rank", "east", "pine", "saddle"], lambda v, c: rank_of(v.east, [v.pine, v.saddle]) == v.east_rank),
        ("ratio", ["avg", "total"], lambda v, c: (v.total / 365, v.avg)),  # 2023 had 365 days
        ("date", ["peak_date", "peak_wd"], lambda v, c: v.peak_date.weekday() == v.peak_wd),
        ("ratio", ["peak", "avg", "peak_x"], lambda v, c: (v.peak / v.avg, v.peak_x)),
        ("change", ["camp_dir", "camp_new", "camp_old"], lambda v, c: (v.camp_new.mid > v.camp_old.mid) == (v.camp_dir > 0)),
        ("sum", ["out", "instate", "total"], lambda v, c: (v.out + v.instate, v.total)),
        ("difference", ["out", "instate", "out_diff"], lambda v, c: (v.out - v.instate, v.out_diff)),
        ("date", ["anniv", "founded"], lambda v, c: c.pub.year - v.founded == v.anniv),
    ],
)

SPECS["coffee_chain"] = dict(
    slots=dict(
        head_profit=(3, "£39 million", "num"),
        head_rev=(3, "top £600 million", "num"),
        profit=(5, "£38.6 million", "num"),
        profit_usd=(5, "$49.0 million", "num"),
        profit_dir=(5, "up from", "dir"),
        profit_old=(5, "£31.9 million", "num"),
        rev_dir=(7, "rose", "dir"),
        rev_pct=(7, "11.4 percent", "num"),
        rev=(7, "£612.5 million", "num"),
        rev_old=(7, "£549.8 million", "num"),
        outlets=(9, "917", "num"),
        owned=(9, "642", "num"),
        fran_pct=(9, "30 percent", "num"),
        drinks=(11, "£441.0 million", "num"),
        food=(11, "£171.5 million", "num"),
        gap=(11, "£269.5 million", "num"),
        refurb=(13, "£74 million", "num"),
        refurb_usd=(13, "$94 million", "num"),
        bean_dir=(15, "rose", "dir"),
        bean=(15, "£55.7 million", "num"),
        bean_pct=(15, "9.1 percent", "num"),
        bean_old=(15, "£47.2 million", "num"),
    ),
    checks=[
        ("title", ["head_profit", "profit"], lambda v, c: (v.profit, v.head_profit)),
        ("title", ["head_rev", "rev"], lambda v, c: (v.rev, v.head_rev)),
        ("conversion", ["profit", "profit_usd"], lambda v, c: (v.profit_usd / v.profit, c.rate("GBPUSD"))),
        ("change", ["profit_dir", "profit", "profit_old"], lambda v, c: (v.profit.mid > v.profit_old.mid) == (v.profit_dir > 0)),
        ("change", ["rev_dir", "rev_pct", "rev", "rev_old"], lambda v, c: (pct_change(v.rev_old, v.rev), v.rev_pct * v.rev_dir)),
        ("share", ["outlets", "owned", "fran_pct"], lambda v, c: ((v.outlets - v.owned) / v.outlets * 100, v.fran_pct)),
        ("sum", ["drinks", "food", "rev"], lambda v, c: (v.drinks + v.food, v.rev)),
        ("difference", ["drinks", "food", "gap"], lambda v, c: (v.drinks - v.food, v.gap)),
        ("conversion", ["refurb", "refurb_usd"], lambda v, c: (v.refurb_usd / v.refurb, c.rate("GBPUSD"))),
        ("share", ["bean", "rev", "bean_pct"], lambda v, c: (v.bean / v.rev * 100, v.bean_pct)),
        ("change", ["bean_dir", "bean", "bean_old"], lambda v, c: (v.bean.mid > v.bean_old.mid) == (v.bean_dir > 0)),
    ],
)

SPECS["school_meals"] = dict(
    slots=dict(
        head=(3, "4.1 million", "num"),
        lunches=(5, "4.12 million", "num"),
        year_now=(5, "2022-23", "int"),
        avg=(5, "22,889", "num"),
        days=(5, "180", "num"),
        meet_date=(5, "November 7", "date"),
        meet_wd=(5, "Tuesday", "wd"),
        enrolled=(7, "61,450", "num"),
        free=(7, "20,730", "num"),
        free_frac=(7, "about a third", "num"),
        reduced=(7, "6,140", "num"),
        full=(7, "34,580", "num"),
        year_then=(9, "2019-20", "int"),
        free_then=(9, "14,800", "num"),
        grown=(9, "5,930", "num"),
        span=(9, "three years", "int"),
        grown_pct=(9, "40.1 percent", "num"),
        breakfasts=(11, "1.38 million", "num"),
        per_bfast=(11, "one for every three", "num"),
        cost=(13, "$21.7 million", "num"),
        federal=(13, "$16.9 million", "num"),
        federal_pct=(13, "77.9 percent", "num"),
        per_meal=(15, "$3.95", "num"),
        pilot_start=(17, "2018", "int"),
        pilot_span=(17, "five years later", "int"),
    ),
    checks=[
        ("title", ["head", "lunches"], lambda v, c: (v.lunches, v.head)),
        ("ratio", ["lunches", "days", "avg"], lambda v, c: (v.lunches / v.days, v.avg)),
        ("date", ["meet_date", "meet_wd"], lambda v, c: v.meet_date.weekday() == v.meet_wd),
        ("date", ["meet_date"], lambda v, c: v.meet_date <= c.pub),
        ("share", ["free", "enrolled", "free_frac"], lambda v, c: (v.free / v.enrolled * 100, v.free_frac)),
        ("sum", ["free", "reduced", "full", "enrolled"], lambda v, c: (v.free + v.reduced + v.full, v.enrolled)),
        ("change", ["free", "free_then", "grown"], lambda v, c: (v.free - v.free_then, v.grown)),
        ("change", ["free", "free_then", "grown_pct"], lambda v, c: (pct_change(v.free_then, v.free), v.grown_pct)),
        ("date", ["year_now", "year_then", "span"], lambda v, c: v.year_now - v.year_then == v.span),
        ("ratio", ["lunches", "breakfasts", "per_bfast"], lambda v, c: (v.lunches / v.breakfasts, v.per_bfast)),
        ("share", ["federal", "cost", "federal_pct"], lambda v, c: (v.federal / v.cost * 100, v.federal_pct)),
        ("ratio", ["cost", "lunches", "breakfasts", "per_meal"], lambda v, c: (v.cost / (v.lunches + v.breakfasts), v.per_meal)),
        # pilot ended "in June" of the publication year
        ("date", ["pilot_start", "pilot_span"], lambda v, c: c.pub.year - v.pilot_start == v.pilot_span),
    ],
)

SPECS["organ_donation"] = dict(
    slots=dict(
        head=(3, "top 2,400", "num"),
        total=(5, "2,437", "num"),
        dir1=(5, "up from", "dir"),
        prev=(5, "2,186", "num"),
        inc=(7, "251", "num"),
        inc_pct=(7, "11.5 percent", "num"),
        don_dir=(7, "rose", "dir"),
        donors=(7, "812", "num"),
        donors_old=(7, "734", "num"),
        kid=(9, "1,318", "num"),
        liv=(9, "561", "num"),
        hrt=(9, "247", "num"),
        lng=(9, "203", "num"),
        oth=(9, "108", "num"),
        hrt_rank=(11, "third most transplanted", "ord"),
        wait=(13, "5,904", "num"),
        wait_diff=(13, "1,034", "num"),
        wait_dir=(13, "fewer", "dir"),
        wait_old=(13, "6,938", "num"),
        rate=(15, "41.3", "num"),
        pop=(15, "19.66 million", "num"),
        rate_gap=(15, "4.5", "num"),
        nat=(15, "36.8", "num"),
    ),
    checks=[
        ("title", ["head", "total"], lambda v, c: (v.total, v.head)),
        ("change", ["dir1", "total", "prev"], lambda v, c: (v.total.mid > v.prev.mid) == (v.dir1 > 0)),
        ("change", ["inc", "total", "prev"], lambda v, c: (v.total - v.prev, v.inc)),
        ("change", ["inc_pct", "total", "prev"], lambda v, c: (pct_change(v.prev, v.total), v.inc_pct)),
        ("change", ["don_dir", "donors", "donors_old"], lambda v, c: (v.donors.mid > v.donors_old.mid) == (v.don_dir > 0)),
        ("sum", ["kid", "liv", "hrt", "lng", "oth", "total"], lambda v, c: (v.kid + v.liv + v.hrt + v.lng + v.oth, v.total)),
        # "pancreas, intestine and combined" is not a single organ, so it is not ranked
        ("rank", ["hrt_rank", "hrt", "kid", "liv", "lng"], lambda v, c: rank_of(v.hrt, [v.kid, v.liv, v.lng]) == v.hrt_rank),
        ("change", ["wait", "wait_old", "wait_diff", "wait_dir"], lambda v, c: (v.wait - v.wait_old, v.wait_diff * v.wait_dir)),
        ("ratio", ["donors", "pop", "rate"], lambda v, c: (v.donors / (v.pop / M), v.rate)),
        ("difference", ["rate", "nat", "rate_gap"], lambda v, c: (v.rate - v.nat, v.rate_gap)),
    ],
)

SPECS["flood_claims"] = dict(
    slots=dict(
        head=(3, "near £47 million", "num"),
        claims=(5, "3,912", "num"),
        flood_wd=(5, "Thursday", "wd"),
        flood_date=(5, "January 4", "date"),
        paid=(5, "£46.8 million", "num"),
        hh=(7, "3,104", "num"),
        biz=(7, "808", "num"),
        hh_paid=(9, "£30.6 million", "num"),
        biz_paid=(9, "£16.2 million", "num"),
        hh_avg=(9, "about £9,860", "num"),
        biz_x=(9, "roughly twice as much", "num"),
        stret=(11, "1,207", "num"),
        stret_gap=(11, "389", "num"),
        ashby=(11, "818", "num"),
        close_date=(13, "March 28", "date"),
        close_days=(13, "84 days", "int"),
    ),
    checks=[
        ("title", ["head", "paid"], lambda v, c: (v.paid, v.head)),
        ("date", ["flood_date", "flood_wd"], lambda v, c: v.flood_date.weekday() == v.flood_wd),
        ("sum", ["hh", "biz", "claims"], lambda v, c: (v.hh + v.biz, v.claims)),
        ("sum", ["hh_paid", "biz_paid", "paid"], lambda v, c: (v.hh_paid + v.biz_paid, v.paid)),
        ("ratio", ["hh_paid", "hh", "hh_avg"], lambda v, c: (v.hh_paid / v.hh, v.hh_avg)),
        ("ratio", ["biz_paid", "biz", "hh_paid", "hh", "biz_x"], lambda v, c: ((v.biz_paid / v.biz) / (v.hh_paid / v.hh), v.biz_x)),
        ("difference", ["stret", "ashby", "stret_gap"], lambda v, c: (v.stret - v.ashby, v.stret_gap)),
        ("date", ["flood_date", "close_date", "close_days"], lambda v, c: (v.close_date - v.flood_date).days == v.close_days),
        ("date", ["close_date"], lambda v, c: v.close_date <= c.pub),
    ],
)

SPECS["space_budget"] = dict(
    slots=dict(
        head=(3, "€3.2 billion", "num"),
        head_pct=(3, "9%", "num"),
        budget=(5, "€3.18 billion", "num"),
        budget_usd=(5, "$3.46 billion", "num"),
        dir1=(5, "up from", "dir"),
        prev=(5, "€2.92 billion", "num"),
        inc=(7, "€260 million", "num"),
        launch=(9, "€1.05 billion", "num"),
        launch_pct=(9, "33 percent", "num"),
        eo=(9, "€742 million", "num"),
        human=(9, "€518 million", "num"),
        sci=(11, "€486 million", "num"),
        rest=(11, "€384 million", "num"),
        de=(13, "€712 million", "num"),
        de_usd=(13, "$775 million", "num"),
        de_rank=(13, "largest single funder", "ord"),
        fr=(13, "€634 million", "num"),
        it=(13, "€501 million", "num"),
        big3_pct=(13, "58 percent", "num"),
    ),
    checks=[
        ("title", ["head", "budget"], lambda v, c: (v.budget, v.head)),
        ("title", ["head_pct", "budget", "prev"], lambda v, c: (pct_change(v.prev, v.budget), v.head_pct)),
        ("conversion", ["budget", "budget_usd"], lambda v, c: (v.budget_usd / v.budget, c.rate("EURUSD"))),
        ("change", ["dir1", "budget", "prev"], lambda v, c: (v.budget.mid > v.prev.mid) == (v.dir1 > 0)),
        ("change", ["inc", "budget", "prev"], lambda v, c: (v.budget - v.prev, v.inc)),
        ("share", ["launch", "budget", "launch_pct"], lambda v, c: (v.launch / v.budget * 100, v.launch_pct)),
        ("sum", ["launch", "eo", "human", "sci", "rest", "budget"], lambda v, c: (v.launch + v.eo + v.human + v.sci + v.rest, v.budget)),
        ("conversion", ["de", "de_usd"], lambda v, c: (v.de_usd / v.de, c.rate("EURUSD"))),
        ("rank", ["de_rank", "de", "fr", "it"], lambda v, c: rank_of(v.de, [v.fr, v.it]) == v.de_rank),
        ("share", ["de", "fr", "it", "budget", "big3_pct"], lambda v, c: ((v.de + v.fr + v.it) / v.budget * 100, v.big3_pct)),
    ],
)

SPECS["cycling_race"] = dict(
    slots=dict(
        head=(3, "just over 29 hours", "num"),
        race_wd=(5, "Sunday", "wd"),
        race_date=(5, "May 18", "date"),
        win=(5, "29 hours 14 minutes 36 seconds", "secs"),
        gap2=(5, "47 seconds", "secs"),
        t2=(7, "29:15:23", "secs"),
        t3=(7, "29:16:05", "secs"),
        gap3=(7, "1 minute 29 seconds", "secs"),
        km=(9, "1,204", "num"),
        speed=(9, "41.2 km/h", "num"),
        born=(11, "3 September 2001", "date"),
        age=(11, "is 23", "int"),
        p1=(13, "186", "num"),
        p2=(13, "171", "num"),
        p3=(13, "164", "num"),
        p4=(13, "152", "num"),
        p4_rank=(13, "was fourth", "ord"),
        riders=(15, "126", "num"),
        teams=(15, "21 teams", "num"),
        per_team=(15, "teams of six", "int"),
        finished=(15, "97", "num"),
        fin_pct=(15, "77 percent", "num"),
    ),
    checks=[
        ("title", ["head", "win"], lambda v, c: (v.win / 3600, v.head)),
        ("date", ["race_date", "race_wd"], lambda v, c: v.race_date.weekday() == v.race_wd),
        ("date", ["race_date"], lambda v, c: v.race_date <= c.pub),
        ("difference", ["t2", "win", "gap2"], lambda v, c: (v.t2 - v.win, v.gap2)),
        ("difference", ["t3", "win", "gap3"], lambda v, c: (v.t3 - v.win, v.gap3)),
        ("rank", ["t2", "t3", "win"], lambda v, c: v.win.mid < v.t2.mid < v.t3.mid),
        ("ratio", ["km", "win", "speed"], lambda v, c: (v.km / (v.win / 3600), v.speed)),
        ("date", ["born", "race_date", "age"], lambda v, c: age_on(v.born, v.race_date) == v.age),
        ("rank", ["p4_rank", "p4", "p1", "p2", "p3"], lambda v, c: rank_of(v.p4, [v.p1, v.p2, v.p3]) == v.p4_rank),
        ("rank", ["p1", "p2", "p3"], lambda v, c: v.p1.mid > v.p2.mid > v.p3.mid),
        ("ratio", ["riders", "teams", "per_team"], lambda v, c: (v.riders / v.teams, I(v.per_team))),
        ("share", ["finished", "riders", "fin_pct"], lambda v, c: (v.finished / v.riders * 100, v.fin_pct)),
    ],
)

SPECS["toy_maker_10k"] = dict(
    slots=dict(
        head=(3, "$2.2 billion", "num"),
        sales=(5, "$2,184.6 million", "num"),
        dec_word=(5, "decrease", "dir"),
        dec=(5, "$96.3 million", "num"),
        dec_pct=(5, "4.2%", "num"),
        sales_old=(5, "$2,280.9 million", "num"),
        na=(7, "$1,262.4 million", "num"),
        intl=(7, "$741.8 million", "num"),
        lic=(7, "$180.4 million", "num"),
        na_pct=(9, "57.8%", "num"),
        na_pct_old=(9, "56.1%", "num"),
        na_bps=(9, "170 basis points", "num"),
        jpy=(11, "¥21.9 billion", "num"),
        jp_usd=(11, "$155.6 million", "num"),
        gp=(13, "$1,029.0 million", "num"),
        gm=(13, "47.1%", "num"),
        gp_old=(13, "$1,049.2 million", "num"),
        gm_old=(13, "46.0%", "num"),
        gm_bps=(13, "110 basis-point", "num"),
        adv=(15, "$216.3 million", "num"),
        adv_pct=(15, "9.9%", "num"),
        cash=(17, "$684.2 million", "num"),
        cash_old=(17, "$519.7 million", "num"),
        cash_inc=(17, "$164.5 million", "num"),
    ),
    checks=[
        ("title", ["head", "sales"], lambda v, c: (v.sales, v.head)),
        ("change", ["dec", "dec_word", "sales", "sales_old"], lambda v, c: (v.sales - v.sales_old, v.dec * v.dec_word)),
        ("change", ["dec_pct", "dec_word", "sales", "sales_old"], lambda v, c: (pct_change(v.sales_old, v.sales), v.dec_pct * v.dec_word)),
        ("sum", ["na", "intl", "lic", "sales"], lambda v, c: (v.na + v.intl + v.lic, v.sales)),
        ("share", ["na", "sales", "na_pct"], lambda v, c: (v.na / v.sales * 100, v.na_pct)),
        ("change", ["na_pct", "na_pct_old", "na_bps"], lambda v, c: ((v.na_pct - v.na_pct_old) * 100, v.na_bps)),
        ("conversion", ["jpy", "jp_usd"], lambda v, c: (v.jpy / v.jp_usd, c.rate("USDJPY"))),
        ("share", ["gp", "sales", "gm"], lambda v, c: (v.gp / v.sales * 100, v.gm)),
        ("share", ["gp_old", "sales_old", "gm_old"], lambda v, c: (v.gp_old / v.sales_old * 100, v.gm_old)),
        ("change", ["gm", "gm_old", "gm_bps"], lambda v, c: ((v.gm - v.gm_old) * 100, v.gm_bps)),
        ("share", ["adv", "sales", "adv_pct"], lambda v, c: (v.adv / v.sales * 100, v.adv_pct)),
        ("change", ["cash", "cash_old", "cash_inc"], lambda v, c: (v.cash - v.cash_old, v.cash_inc)),
    ],
)

SPECS["pharma_annual"] = dict(
    slots=dict(
        head=(3, "€8.4 billion", "num"),
        rev=(5, "€8.42 billion", "num"),
        rev_pct=(5, "6.3%", "num"),
        rev_old=(5, "€7.92 billion", "num"),
        onc_rank=(7, "largest therapy area", "ord"),
        onc=(7, "€3.37 billion", "num"),
        onc_pct=(7, "40.0%", "num"),
        imm=(9, "€2.16 billion", "num"),
        vac=(9, "€1.41 billion", "num"),
        vac_rank=(9, "third-largest", "ord"),
        rare=(9, "€0.93 billion", "num"),
        other=(9, "€0.55 billion", "num"),
        gap=(11, "€750 million", "num"),
        rnd=(13, "€1.74 billion", "num"),
        rnd_pct=(13, "20.7%", "num"),
        staff=(15, "23,480", "num"),
        per_staff=(15, "€358,600", "num"),
        board_date=(17, "12 February 2025", "date"),
        close_date=(17, "3 March 2025", "date"),
        launch=(19, "1924", "int"),
        anniv_year=(19, "in 2024", "int"),
        anniv=(19, "100th", "ord"),
    ),
    checks=[
        ("title", ["head", "rev"], lambda v, c: (v.rev, v.head)),
        ("change", ["rev_pct", "rev", "rev_old"], lambda v, c: (pct_change(v.rev_old, v.rev), v.rev_pct)),
        ("rank", ["onc_rank", "onc", "imm", "vac", "rare"], lambda v, c: rank_of(v.onc, [v.imm, v.vac, v.rare]) == v.onc_rank),
        ("share", ["onc", "rev", "onc_pct"], lambda v, c: (v.onc / v.rev * 100, v.onc_pct)),
        ("rank", ["vac_rank", "vac", "onc", "imm", "rare"], lambda v, c: rank_of(v.vac, [v.onc, v.imm, v.rare]) == v.vac_rank),
        ("sum", ["onc", "imm", "vac", "rare", "other", "rev"], lambda v, c: (v.onc + v.imm + v.vac + v.rare + v.other, v.rev)),
        ("difference", ["imm", "vac", "gap"], lambda v, c: (v.imm - v.vac, v.gap)),
        ("share", ["rnd", "rev", "rnd_pct"], lambda v, c: (v.rnd / v.rev * 100, v.rnd_pct)),
        ("ratio", ["rev", "staff", "per_staff"], lambda v, c: (v.rev / v.staff, v.per_staff)),
        ("date", ["board_date"], lambda v, c: v.board_date <= c.pub),
        ("date", ["close_date"], lambda v, c: v.close_date <= c.pub),
        ("date", ["launch", "anniv_year", "anniv"], lambda v, c: v.anniv_year - v.launch == v.anniv),
    ],
)

SPECS["dairy_coop"] = dict(
    slots=dict(
        head=(3, "almost 1.5 billion litres", "num"),
        milk=(5, "1.457 billion litres", "num"),
        milk_pct=(5, "2.1%", "num"),
        milk_old=(5, "1.427 billion litres", "num"),
        turnover=(7, "£1.12 billion", "num"),
        turnover_eur=(7, "€1.30 billion", "num"),
        pay=(9, "£606 million", "num"),
        ppl=(9, "41.6 pence", "num"),
        cpl=(9, "48.3 cents", "num"),
        members=(11, "2,318", "num"),
        ni=(11, "1,704", "num"),
        roi=(11, "614", "num"),
        big=(13, "412 farms", "num"),
        big_pct=(13, "17.8%", "num"),
        herd_dir=(13, "rose", "dir"),
        herd=(13, "118 cows", "num"),
        herd_old=(13, "112 in", "num"),
        butter=(15, "38,400 tonnes", "num"),
        cheese=(15, "52,100 tonnes", "num"),
        cheese_gap=(15, "13,700 tonnes", "num"),
    ),
    checks=[
        ("title", ["head", "milk"], lambda v, c: (v.milk, v.head)),
        ("change", ["milk_pct", "milk", "milk_old"], lambda v, c: (pct_change(v.milk_old, v.milk), v.milk_pct)),
        ("conversion", ["turnover", "turnover_eur"], lambda v, c: (v.turnover_eur / v.turnover, c.rate("GBPEUR"))),
        ("ratio", ["pay", "milk", "ppl"], lambda v, c: (v.pay / v.milk * 100, v.ppl)),
        ("conversion", ["ppl", "cpl"], lambda v, c: (v.cpl / v.ppl, c.rate("GBPEUR"))),
        ("sum", ["ni", "roi", "members"], lambda v, c: (v.ni + v.roi, v.members)),
        ("share", ["big", "members", "big_pct"], lambda v, c: (v.big / v.members * 100, v.big_pct)),
        ("change", ["herd_dir", "herd", "herd_old"], lambda v, c: (v.herd.mid > v.herd_old.mid) == (v.herd_dir > 0)),
        ("difference", ["cheese", "butter", "cheese_gap"], lambda v, c: (v.cheese - v.butter, v.cheese_gap)),
    ],
)


# ---------------------------------------------------------------- engine
FAILS = []


def fail(msg):
    FAILS.append(msg)
    print("FAIL:", msg)


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().rstrip("\n").split("\n")


def check_format(name, lines):
    if not re.fullmatch(r"date (2023|2024|2025)-\d\d-\d\d", lines[0]):
        fail("%s: bad date line" % name)
    if lines[1] != "" or not lines[2].startswith("# "):
        fail("%s: bad header layout" % name)
    for i in range(3, len(lines)):
        if (i % 2 == 1) != (lines[i] == ""):
            fail("%s: line %d breaks paragraph/blank alternation" % (name, i + 1))
    words = sum(len(l.split()) for l in lines[2:])
    if not 250 <= words <= 500:
        fail("%s: %d words" % (name, words))
    return dt.date.fromisoformat(lines[0].split()[1])


def evaluate(fn, vals, ctx):
    r = fn(V(vals), ctx)
    if isinstance(r, bool):
        return r
    return overlap(*r)


def slot_values(name, spec, lines, pub, loose, override):
    vals = {}
    for s, (ln, text, kind) in spec["slots"].items():
        text = override.get((ln, text), text)
        line = lines[ln - 1]
        if line.count(text) != 1:
            fail("%s line %d: %r occurs %d times" % (name, ln, text, line.count(text)))
        vals[s] = parse(text, kind, loose, pub)
    return vals


def main():
    expected = yaml.safe_load(open(os.path.join(BASE, "EXPECTED.yaml"), encoding="utf-8"))
    by_art = {}
    for e in expected:
        if e["relation"] not in RELATIONS:
            fail("unknown relation %r" % e["relation"])
        n = os.path.splitext(os.path.basename(e["file"]))[0]
        if not e["file"].startswith("planted/"):
            fail("entry file must be under planted/: %s" % e["file"])
        by_art.setdefault(n, []).append(e)

    names = sorted(os.path.splitext(f)[0] for f in os.listdir(os.path.join(BASE, "clean")) if f.endswith(".md"))
    if set(names) != set(SPECS):
        fail("articles %s vs specs %s" % (names, sorted(SPECS)))
    rel_count = Counter(e["relation"] for e in expected)

    for name in names:
        spec = SPECS[name]
        clean = read_lines(os.path.join(BASE, "clean", name + ".md"))
        planted = read_lines(os.path.join(BASE, "planted", name + ".md"))
        pub = check_format(name, clean)
        check_format("planted/" + name, planted)
        ents = by_art.get(name, [])
        if not 3 <= len(ents) <= 5:
            fail("%s: %d planted errors" % (name, len(ents)))

        used = set(s for _, ss, _ in spec["checks"] for s in ss)
        for s in spec["slots"]:
            if s not in used:
                fail("%s: slot %s unused" % (name, s))

        # (a) clean: every relation holds strictly
        cvals = slot_values(name, spec, clean, pub, False, {})
        for rel, ss, fn in spec["checks"]:
            if not evaluate(fn, cvals, Ctx(pub, False)):
                fail("%s clean: %s check on %s does not hold" % (name, rel, ss))

        # (c) line diff
        if len(clean) != len(planted):
            fail("%s: line counts differ" % name)
        diff = {i + 1 for i, (a, b) in enumerate(zip(clean, planted)) if a != b}
        exp_lines = [e["line"] for e in ents]
        if len(set(exp_lines)) != len(exp_lines):
            fail("%s: two planted errors on one line" % name)
        if diff != set(exp_lines):
            fail("%s: differing lines %s vs expected %s" % (name, sorted(diff), sorted(exp_lines)))
        override = {}
        planted_slots = {}
        for e in ents:
            ln, t, ct = e["line"], str(e["text"]), str(e["clean_text"])
            pl = planted[ln - 1]
            if pl.count(t) != 1:
                fail("%s line %d: planted text %r occurs %d times" % (name, ln, t, pl.count(t)))
            elif pl.replace(t, ct) != clean[ln - 1]:
                fail("%s line %d: swapping back does not restore clean line" % (name, ln))
            match = [s for s, (sl, st, _) in spec["slots"].items() if sl == ln and st == ct]
            if len(match) != 1:
                fail("%s line %d: no slot for clean_text %r" % (name, ln, ct))
                continue
            override[(ln, ct)] = t
            planted_slots[match[0]] = e

        # (b) planted: planted checks fail loosely, others hold strictly
        svals = slot_values("planted/" + name, spec, planted, pub, False, override)
        lvals = slot_values("planted/" + name, spec, planted, pub, True, override)
        hit = {s: [] for s in planted_slots}
        for rel, ss, fn in spec["checks"]:
            touched = [s for s in ss if s in planted_slots]
            if touched:
                for s in touched:
                    hit[s].append(rel)
                    if planted_slots[s]["relation"] != rel:
                        fail("%s: planted slot %s sits in a %s check, EXPECTED says %s"
                             % (name, s, rel, planted_slots[s]["relation"]))
                if evaluate(fn, lvals, Ctx(pub, True)):
                    fail("%s planted: %s check on %s still holds under loose reading" % (name, rel, ss))
            elif not evaluate(fn, svals, Ctx(pub, False)):
                fail("%s planted: untouched %s check on %s fails" % (name, rel, ss))
        for s, rels in hit.items():
            if not rels:
                fail("%s: planted slot %s is in no check" % (name, s))

    if len(expected) < 40:
        fail("only %d planted errors" % len(expected))
    for r in RELATIONS:
        if rel_count[r] < 4:
            fail("relation %s has only %d planted errors" % (r, rel_count[r]))

    print("articles: %d, planted errors: %d" % (len(names), len(expected)))
    print("per relation:", dict(sorted(rel_count.items())))
    if FAILS:
        print("%d failure(s)" % len(FAILS))
        return 1
    print("ALL CHECKS PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
