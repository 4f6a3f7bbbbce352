"""Edit ▸ Bulk edit…, Mark series owned, Mark series wanted: many rows, one undo step.

The dialog sets what is ticked (owned, wanted, condition, location, price paid) on every item
of the selected rows (`services.collection.bulk`); the same actions are in the table's
context menu. Each apply is one `ServiceCommand` on the window's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kpstamps.domain.enums import Condition
from kpstamps.domain.money import CURRENCIES, Money
from kpstamps.errors import CatalogueError
from kpstamps.services.catalogue import glossary
from kpstamps.services.collection.bulk import (
    BulkChange,
    apply_bulk,
    item_ids_for,
    undo_bulk,
)
from kpstamps.ui.common.undo_commands import ServiceCommand

LEAVE, SET_ON, SET_OFF = 0, 1, 2


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)


class BulkEditDialog(QDialog):
    """Choose what to set on the selected items; `applied` carries the BulkChange."""

    applied = Signal(object)

    def __init__(self, count: int, ui_lang: str, currency: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bulkEditDialog")
        self.setWindowTitle(tr("Bulk edit"))
        layout = QVBoxLayout(self)
        self.heading = QLabel(tr("Change %Ln selected item(s):", "", count), self)
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.owned = self._tri_state(tr("leave as is"), tr("owned"), tr("not owned"))
        self.owned.setAccessibleName(tr("Owned"))
        form.addRow(tr("&Owned"), self.owned)
        self.wanted = self._tri_state(tr("leave as is"), tr("on the want list"), tr("off the want list"))
        self.wanted.setAccessibleName(tr("Wanted"))
        form.addRow(tr("&Wanted"), self.wanted)
        self.set_condition, self.condition = QCheckBox(tr("&Condition"), self), QComboBox(self)
        for condition in Condition:
            self.condition.addItem(glossary.term(f"condition.{condition.value}", ui_lang), condition.value)
        form.addRow(self.set_condition, self.condition)
        self.set_location, self.location = QCheckBox(tr("&Location"), self), QLineEdit(self)
        self.location.setPlaceholderText(tr("e.g. album 3, page 12"))
        form.addRow(self.set_location, self.location)
        self.set_price, self.price = QCheckBox(tr("&Price paid"), self), QLineEdit(self)
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(list(CURRENCIES))
        self.currency.setCurrentText(currency)
        price_row = QHBoxLayout()
        price_row.addWidget(self.price, 1)
        price_row.addWidget(self.currency)
        form.addRow(self.set_price, price_row)
        for box, field in ((self.set_condition, self.condition), (self.set_location, self.location),
                           (self.set_price, self.price)):
            field.setAccessibleName(box.text().replace("&", ""))
            field.setEnabled(False)
            box.toggled.connect(field.setEnabled)
            box.toggled.connect(self._update)
        self.set_price.toggled.connect(self.currency.setEnabled)
        self.currency.setEnabled(False)
        for combo in (self.owned, self.wanted):
            combo.currentIndexChanged.connect(self._update)
        self.price.textChanged.connect(self._update)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def _tri_state(self, *labels: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItems(list(labels))
        return combo

    def change(self) -> BulkChange:
        """The choices as a BulkChange; raises ValueError for a price that is no amount."""
        price = None
        if self.set_price.isChecked():
            price = Money.parse(self.price.text(), self.currency.currentText().strip() or "EUR")
        tri = {LEAVE: None, SET_ON: True, SET_OFF: False}
        return BulkChange(
            owned=tri[self.owned.currentIndex()], wanted=tri[self.wanted.currentIndex()],
            condition=self.condition.currentData() if self.set_condition.isChecked() else None,
            location=self.location.text() if self.set_location.isChecked() else None,
            price_cents=price.cents if price else None, price_currency=price.currency if price else None)

    def _update(self) -> None:
        try:
            empty = self.change().is_empty()
            self.message.clear()
        except ValueError:
            empty = True
            self.message.setText(tr("The price paid is not an amount."))
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).setEnabled(not empty)

    def apply(self) -> None:
        try:
            change = self.change()
        except ValueError:
            return
        self.applied.emit(change)
        self.accept()


class BulkEditing:
    """The actions of one main window and the undo steps they push."""

    def __init__(self, window):
        self.window = window
        self.dialog: BulkEditDialog | None = None
        self.bulk_action = self._action(tr("&Bulk edit…"), "actionBulkEdit", self.open_dialog,
                                        QKeySequence("Ctrl+Shift+E"))
        self.series_owned_action = self._action(tr("Mark series &owned"), "actionSeriesOwned",
                                                lambda: self.mark_series(owned=True))
        self.series_wanted_action = self._action(tr("Mark series &wanted"), "actionSeriesWanted",
                                                 lambda: self.mark_series(wanted=True))
        menu = window.menus["edit"]
        menu.addSeparator()
        view = window.table_view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.bulk_action, self.series_owned_action, self.series_wanted_action):
            menu.addAction(action)
            view.addAction(action)

    def _action(self, text: str, name: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def open_dialog(self) -> BulkEditDialog | None:
        ids = item_ids_for(self.window.catalogue.sessions, self.window.selected_keys())
        if not ids:
            self.window.statusBar().showMessage(tr("Select the rows to change first."), 5000)
            return None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = BulkEditDialog(len(ids), self.window.ui_lang, self.window.prefs.default_currency, self.window)
        self.dialog.applied.connect(lambda change: self.apply(ids, change))
        self.dialog.open()
        return self.dialog

    def mark_series(self, owned: bool | None = None, wanted: bool | None = None) -> None:
        ids = item_ids_for(self.window.catalogue.sessions, self.window.selected_keys(), whole_series=True)
        if not ids:
            self.window.statusBar().showMessage(tr("Select the rows to change first."), 5000)
            return
        text = tr("Mark %Ln item(s) owned", "", len(ids)) if owned else tr("Mark %Ln item(s) wanted", "", len(ids))
        self.apply(ids, BulkChange(owned=owned, wanted=wanted), text)

    def apply(self, ids: list[int], change: BulkChange, text: str | None = None) -> bool:
        """Apply `change` to `ids` now and push it as one undo step; False when refused."""
        sessions = self.window.catalogue.sessions
        try:
            result = apply_bulk(sessions, ids, change)
        except CatalogueError as exc:
            self.window.statusBar().showMessage(tr("Not changed: {error}").format(error=exc), 10000)
            return False
        text = text or tr("Bulk edit of %Ln item(s)", "", len(ids))
        self.window.undo_stack.push(ServiceCommand(
            text, lambda: undo_bulk(sessions, result.after, result.before),
            lambda: undo_bulk(sessions, result.before, result.after), self.window, done=True))
        self.window.statusBar().showMessage(tr("%Ln item(s) changed.", "", result.changed), 5000)
        return True


def install(window) -> None:
    window.bulk_editing = BulkEditing(window)
