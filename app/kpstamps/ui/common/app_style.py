"""Fixes to Fusion on the dark palette, as an application style sheet (set only when dark).

Fusion outlines a check box with the window colour made darker, which on the dark palette is
about the colour of the box itself: unticked boxes (themes in the series dialog, Owned and
Wanted in the checklist) vanished. The sheet gives unticked boxes a visible frame; ticked
ones keep Fusion's drawing (their tick shows). A Python QProxyStyle would be the obvious
tool, but PySide6 6.12 loses a reference to None on every call of a Python drawPrimitive
override, which crashes a long session; a style sheet runs no Python while painting.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

DARK_SHEET = """
QAbstractItemView::indicator:unchecked, QCheckBox::indicator:unchecked, QGroupBox::indicator:unchecked {
    border: 1px solid #9a9aa0; border-radius: 2px; background: #1e1e20;
}
QAbstractItemView::indicator:unchecked:disabled, QCheckBox::indicator:unchecked:disabled {
    border-color: #55555b;
}
"""

ERROR_LIGHT, ERROR_DARK = "#b00020", "#ff8a80"  # both ≥ 4.5:1 on their window colour


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def style_sheet(dark: bool) -> str:
    return DARK_SHEET if dark else ""


def error_colour() -> QColor:
    """Red for error messages that is readable on the current palette."""
    return QColor(ERROR_DARK if is_dark() else ERROR_LIGHT)


def error_style() -> str:
    return f"color: {error_colour().name()};"
