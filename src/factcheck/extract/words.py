"""Numbers written in words: "nine cities", "twenty-five", "the fourth city"."""

from __future__ import annotations

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
          "lakh": 10**5, "crore": 10**7}  # fmt: skip

_ONES_ALT = "|".join(sorted(ONES, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
_UNIT_DIGIT_ALT = "one|two|three|four|five|six|seven|eight|nine"
_ORD_ALT = "|".join(sorted(ORDINALS, key=len, reverse=True))

CARDINAL_WORDS_RE = rf"(?:(?:{_TENS_ALT})(?:[- ](?:{_UNIT_DIGIT_ALT}))?|{_ONES_ALT}|a dozen|dozen)"
ORDINAL_WORDS_RE = rf"(?:(?:{_TENS_ALT})-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|{_ORD_ALT})"


def cardinal_value(text: str) -> int:
    t = text.lower().replace("-", " ").split()
    if t in (["a", "dozen"], ["dozen"]):
        return 12
    total = 0
    for word in t:
        total += TENS.get(word, 0) + ONES.get(word, 0)
    return total


def ordinal_value(text: str) -> int:
    t = text.lower()
    if "-" in t:
        tens, ones = t.split("-", 1)
        return TENS[tens] + ORDINALS[ones]
    return ORDINALS[t]
