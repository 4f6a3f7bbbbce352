"""File → Preferences…: a list of pages; OK saves settings.json and applies what can be
applied at once (title language order); the interface language needs a restart."""

from __future__ import annotations

import copy

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kpstamps.services.settings.preferences import Preferences, save_preferences
from kpstamps.ui.common.i18n import tr
from kpstamps.ui.settings.pages import (
    CustomerPage,
    DataPage,
    InterfacePage,
    NamesPage,
    PreferencePage,
)


class PreferencesDialog(QDialog):
    """Non-modal; `saved` carries the new Preferences after OK."""

    saved = Signal(object)

    def __init__(self, pages: list[PreferencePage], prefs: Preferences, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        self.setObjectName("preferencesDialog")
        self.resize(760, 460)
        self.prefs = prefs
        self.pages = pages
        self.page_list = QListWidget(self)
        self.page_list.setAccessibleName(tr("Preference pages"))
        self.stack = QStackedWidget(self)
        for page in pages:
            self.page_list.addItem(page.title)
            self.stack.addWidget(page)
        self.page_list.setFixedWidth(max(160, self.page_list.sizeHintForColumn(0) + 24))
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.page_list.setCurrentRow(0)
        self.message = QLabel(self)
        self.message.setObjectName("preferencesMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for page in pages:
            page.load(prefs)

    def accept(self) -> None:
        """Collect every page into a copy; on bad input show the page and keep the dialog open."""
        new = copy.deepcopy(self.prefs)
        for number, page in enumerate(self.pages):
            try:
                page.save(new)
            except ValueError as exc:
                self.page_list.setCurrentRow(number)
                self.message.setText(str(exc))
                return
        self.message.clear()
        self.saved.emit(new)
        super().accept()


class PreferencesFeature:
    def __init__(self, window):
        self.window = window
        self.dialog: PreferencesDialog | None = None
        action = QAction(tr("&Preferences…"), window)
        action.setObjectName("openPreferences")
        action.setShortcut(QKeySequence.StandardKey.Preferences)
        action.triggered.connect(self.open_dialog)
        file_menu = window.menus["file"]
        first = file_menu.actions()[0] if file_menu.actions() else None
        file_menu.insertAction(first, action)  # above Quit
        if first is not None:
            file_menu.insertSeparator(first)
        self.action = action

    def make_pages(self) -> list[PreferencePage]:
        home = self.window.catalogue.home
        return [NamesPage(), InterfacePage(), CustomerPage(), DataPage(str(home.root))]

    def open_dialog(self) -> PreferencesDialog:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = PreferencesDialog(self.make_pages(), self.window.prefs, self.window)
        self.dialog.saved.connect(self.apply)
        self.dialog.open()
        return self.dialog

    def apply(self, prefs: Preferences) -> None:
        """Write settings.json and apply the title order to the open views."""
        save_preferences(self.window.catalogue.home.settings_file, prefs)
        self.window.prefs = prefs
        self.window.table_model.set_name_order(prefs.name_order)
        self.window.detail.set_name_order(prefs.name_order)
        self.window.catalogueChanged.emit()  # views re-read their rows with the new order


def install(window) -> None:
    window.preferences_feature = PreferencesFeature(window)
