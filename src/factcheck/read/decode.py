"""Bytes → text, or a one-line reason why the file is not text we can read."""

from __future__ import annotations

import codecs


class ReadError(Exception):
    """A file that cannot be read; str() is the one-line reason, naming the file."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def decode(path: str, data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        encoding, data = "utf-8", data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        if b"\x00" in data[:8192]:
            raise ReadError(path, "binary file (contains NUL bytes), not an article")
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReadError(path, f"not valid {encoding.upper()} text (byte {exc.start}: {exc.reason}); re-save it as UTF-8") from None
    if "\x00" in text:
        raise ReadError(path, "binary file (contains NUL characters), not an article")
    return text
