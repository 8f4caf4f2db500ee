"""What a number counts: the words after it ("3,671 companies being publicized") or, when
none follow, the subject it is said of ("the number of firms … has reached 1500")."""

from __future__ import annotations

import re

from ..model import Claim
from .words import ONES

WORD_RE = re.compile(r"[A-Za-z][\w'-]*|[,()]|\d[\d,.]*")
STOP_WORDS = frozenset(
    """was were is are be been has have had will would can could may might shall should must
    in on at from with by for to that which who whose as than since during including while according
    after before until into over under between among per via against through this these those its their
    his her our your them it they he she we you up down compared respectively or but so nor if when where
    not also each every all both of more less nearly almost about around over above below
    nationwide worldwide globally overall respectively annually alone combined compared
    year-on-year made took won held gave got came went sold paid spent left lost rose fell grew
    make makes take takes account accounts represent represents""".split()
)
# -ing words that name things rather than start a clause ("1,200 manufacturing jobs").
ING_NOUNS = frozenset(
    """manufacturing existing leading remaining working housing funding spending polling voting
    banking mining building training teaching nursing marketing processing operating outstanding
    pending engineering accounting shipping farming fishing lending""".split()
)
LEAD_SKIP = frozenset("of being are were the a an some about all such".split())
# What a subject can be made of: letters, quotes, spaces, hyphens (no digits, no commas).
# (a year inside the subject is part of it: "Net sales for fiscal 2023 were $2,184.6 million")
_NP = r"(?:[A-Za-z“”\"'‘’ -]|(?<= )(?:19|20)\d\d(?= ))"
# The verb that introduces a figure at the end of the text before it: "… has reached".
SUBJECT_VERB_RE = re.compile(
    r"\s+(?:(?:has|have|had|is|was|were|are|now)\s+)?(?:now\s+)?"
    r"(?:reached|totall?ed|stood at|stands at|hit|exceeded|surpassed|topped|rose to|fell to|increased to|"
    r"decreased to|grew to|dropped to|climbed to|declined to|came to|amounted to|was|is|were|are|"
    r"reaches|totals|stands at|hits|tops|rises to|falls to|climbs to|grows to|jumps to|drops to|dips to|"
    r"(?:rises|falls|rose|fell|climbs|climbed|grew|jumped|dropped|increased|decreased|declined) (?:[^\s,;]+ ){1,4}to"
    r"|[a-z]+(?:s|ed) to)\s+"
    # "a record" is no subject: "rose 6.9 percent to a record 4.62 million". A hedge ("about",
    # "nearly") is cut off before this is tried (describe).
    r"(?:a total of\s+|(?:an? )?(?:new |all-time )?record(?: high| low)?(?: of)?\s+|an? )?$",
    re.IGNORECASE,
)
# The reference definition: the subject is the longest run of _NP characters (≤ 120) before
# the first place the verb matches. subject_before() finds the verb first, which is linear;
# searching this pattern directly tries every start with every subject length (quadratic).
SUBJECT_BEFORE_RE = re.compile(rf"(?P<np>{_NP}{{3,120}}?)" + SUBJECT_VERB_RE.pattern, re.IGNORECASE)
VERB_REACH = 80  # the verb phrase is the last few words: "has now risen sharply to a total of"
_SUBJECT_RUN_RE = re.compile(rf"{_NP}{{3,120}}\Z")
# A figure named by what it is the amount of: "a deficit of $48 million", "a pass rate of 91.3
# percent", "a population of 1.2 million".
AMOUNT_OF_RE = re.compile(r"\b(?P<np>(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)\s+of\s+$", re.IGNORECASE)
# Words that name a change or a tally, not a quantity: "an increase of 4 percent", "for a total
# of 41" say nothing of what is counted.
CHANGE_WORDS = frozenset("""total number increase rise fall drop decline gain jump growth change record level average
    target forecast reading estimate sum figure""".split())
SUBJECT_TRIM_RE = re.compile(r"^.*\b(?:number|total|count|share|proportion|rate|amount)\s+of\s+(?:the\s+)?", re.IGNORECASE)
CONJUNCTIONS = frozenset("and but or while whereas".split())
# A figure joined to its noun by a hyphen counts that noun: "34-game", "a 14-seat majority".
COMPOUND_RE = re.compile(r"-([A-Za-z]{3,})\b(?!-)")
# "31.42 million passengers last year and …": a time ends what is counted.
TIME_LEADS = frozenset("last next".split())
TIME_WORDS = frozenset("year years month months week weeks quarter season decade spring summer autumn fall winter".split())
DETERMINERS = frozenset("the a an its their his her this that these those".split())
CLAUSE_OPENERS = DETERMINERS | frozenset("it they we he she".split())
OBJECT_OPENERS = DETERMINERS | frozenset("some more".split())
# A subject is what follows the last subordinating word: "wins 61 of 150 seats in Valdoria
# election as turnout tops 71%" says turnout tops 71%.
CLAUSE_LEAD_RE = re.compile(r"^.*\b(?:as|while|whereas|when|after|because|although|though|but|since|before|until|whose)\s+",
                            re.IGNORECASE)
TRAILING_PP_RE = re.compile(r"\s+(?:in|of|from|at|for|across|among|to|on|into|with)\s+.*$", re.IGNORECASE)


def unquote(text: str) -> str:
    """Quotes out of the way of the word patterns (str.replace: ten times faster than translate here)."""
    return text.replace("“", " ").replace("”", " ").replace("‘", " ").replace("’", "'").replace('"', " ")


def singular(word: str) -> str:
    w = word.lower().strip("'-")
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "ics")):
        return w
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("people"):
        return w[:-6] + "person"
    if w.endswith("s"):
        return w[:-1]
    return w


def describe(claim: Claim, text: str, sentence_start: int, sentence_end: int) -> None:
    if claim.kind in ("date", "period", "year", "impossible-date", "pp", "ratio"):
        return
    compound = COMPOUND_RE.match(text, claim.end, sentence_end)
    if compound and claim.kind == "count":
        claim.phrase = compound.group(1)  # "the 34-game season", "a 14-seat majority": games, seats
        claim.noun = singular(compound.group(1))
        return
    words = _phrase_after(text, claim.end, sentence_end, claim.kind)
    while words and (words[-1].lower().endswith("ed") or words[-1].lower() in CONJUNCTIONS):
        words.pop()  # "40 shops opened" counts shops; "2,891 points and conceded" counts points
    if words:
        claim.phrase = " ".join(words)
        claim.noun = singular(words[-1])
        return
    before = unquote(text[max(sentence_start, claim.start - 160) : claim.start])
    # The text before the hedge: "climbs to close to 6 million", "a deficit of about $48 million".
    unhedged = before[: len(before) - (claim.start - claim.said_start)]
    np = subject_before(before)  # the hedge may be the verb: "the total has surpassed 12,000"
    if np is None and claim.said_start < claim.start:
        np = subject_before(unhedged)
    if np is None:
        m = AMOUNT_OF_RE.search(unhedged)
        if m and (claim.kind == "money" or singular(m.group("np").split()[-1]) not in CHANGE_WORDS):
            np = m.group("np")
    if np:
        np = SUBJECT_TRIM_RE.sub("", CLAUSE_LEAD_RE.sub("", np.strip()))
        np = TRAILING_PP_RE.sub("", np).strip(" ,'")
        tail = [w for w in WORD_RE.findall(np) if w not in ",()"]
        while len(tail) > 1 and tail[-1].lower().endswith("ed"):
            tail.pop()  # "structures destroyed" counts structures
        if tail and tail[-1].lower() not in STOP_WORDS:
            claim.phrase = " ".join(tail[-8:])
            claim.noun = singular(tail[-1])


def subject_before(before: str) -> str | None:
    """The noun phrase a figure at the end of `before` is said of, as SUBJECT_BEFORE_RE defines it."""
    verb = SUBJECT_VERB_RE.search(before, max(0, len(before) - VERB_REACH))
    if verb is None:
        return None
    run = _SUBJECT_RUN_RE.search(before, max(0, verb.start() - 120), verb.start())
    if run:
        return run.group()
    m = SUBJECT_BEFORE_RE.search(before)  # a subject under 3 characters: let the full pattern decide
    return m.group("np") if m else None


def _opens_predicate(words: list[str]) -> bool:
    """"posted a pass rate", "gained five seats": a verb in the past tense and its object
    after a comma start a new clause, where "refined, distinctive and innovative" do not."""
    return len(words) >= 2 and words[0].endswith("ed") and (words[1] in OBJECT_OPENERS or words[1] in ONES)


def _next_item(tokens: list[str], i: int) -> bool:
    """Do the words after a comma lead to another figure before any other comma? Then they
    name that figure ("…, intermodal containers at 6.88 million"), not this one."""
    for tok in tokens[i : i + 6]:
        if tok in ",()":
            return False
        if tok[0].isdigit():
            return True
    return False


def _phrase_after(text: str, pos: int, limit: int, kind: str) -> list[str]:
    window = unquote(text[pos : min(limit, pos + 140)])
    out: list[str] = []
    tokens = WORD_RE.findall(window)
    i = 0
    while i < len(tokens) and tokens[i].lower() in LEAD_SKIP:
        i += 1
    for j in range(i, len(tokens)):
        tok = tokens[j]
        low = tok.lower()
        if tok == ",":
            # A comma inside an adjective list ("specialized, special and new firms") keeps
            # going; one that opens a new clause ("7.0 million, and the labor force") ends it.
            following = [t.lower() for t in tokens[j + 1 : j + 4]]
            if following and following[0] in CONJUNCTIONS:
                following = following[1:]
            if following and (following[0] in CLAUSE_OPENERS or _opens_predicate(following)):
                break
            if _next_item(tokens, j + 1):
                break  # "7.15 million, intermodal containers at 6.88 million": the next item's words
            out.append(",")
            if len(out) > 12:
                break
            continue
        if tok in "()" or tok[0].isdigit():
            break  # another figure: "4,410 girls and 4,740 boys" — the girls are the 4,410
        if low in TIME_LEADS and j + 1 < len(tokens) and tokens[j + 1].lower() in TIME_WORDS:
            break
        if low in TIME_WORDS and j + 1 < len(tokens) and tokens[j + 1].lower() in ("earlier", "ago", "before", "later"):
            break  # "€1.98 billion a year earlier" counts no years
        if low in STOP_WORDS or (low.endswith("ing") and low not in ING_NOUNS):
            break
        out.append(tok)
        if len(out) >= 12:
            break
    while out and out[-1] == ",":
        out.pop()
    words = [w for w in out if w != ","]
    # Only a noun-like last word counts: "2.4 million, or" leaves nothing.
    if words and (words[-1].lower() in ("and", "or", "the", "a", "an") or words[-1].endswith("ly")):
        while words and words[-1].lower() in ("and", "or", "the", "a", "an"):
            words.pop()
    return words
