"""The order editor's line rows: which column is which and the editing widgets in each row
(condition, quantity, price), with the condition column as wide as its longest choice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox, QTableWidget, QTableWidgetItem, QWidget

from kpstamps.services.catalogue.glossary import term
from kpstamps.services.orders.form_data import OrderForm
from kpstamps.services.orders.orders import ORDER_CONDITIONS, OrderDraft

COLUMNS = ("serial", "item", "catalogue_numbers", "condition", "quantity", "unit_price", "line_total")
NUMBERS, CONDITION, QUANTITY, PRICE, LINE_TOTAL = (COLUMNS.index(k) for k in (
    "catalogue_numbers", "condition", "quantity", "unit_price", "line_total"))


def fill_line_widgets(table: QTableWidget, draft: OrderDraft, form: OrderForm, ui_lang: str,
                      on_change: Callable[[], None]) -> None:
    """One row per line of `draft`: serial, title and numbers read-only, then a condition combo,
    quantity and price spin boxes (calling `on_change`) in Tab order, and an empty total cell."""
    table.setRowCount(len(draft.lines))
    names = [term(f"form.{key}", ui_lang) for key in ("condition", "quantity", "unit_price")]
    previous: QWidget = table  # Tab: the table, then its cells' inputs row by row, then on
    for row, (line, shown) in enumerate(zip(draft.lines, form.lines)):
        title = shown.title if not shown.title_ko or shown.title_ko == shown.title else f"{shown.title} / {shown.title_ko}"
        for column, text in ((0, shown.serial), (1, title), (NUMBERS, shown.numbers)):
            cell = QTableWidgetItem(text)
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, column, cell)
        condition = QComboBox()
        for value in ORDER_CONDITIONS:
            condition.addItem(term(f"condition.{value.value}", ui_lang), value.value)
        if condition.findData(line.condition) < 0:
            condition.addItem(term(f"condition.{line.condition}", ui_lang), line.condition)
        condition.setCurrentIndex(condition.findData(line.condition))
        quantity = QSpinBox()
        quantity.setRange(1, 100000)
        quantity.setValue(line.quantity)
        price = QDoubleSpinBox()
        price.setRange(0, 1e7)
        price.setDecimals(2)
        price.setValue(line.unit_price_cents / 100)
        quantity.valueChanged.connect(on_change)
        price.valueChanged.connect(on_change)
        for name, column, widget in zip(names, (CONDITION, QUANTITY, PRICE), (condition, quantity, price)):
            table.setCellWidget(row, column, widget)
            widget.setAccessibleName(f"{name}: {shown.serial} {title}".strip())
            QWidget.setTabOrder(previous, widget)
            previous = widget
        table.setItem(row, LINE_TOTAL, QTableWidgetItem())
    fit_condition_column(table)


def fit_condition_column(table: QTableWidget) -> None:
    """The condition column as wide as its longest choice (the combo boxes were cut off)."""
    combos = [table.cellWidget(row, CONDITION) for row in range(table.rowCount())]
    widest = max((c.sizeHint().width() for c in combos if c is not None), default=0)
    title = table.horizontalHeader().sectionSizeHint(CONDITION)
    table.setColumnWidth(CONDITION, max(widest, title, 150) + 8)
