"""Hostile input (issue 4): every file is either read correctly or skipped with a one-line
reason naming it (exit 2, after the other files are checked and reported); none produces a
traceback; no pattern backtracks catastrophically.

The cases drive the real command line: in-process through tests/cli.py where the input is
small, in a child process with a hard timeout where the point is the time budget (a regular
expression that backtracks cannot be interrupted from inside the process). What was read is
checked against extraction on `read_source`, the same path the command takes.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import pytest

from cli import invoke
from conftest import ROOT
from factcheck.extract.claims import extract
from factcheck.read import read_source
from factcheck.read.text import prose_view

# Seconds one pathological input may take through the whole command, start-up included.
# Generous (a linear pass over 1 MB takes well under a second) so that a slow CI machine
# never flakes, and far below what quadratic or exponential backtracking takes on these sizes.
BUDGET = 10.0

# A sentence with a contradiction (612 of 2,400 is 25.5 percent), so a file that is read
# yields a finding whose place can be checked: exit 1.
SHARE = "Of the 2,400 workers surveyed, 612, or 28.5 percent, said so."


# ---------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------


@dataclass
class Outcome:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def report(self) -> dict:
        return json.loads(self.stdout)

    def messages(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


def check(*args) -> Outcome:
    """`factcheck check --format json ARGS` in-process; an exception escaping the command is
    a traceback for the user, so it fails the test with its name."""
    try:
        result = invoke(["check", "--format", "json", "--jobs", "1", *map(str, args)])
    except Exception as exc:  # noqa: BLE001 — exactly what must never happen
        pytest.fail(f"the command line raised {type(exc).__name__}: {exc}")
    return Outcome(result.exit_code, result.stdout, result.stderr)


def assert_read(out: Outcome) -> dict:
    assert out.exit_code in (0, 1), (out.exit_code, out.stderr)
    assert out.stderr == "", out.stderr
    return out.report


def assert_skipped(out: Outcome, path: Path, *reason: str) -> str:
    """Exit 2 with exactly one line on stderr, naming the file and saying why."""
    assert out.exit_code == 2, (out.exit_code, out.stdout, out.stderr)
    assert "Traceback" not in out.stderr
    lines = out.messages()
    assert len(lines) == 1, lines
    line = lines[0]
    assert line.startswith(f"factcheck: {path}: "), line
    for words in reason:
        assert words in line, line
    return line


def values(path: str, text: str) -> list[Fraction]:
    return [c.value for c in extract(read_source(path, text)).claims]


def claims_of(path: str, text: str):
    return extract(read_source(path, text)).claims


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def share_finding(report: dict) -> dict:
    found = [f for f in report["findings"] if f["rule"] == "core/share"]
    assert found, report["findings"]
    return found[0]


# ---------------------------------------------------------------------------------------
# Binary files and encodings
# ---------------------------------------------------------------------------------------


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\x00" + bytes([200, 30, 30]) * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("word/document.xml", "<w:document>3,671 companies</w:document>")
    return buffer.getvalue()


NO_NUL = bytes(b for b in range(1, 256) if b not in (0x0A, 0x0D)) * 40  # 10 KB of binary without a NUL

BINARY = {
    "nul.txt": (b"\x00\x01binary\x00 3,671 companies", "binary file", "NUL"),
    "image.png": (_png(), "binary file", "PNG"),
    "image-no-nul.md": (b"\x89PNG\r\n\x1a\n" + NO_NUL, "binary file", "PNG"),  # a PNG signature, no NUL in 8 KB
    "article.md.gz": (gzip.compress(b"There were 3,671 companies. " * 50), "binary file", "gzip"),
    "gzip-no-nul.txt": (b"\x1f\x8b\x08\x08" + NO_NUL, "binary file", "gzip"),
    "export.pdf": (b"%PDF-1.4\n1 0 obj\n<< /Length 44 >>\nstream\nBT /F1 24 Tf 100 700 Td (3,671 companies) Tj ET\n"
                   b"endstream\nendobj\n%%EOF\n", "binary file", "PDF"),
    "draft.docx": (_docx(), "binary file", "ZIP"),
    "controls.txt": (bytes(range(1, 9)) * 1000, "binary file", "control characters"),
    "utf16-no-bom.md": ("There were 3,671 companies.\n".encode("utf-16-le"), "UTF-16", "without a byte-order mark"),
    "utf16be-no-bom.md": ("There were 3,671 companies.\n".encode("utf-16-be"), "UTF-16", "big-endian"),
}


@pytest.mark.parametrize("name", sorted(BINARY))
def test_binary_files_are_skipped_with_a_reason(tmp_path, name):
    data, *reason = BINARY[name]
    path = write(tmp_path, name, data)
    assert_skipped(check(path), path, *reason)


@pytest.mark.parametrize("data, where", [
    (b"caf\xe9 3,671 companies", "line 1, byte 3"),  # Latin-1
    ("First line.\nSecond line.\n".encode() + b"There were \x80 3,671 companies.", "line 3, byte 36"),
    (codecs.BOM_UTF8 + b"caf\xe9", "line 1, byte 6"),  # the offset counts the byte-order mark
    (b"3,671 companies \xf0\x9f\x98", "line 1, byte 16"),  # a character cut off at the end
])
def test_invalid_utf8_is_skipped_with_the_byte_offset(tmp_path, data, where):
    path = write(tmp_path, "bad.md", data)
    assert_skipped(check(path), path, "not valid UTF-8", where, "re-save it as UTF-8")


def test_truncated_utf16_is_skipped(tmp_path):
    path = write(tmp_path, "cut.md", codecs.BOM_UTF16_LE + "3,671 companies".encode("utf-16-le") + b"\x41")
    assert_skipped(check(path), path, "not valid UTF-16")


@pytest.mark.parametrize("bom, codec", [
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
])
def test_byte_order_marks_are_read_and_columns_count_characters(tmp_path, bom, codec):
    text = f"Workers survey\n{SHARE}\n"
    path = write(tmp_path, "article.md", bom + text.encode(codec))
    finding = share_finding(assert_read(check(path)))
    assert finding["location"]["line"] == 2
    assert finding["location"]["column"] == SHARE.index("28.5 percent") + 1
    # The byte-order mark is not a character of the first line either.
    first = write(tmp_path, "first.md", bom + SHARE.encode(codec))
    assert share_finding(assert_read(check(first)))["location"]["column"] == SHARE.index("28.5 percent") + 1


def test_device_is_skipped_not_read_forever(tmp_path):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    good = write(tmp_path, "good.md", SHARE)
    out = check("/dev/zero", good)
    assert out.exit_code == 2 and out.messages() == ["factcheck: /dev/zero: is a device, not an article"]
    assert out.report["summary"]["files"] == 1


# ---------------------------------------------------------------------------------------
# Skip and go on: the other files are checked, and exit 2 wins over exit 1
# ---------------------------------------------------------------------------------------


def test_unreadable_files_are_skipped_and_the_rest_reported(tmp_path):
    good = write(tmp_path, "good.md", f"Workers\n\n{SHARE}\n")
    binary = write(tmp_path, "bad.txt", b"\x00\x01\x02")
    latin = write(tmp_path, "latin.md", b"caf\xe9")
    out = check(good, binary, latin)
    assert out.exit_code == 2  # a finding (1) and skipped files (2): 2
    lines = out.messages()
    assert lines == sorted(lines) and len(lines) == 2
    assert lines[0].startswith(f"factcheck: {binary}: binary file")
    assert lines[1].startswith(f"factcheck: {latin}: not valid UTF-8")
    report = out.report
    assert report["summary"]["files"] == 1
    assert share_finding(report)["location"]["path"] == str(good)


def test_the_real_entry_point_skips_and_goes_on(tmp_path):
    good = write(tmp_path, "good.md", SHARE)
    binary = write(tmp_path, "bad.md", _png())
    out = subprocess.run([sys.executable, "-m", "factcheck", "check", "--format", "json", str(good), str(binary)],
                         capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=60)
    assert out.returncode == 2
    assert out.stderr.strip() == f"factcheck: {binary}: binary file (a PNG image), not an article"
    assert json.loads(out.stdout)["summary"]["files"] == 1


def test_a_50_mb_article_is_skipped_by_the_size_limit(tmp_path):
    big = tmp_path / "big.md"
    with open(big, "wb") as f:
        block = (SHARE + "\n").encode() * 16_000  # ~1 MB
        while f.tell() < 50_000_000:
            f.write(block)
    size = big.stat().st_size
    good = write(tmp_path, "good.md", SHARE)
    started = time.perf_counter()
    out = check(big, good)
    assert time.perf_counter() - started < BUDGET  # refused from its size, not read
    line = assert_skipped(out, big, f"{size / 1e6:.1f} MB is more than the 10 MB limit for one article",
                          "(raise it with --max-file-size)")
    assert out.report["summary"]["files"] == 1 and share_finding(out.report)["location"]["path"] == str(good)
    assert line.count("\n") == 0
    # The claims command refuses it the same way.
    claims = invoke(["claims", big])
    assert claims.exit_code == 2 and claims.stderr.startswith(f"factcheck: {big}: {size / 1e6:.1f} MB is more than")


def test_max_file_size_raises_and_lowers_the_limit(tmp_path):
    article = write(tmp_path, "a.md", SHARE + "\n" + "Filler without figures. " * 100)
    assert_skipped(check("--max-file-size", "0.001", article), article, "more than the 0.001 MB limit")
    assert check("--max-file-size", "0.01", article).exit_code == 1
    for bad in ("0", "-1", "nan", "inf", "1e20"):  # 1e20 MB would overflow a read()
        out = check("--max-file-size", bad, article)
        assert out.exit_code == 2 and out.messages() == [f"factcheck: --max-file-size {float(bad):g}: expected a "
                                                         "size in MB above 0 and at most 1e+06"]


# ---------------------------------------------------------------------------------------
# Line endings: findings point at the right line and column
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_lone_cr_line_numbers(tmp_path, name, newline):
    text = newline.join(["Workers survey", "", "Filler line one.", SHARE, ""])
    path = write(tmp_path, name, text)
    finding = share_finding(assert_read(check(path)))
    loc = finding["location"]
    assert (loc["line"], loc["column"]) == (4, SHARE.index("28.5 percent") + 1)
    assert (loc["end_line"], loc["end_column"]) == (4, SHARE.index(", said") + 1)
    claims = {c["text"]: (c["line"], c["column"]) for c in finding["claims"]}
    assert claims["2,400"] == (4, SHARE.index("2,400") + 1)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("space", [" ", "  ", " \t "])
def test_a_sentence_wrapped_in_any_line_ending_or_spaced_twice_is_still_framed(tmp_path, newline, space):
    # "\r\n" reads as " \n" (columns stay put): a frame written "to {quantity:new}" once
    # missed "to \n4,480", and so did a sentence typed with two spaces.
    text = f"Exports rose from 3,120 to{newline}4,480, an increase{space}of 500.{newline}"
    report = assert_read(check(write(tmp_path, "wrapped.txt", text)))
    changes = [f for f in report["findings"] if f["rule"] == "core/change"]
    assert changes and changes[0]["location"]["line"] == 2, report["findings"]


def test_mixed_line_endings(tmp_path):
    text = "Title of it\n\r\nOne.\rTwo.\n" + SHARE + "\r\n"
    finding = share_finding(assert_read(check(write(tmp_path, "mixed.md", text))))
    assert finding["location"]["line"] == 5


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_front_matter_with_any_line_ending(newline):
    text = newline.join(["---", "title: Workers survey", "date: 2023-08-01", "---", "", SHARE, ""])
    doc = read_source("a.md", text)
    assert doc.published is not None and doc.published.isoformat() == "2023-08-01"
    assert doc.text[doc.title.start : doc.title.end] == "Workers survey"
    assert [c.value for c in extract(doc).claims] == [2400, 612, Fraction("28.5")]


def test_unicode_line_separators_do_not_shift_code_blocks():
    # str.splitlines breaks at \f, \x1c, \u2028 …, markdown-it and the source map do not: the
    # fenced block must still be blanked and the prose after it read.
    text = "Intro\f text \u2028 more.\n\n```\nreturn 7 + 8\n```\n\nThere were 3,671 companies.\n"
    assert values("a.md", text) == [3671]


def test_code_spans_close_within_their_paragraph():
    assert values("a.md", "Run `make 3` and ``a ` 5`` with 7 companies.") == [7]
    # A stray backtick opens nothing: the next paragraph's backtick does not close it.
    assert values("a.md", "A ` stray.\n\nThere were 3,671 companies, `x`.") == [3671]


# ---------------------------------------------------------------------------------------
# Degenerate files
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\t\n  \r\n", "\u00a0\u2009\n\u3000".encode()])
def test_empty_and_whitespace_only_files(tmp_path, data):
    report = assert_read(check(write(tmp_path, "blank.md", data)))
    assert report["summary"] == {"files": 1, "claims": 0, "errors": 0, "warnings": 0, "infos": 0}


def test_deeply_nested_blockquotes_and_lists(tmp_path):
    cases = {
        "quotes-one-line.md": "> " * 5000 + "There were 3,671 companies.\n",
        "quotes-no-space.md": ">" * 5000 + " There were 3,671 companies.\n",
        "lists-one-line.md": "- " * 5000 + "There were 3,671 companies.\n",
        "ordered-one-line.md": "1) " * 3000 + "There were 3,671 companies.\n",
        "quotes-deepening.md": "".join(">" * i + " line\n" for i in range(1, 1001)) + "\nThere were 3,671 companies.\n",
        "lists-deepening.md": "".join("  " * i + "- item\n" for i in range(1000)) + "\nThere were 3,671 companies.\n",
        "mixed.md": "".join("> " * i + "- " + "1. " * (i % 5) + "x\n" for i in range(500))
                    + "\nThere were 3,671 companies.\n",
        "emphasis.md": "*" * 5000 + "There were 3,671 companies." + "_" * 5000 + "\n",
        "brackets.md": "[" * 5000 + "There were 3,671 companies." + "](" * 2000 + "\n",
    }
    for name, text in cases.items():
        path = write(tmp_path, name, text)
        started = time.perf_counter()
        out = check(path)
        assert time.perf_counter() - started < BUDGET, name
        assert_read(out)
        assert Fraction(3671) in values(name, text), name


# ---------------------------------------------------------------------------------------
# Digits and number formats
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected, written", [
    ("There were ３６７１ companies.", [3671], "３６７１"),  # full-width
    ("There were ３，６７１ companies, or １７．９％.", [3671, Fraction("17.9")], "３，６７１"),
    ("There were ٣٦٧١ companies.", [3671], "٣٦٧١"),  # Arabic-Indic
    ("There were ٣٬٦٧١ companies, or ١٧٫٩ percent.", [3671, Fraction("17.9")], "٣٬٦٧١"),
    ("There were ۳۶۷۱ companies.", [3671], "۳۶۷۱"),  # Extended Arabic-Indic (Persian, Urdu)
])
def test_other_scripts_digits_are_read_as_ascii(text, expected, written):
    for name in ("a.md", "a.txt"):
        claims = claims_of(name, text)
        assert [c.value for c in claims] == expected
        assert text[claims[0].start : claims[0].end] == written  # offsets are the source's


def test_full_width_digits_take_part_in_checks(tmp_path):
    text = "Of the ２,４００ workers surveyed, ６１２, or ２８.５ percent, said so."
    finding = share_finding(assert_read(check(write(tmp_path, "fw.md", text))))
    assert finding["location"]["column"] == text.index("２８.５") + 1


@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f"])
def test_no_break_and_thin_spaces_group_thousands(space):
    text = f"There were 1{space}234{space}567 people and 12{space}345 households."
    assert values("a.md", text) == [1234567, 12345]
    assert values("a.md", f"It is 1{space}234,5 km long.") == [Fraction("1234.5")]  # French decimal comma


def test_only_typographic_spaces_group_thousands():
    # The reader joins groups only across no-break and thin spaces ("scored 1 234 567 points
    # in turn" with plain spaces is ambiguous), and a figure of four digits never starts a group.
    assert prose_view("1 234 567 and 12 345") == "1 234 567 and 12 345"
    assert prose_view("in 2019\u00a0234 firms, 1\u00a012 and 1\u00a01234") == "in 2019 234 firms, 1 12 and 1 1234"


@pytest.mark.parametrize("text", ["It cost 1.234,5 euros.", "It cost €1.234,5 in all.", "There were 1.234.567,89 "
                                  "euros."])
def test_european_decimal_comma_is_never_misread(text):
    # Either read as 1234.5 (1234567.89) or not read at all; never 1.234, 5, 2345 or 1234.
    for c in claims_of("a.md", text):
        assert c.value in (Fraction("1234.5"), Fraction("1234567.89")), (c.text, c.value)


@pytest.mark.parametrize("text, expected", [
    ("There were 1,23,456 people.", [123456]),
    ("It cost Rs 12,34,56,789 in all.", [123456789]),
    ("The lists had 1,23 and 45 firms; 12,345 in all.", [45, 12345]),  # "1,23" is no grouping: not read
])
def test_indian_grouping(text, expected):
    assert values("a.md", text) == expected


@pytest.mark.parametrize("digits", [4300, 4301, 100_000])
def test_a_line_of_100000_digits_is_not_a_traceback(tmp_path, digits):
    # int() refuses strings over 4,300 digits (ValueError): such a numeral is read whole or
    # not at all, never in pieces.
    line = "1" * digits
    for name, text in (("a.md", line + "\n"), ("a.txt", f"There were {line} companies.")):
        for c in claims_of(name, text):
            assert text[c.start : c.end].strip(" ,.") in (line, f"{line} companies"), (c.start, c.end)
    path = write(tmp_path, "digits.md", line + "\n")
    out = check(path)
    if out.exit_code == 2:
        assert_skipped(out, path)
    else:
        assert_read(out)


@pytest.mark.parametrize("text, expected", [
    ("(((( There were 3,671 companies", [3671]),
    ("There were 3,671 companies ))))) in all", [3671]),
    ("He said “there were 3,671 companies", [3671]),
    ('He said "there were 3,671 companies', [3671]),
    ("‘3,671 companies’’’ and (17.9 percent", [3671, Fraction("17.9")]),
    ("[3,671 companies", [3671]),
])
def test_unbalanced_brackets_and_quotes(text, expected):
    assert values("a.md", text) == expected
    assert values("a.txt", text) == expected


# ---------------------------------------------------------------------------------------
# The time budget: each pathological input through the whole command, in a child process
# ---------------------------------------------------------------------------------------

K = 1000
PATHOLOGICAL = {
    # numerals
    "100k-digits.md": "1" * 100_000,
    "digit-runs.md": ("9" * 4301 + " ") * 100,
    "commas.md": "," * 500 * K,
    "one-comma.md": "1," * 100 * K,
    "one-dot.md": "1." * 250 * K,
    "groups.md": "123," * 125 * K,
    "dashes.md": "1-" * 100 * K,
    "years.md": "2021-" * 100 * K,
    "plus-minus.md": "+-" * 250 * K,
    "decimals.md": "0." + "5" * 500 * K,
    # brackets and quotes
    "parens.md": "(" * 500 * K,
    "parens-words.md": "(a " * 200 * K,
    "quotes.md": '"' * 500 * K,
    "curly-quotes.md": "“‘" * 250 * K,
    "brackets.md": "[" * 500 * K,
    "link-openers.md": "](" * 250 * K,
    "backticks.md": "".join("`" * i + "a" for i in range(1, 1400)),
    "emphasis.md": "_a" * 250 * K,
    "html.md": "<a " * 200 * K,
    "comments.md": "<!--" * 125 * K,
    "comments.txt": "<!--" * 125 * K,
    "autolinks.md": "<a:" * 200 * K,
    # words and sentences
    "long-words.md": ("a" * 10 * K + " ") * 60,
    "no-spaces.md": "a1" * 250 * K,
    "cjk-figures.md": "全国共有专精特新企业12000家，增长了15%。" * 8 * K,  # digits after letters start no match
    "underscored-digits.md": "x_1 " * 50 * K,
    "numbered-lines.md": "a" * 100 * K + "\n41. b" * 20 * K,
    "email-ish.txt": "a." * 250 * K,
    "at-signs.txt": "a@" * 250 * K,
    "urls.txt": "http://" * 80 * K,
    "long-sentence.md": "the number of companies rose by 3 and " * 2700,  # 100 KB, no punctuation
    "dollars.md": "$" * 200 * K,
    "dollar-figures.md": "$1 and " * 70 * K,
    "months.md": "January " * 60 * K,
    "month-days.md": "January 5 and " * 15 * K,
    "month-ranges.md": "from January to March " * 22 * K,
    "hedges.md": "more than about nearly " * 22 * K,
    "percent-signs.md": "%" * 500 * K,
    "percent-words.md": "5 percent and " * 15 * K,
    "scale-words.md": "3 million and " * 15 * K,
    "number-words.md": "twenty-five and " * 15 * K,
    "ordinals.md": "the 21st and the fifth " * 10 * K,
    # Markdown structure
    "front-matter-spaces.md": "---\ntitle: x" + " " * 500 * K + "x\n---\nThere were 3 companies.\n",
    "front-matter-open.md": "---\n" + "key: value\n" * 50 * K,
    "fences.md": "```\nx\n```\n" * 50 * K,
    "indented-lists.md": "".join("  " * i + "- 3 items\n" for i in range(1000)),
    "quote-lines.md": "".join(">" * i + " 3 x\n" for i in range(1, 1000)),
    "crlf-lines.md": "a\r\n" * 100 * K,
    "short-lines.txt": "Ab\n" * 1000 * K,  # each line break looks back for its line's start: only so far
    "short-wrapped-lines.txt": ("a" * 45 + "\n" + "B" * 45 + "\n") * 10 * K,
    "cr-lines.txt": "There were 3 firms.\r" * 10 * K,
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_input_within_budget(tmp_path, name):
    path = write(tmp_path, name, PATHOLOGICAL[name])
    started = time.perf_counter()
    try:
        out = subprocess.run([sys.executable, "-m", "factcheck", "check", "--format", "json", "--jobs", "1", str(path)],
                             capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=BUDGET)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name} ({path.stat().st_size:,} bytes) took more than {BUDGET} s")
    seconds = time.perf_counter() - started
    assert "Traceback" not in out.stderr, out.stderr[-2000:]
    assert out.returncode in (0, 1, 2), out.stderr
    if out.returncode == 2:
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"factcheck: {path}: "), out.stderr
    else:
        json.loads(out.stdout)
    print(f"{name}: {seconds:.2f} s, exit {out.returncode}")
