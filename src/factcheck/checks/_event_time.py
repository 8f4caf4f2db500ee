"""Is a figure the date of an event its clause tells, and does the clause tell it as past?

Two questions the date checks ask before comparing a date with the publication date:

- **Whether a figure dates an event.** A year is an event's date when it is adverbial ("opened
  in 2025", "on May 3, 2024"). It is not when it is part of what a noun names (the 2021
  Notes, the 2012 Olympic bid, a 2048-bit key), a clock time (2100 GMT), a bound or a span
  ("beyond 2009", "a contract to 2009", "between 2005 and 2008") or the year a thing covers
  ("fiscal 2006", "the year ending December 31, 2006").
- **Whether the clause tells it as past.** A past verb in the date's own clause, with no
  word that makes it a plan, a hope, a proposal or a possibility ("hoped to", "could be",
  "proposed", "set to"); a condition after ", unless" or ", if" is a clause of its own, so
  "mature on July 1, 2021, unless earlier repurchased" is told in the present.
"""

from __future__ import annotations

import re

PAST_RE = re.compile(r"\b(?:was|were|had|did|said|told|held|announced|reported|published|released|opened|closed|"
                     r"took place|happened|occurred|signed|visited|met|launched|selected|[a-z]{3,}ed|"
                     # irregular pasts that are not also present forms ("cut", "set", "hit" are)
                     r"came|went|began|became|broke|left|won|lost|took|gave|made|fell|rose|grew|sold|bought|"
                     r"paid|spent|built|brought|found|got|led|ran|saw|sent|stood|struck|wrote|kept|swore|"
                     r"flew|drove|threw|chose|froze|sank|shook|spoke|stole|tore|woke)\b", re.IGNORECASE)
# Words that put a clause in the future whatever verb it holds: "would be held on", "is due".
MODAL_FUTURE = r"will|would|could|should|shall|going to|to be|expected|scheduled|due|until"
# What is intended, hoped, proposed or foreseen is not what happened, even in a past verb:
# "hoped to return to profit in 2006", "earmarked for spending in 2010", "analysts predicted".
INTENT = (r"hop(?:e|es|ed|ing) to|aim(?:s|ed)? (?:to|at)|intend(?:s|ed)?|propos(?:e|es|ed|al|als)|suggest(?:s|ed)?|"
          r"predict(?:s|ed)?|envisag(?:e|es|ed)|earmark(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)|vow(?:s|ed)|"
          r"set to|bid to|bids to|want(?:s|ed)? to|seek(?:s|ing)? to|sought to|anticipat(?:e|es|ed)|budget(?:s|ed)? for|"
          r"pencil+ed|slated|foresee(?:s|n)?|foresaw|in order to|as far away as")
FUTURE_RE = re.compile(rf"\b(?:{MODAL_FUTURE}|{INTENT}|expects|schedule|plans?|planned|aims?|"
                       r"can|(?-i:may)|might|must|begins?|starts|opens|closes|ends|appl(?:y|ies)|takes place|is held|are held|"
                       r"tak(?:es|ing) effect|com(?:es|ing) into (?:force|effect)|expires?|matures?|runs (?:through|until|to)|"
                       r"target|goal|deadline|upcoming|next|ahead of|in the run-up to|by (?:the end of )?(?:19|20)\d\d|forecasts?|projected|intends?|hopes?)\b",
                       re.IGNORECASE)
# A date told as what happened ("a hearing on the plan was held on January 12") is an event
# whatever else the clause says of plans, aims or targets, unless a modal makes it future
# ("it was agreed that the vote would be held on …").
PAST_EVENT_BEFORE_RE = re.compile(r"\b(?:(?:was|were)\s+(?:\w+ly\s+)?(?!(?:planned|scheduled|slated|expected|projected|forecasted|timed|pencil+ed)\b)(?:held|\w+ed)|took place|happened|occurred)\s+(?:on|in)\s+$",
                                  re.IGNORECASE)
MODAL_FUTURE_RE = re.compile(rf"\b(?:{MODAL_FUTURE})\b", re.IGNORECASE)
RELATIVE_CLAUSE_RE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,")
# "received planning permission on Dec. 8 and is due to open in 2027": "and" before a verb
# of its own starts another clause, and another tense; so does a condition (", unless
# earlier repurchased", ", if not utilized").
CLAUSE_BREAK_RE = re.compile(r",\s+(?:and|but|while|whereas|unless|if|except|provided)\s+|;\s+|\s+–\s+|\s+—\s+"
                             r"|\s+and\s+(?=(?:is|are|was|were|will|would|has|have|had)\b)")

# ---- whether a figure dates an event --------------------------------------------------

# "adopted a budget for 2025", "fiscal 2006", "the year ending December 31, 2006": the time a
# thing covers, not the date of an event.
COVERS_RE = re.compile(r"(?:\bfor\s+(?:(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?)?|\b(?:fiscal|financial|FY|"
                       r"model|tax|budget|academic|school)\s+(?:year\s+)?|\b(?:years?|period|quarter|months|weeks)"
                       r"\s+(?:ending|ended|to)\s+)$", re.IGNORECASE)
# Words before a time that make it a bound or a span's end, not the time of an event.
BOUND_RE = re.compile(r"\b(?:beyond|until|till|through|thru|to|by|before|up to|between|as late as|no later than)\s+$",
                      re.IGNORECASE)
BOUND_AFTER_RE = re.compile(r"^\s+(?:and|or)\s+(?:beyond|later|after|onwards?)\b|^\s+onwards?\b", re.IGNORECASE)
# A year followed at once by a time zone is a clock time: "at 2100 GMT".
CLOCK_AFTER_RE = re.compile(r"^\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|hrs|hours|h|local time)\b")
# A year joined to a word ("2048-bit", "2012-style") is part of a compound, not a date.
COMPOUND_AFTER_RE = re.compile(r"^-[A-Za-z]")
# A year that names what the noun after it is ("the 2021 Notes", "London's 2012 Olympic bid",
# "the 2022 Term Loan B"): followed by a word that is no function word, and not brought in
# by a preposition of time.
ATTRIBUTIVE_AFTER_RE = re.compile(r"^[”\"’']?\s*(?P<word>[A-Za-z][\w-]*)")
TIME_PREPOSITION_RE = re.compile(r"\b(?:in|on|at|during|since|from|of|around|circa|c\.|early|late|mid|spring|summer|"
                                 r"autumn|fall|winter|january|february|march|april|may|june|july|august|september|"
                                 r"october|november|december)\s*$", re.IGNORECASE)
FUNCTION_WORDS = frozenset(
    "and or but nor the a an this that these those his her its their our my your to in on at of for from by with as "
    "into onto over under after before since during until when while where which who whose that than then so "
    "is are was were be been being has have had do does did will would could should may might must shall can "
    "it he she they we you i there here not no also only even just still already again about around per "
    "alone too".split())
# A year in a list ("in 2010, 2011 and 2012", "between 2023 and 2039") takes the words
# before the list's first item.
LIST_STEP_RE = re.compile(r"(?:\b(?:19|20)\d\d|\b(?:19|20)\d\d\s+[A-Z]\w*)\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")


def dates_an_event(claim) -> bool:
    """Is the figure the time of what its clause tells, rather than a name, a bound, a span
    or the period a thing covers?"""
    text = claim.doc.text
    before = _list_head(text, claim.start)
    after = text[claim.end : claim.end + 24]
    if COVERS_RE.search(before) or BOUND_RE.search(before) or BOUND_AFTER_RE.search(after):
        return False
    if claim.kind != "year" or not claim.text.isdigit():
        return True
    if CLOCK_AFTER_RE.search(after) or COMPOUND_AFTER_RE.search(after):
        return False
    m = ATTRIBUTIVE_AFTER_RE.search(after)
    return not (m and m.group("word").lower() not in FUNCTION_WORDS and not TIME_PREPOSITION_RE.search(before))


def _list_head(text: str, start: int) -> str:
    """The words before a figure, or before the first item of the list of years it closes."""
    at = start
    while True:
        before = text[max(0, at - 40) : at]
        m = LIST_STEP_RE.search(before)
        if not m:
            return before
        at = at - len(before) + m.start()


# ---- whether its clause tells it as past ----------------------------------------------


def clause(text: str, sentence_start: int, sentence_end: int, at: int) -> str:
    """The clause of the sentence text[sentence_start:sentence_end] that holds offset `at`:
    "published … on 21 October 2024, and a breakdown is due next spring" is past for the
    date, whatever the second clause says; a relative clause the offset is not in tells of
    something else ("The stand, which will take the capacity to 61,000, received …")."""
    sentence = text[sentence_start:sentence_end]
    at -= sentence_start
    start, end = 0, len(sentence)
    for m in CLAUSE_BREAK_RE.finditer(sentence):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return "".join(sentence[a:b] for a, b in _outside_relatives(sentence, start, end, at))


def _outside_relatives(text: str, start: int, end: int, at: int):
    pos = start
    for m in RELATIVE_CLAUSE_RE.finditer(text, start, end):
        if m.start() <= at < m.end():
            continue
        yield pos, m.start()
        pos = m.end()
    yield pos, end


# A participle after a comma describes, it tells no event: "tickets go on sale on Friday, 1
# December, priced at £189".
PARTICIPLE_RE = re.compile(r",\s+[a-z]{3,}ed\s+(?=(?:at|by|in|from|as|for|with|on|to|up)\b)")


def told_as_past(claim, clause_text: str) -> bool:
    """Does the clause tell the figure's event as what happened?"""
    clause_text = PARTICIPLE_RE.sub(",", clause_text)  # ", priced at £189" tells no past
    if not PAST_RE.search(clause_text):
        return False
    if not FUTURE_RE.search(clause_text):
        return True
    before = claim.doc.text[max(0, claim.start - 40) : claim.start]
    return bool(PAST_EVENT_BEFORE_RE.search(before)) and not MODAL_FUTURE_RE.search(clause_text)
