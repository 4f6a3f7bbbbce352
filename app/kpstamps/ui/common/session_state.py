"""The last search comes back on start: saved in QSettings when the main window closes.

Geometry, toolbars/docks, the splitter and column widths are the main window's own
(`MainWindow.save_layout`/`restore_layout`); this feature adds the search box's text, so the
window reopens showing what it showed when it was closed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings

LAST_SEARCH_KEY = "mainWindow/lastSearch"


class _SaveOnClose(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            save_last_search(self._window)
        return False


def save_last_search(window) -> None:
    bar = getattr(window, "search_bar", None)
    if bar is not None:
        QSettings().setValue(LAST_SEARCH_KEY, bar.edit.text())


def restore_last_search(window) -> None:
    """Put the last session's search back in the box and filter the table by it."""
    bar = getattr(window, "search_bar", None)
    text = QSettings().value(LAST_SEARCH_KEY, "")
    if bar is None or not isinstance(text, str) or not text.strip():
        return
    bar.edit.blockSignals(True)  # no debounce timer: search once, now
    try:
        bar.edit.setText(text)
    finally:
        bar.edit.blockSignals(False)
    bar.apply()


def install(window) -> None:
    window.installEventFilter(_SaveOnClose(window))
    restore_last_search(window)
