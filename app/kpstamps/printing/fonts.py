"""The bundled CJK font: registered with Qt so Chinese and Korean never print as boxes.

resources/fonts/*.otf are subsets of Noto Sans CJK SC under a family name of their own
(CJK_FAMILY), built by packaging/build_cjk_font.py: the window and PDFs always use exactly
this subset even where a full system "Noto Sans CJK SC" is installed, and each glyph stands
for one character, so text copied out of a PDF comes back as printed. After rendering,
`tag_subset_fonts` (pypdf) marks the embedded subsets as such.
"""

from __future__ import annotations

import io
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFontDatabase

CJK_FAMILY = "KP Stamps CJK SC"
_registered: list[str] = []


def _font_files() -> list[Traversable]:
    folder = resources.files("kpstamps.resources").joinpath("fonts")
    if not folder.is_dir():
        return []
    return [entry for entry in sorted(folder.iterdir(), key=lambda e: e.name) if entry.name.endswith((".otf", ".ttf"))]


def register_bundled_fonts() -> list[str]:
    """Add resources/fonts/*.otf to Qt's font database (once); returns the families."""
    if _registered:
        return _registered
    for entry in _font_files():
        if isinstance(entry, Path):  # a file on disk: Qt reads what it needs (4 ms, not 10 for 5 MB of data)
            font_id = QFontDatabase.addApplicationFont(str(entry))
        else:  # inside an archive
            font_id = QFontDatabase.addApplicationFontFromData(QByteArray(entry.read_bytes()))
        if font_id >= 0:
            _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return _registered


def pdf_font_family() -> str:
    """The family PDFs are set in: the bundled subset (registered on first use)."""
    register_bundled_fonts()
    return CJK_FAMILY


def tag_subset_fonts(path: Path) -> None:
    """Name each embedded font subset as a subset in `path` (rewritten in place).

    Qt embeds only the glyphs used and tags the FontDescriptor's FontName (``QRAAAA+...``),
    but leaves BaseFont untagged; the PDF standard wants the tag there too, and tools such as
    pdffonts report "sub yes" only then.
    """
    # pypdf (and the fontTools and Pillow it loads) only when a PDF is written: not at start-up.
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(path.read_bytes())))
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            for part in (font, *(d.get_object() for d in font.get("/DescendantFonts", []))):
                descriptor = part.get("/FontDescriptor")
                name = descriptor.get_object().get("/FontName") if descriptor is not None else None
                if name is not None and "+" in name:
                    for target in (font, part):
                        target[NameObject("/BaseFont")] = NameObject(name)
    with path.open("wb") as out:
        writer.write(out)
