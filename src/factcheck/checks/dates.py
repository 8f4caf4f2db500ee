"""Date checks that read claims directly: events after publication, datelines after
publication, periods not yet over, dates no calendar has."""

from __future__ import annotations

import re

from . import Hit, check

PAST_RE = re.compile(r"\b(?:was|were|had|did|said|told|held|announced|reported|published|released|opened|closed|"
                     r"took place|happened|occurred|signed|visited|met|launched|selected|[a-z]{3,}ed|"
                     # irregular pasts that are not also present forms ("cut", "set", "hit" are)
                     r"came|went|began|became|broke|left|won|lost|took|gave|made|fell|rose|grew|sold|bought|"
                     r"paid|spent|built|brought|found|got|led|ran|saw|sent|stood|struck|wrote|kept|swore|"
                     r"flew|drove|threw|chose|froze|sank|shook|spoke|stole|tore|woke)\b", re.IGNORECASE)
# Words that put a clause in the future whatever verb it holds: "would be held on", "is due".
MODAL_FUTURE = r"will|would|shall|going to|to be|expected|scheduled|due|until"
FUTURE_RE = re.compile(rf"\b(?:{MODAL_FUTURE}|expects|schedule|plans?|planned|aims?|"
                       r"can|(?-i:may)|might|must|begins?|starts|opens|closes|ends|appl(?:y|ies)|takes place|is held|are held|"
                       r"takes effect|comes into (?:force|effect)|expires|runs (?:through|until|to)|"
                       r"target|goal|deadline|upcoming|next|ahead of|in the run-up to|by (?:the end of )?(?:19|20)\d\d|forecasts?|projected|intends?|hopes?)\b",
                       re.IGNORECASE)


# "adopted a budget for 2025", "the forecast for fiscal 2025": the year a thing covers, not
# the date of an event.
FOR_YEAR_RE = re.compile(r"\bfor\s+(?:(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?)?$", re.IGNORECASE)
# A date told as what happened ("a hearing on the plan was held on January 12") is an event
# whatever else the clause says of plans, aims or targets, unless a modal makes it future
# ("it was agreed that the vote would be held on …").
PAST_EVENT_BEFORE_RE = re.compile(r"\b(?:(?:was|were)\s+(?:\w+ly\s+)?(?!(?:planned|scheduled|slated|expected|projected|forecasted|timed|pencil+ed)\b)(?:held|\w+ed)|took place|happened|occurred)\s+(?:on|in)\s+$",
                                  re.IGNORECASE)
MODAL_FUTURE_RE = re.compile(rf"\b(?:{MODAL_FUTURE})\b", re.IGNORECASE)
RELATIVE_CLAUSE_RE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,")
# "received planning permission on Dec. 8 and is due to open in 2027": "and" before a verb
# of its own starts another clause, and another tense.
CLAUSE_BREAK_RE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+|\s+–\s+|\s+—\s+"
                             r"|\s+and\s+(?=(?:is|are|was|were|will|would|has|have|had)\b)")


def _clause(corpus, claim) -> str:
    """The clause that holds the claim: "published … on 21 October 2024, and a breakdown is
    due next spring" is past for the date, whatever the second clause says."""
    ex = corpus.extraction_of(claim.doc)
    if claim.sentence < 0:
        return ""
    sentence = ex.sentences[claim.sentence]
    text = claim.doc.text[sentence.start : sentence.end]
    at = claim.start - sentence.start
    start, end = 0, len(text)
    for m in CLAUSE_BREAK_RE.finditer(text):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    # A relative clause the date is not in tells of something else: "The stand, which will
    # take the capacity to 61,000, received planning permission on Dec. 8".
    return "".join(text[a:b] for a, b in _outside_relatives(text, start, end, at))


def _outside_relatives(text: str, start: int, end: int, at: int):
    pos = start
    for m in RELATIVE_CLAUSE_RE.finditer(text, start, end):
        if m.start() <= at < m.end():
            continue
        yield pos, m.start()
        pos = m.end()
    yield pos, end


@check("event-after-publication")
def events(corpus, params):
    for claim in corpus.claims:
        published = claim.doc.published
        if published is None or claim.kind not in ("date", "year") or claim.date is None or claim.in_title:
            continue
        if claim.kind == "year" and claim.text.lower().endswith("year"):
            continue  # "this year" is the publication year by definition
        if claim.kind == "year" and FOR_YEAR_RE.search(claim.doc.text, max(0, claim.start - 30), claim.start):
            continue
        sentence = _clause(corpus, claim)
        if not PAST_RE.search(sentence) or FUTURE_RE.search(sentence) and not _told_as_past(claim, sentence):
            continue
        start = claim.date if claim.kind == "date" else claim.date.replace(month=1, day=1)
        if start > published:
            yield Hit("strict", [claim], {"date": claim.text, "published": published.isoformat()},
                      f"{claim.date.isoformat()} > published {published.isoformat()}", anchor=claim)


def _told_as_past(claim, clause: str) -> bool:
    before = claim.doc.text[max(0, claim.start - 40) : claim.start]
    return bool(PAST_EVENT_BEFORE_RE.search(before)) and not MODAL_FUTURE_RE.search(clause)


@check("dateline")
def datelines(corpus, params):
    for doc in corpus.docs:
        if doc.dateline and doc.published and doc.dateline > doc.published and doc.dateline_span:
            text = doc.text[doc.dateline_span.start : doc.dateline_span.end]
            claims = [c for c in corpus.extraction_of(doc).claims if c.start == doc.dateline_span.start]
            yield Hit("strict", claims, {"date": text, "published": doc.published.isoformat()},
                      f"dateline {doc.dateline.isoformat()} > published {doc.published.isoformat()}",
                      anchor=claims[0] if claims else None,
                      anchor_span=(doc, doc.dateline_span.start, doc.dateline_span.end))


@check("period-not-ended")
def periods(corpus, params):
    for claim in corpus.claims:
        published = claim.doc.published
        if claim.kind != "period" or published is None or claim.date is None or claim.date_end is None:
            continue
        if claim.unit == "year":
            continue  # plan periods such as 2021-25 are about the future by nature
        sentence = _clause(corpus, claim)
        if claim.date_end > published and claim.date <= published and PAST_RE.search(sentence) \
                and not FUTURE_RE.search(sentence):
            period = re.sub(r"^(?:from|between)\s+", "", claim.text, flags=re.IGNORECASE)
            yield Hit("strict", [claim], {"period": period, "published": published.isoformat(),
                                          "end": claim.date_end.isoformat()},
                      f"{claim.text} ends {claim.date_end.isoformat()}, after publication on {published.isoformat()}",
                      anchor=claim)


@check("impossible-date")
def impossible(corpus, params):
    for claim in corpus.claims:
        if claim.kind == "impossible-date":
            yield Hit("strict", [claim], {"date": claim.text}, f"{claim.text} does not exist in the calendar", anchor=claim)

