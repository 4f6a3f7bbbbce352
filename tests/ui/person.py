"""What a person does first in the GUI tests: bring a window to the front and use the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt

LEFT = Qt.MouseButton.LeftButton


def activate(qtbot, window) -> None:
    """Show `window`, raise it and wait until it has the focus (key events go to it then)."""
    window.show()
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
