#!/usr/bin/env python3
"""Build the bundled Noto Sans CJK SC subset fonts for KP Stamps.

Extracts the "Noto Sans CJK SC" face from the Debian ``fonts-noto-cjk``
collections (NotoSansCJK-Regular.ttc / NotoSansCJK-Bold.ttc), subsets it with
fontTools.subset to the character repertoire the application needs (GB2312,
Hangul syllables + compatibility jamo, Latin, Cyrillic, CJK punctuation,
full-width forms, currency symbols), finishes it for PDF output (`finish_face`:
its own family name, one glyph per character) and writes OpenType/CFF files:

    <out>/NotoSansCJKsc-Subset-Regular.otf
    <out>/NotoSansCJKsc-Subset-Bold.otf
    <out>/LICENSE-OFL.txt

Usage:
    python packaging/build_cjk_font.py [--out resources/fonts] [--src-dir DIR]
    python packaging/build_cjk_font.py --finish-only [--out resources/fonts]
        (apply `finish_face` to subsets already in --out; running it twice changes nothing)

Requires: fonttools (pip), Debian package fonts-noto-cjk.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

FAMILY = "Noto Sans CJK SC"
# The family the subsets are installed under: a name of their own, so Qt uses (and PDFs
# embed) exactly this subset even where a full system "Noto Sans CJK SC" is installed; that
# one maps Kangxi radicals and rare ideographs to the same glyphs as common characters.
# The font declares no Reserved Font Name, so the OFL allows the new name.
SUBSET_FAMILY = "KP Stamps CJK SC"
DEFAULT_SRC_DIR = Path("/usr/share/fonts/opentype/noto")
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")
REPO_ROOT = Path(__file__).resolve().parent.parent

# (source collection, style, output file name)
FACES = [
    ("NotoSansCJK-Regular.ttc", "Regular", "NotoSansCJKsc-Subset-Regular.otf"),
    ("NotoSansCJK-Bold.ttc", "Bold", "NotoSansCJKsc-Subset-Bold.otf"),
]

# Unicode ranges kept in addition to GB2312 (inclusive).
RANGES = [
    (0x0020, 0x007E, "Basic Latin"),
    (0x00A0, 0x00FF, "Latin-1 Supplement"),
    (0x0100, 0x017F, "Latin Extended-A"),
    (0x0400, 0x04FF, "Cyrillic"),
    (0x2000, 0x206F, "General Punctuation"),
    (0x20A0, 0x20CF, "Currency Symbols"),
    (0x2116, 0x2116, "Numero sign"),
    (0x3000, 0x303F, "CJK Symbols and Punctuation"),
    (0x3130, 0x318F, "Hangul Compatibility Jamo"),
    (0xAC00, 0xD7A3, "Hangul Syllables"),
    (0xFF00, 0xFFEF, "Halfwidth and Fullwidth Forms"),
]

# OpenType layout features kept.  Deliberately small: '*' would pull in the
# glyph closure of 'locl' (JP/KR/TC variants), 'vert'/'vrt2', 'aalt', 'ruby',
# 'hwid', ... which roughly doubles the glyph count, and ligature features
# ('liga'/'dlig') would produce glyphs that map back to several characters.
# None of the kept features changes the one-glyph-per-character mapping, so
# Qt's PDF ToUnicode CMap (built from the shaped glyph -> char mapping) stays
# exact.  'ccmp' is kept for combining-mark composition, 'kern'/'mark'/'mkmk'
# for positioning (GPOS only, harmless for copy-out).
LAYOUT_FEATURES = ["ccmp", "kern", "mark", "mkmk"]

# Tables dropped on top of fontTools' defaults: vertical metrics/baselines are
# not used (Qt does no vertical CJK layout here).
EXTRA_DROP_TABLES = ["BASE", "VORG", "vhea", "vmtx"]


def gb2312_chars() -> set[int]:
    """Every character encodable in GB2312 (rows 0xA1-0xF7, cells 0xA1-0xFE)."""
    out: set[int] = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                s = bytes((hi, lo)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            out.update(ord(c) for c in s)
    return out


def wanted_unicodes() -> tuple[set[int], dict[str, int]]:
    stats: dict[str, int] = {}
    gb = gb2312_chars()
    stats["GB2312 (all)"] = len(gb)
    stats["GB2312 hanzi"] = sum(1 for c in gb if 0x4E00 <= c <= 0x9FFF)
    cps = set(gb)
    for lo, hi, label in RANGES:
        r = set(range(lo, hi + 1))
        stats[label] = len(r)
        cps |= r
    return cps, stats


def find_face(ttc_path: Path, family: str) -> int:
    coll = TTCollection(str(ttc_path), lazy=True)
    try:
        for idx, font in enumerate(coll.fonts):
            name = font["name"]
            fam = name.getDebugName(16) or name.getDebugName(1)
            if fam == family:
                return idx
    finally:
        coll.close()
    raise SystemExit(f"{ttc_path}: no face with family name {family!r}")


def make_options(desubroutinize: bool) -> subset.Options:
    opts = subset.Options()
    opts.layout_features = list(LAYOUT_FEATURES)
    opts.hinting = False
    opts.desubroutinize = desubroutinize
    opts.name_IDs = ["*"]          # keep copyright, licence, vendor, ... records
    opts.name_languages = ["*"]
    opts.name_legacy = True
    opts.notdef_outline = True
    opts.glyph_names = False
    opts.legacy_kern = False
    opts.recalc_bounds = True
    opts.recalc_timestamp = False  # reproducible output
    opts.prune_unicode_ranges = True
    opts.drop_tables = list(opts.drop_tables) + EXTRA_DROP_TABLES
    return opts


def subset_face(ttc_path: Path, index: int, unicodes: set[int], out_path: Path,
                desubroutinize: bool) -> tuple[int, int, set[int]]:
    font = TTFont(str(ttc_path), fontNumber=index, lazy=False, recalcTimestamp=False)
    available = set(font.getBestCmap())
    keep = unicodes & available
    sub = subset.Subsetter(options=make_options(desubroutinize))
    sub.populate(unicodes=keep)
    sub.subset(font)
    # Mark the face as a subset in the version string only; family/style/full
    # name records (IDs 1, 2, 4, 16, 17) are left untouched so Qt reports
    # family "Noto Sans CJK SC" with styles Regular / Bold.
    name = font["name"]
    for rec in list(name.names):
        if rec.nameID == 5:
            name.setName(rec.toUnicode() + "; KP Stamps subset", rec.nameID,
                         rec.platformID, rec.platEncID, rec.langID)
    finish_face(font)
    font.save(str(out_path))
    glyphs = len(font.getGlyphOrder())
    font.close()
    return glyphs, len(keep), available


def finish_face(font: TTFont) -> int:
    """Make the subset fit for PDF text extraction; returns the number of glyphs added.

    Qt's PDF writer builds the ToUnicode map by taking, for each glyph, the lowest code
    point that maps to it, and maps a tab to the space glyph. So every code point that
    shares a glyph (en dash and figure dash, ideographic and em space, Hangul jamo and their
    half-width forms, ...) gets a copy of its own, and the tab a blank glyph: each glyph
    then maps back to exactly one character. The family becomes SUBSET_FAMILY; the
    PostScript name (ID 6) stays, so PDFs still name the original font.
    """
    _rename_family(font["name"], SUBSET_FAMILY)
    cmap = font.getBestCmap()
    groups: dict[str, list[int]] = {}
    for code, glyph in cmap.items():
        groups.setdefault(glyph, []).append(code)
    wanted = {code: glyph for glyph, codes in groups.items() for code in sorted(codes)[1:]}
    if 0x09 not in cmap:
        wanted[0x09] = cmap[0x20]
    copies = _GlyphCopier(font)
    remap = {code: copies.copy(glyph) for code, glyph in sorted(wanted.items())}
    copies.finish()
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap.update(remap)
    return len(remap)


def _rename_family(name, family: str) -> None:
    """Family names (IDs 1, 16) become `family`, the full name (ID 4) `family` and its style."""
    style = name.getDebugName(2) or "Regular"
    full = family if style == "Regular" else f"{family} {style}"
    for record in list(name.names):
        if record.nameID in (1, 4, 16):
            name.setName(full if record.nameID == 4 else family, record.nameID, record.platformID,
                         record.platEncID, record.langID)


class _GlyphCopier:
    """Appends copies of glyphs to a CID-keyed CFF font (charstrings, FDSelect, charset, metrics)."""

    def __init__(self, font: TTFont) -> None:
        self.font = font
        cff = font["CFF "].cff
        self.top = cff[cff.fontNames[0]]
        self.strings = self.top.CharStrings
        self.index = self.strings.charStringsIndex
        for number in range(len(self.index)):
            self.index[number]  # decompile every charstring before the index grows
        self.order = list(font.getGlyphOrder())
        used = {int(glyph[3:]) for glyph in self.top.charset if glyph.startswith("cid")}
        self.free_cids = (cid for cid in range(65534, 0, -1) if cid not in used)

    def copy(self, glyph: str) -> str:
        new = f"cid{next(self.free_cids):05d}"
        number = self.strings.charStrings[glyph]
        self.index.items.append(self.index[number])
        if hasattr(self.top, "FDSelect"):
            self.top.FDSelect.gidArray.append(self.top.FDSelect.gidArray[number])
        self.strings.charStrings[new] = len(self.index.items) - 1
        self.top.charset.append(new)
        self.order.append(new)
        self.font["hmtx"].metrics[new] = self.font["hmtx"].metrics[glyph]
        return new

    def finish(self) -> None:
        self.top.numGlyphs = len(self.top.charset)
        self.font.setGlyphOrder(self.order)


def report_missing(unicodes: set[int], available: set[int]) -> None:
    """Print requested, assigned code points the source face does not map.

    Noto Sans CJK has only a partial Latin Extended-A / Cyrillic / currency
    repertoire (e.g. no U+0141, U+0404, U+20BD); Qt falls back to another
    font for those characters.
    """
    missing = sorted(c for c in unicodes - available
                     if unicodedata.category(chr(c)) != "Cn")
    if not missing:
        return
    print(f"Not in the source font ({len(missing)} assigned code points):")
    for lo, hi, label in RANGES:
        chars = [c for c in missing if lo <= c <= hi]
        if chars:
            sample = "".join(chr(c) for c in chars
                             if unicodedata.category(chr(c))[0] in "LNPS")
            print(f"  {label:32s} {len(chars):4d}  {sample[:60]}"
                  f"{'...' if len(sample) > 60 else ''}")


def write_license(out_dir: Path, copyright_line: str) -> None:
    """LICENSE-OFL.txt: font copyright line + OFL 1.1 text from Debian copyright."""
    text = DEBIAN_COPYRIGHT.read_text(encoding="utf-8")
    lines = text.splitlines()
    # The first "License: SIL-1.1" line belongs to the "Files: *" paragraph;
    # the licence text is in the stand-alone paragraph whose continuation
    # lines (indented by one space) follow the field line.
    starts = [i + 1 for i, line in enumerate(lines)
              if line == "License: SIL-1.1" and i + 1 < len(lines)
              and lines[i + 1].startswith(" ")]
    if not starts:
        raise SystemExit(f"{DEBIAN_COPYRIGHT}: no 'License: SIL-1.1' stanza")
    start = starts[0]
    body = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        line = line[1:]
        body.append("" if line == "." else line)
    ofl = "\n".join(body).strip("\n")
    if "SIL OPEN FONT LICENSE Version 1.1" not in ofl:
        raise SystemExit("OFL 1.1 text not found in Debian copyright file")
    header = (
        f"Noto Sans CJK SC (subset) - {copyright_line}\n"
        "Noto is a trademark of Google Inc.\n"
        "Debian fonts-noto-cjk copyright: 2010-2012, Google Corporation.\n"
        "\n"
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
        "This license is copied below, and is also available with a FAQ at:\n"
        "https://openfontlicense.org\n"
        "\n"
    )
    (out_dir / "LICENSE-OFL.txt").write_text(header + ofl + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=REPO_ROOT / "resources" / "fonts",
                    help="output directory (default: resources/fonts)")
    ap.add_argument("--src-dir", type=Path, default=DEFAULT_SRC_DIR,
                    help=f"directory holding NotoSansCJK-*.ttc (default: {DEFAULT_SRC_DIR})")
    ap.add_argument("--desubroutinize", action="store_true",
                    help="desubroutinize CFF charstrings (larger files; off by default)")
    ap.add_argument("--finish-only", action="store_true",
                    help="only apply finish_face to the subsets already in --out")
    args = ap.parse_args(argv)

    out_dir: Path = args.out
    if args.finish_only:
        for _ttc, _style, out_name in FACES:
            with TTFont(str(out_dir / out_name), recalcTimestamp=False) as font:
                added = finish_face(font)
                font.save(str(out_dir / out_name))
            print(f"{out_dir / out_name}: family {SUBSET_FAMILY!r}, {added} glyphs added")
        return 0
    out_dir.mkdir(parents=True, exist_ok=True)
    unicodes, stats = wanted_unicodes()
    print(f"Requested code points: {len(unicodes)}")
    for label, n in stats.items():
        print(f"  {label:32s} {n:6d}")

    copyright_line = None
    for ttc_name, style, out_name in FACES:
        ttc = args.src_dir / ttc_name
        idx = find_face(ttc, FAMILY)
        out_path = out_dir / out_name
        glyphs, mapped, available = subset_face(ttc, idx, unicodes, out_path,
                                                args.desubroutinize)
        if style == "Regular":
            report_missing(unicodes, available)
        size = out_path.stat().st_size
        print(f"{out_path}: {FAMILY} {style} (ttc index {idx}), "
              f"{mapped} mapped code points, {glyphs} glyphs, "
              f"{size} bytes ({size / 1048576:.2f} MiB)")
        if copyright_line is None:
            with TTFont(str(out_path)) as f:
                copyright_line = f["name"].getDebugName(0) or ""
    write_license(out_dir, copyright_line or "")
    print(f"{out_dir / 'LICENSE-OFL.txt'}: written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
