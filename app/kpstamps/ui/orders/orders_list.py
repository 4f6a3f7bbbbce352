"""The Orders list: every order with its number, date, status, lines and total; opens an
order's window and marks an order received (through OrdersFeature.ask_receive, the same
question and undoable step the order window uses). It reloads on `catalogueChanged`, so a
receipt, its undo and redo show at once.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpstamps.domain.money import Money
from kpstamps.services.orders.orders import list_orders, load_order
from kpstamps.ui.common.formatting import format_date, format_integer, format_money
from kpstamps.ui.orders.editor import OrderEditor, status_label


class OrdersFeature(Protocol):
    """What the list needs of kpstamps.ui.orders.actions.OrdersFeature (no import: no cycle)."""

    window: Any
    sessions: Any

    def open_order(self, draft: Any) -> OrderEditor: ...

    def ask_receive(self, number: str, parent: QWidget) -> QMessageBox: ...


class OrdersDialog(QDialog):
    """All orders: number, date, status, lines, total. Double-click opens one."""

    def __init__(self, feature: OrdersFeature, parent: QWidget | None = None):
        super().__init__(parent)
        self.feature = feature
        self.setWindowTitle(self.tr("Orders"))
        self.resize(640, 360)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Orders"))
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Date"), self.tr("Status"),
                                              self.tr("Lines"), self.tr("Total")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.ActionRole).clicked.connect(
            lambda: self.open_row(self.table.currentRow()))
        buttons.addButton(self.tr("Mark received…"), QDialogButtonBox.ButtonRole.ActionRole).clicked.connect(
            lambda: self.receive_row(self.table.currentRow()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.reload()
        feature.window.catalogueChanged.connect(self.reload)  # undo/redo of a receipt change the status

    def reload(self) -> None:
        orders = list_orders(self.feature.sessions)
        self.table.setRowCount(len(orders))
        for row, o in enumerate(orders):
            for column, text in enumerate((o.number, format_date(o.order_date), status_label(o.status),
                                           format_integer(o.lines), format_money(Money(o.total_cents, o.currency)))):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _number(self, row: int) -> str | None:
        cell = self.table.item(row, 0) if row >= 0 else None
        return cell.text() if cell else None

    def open_row(self, row: int) -> OrderEditor | None:
        number = self._number(row)
        return self.feature.open_order(load_order(self.feature.sessions, number)) if number else None

    def receive_row(self, row: int) -> QMessageBox | None:
        """Mark the order in `row` received (the feature asks; the list follows `catalogueChanged`)."""
        number = self._number(row)
        return self.feature.ask_receive(number, self) if number else None
