"""Date checks that read claims directly: events after publication, datelines after
publication, periods not yet over, dates no calendar has."""

from __future__ import annotations

import re

from . import Hit, check
from ._event_time import FUTURE_RE, PAST_RE, clause, dates_an_event, told_as_past


def _clause(corpus, claim) -> str:
    """The clause that holds the claim (_event_time.clause)."""
    if claim.sentence < 0:
        return ""
    sentence = corpus.extraction_of(claim.doc).sentences[claim.sentence]
    return clause(claim.doc.text, sentence.start, sentence.end, claim.start)


@check("event-after-publication")
def events(corpus, params):
    for claim in corpus.claims:
        published = claim.doc.published
        if published is None or claim.kind not in ("date", "year") or claim.date is None or claim.in_title:
            continue
        if claim.kind == "year" and claim.text.lower().endswith("year"):
            continue  # "this year" is the publication year by definition
        start = claim.date if claim.kind == "date" else claim.date.replace(month=1, day=1)
        if start <= published or not dates_an_event(claim) or not told_as_past(claim, _clause(corpus, claim)):
            continue
        yield Hit("strict", [claim], {"date": claim.text, "published": published.isoformat()},
                  f"{claim.date.isoformat()} > published {published.isoformat()}", anchor=claim)


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

