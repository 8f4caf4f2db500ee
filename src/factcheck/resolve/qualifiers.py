"""Qualifiers of a claim, read from its sentence: region, batch, cumulative, target, through,
previous.

"658 Guangdong enterprises were selected in the fifth batch" → region=Guangdong, batch=5.
"the cumulative total has surpassed 12,000" → cumulative. "the four batches of nearly
9,000" → through=4. "the ministry's target of 10,000" → target. "rose to 7.0 million from 6.8
million" → previous (an earlier value, not the figure the sentence reports).
"""

from __future__ import annotations

import re

from ..extract.words import ONES
from ..model import Claim
from ..prefilter import lower_as_re
from ..read.metadata import DATELINE_RE

NATIONAL_RE = re.compile(r"\b(?:nationwide|nationally|national|the country|the nation|China|all over the country)\b")
NOT_REGIONS = frozenset(
    """The A An This That These Those It Its In On At By For From Of And Or But As Since While During After Before
    According Among Ministry Department National State Provincial Municipal Specialized Special New Little Giant
    Enterprises Companies Firms Big Small Medium Vice President Premier Minister Director Reporter Source Original
    January February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday Overall Several Other Many Some Most Recently Among
    Year Plan Five-Year Century Economic Research Institute Net News Daily People’s People's Guangdong’s""".split()
)
REGION_WORD = r"(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
SUBJECT_REGION_RE = re.compile(rf"^\W*(?P<r>{REGION_WORD})(?:’s|'s)?\s+(?:has|have|had|is|was|now|so|alone|boasts|fosters|saw|added|recorded)\b")
AFTER_REGION_RE = re.compile(rf"^[^,.;⟦]{{0,40}}?\b(?:from|in)\s+(?P<r>{REGION_WORD})")
NEAR_REACH = 160  # both patterns below end within 60 characters of the figure: a name and a verb before that
SUBJECT_NEAR_RE = re.compile(rf"(?P<r>{REGION_WORD})(?:’s|'s)?\s+(?:has|have|had|now has|boasts|boasted|fosters|saw|added|recorded|had seen)\b[^,.;]{{0,60}}$")
BEFORE_IN_REGION_RE = re.compile(rf"\b(?:in|from)\s+(?P<r>{REGION_WORD})\b[^,.;]{{0,60}}$")
BATCH_WORDS = r"(?:batch|batches|list|lists|round|rounds|tranche|group|phase)"
CUMULATIVE_RE = re.compile(
    r"\b(?:cumulative|cumulatively|so far|to date|in total|total number|altogether|in all|has reached|have reached|reached|all \w+ (?:batches|lists))\b",
    re.IGNORECASE,
)
TOTAL_CUE_RE = re.compile(r"\b(?:a total of|total of|totall?ing|in total|total number of|overall)\s*$", re.IGNORECASE)
TARGET_BEFORE_RE = re.compile(r"\b(?:target|goal|aim|aims|aimed|plan|plans|planned|quota|objective)\b[^.;]{0,40}$", re.IGNORECASE)
TARGET_AFTER_RE = re.compile(r"^[^.;⟦]{0,50}?\bby (?:the end of )?(?:1[89]|20)\d\d\b", re.IGNORECASE)
PREVIOUS_BEFORE_RE = re.compile(r"\b(?:from|compared (?:with|to)|versus|vs\.?)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
PREVIOUS_AFTER_RE = re.compile(r"^[^.;⟦]{0,25}?\b(?:a year (?:earlier|ago|before)|the (?:previous|prior) (?:month|year|quarter)"
                               r"|(?:in the )?(?:previous|prior) (?:month|year|quarter)|previously)\b", re.IGNORECASE)
THROUGH_RE = re.compile(rf"\b(?:the |all |its |their )?(?P<n>\w+|\d+) {BATCH_WORDS}\b", re.IGNORECASE)


# Words without which a pattern cannot match (lower-case): a sentence that has none of a
# pattern's words skips it for every figure, which is most sentences for most patterns.
THROUGH_WORDS = ("batch", "list", "round", "tranche", "group", "phase")
NATIONAL_WORDS = ("nation", "China", "the country")  # case-sensitive, as NATIONAL_RE
CUMULATIVE_WORDS = ("cumulative", "so far", "to date", "in total", "total number", "altogether", "in all",
                    "reached", "batches", "lists")
TOTAL_WORDS = ("total", "overall")
TARGET_WORDS = ("target", "goal", "aim", "plan", "quota", "objective", "by ")
PREVIOUS_WORDS = ("from", "compared", "versus", "vs", "year", "previous", "prior")


class SentenceCues:
    """What qualify() reads from a whole sentence, read once for all its figures."""

    __slots__ = ("text", "start", "subject", "ordinals", "through", "national_ends", "may_be_national", "may_be_cumulative",
                 "may_be_total", "may_be_target", "may_be_previous")

    def __init__(self, sentence: str, start: int, ordinals: list[Claim]) -> None:
        self.text = sentence
        self.start = start  # of the sentence in the document
        # Where its subject may stand: after a dateline ("GUANGZHOU, May 5 — Guangdong has …").
        dateline = DATELINE_RE.match(sentence) if any(dash in sentence[:100] for dash in "—–-") else None
        self.subject = sentence[dateline.end() :].lstrip() if dateline else sentence
        self.ordinals = ordinals  # "in the fifth batch": what names a batch
        lowered = lower_as_re(sentence)
        m = THROUGH_RE.search(sentence) if _any_in(THROUGH_WORDS, lowered) else None
        n = m.group("n").lower() if m else ""
        value = int(n) if n.isdigit() else ONES.get(n)
        self.through = str(value) if value else None
        self.may_be_national = _any_in(NATIONAL_WORDS, sentence)
        self.national_ends = [m.end() for m in NATIONAL_RE.finditer(sentence)] if self.may_be_national else []
        self.may_be_cumulative = _any_in(CUMULATIVE_WORDS, lowered)
        self.may_be_total = _any_in(TOTAL_WORDS, lowered)
        self.may_be_target = _any_in(TARGET_WORDS, lowered)
        self.may_be_previous = _any_in(PREVIOUS_WORDS, lowered)


def _any_in(words: tuple[str, ...], text: str) -> bool:
    for word in words:  # a plain loop: twice as fast as any() over a generator, per sentence
        if word in text:
            return True
    return False


def qualify(claim: Claim, text: str, s_start: int, s_end: int, cues: SentenceCues,
            measure_words: frozenset[str] = frozenset()) -> None:
    q = claim.qualifiers
    before = text[max(s_start, claim.start - NEAR_REACH) : claim.start]  # every cue is read near the figure
    after = text[claim.end : min(s_end, claim.end + NEAR_REACH)]
    region = _region(claim, before, after, cues)
    if region and region.lower() in measure_words:
        region = None  # "Spending is $1.19 billion": a measure's word opening a sentence, not a place
    if region:
        q["region"] = region
    batch = _batch(claim, cues.ordinals, text)
    if batch:
        q["batch"] = batch
    if cues.may_be_cumulative and "batch" not in q \
            and CUMULATIVE_RE.search(text[max(s_start, claim.start - 80) : min(s_end, claim.end + 40)]):
        q["cumulative"] = "yes"
    # A cue right before the figure, or before its hedge: "reached a total of Ksh.64 trillion",
    # "a total of about 89,000", "from nearly 6.8 million".
    said = before[: len(before) - (claim.start - claim.said_start)] if claim.said_start < claim.start else ""
    if cues.may_be_total and (TOTAL_CUE_RE.search(before[-40:]) or TOTAL_CUE_RE.search(said[-40:])):
        q["total"] = "yes"
    if cues.may_be_target and (TARGET_BEFORE_RE.search(before[-60:]) or TARGET_AFTER_RE.match(after)):
        q["target"] = "yes"
    # Only a figure with a measure is ever compared as a value of that measure.
    if claim.measure is not None and cues.may_be_previous \
            and (PREVIOUS_BEFORE_RE.search(before[-30:]) or PREVIOUS_BEFORE_RE.search(said[-30:])
                 or PREVIOUS_AFTER_RE.match(after)):
        q["previous"] = "yes"
    if cues.through and "batch" not in q:
        q["through"] = cues.through


def _region(claim: Claim, before: str, after: str, cues: SentenceCues) -> str | None:
    """The place a figure is about: "658 Guangdong enterprises", "19 companies from
    Wenzhou", "Wenzhou had a total of 52", "Guangdong has … more than 40,000", "nationwide"."""
    if not claim.in_title:
        for word in claim.phrase.split():
            w = word.strip(",")
            if w[:1].isupper() and w[1:].islower() and w not in NOT_REGIONS and w.isalpha() \
                    and not re.match(rf"\W*{re.escape(w)}\b", cues.subject):  # "Ticket sales …" starts the sentence
                return _national(w)
    m = AFTER_REGION_RE.match(after)
    if m and m.group("r").split()[0] not in NOT_REGIONS:
        return _national(m.group("r"))
    for pattern in (SUBJECT_NEAR_RE, BEFORE_IN_REGION_RE):
        m = pattern.search(before, max(0, len(before) - NEAR_REACH))
        if m and m.group("r").split()[0] not in NOT_REGIONS:
            return _national(m.group("r"))
    m = SUBJECT_REGION_RE.match(cues.subject)
    if m and m.group("r").split()[0] not in NOT_REGIONS:
        return _national(m.group("r"))
    # The phrase is checked whatever the sentence holds: it is made of the sentence's words
    # joined by single spaces, which the sentence need not have ("the  country").
    if NATIONAL_RE.search(claim.phrase) or (cues.may_be_national and (
            NATIONAL_RE.search(after[:40]) or any(end <= claim.start - cues.start for end in cues.national_ends))):
        return "national"
    return None


def _national(name: str) -> str:
    return "national" if name in ("China", "The Country") else name


def _batch(claim: Claim, ordinals: list[Claim], text: str) -> str | None:
    """The batch an ordinal names next to this claim ("in the fifth batch"), if any."""
    best: tuple[int, Claim] | None = None
    for other in ordinals:
        if not re.match(rf"\s+(?:{BATCH_WORDS})\b", text[other.end : other.end + 12], re.IGNORECASE):
            continue
        if re.search(r"\bthan\s+(?:the\s+)?$", text[max(0, other.start - 12) : other.start]):
            continue  # "lower than the fourth batch" compares, it does not qualify
        distance = abs(other.start - claim.start)
        if best is None or distance < best[0]:
            best = (distance, other)
    return str(best[1].value) if best else None
