"""Bytes → text, or a one-line reason why the file is not text we can read.

Text is UTF-8 (a byte-order mark is dropped), or UTF-16 / UTF-32 announced by their
byte-order mark. Anything else is refused with a reason that says what the file looks like:
a known binary format (by its magic number), UTF-16 without a byte-order mark, control
characters, or the first byte that is not UTF-8.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

SNIFF = 8192  # how much of a file the binary checks look at

# Magic numbers of the binary files most often found next to articles (the editor's export,
# an image, an archive), so the reason can name them. Only signatures that no article could
# start with: each has a byte that is not text, or is a format's unmistakable header.
MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx, .xlsx, .odt, .epub)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"\xfd7zXZ\x00", "xz-compressed"),
    (b"(\xb5/\xfd", "zstd-compressed"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc, .xls)"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 media file"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 media file"),
)
# Control characters (other than tab, line breaks, form feed and escape) are not prose: a
# stray one (a \x08 left by a scraper) is let through, many mean the bytes are not text
# even when they happen to decode.
CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.01


class ReadError(Exception):
    """A file that cannot be read; str() is the one-line reason, naming the file."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def decode(path: str, data: bytes) -> str:
    offset = 0  # bytes of byte-order mark before `data`, for the position in an error
    if data.startswith(codecs.BOM_UTF8):
        encoding, data, offset = "utf-8", data[len(codecs.BOM_UTF8) :], len(codecs.BOM_UTF8)
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00 starts with FF FE
        encoding = "utf-32"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
        _refuse_binary(path, data[:SNIFF])
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        where = exc.start + offset
        line = data.count(b"\n", 0, exc.start) + 1 if encoding == "utf-8" else None
        at = f"line {line}, byte {where}" if line is not None else f"byte {where}"
        raise ReadError(path, f"not valid {encoding.upper()} text ({at}: {exc.reason}); re-save it as UTF-8") from None
    if "\x00" in text:
        raise ReadError(path, "binary file (contains NUL characters), not an article")
    head = text[:SNIFF]
    if head and len(CONTROL_RE.findall(head)) > max(2, MAX_CONTROL_SHARE * len(head)):
        raise ReadError(path, "binary file (control characters throughout), not an article")
    return text


# A pack or a configuration larger than this is no pack anyone wrote (the core pack is 40 kB).
MAX_SETTINGS_BYTES = 4_000_000


def read_text_file(path: Path) -> str:
    """A pack's or a configuration's text, or a ReadError naming the file."""
    data = read_regular_file(str(path), MAX_SETTINGS_BYTES, "a regular file",
                             lambda size: f"more than {MAX_SETTINGS_BYTES / 1e6:g} MB: too large for a pack or a configuration")
    return decode(str(path), data)


def read_regular_file(path: str, limit: int | None, wanted: str, too_large) -> bytes:
    """A file's bytes, or a ReadError naming it. Only a regular file is read: a FIFO, a
    socket or a device (/dev/zero) may never end. At most `limit` bytes: a file larger, or
    one that grew past its size while it was read (a log being written), is refused;
    `too_large(size)` says why."""
    try:
        # Looked at before it is opened, for the reason (a socket cannot be opened at all),
        # and again once open, in case it was swapped in between. O_NONBLOCK: opening a
        # FIFO without it waits for a writer that may never come.
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise ReadError(path, f"is {file_type(mode)}, not {wanted}")
        with open(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb", buffering=0) as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise ReadError(path, f"is {file_type(st.st_mode)}, not {wanted}")
            if limit is not None and st.st_size > limit:
                raise ReadError(path, too_large(st.st_size))
            cap = st.st_size + 1 if limit is None else min(st.st_size, limit) + 1
            chunks, got = [], 0
            while got < cap:  # (a regular file may return less than asked for)
                chunk = f.read(cap - got)
                if not chunk:
                    break
                chunks.append(chunk)
                got += len(chunk)
    except IsADirectoryError:
        raise ReadError(path, f"is a directory, not {wanted}") from None
    except OSError as exc:
        raise ReadError(path, exc.strerror or str(exc)) from None
    data = b"".join(chunks)
    if len(data) > st.st_size:
        raise ReadError(path, "grew while it was being read (is something still writing it?)")
    return data


def file_type(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _refuse_binary(path: str, head: bytes) -> None:
    for magic, what in MAGIC:
        if head.startswith(magic):
            raise ReadError(path, f"binary file ({what}), not an article")
    if b"\x00" not in head:
        return
    if len(head) >= 4:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
            raise ReadError(path, "looks like UTF-16 (little-endian) without a byte-order mark; re-save it as UTF-8")
        if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
            raise ReadError(path, "looks like UTF-16 (big-endian) without a byte-order mark; re-save it as UTF-8")
    raise ReadError(path, "binary file (contains NUL bytes), not an article")
