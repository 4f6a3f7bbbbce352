"""Guess the encoding of a text file a collector brings: UTF-8 (with or without BOM),
Windows Cyrillic (CP1251) or Chinese GB18030 — the encodings spreadsheets in the DPRK
stamp trade write. The person can always override the guess."""

from __future__ import annotations

import codecs

from kpstamps.errors import TransferError

SUPPORTED = ("utf-8", "utf-8-sig", "cp1251", "gb18030", "utf-16")


def _cyrillic_lowercase_share(text: str) -> float:
    """Russian text is mostly lower-case Cyrillic; Chinese bytes read as CP1251 are not."""
    foreign = [c for c in text if ord(c) > 127]
    if not foreign:
        return 1.0
    return sum(1 for c in foreign if "а" <= c <= "я" or c == "ё") / len(foreign)


def detect_encoding(data: bytes) -> str:
    """The most likely encoding of `data` among SUPPORTED."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if _cyrillic_lowercase_share(data.decode("cp1251", errors="replace")) >= 0.6:
        return "cp1251"
    try:
        data.decode("gb18030")
        return "gb18030"
    except UnicodeDecodeError:
        return "cp1251"


def decode(data: bytes, encoding: str | None = None, *, name: str = "the file") -> tuple[str, str]:
    """Decode `data` (with `encoding`, or the detected one): returns (text, encoding used)."""
    chosen = (encoding or "").strip().lower() or detect_encoding(data)
    if chosen in ("utf8", "utf-8") and data.startswith(codecs.BOM_UTF8):
        chosen = "utf-8-sig"
    try:
        codecs.lookup(chosen)
    except LookupError:
        raise TransferError(f"{chosen!r} is not an encoding Python knows; try one of {', '.join(SUPPORTED)}") from None
    try:
        return data.decode(chosen), chosen
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TransferError(
            f"{name} is not valid {chosen} (line {line}, byte {exc.start}); choose another encoding"
        ) from None
