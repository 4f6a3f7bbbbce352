"""The bundled CJK font: registered with Qt so Chinese and Korean never print as boxes.

`register_bundled_fonts` adds resources/fonts/*.otf as they are (family "Noto Sans CJK SC")
for the window. `pdf_font_family` registers the same files once more under a family name
of their own, so PDF output always uses (and embeds) exactly the bundled subset even where
a full system "Noto Sans CJK SC" exists: that one maps Kangxi radicals and rare
ideographs to the same glyphs, and Qt's ToUnicode table would then turn 日 into ⽇ when
text is copied out of a PDF.
"""

from __future__ import annotations

import re
import struct
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase, QRawFont

CJK_FAMILY = "Noto Sans CJK SC"
PDF_FAMILY = "KP Stamps CJK SC"
_registered: list[str] = []
_pdf_registered: list[str] = []


def _font_files() -> list[tuple[str, bytes]]:
    folder = resources.files("kpstamps.resources").joinpath("fonts")
    if not folder.is_dir():
        return []
    return [(entry.name, entry.read_bytes()) for entry in sorted(folder.iterdir(), key=lambda e: e.name)
            if entry.name.endswith((".otf", ".ttf"))]


def register_bundled_fonts() -> list[str]:
    """Add resources/fonts/*.otf to Qt's font database (once); returns the families."""
    if _registered:
        return _registered
    for _name, data in _font_files():
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
        if font_id >= 0:
            _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return _registered


def pdf_font_family() -> str:
    """Register the bundled fonts as PDF_FAMILY (once); returns the family to use in PDFs.

    Falls back to CJK_FAMILY if the files are missing or cannot be renamed.
    """
    if not _pdf_registered:
        for _name, data in _font_files():
            try:
                renamed = rename_family(data, PDF_FAMILY)
            except (ValueError, struct.error):
                continue
            font_id = QFontDatabase.addApplicationFontFromData(QByteArray(renamed))
            if font_id >= 0:
                _pdf_registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return PDF_FAMILY if PDF_FAMILY in _pdf_registered else CJK_FAMILY


def rename_family(data: bytes, family: str) -> bytes:
    """A copy of an OpenType font whose family names (name IDs 1, 4, 16) say `family`.

    The new name table is appended at the end and the table directory points to it; the
    PostScript name (ID 6) stays, so PDFs still name the original font.
    """
    num_tables = struct.unpack_from(">H", data, 4)[0]
    for index in range(num_tables):
        record = 12 + 16 * index
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, record)
        if tag == b"name":
            break
    else:
        raise ValueError("the font has no name table")
    table = _renamed_name_table(data[offset:offset + length], family)
    start = len(data) + (-len(data)) % 4
    padded = table + b"\0" * ((-len(table)) % 4)
    checksum = sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF
    out = bytearray(data) + b"\0" * (start - len(data)) + padded
    struct.pack_into(">4sIII", out, record, b"name", checksum, start, len(table))
    return bytes(out)


def _renamed_name_table(table: bytes, family: str) -> bytes:
    _format, count, storage = struct.unpack_from(">HHH", table, 0)
    records, strings = [], bytearray()
    for index in range(count):
        platform, encoding, language, name_id, length, offset = struct.unpack_from(">6H", table, 6 + 12 * index)
        raw = table[storage + offset:storage + offset + length]
        if name_id in (1, 4, 16):
            utf16 = platform in (0, 3)
            text = raw.decode("utf-16-be" if utf16 else "latin-1")
            style = text.split(" ")[-1] if name_id == 4 and " " in text else ""
            new = family + (f" {style}" if style and style not in family else "")
            raw = new.encode("utf-16-be" if utf16 else "latin-1")
        records.append(struct.pack(">6H", platform, encoding, language, name_id, len(raw), len(strings)))
        strings += raw
    header = struct.pack(">HHH", 0, count, 6 + 12 * count)
    return header + b"".join(records) + bytes(strings)


_FONT_NAME = re.compile(rb"/FontName /([A-Z]{6})\+([^\s/<>\[\]()]+)")


def fix_pdf_fonts(path: Path, printed: str, family: str) -> None:
    """Repair two things Qt's PDF writer leaves wrong in the fonts of `path` (in place).

    `printed` is all the text the document may contain; `family` the font it was set in.
    """
    data = _tag_subset_fonts(path.read_bytes())
    path.write_bytes(_fix_to_unicode(data, printed, family))


def _tag_subset_fonts(data: bytes) -> bytes:
    """Give each font's BaseFont the subset tag its FontDescriptor already has.

    Qt embeds only the glyphs used but names the subset tag (``QRAAAA+``) in the font
    descriptor alone; the PDF standard wants it in BaseFont too, and tools such as
    pdffonts report "sub yes" only then. The cross-reference offsets are shifted to match.
    """
    tags = {name: tag + b"+" + name for tag, name in _FONT_NAME.findall(data)}
    if not tags:
        return data
    pattern = re.compile(rb"/BaseFont /(" + b"|".join(re.escape(n) for n in tags) + rb")(?=[\s/>])")
    inserted: list[tuple[int, int]] = []  # (old position, bytes added before it)
    parts, last, added = [], 0, 0
    for match in pattern.finditer(data):
        parts += [data[last:match.start(1)], tags[match.group(1)]]
        last = match.end(1)
        added += len(tags[match.group(1)]) - len(match.group(1))
        inserted.append((match.end(1), added))
    parts.append(data[last:])
    out = b"".join(parts)

    def shift(offset: int) -> int:
        return offset + next((a for pos, a in reversed(inserted) if pos <= offset), 0)

    start = int(re.search(rb"startxref\s+(\d+)", out[-64:]).group(1))
    xref = shift(start)
    table_end = out.index(b"trailer", xref)
    fixed = re.sub(rb"(\d{10}) (\d{5}) n", lambda m: b"%010d %s n" % (shift(int(m.group(1))), m.group(2)),
                   out[xref:table_end])
    out = out[:xref] + fixed + out[table_end:]
    return out[:-64] + re.sub(rb"startxref\s+\d+", b"startxref\n%d" % xref, out[-64:])


_TO_UNICODE = re.compile(rb"(/ToUnicode (\d+) 0 R)")
_HEX = re.compile(rb"<([0-9A-F]{4})>")


def _fix_to_unicode(data: bytes, printed: str, family: str) -> bytes:
    """Map each glyph back to the character actually printed, not the lowest code point.

    Qt writes ToUnicode by taking, for each glyph, the lowest code point that the font maps
    to it: a space comes out as a tab, an en dash as a figure dash. Where a glyph is shared,
    the character the document really uses is put back (same length, so offsets hold).
    """
    raw = QRawFont.fromFont(QFont(family))
    used = {}
    for char in set(printed):
        glyphs = raw.glyphIndexesForString(char)
        if len(char.encode("utf-16-be")) == 2 and glyphs and glyphs[0]:
            used.setdefault(glyphs[0], char)
    if " " in printed:
        used[raw.glyphIndexesForString(" ")[0]] = " "  # the space, not the no-break space

    def repair(match: re.Match[bytes]) -> bytes:
        char = chr(int(match.group(1), 16))
        if char in printed and not char.isspace():
            return match.group(0)
        glyphs = raw.glyphIndexesForString(char)
        better = used.get(glyphs[0]) if glyphs else None
        return b"<%04X>" % ord(better) if better and better != char else match.group(0)

    for _ref, number in set(_TO_UNICODE.findall(data)):
        start = data.index(b"\n" + number + b" 0 obj")
        begin, end = data.index(b"stream\n", start) + 7, data.index(b"endstream", start)
        body = data[begin:end]
        head, _sep, ranges = body.partition(b"endcodespacerange")
        fixed = head + _sep + _repair_targets(ranges, repair)
        data = data[:begin] + fixed + data[end:]
    return data


def _repair_targets(ranges: bytes, repair) -> bytes:
    """Apply `repair` to the destination code points of bfrange/bfchar lines only."""
    out = []
    for line in ranges.split(b"\n"):
        if b"[" in line:
            left, _b, right = line.partition(b"[")
            line = left + b"[" + _HEX.sub(repair, right)
        else:
            tokens = line.split(b" ")
            if len(tokens) in (2, 3) and all(_HEX.fullmatch(t) for t in tokens):
                tokens[-1] = _HEX.sub(repair, tokens[-1])
                line = b" ".join(tokens)
        out.append(line)
    return b"\n".join(out)
