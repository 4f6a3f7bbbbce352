"""The first-run welcome: interface language, title order and customer profile, skippable.

Shown once per data directory, over the main window (never blocking it), when settings.json
has no record of it (`Preferences.welcome_seen`). *Start* saves the choices, *Skip* (or
Escape) keeps the defaults; both record that it was seen. The pages are the preferences
dialog's own (`ui/settings/pages.py`). `run_gui` decides whether to show it; tests and
screenshots never see it unless they ask (`KPSTAMPS_NO_WELCOME=1` turns it off for scripts).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from copy import deepcopy

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kpstamps.services.settings.preferences import Preferences, save_preferences
from kpstamps.ui.common.i18n import tr
from kpstamps.ui.settings.pages import CustomerPage, InterfacePage, NamesPage

NO_WELCOME_ENV = "KPSTAMPS_NO_WELCOME"


def wants_welcome(prefs: Preferences) -> bool:
    """Whether the welcome is due: never seen in this data directory and not turned off."""
    return not prefs.welcome_seen and os.environ.get(NO_WELCOME_ENV, "") not in ("1", "yes", "true")


class WelcomeDialog(QDialog):
    """After it closes, `chosen` holds the preferences to save (the old ones when skipped)."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None):
        super().__init__(parent)
        self.chosen = deepcopy(prefs)
        self.chosen.welcome_seen = True
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(tr("Welcome to KP Stamps"))
        self._prefs = prefs
        self.pages = [InterfacePage(self), NamesPage(self), CustomerPage(self)]
        layout = QVBoxLayout(self)
        intro = QLabel(tr("<h3>Welcome to KP Stamps</h3><p>Choose the interface language, the order of "
                          "languages for titles and your name and address for order forms. Everything "
                          "can be changed later in File ▸ Preferences; Help ▸ User guide (F1) explains "
                          "the rest.</p>"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget(self)
        for page in self.pages:
            page.load(prefs)
            self.tabs.addTab(page, page.title)
        restart_note = tr("A new interface language takes effect after a restart.")
        for label in self.pages[0].findChildren(QLabel):
            if label.text() == restart_note:
                label.hide()  # here it takes effect at once: the app rebuilds its window
        layout.addWidget(self.tabs, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = self.buttons.addButton(tr("S&kip"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.start_button.setDefault(True)

    def accept(self) -> None:
        chosen = deepcopy(self._prefs)
        try:
            for page in self.pages:
                page.save(chosen)
        except ValueError as exc:
            self.message.setText(str(exc))
            return
        chosen.welcome_seen = True
        self.chosen = chosen
        super().accept()


def offer_welcome(window, apply: Callable[[Preferences], None]) -> WelcomeDialog:
    """Open the welcome over `window` (non-modal); settings.json records it either way, and
    `apply(prefs)` puts chosen preferences into effect (the app rebuilds the window for a new
    interface language)."""
    dialog = WelcomeDialog(window.prefs, window)

    def done(prefs: Preferences) -> None:
        save_preferences(window.catalogue.home.settings_file, prefs)
        if dialog.result() == QDialog.DialogCode.Accepted:
            apply(prefs)
        else:
            window.prefs.welcome_seen = True

    dialog.finished.connect(lambda _code: done(dialog.chosen))
    dialog.setModal(False)  # the window behind stays usable (and scripts driving it are not blocked)
    dialog.show()
    return dialog


def apply_choices(window, chosen: Preferences, language_of: Callable[[str], str]):
    """Put the welcome's choices into effect; returns the window that shows them.

    The title order and the rest apply to `window` as the preferences dialog applies them; a
    new interface language needs new translators and widgets built in it, so a new main window
    on the same catalogue replaces `window` (which closes, saving its layout).
    """
    from PySide6.QtWidgets import QApplication

    from kpstamps.ui.common.translations import install_translators
    from kpstamps.ui.main_window import MainWindow

    lang = language_of(chosen.ui_language)
    if lang == window.ui_lang:
        window.preferences_feature.apply(chosen)
        return window
    install_translators(QApplication.instance(), lang)
    replacement = MainWindow(window.catalogue, chosen, lang)
    replacement.show()
    window.close()
    window.deleteLater()
    return replacement
