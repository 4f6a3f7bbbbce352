"""Register the bundled CJK font so Chinese and Korean never print as boxes."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFontDatabase

CJK_FAMILY = "Noto Sans CJK SC"
_registered: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Add resources/fonts/*.otf to Qt's font database (once); returns the families."""
    if _registered:
        return _registered
    folder = resources.files("kpstamps.resources").joinpath("fonts")
    if not folder.is_dir():
        return _registered
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".otf", ".ttf")):
            with resources.as_file(entry) as path:
                font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return _registered
