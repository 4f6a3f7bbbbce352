"""Guess the encoding of a text file a collector brings: UTF-8 (with or without BOM),
Windows Cyrillic (CP1251) or Chinese GB18030 — the encodings spreadsheets in the DPRK
stamp trade write. The person can always override the guess."""

from __future__ import annotations

import codecs

from kpstamps.errors import TransferError

SUPPORTED = ("utf-8", "utf-8-sig", "cp1251", "gb18030", "utf-16", "utf-16-le", "utf-16-be")
MAX_CONTROL_SHARE = 0.01  # more control characters than this: binary data, not text


def _cyrillic_lowercase_share(text: str) -> float:
    """Russian text is mostly lower-case Cyrillic; Chinese bytes read as CP1251 are not."""
    foreign = [c for c in text if ord(c) > 127]
    if not foreign:
        return 1.0
    return sum(1 for c in foreign if "а" <= c <= "я" or c == "ё") / len(foreign)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: mostly ASCII, so every other byte is zero."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _control_share(text: str) -> float:
    sample = text[:65536]
    if not sample:
        return 0.0
    control = sum(1 for c in sample if (c < " " and c not in "\t\r\n") or c == "\x7f" or c == "\ufffd")
    return control / len(sample)


def detect_encoding(data: bytes) -> str:
    """The most likely encoding of `data` among SUPPORTED."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
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
        text = data.decode(chosen)
    except UnicodeDecodeError as exc:
        if _control_share(data[:65536].decode("latin-1")) > MAX_CONTROL_SHARE:
            raise _binary(data, name) from None
        line = data[: exc.start].count(b"\n") + 1
        hint = " (it looks like UTF-16: try utf-16-le or utf-16-be)" if _utf16_without_bom(data) else ""
        raise TransferError(
            f"{name} is not valid {chosen} (line {line}, byte {exc.start}); choose another encoding{hint}"
        ) from None
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise _binary(data, name)
    return text, chosen


def _binary(data: bytes, name: str) -> TransferError:
    if _utf16_without_bom(data):
        return TransferError(f"{name} looks like UTF-16 text without a byte order mark: try utf-16-le or utf-16-be")
    return TransferError(f"{name} is not a text file (it holds binary data); is it the file you meant?")
