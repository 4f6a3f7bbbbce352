"""Help → User guide (F1): the collector's manual in a non-modal QTextBrowser window.

The HTML lives in `resources/guide/guide_<lang>.html` (en, ko, zh, ru); a language without
its own page gets the English one. A change of the guide goes into every language's page.
The search syntax in it mirrors README's "Search and filters" and the query language in
`domain/query` (tests/ui/test_user_guide.py checks that every field is there).
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from kpstamps.ui.common.i18n import tr
from kpstamps.ui.common.screen_fit import fit_to_screen


def guide_html(lang: str) -> str:
    """The guide's HTML in `lang`, or in English where it is not translated."""
    folder = resources.files("kpstamps.resources").joinpath("guide")
    for name in (f"guide_{lang}.html", "guide_en.html"):
        entry = folder.joinpath(name)
        if entry.is_file():
            return entry.read_text(encoding="utf-8")
    return ""


class UserGuideWindow(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("userGuideWindow")
        self.setWindowTitle(tr("KP Stamps user guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("userGuideText")
        self.browser.setAccessibleName(tr("User guide"))
        self.browser.setOpenExternalLinks(False)  # the guide links only to its own sections
        self.browser.setHtml(guide_html(lang))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        fit_to_screen(self, 760, 820)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


def install(window) -> None:
    """Help → User guide (F1), above Keyboard shortcuts and About."""
    holder: dict[str, UserGuideWindow] = {}

    def open_guide() -> UserGuideWindow:
        guide = holder.get("window")
        if guide is None:
            guide = holder["window"] = UserGuideWindow(getattr(window, "ui_lang", "en"), window)
        guide.show()
        guide.raise_()
        guide.activateWindow()
        return guide

    action = QAction(tr("User &guide"), window)
    action.setObjectName("actionUserGuide")
    action.setShortcut(QKeySequence.StandardKey.HelpContents)
    action.triggered.connect(open_guide)
    help_menu = window.menus["help"]
    first = help_menu.actions()[0] if help_menu.actions() else None
    help_menu.insertAction(first, action)
    window.open_user_guide = open_guide
