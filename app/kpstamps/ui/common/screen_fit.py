"""Window sizes that fit the screen: a dialog designed at 1280×820 must still fit a laptop at
150 % (1066×666 logical pixels) or a 1600×1000 screen at 200 % (800×500)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fitted_size(widget: QWidget, width: int, height: int) -> QSize:
    """(width, height), or less: at most 95 % × 90 % of the available screen (title bar, panels)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    free = screen.availableGeometry()
    return QSize(min(width, free.width() * 95 // 100), min(height, free.height() * 90 // 100))


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """`widget.resize(width, height)`, shrunk to fit its screen (never below its minimum size)."""
    widget.resize(fitted_size(widget, width, height))
