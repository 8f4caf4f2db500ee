"""Extraction: what is a claim, of what kind, with which hedge and interval."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from factcheck.extract.claims import extract
from factcheck.model import Document
from factcheck.read.markdown import read_markdown
from factcheck.read.text import read_text


def claims(text: str, published=None):
    doc = read_text("t.txt", text, published)
    return extract(doc).claims


def one(text: str, **kw):
    found = [c for c in claims(text, **kw)]
    assert len(found) == 1, [(c.text, c.kind) for c in found]
    return found[0]


@pytest.mark.parametrize(
    "text, kind, value, unit",
    [
        ("a total of 3,671 companies", "count", 3671, None),
        ("accounting for 17.9 percent of all", "percent", Fraction("17.9"), None),
        ("4.7 percentage points higher", "pp", Fraction("4.7"), None),
        ("reached Ksh.64 trillion in revenue", "money", 64 * 10**12, "KES"),
        ("over 120 billion RMB for SMEs", "money", 120 * 10**9, "CNY"),
        ("profit of $5.2bn last year", "money", Fraction("5.2") * 10**9, "USD"),
        ("nine cities including", "count", 9, None),
        ("two years ahead of schedule", "duration", 2, "year"),
        ("the fifth batch", "ordinal", 5, None),
        ("the 21st Century", "ordinal", 21, None),
        ("grew 3 times faster", "ratio", 3, None),
        ("up 25 basis points", "pp", Fraction("0.25"), None),
    ],
)
def test_kinds_values_units(text, kind, value, unit):
    c = one(text)
    assert (c.kind, c.value, c.unit) == (kind, value, unit)


@pytest.mark.parametrize(
    "text, hedge, lo, hi",
    [
        ("exactly 3,671 firms", "exact", Fraction("3670.5"), Fraction("3671.5")),
        ("nearly 13,000 firms", "nearly", 12000, 13000),
        ("surpassed 12,000 firms", "more_than", 12000, None),
        ("at least 40 firms", "at_least", 40, None),
        ("fewer than 200 firms", "less_than", 0, 200),  # a count is never below 0
        ("inflation below 3 percent", "less_than", None, 3),  # a percentage may be
        ("up to $5 million", "at_most", 0, 5_000_000),
        ("about 26 percent", "approximate", 25, 27),
        ("some 3,000 firms", "approximate", 2000, 4000),
        ("17.9 percent", "exact", Fraction("17.85"), Fraction("17.95")),
    ],
)
def test_hedges_give_strict_intervals(text, hedge, lo, hi):
    c = [c for c in claims(text) if c.kind in ("count", "percent", "money")][0]
    assert c.hedge == hedge
    assert (c.strict.lo, c.strict.hi) == (lo, hi)


@pytest.mark.parametrize(
    "text, figure, noun",
    [
        ("3,671 companies were named.", "3,671", "company"),
        ("The number of little giants has reached 12,000.", "12,000", "giant"),
        ("The number of little giants has surpassed 12,000.", "12,000", "giant"),  # the hedge is the verb
        ("The number of little giants has reached about 12,000.", "12,000", "giant"),
        ("The number of little giants has reached just over 12,000.", "12,000", "giant"),
        ("Quarterly profit climbs to close to 6 million rupees.", "6 million rupees", "profit"),
        ("The city ran a deficit of $48 million.", "$48 million", "deficit"),
        ("The city ran a deficit of just under $48 million.", "$48 million", "deficit"),
        ("The city ran a deficit of roughly $48 million.", "$48 million", "deficit"),
        ("558,924 passed, a pass rate of 91.3 percent.", "91.3 percent", "rate"),  # "X of" names any figure
        ("Sales rose, an increase of 4 percent.", "4 percent", None),  # but a change says nothing of what
        # A past-tense verb and its object after a comma open a new clause; an adjective does not.
        ("Schools that educate 17 percent of candidates, posted a pass rate of 95.8 percent.", "17 percent", "candidate"),
        ("The Greens took 13.6 percent, up from 10.8 percent, and gained five seats.", "10.8 percent", None),
        ("Guangdong has 3,000 specialized, refined, distinctive and innovative SMEs.", "3,000", "sme"),
        ("Party wins 61 of 150 seats in Valdoria election as turnout tops 71%.", "71%", "turnout"),  # after "as"
    ],
)
def test_what_a_figure_counts(text, figure, noun):
    c = next(c for c in claims(text) if c.text == figure)
    assert c.noun == noun, (c.text, c.phrase)


def test_cents_after_a_currency_are_hundredths_of_it():
    cents = one("The dividend rose to 70 euro cents a share.")
    assert (cents.text, cents.kind, cents.unit, cents.value) == ("70 euro cents", "money", "EUR", Fraction(7, 10))
    assert (cents.strict.lo, cents.strict.hi) == (Fraction(695, 1000), Fraction(705, 1000))
    assert one("The dividend rose to 70 euros a share.").value == 70


def test_a_round_figure_may_be_rounded_or_truncated():
    c = one("12,000 firms")
    assert (c.strict.lo, c.strict.hi) == (11500, 13000)


def test_units_are_shared_across_a_list():
    found = claims("were 9.9% and 7.1%, respectively, 4.7 and 1.9 percentage points higher")
    assert [c.kind for c in found] == ["percent", "percent", "pp", "pp"]


def test_restatement_does_not_share_units():
    found = claims("612, or 25.5 percent, said so")
    assert [c.kind for c in found] == ["count", "percent"]


@pytest.mark.parametrize(
    "text",
    [
        "京ICP备13028878号-22",
        "64a9430a184ed00c2f309e22.jpg Moving exhibition",
        "1.jpg Hong Kong residents",
        "call 555-0134 or +86 10 6851 2345",
        "at 10:30 a.m.",
        "version 3.11.7 is out",
        "5G technology and COVID-19",
        "see https://example.com/2023/08/01/report-3671.html",
    ],
)
def test_non_quantities_are_not_claims(text):
    assert [c.text for c in claims(text) if c.kind not in ("year",)] == []


def test_dates_periods_and_ranges():
    pub = dt.date(2023, 8, 7)
    found = claims("on September 19, 2023; from January to May this year; the plan (2021-25); August 5th", published=pub)
    assert [c for c in found if c.text == "September 19, 2023"][0].date == dt.date(2023, 9, 19)
    period = [c for c in found if c.kind == "period" and c.unit is None][0]
    assert (period.date, period.date_end) == (dt.date(2023, 1, 1), dt.date(2023, 5, 31))
    plan = [c for c in found if c.unit == "year"][0]
    assert (plan.date.year, plan.date_end.year, plan.value) == (2021, 2025, 5)
    assert [c for c in found if c.text == "August 5th"][0].date == dt.date(2023, 8, 5)


def test_impossible_date_is_marked():
    assert one("on February 30, 2025 the council met").kind == "impossible-date"


def test_year_or_count():
    assert one("In 2021, revenue rose").kind == "year"
    assert one("fosters 1500 national firms").kind == "count"
    assert one("the 2022 National Conference").kind == "year"


def test_seed_metadata():
    from conftest import SEEDS
    from factcheck.read import read_document

    docs = [read_document(str(p)) for p in SEEDS]
    assert docs[0].published == dt.date(2023, 8, 1) and docs[0].title is None
    assert docs[1].dateline == dt.date(2023, 8, 5)
    assert docs[2].text[docs[2].title.start : docs[2].title.end].startswith("China boasts nearly 9,000")
    assert docs[3].published == dt.date(2023, 9, 21)
    assert docs[3].text[docs[3].title.start : docs[3].title.end].startswith("Guangdong fosters 1500")


@pytest.mark.parametrize(
    "published, dateline, expected",
    [
        ("2024-01-01", "December 31", dt.date(2023, 12, 31)),  # filed the day before New Year
        ("2023-12-31", "January 2", dt.date(2024, 1, 2)),  # after publication: a finding for the dates pack
        ("2023-08-07", "August 5th", dt.date(2023, 8, 5)),
        ("2024-01-10", "Aug. 14", dt.date(2024, 8, 14)),  # far from publication: left for the dates pack
        ("2024-03-01", "Sept. 14", dt.date(2024, 9, 14)),
        ("2023-03-01", "February 29", None),  # no such day this year
    ],
)
def test_a_dateline_without_a_year_goes_across_new_year_only_when_that_is_near(published, dateline, expected):
    doc = read_text("t.txt", f"date {published}\n\nSALEM HARBOR, {dateline} — Officials said so.\n")
    assert doc.dateline == expected


def test_markdown_code_and_links_are_not_prose():
    src = "---\ntitle: Budget up 5%\ndate: 2024-01-02\n---\n\n# Budget\n\nSpending rose 4% [see 2023 table](http://x.org/t?id=3671).\n\n```\ntotal = 9999\n```\n\nUse `x = 77` here.\n"
    doc = read_markdown("a.md", src)
    texts = [c.text for c in extract(doc).claims]
    assert "9999" not in texts and "77" not in texts and "3671" not in texts
    assert "4%" in texts and "5%" in texts
    assert doc.published == dt.date(2024, 1, 2)
    assert doc.source[doc.title.start : doc.title.end] == "Budget up 5%"
    assert all(doc.source[c.start : c.end] == c.text for c in extract(doc).claims)


def test_offsets_map_to_source_lines_and_columns():
    doc = Document("a.txt", "opening\r\nline 42 here\n", "opening\r\nline 42 here\n")
    c = extract(doc).claims[0]
    assert doc.line_col(c.start) == (2, 6)


def _sentences(text: str) -> list[str]:
    from factcheck.extract.segment import split_sentences

    return [text[s.start : s.end].strip() for s in split_sentences(text)]


def test_numbered_lines_start_items_only_in_a_list():
    # A hard wrap that puts a number and a stop at the start of a line goes on.
    assert _sentences("for a total of\n41. Turnout rose.") == ["for a total of\n41.", "Turnout rose."]
    # A list of numbered lines is a list, whether it starts at 1 or continues one.
    for items in ("1. Alpha rose\n2. Beta fell\n3. Gamma held", "Top firms\n4. Alpha rose\n5. Beta fell\n6. Gamma held"):
        found = _sentences(items)
        for a, b in (("Alpha", "Beta"), ("Beta", "Gamma")):
            assert not any(a in s and b in s for s in found), found


def test_a_line_break_inside_a_sentence_is_read_as_a_space():
    doc = read_text("t.txt", "Of the 2,400 firms, 612, or more\nthan 40 percent, said so.\n\nA headline\nThe body.")
    found = extract(doc).claims
    assert [(c.text, c.hedge) for c in found if c.kind == "percent"] == [("40 percent", "more_than")]
    assert doc.text.endswith("said so.\n\nA headline\nThe body.")  # paragraph breaks and sentence ends stay


WRAPPED = ("After the count on Sunday night, officials said that the three\n"
           "parties in the new assembly are the Greens, the Social\n"
           "Democrats and the Liberals, who will hold talks this week.")


def test_a_wrapped_line_as_full_as_the_others_goes_on_before_a_capital():
    # "Social" + " Democrats" would not have fitted in the 62 characters of the longest line.
    assert _sentences(WRAPPED) == [WRAPPED]


HEADLINE_OVER_WRAPPED_BODY = (
    "Harbor City's jobless rate fell to 4.1 percent in the first three months\n"  # as long as the body's lines
    "From 3.2 percent a year earlier, the rate has been pushed up by layoffs at\n"
    "the port, officials said, and hiring has slowed in every sector since the\n"
    "summer.\n"
)


@pytest.mark.parametrize("headline", [
    "Harbor City's jobless rate fell to 4.1 percent in the first three months",
    "Harbor City's jobless rate fell to 4.1 percent in the first three months of the year, the city said",
    "Jobless rate falls",
])
def test_a_headline_over_a_wrapped_body_stays_a_sentence_of_its_own(headline):
    text = headline + HEADLINE_OVER_WRAPPED_BODY[HEADLINE_OVER_WRAPPED_BODY.index("\n") :]
    doc = read_text("t.txt", text)  # the reader finds the headline; the segmenter never joins it
    assert [doc.text[s.start : s.end] for s in extract(doc).sentences][0] == headline
    # …and a heading, whatever its length, is no wrapped line either.
    assert _sentences(f"# A heading that is just as long as the wrapped lines below\n{WRAPPED}")[1] == WRAPPED
    # A paragraph's first line that is no headline is as likely to be wrapped as any other.
    first = ("The three parties in the new assembly are the Greens, the Social\n"
             "Democrats and the Liberals, who will hold talks after the count on\n"
             "Sunday night, officials said.")
    assert _sentences(f"Greens win\n\n{first}") == ["Greens win", first]


def test_a_headline_joined_to_its_body_would_be_a_false_error():
    doc = read_text("t.txt", "date 2024-03-14\n\n" + HEADLINE_OVER_WRAPPED_BODY)
    from factcheck.packs import load_packs
    from factcheck.pipeline import analyse, build_ruleset, check

    findings = check(analyse([doc], build_ruleset(load_packs())), build_ruleset(load_packs()))
    assert [f for f in findings if f.severity == "error"] == []


def test_no_numeral_spans_a_sentence_or_paragraph_break():
    found = claims("Employers added jobs in December\n\n1,001 people were counted.")
    assert [(c.text, c.kind) for c in found] == [("1,001", "count")]
    # …but a hard-wrapped one is read whole.
    assert [(c.text, c.value) for c in claims("Exports were worth 3.7\nbillion dollars, up 5\npercent.")] == [
        ("3.7 billion dollars", 3_700_000_000), ("5 percent", 5)]  # the text as unwrapped


def test_items_of_a_numbered_list_may_wrap():
    text = "1. Alpha rose 5 percent to 40 firms and\nthen more\n2. Beta fell 3 percent."
    found = _sentences(text)
    assert not any("Alpha" in s and "Beta" in s for s in found), found


def test_letters_that_ignorecase_folds_are_read_as_their_ascii_letters():
    found = claims("There were ſome 40 firms.")  # used to end in a KeyError
    assert [(c.text, c.hedge) for c in found] == [("40", "approximate")]


def test_an_email_address_on_a_www_domain_is_blanked_whole():
    from factcheck.read.text import prose_view

    assert prose_view("Mail 12345@www.qq.com today.") == "Mail " + " " * 16 + " today."
