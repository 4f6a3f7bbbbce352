"""The order editor: header fields, a table of lines with live totals, status and printing.

Opened with open()/show(), never exec(). Saving, status changes and rendering go through
kpstamps.services.orders.orders / form_data; this widget only collects and shows values.
Closing an order that differs from what is saved asks Save / Discard / Cancel (a window-modal
box opened with open(), so nothing blocks); the editor owns the QPrinter its print dialogs use.
Mark received… is asked and done by OrdersFeature (`receiveRequested`), as from the orders list;
`refresh_status` shows a status changed elsewhere (a receipt, its undo, redo) and nothing else.
The line rows' widgets are built in line_widgets.py.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kpstamps.db.session import Sessions
from kpstamps.domain.money import CURRENCIES
from kpstamps.errors import CatalogueError
from kpstamps.services.catalogue.glossary import term
from kpstamps.services.orders.form_data import OrderForm, order_form
from kpstamps.services.orders.orders import (
    FORM_LANGUAGES,
    TRANSITIONS,
    OrderDraft,
    order_status,
    save_order,
    set_status,
    shipping_route,
    shipping_routes,
)
from kpstamps.services.orders.recipients import recipients
from kpstamps.ui.common.app_style import error_style
from kpstamps.ui.common.formatting import date_format, format_amount
from kpstamps.ui.common.screen_fit import fit_to_screen
from kpstamps.ui.orders.line_widgets import COLUMNS, CONDITION, LINE_TOTAL, NUMBERS, PRICE, QUANTITY, fill_line_widgets

LANGUAGE_NAMES = {"en": "English", "zh": "中文", "ru": "Русский"}
STATUS_LABELS = {"draft": QT_TRANSLATE_NOOP("", "draft"), "sent": QT_TRANSLATE_NOOP("", "sent"),
                 "received": QT_TRANSLATE_NOOP("", "received"), "cancelled": QT_TRANSLATE_NOOP("", "cancelled")}


def status_label(status: str) -> str:
    """An order status in the UI language."""
    return QCoreApplication.translate("", STATUS_LABELS[status]) if status in STATUS_LABELS else status


class OrderEditor(QDialog):
    """Edit one order. `saved` is emitted with the draft after each successful save."""

    saved = Signal(object)
    receiveRequested = Signal()  # "Mark received…": OrdersFeature asks and receives, as from the list
    printRequested = Signal(str)  # "preview", "print" or "pdf"

    def __init__(self, sessions: Sessions, draft: OrderDraft, ui_lang: str = "en",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.sessions, self.draft, self.ui_lang = sessions, draft, ui_lang
        self._printer = None  # a QPrinter, made on first use (QtPrintSupport is not loaded at start)
        self.setWindowTitle(self.tr("Order {number}").format(number=draft.number))
        fit_to_screen(self, 1100, 640)
        self.error = QLabel()
        self.error.setStyleSheet(error_style())  # readable red on the light and the dark palette
        self.error.setWordWrap(True)
        self.notice = QLabel()  # "Saved order 2026-001 at 14:02": the visible answer to Save
        self.notice.setObjectName("orderSavedNotice")
        self.notice.setAccessibleName(self.tr("Save status"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._make_header())
        self.table = self._make_table()
        layout.addWidget(self.table, 1)
        layout.addLayout(self._make_totals())
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self._make_buttons())
        self._fill_lines()
        self.update_totals()
        self._saved_state = self._state() if draft.id is not None else None
        self._show_status()

    # -- building --------------------------------------------------------------------------
    def _make_header(self) -> QFormLayout:
        d = self.draft
        form = QFormLayout()
        self.number = QLineEdit(d.number)
        self.number.setAccessibleName(self.tr("Order number"))
        self.date = QDateEdit(QDate.fromString(d.order_date, "yyyy-MM-dd"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())  # the UI language's order, a four-digit year
        self.date.setAccessibleName(self.tr("Order date"))
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Recipient"))
        for recipient_id, name in recipients(self.sessions):
            self.recipient.addItem(name, recipient_id)
        self.recipient.setCurrentIndex(max(self.recipient.findData(d.recipient_id), 0))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Form language"))
        for lang in FORM_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.language.setCurrentIndex(max(self.language.findData(d.language), 0))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(list(CURRENCIES))
        self.currency.setCurrentText(d.currency)
        self.currency.setAccessibleName(self.tr("Currency"))
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("To"), self.recipient)
        form.addRow(self.tr("Form language"), self.language)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Shipping route"), self._make_route())
        self.remarks = QPlainTextEdit(d.remarks)
        self.remarks.setMaximumHeight(60)
        self.remarks.setAccessibleName(self.tr("Remarks"))
        form.addRow(self.tr("Remarks"), self.remarks)
        self.status = QLabel(status_label(d.status))
        form.addRow(self.tr("Status"), self.status)
        return form

    def _make_route(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.route = QComboBox()
        self.route.setAccessibleName(self.tr("Shipping route"))
        self.route.addItem(self.tr("(none)"), "")
        for route in shipping_routes():
            self.route.addItem(route.name(self.ui_lang if self.ui_lang in route.names else "en"), route.key)
        self.route.setCurrentIndex(max(self.route.findData(self.draft.shipping_route), 0))
        self.route_facts = QLabel()
        self.route_facts.setWordWrap(True)
        self.route_facts.setTextFormat(Qt.TextFormat.PlainText)
        self.route.currentIndexChanged.connect(self._show_route_facts)
        column.addWidget(self.route)
        column.addWidget(self.route_facts)
        self._show_route_facts()
        return box

    def _show_route_facts(self) -> None:
        """The facts the reference data records about the route, shown while choosing it."""
        route = shipping_route(self.route.currentData() or "")
        lines = [f"• {fact}" for fact in route.facts] + ([self.tr("Source: {source}").format(source=route.source)]
                                                        if route.source else []) if route else []
        self.route_facts.setText("\n".join(lines))

    def _make_table(self) -> QTableWidget:
        headers = [term(f"form.{key}", self.ui_lang) for key in COLUMNS]
        table = QTableWidget(0, len(COLUMNS))
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(self.tr("Order lines"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the title takes what is left
        for column, width in ((0, 70), (NUMBERS, 130), (QUANTITY, 80), (PRICE, 100), (LINE_TOTAL, 90)):
            table.setColumnWidth(column, width)
        return table

    def _make_totals(self) -> QHBoxLayout:
        row = QHBoxLayout()
        remove = QPushButton(self.tr("Remove line"))
        remove.clicked.connect(self.remove_selected_lines)
        row.addWidget(remove)
        row.addStretch(1)
        self.shipping = QDoubleSpinBox()
        self.shipping.setRange(0, 1e7)
        self.shipping.setDecimals(2)
        self.shipping.setValue(self.draft.shipping_cents / 100)
        self.shipping.setAccessibleName(self.tr("Shipping cost"))
        self.shipping.valueChanged.connect(self.update_totals)
        self.subtotal_label, self.total_label = QLabel(), QLabel()
        self.total_label.setAccessibleName(self.tr("Total"))
        row.addWidget(self.subtotal_label)
        row.addWidget(QLabel(self.tr("Shipping")))
        row.addWidget(self.shipping)
        row.addWidget(self.total_label)
        return row

    def _make_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.clicked.connect(self.save)
        for kind, text in (("preview", self.tr("Print preview…")), ("print", self.tr("Print…")),
                           ("pdf", self.tr("Save as PDF…"))):
            button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _=False, k=kind: self.printRequested.emit(k))
        self.sent_button = buttons.addButton(self.tr("Mark sent"), QDialogButtonBox.ButtonRole.ActionRole)
        self.sent_button.clicked.connect(lambda: self.change_status("sent"))
        self.receive_button = buttons.addButton(self.tr("Mark received…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.receive_button.clicked.connect(self.request_receipt)
        buttons.rejected.connect(self.reject)
        return buttons

    def _fill_lines(self) -> None:
        fill_line_widgets(self.table, self.draft, order_form(self.sessions, self.draft), self.ui_lang,
                          self.update_totals)

    # -- values ----------------------------------------------------------------------------
    def _cents(self, spin: QDoubleSpinBox) -> int:
        return round(spin.value() * 100)

    def current_draft(self) -> OrderDraft:
        """The draft as the widgets show it now (lines, header, shipping)."""
        d = self.draft
        for row, line in enumerate(d.lines):
            line.condition = self.table.cellWidget(row, CONDITION).currentData()
            line.quantity = self.table.cellWidget(row, QUANTITY).value()
            line.unit_price_cents = self._cents(self.table.cellWidget(row, PRICE))
        d.number = self.number.text().strip()
        d.order_date = self.date.date().toString("yyyy-MM-dd")
        d.recipient_id = self.recipient.currentData()
        d.language = self.language.currentData()
        d.currency = self.currency.currentText().strip().upper()[:3]
        d.shipping_route = self.route.currentData() or ""
        d.shipping_cents = self._cents(self.shipping)
        d.remarks = self.remarks.toPlainText()
        return d

    def current_form(self) -> OrderForm:
        return order_form(self.sessions, self.current_draft())

    def update_totals(self) -> None:
        """Live line totals, subtotal and total as quantities and prices change."""
        draft = self.current_draft()
        for row, line in enumerate(draft.lines):
            cell = self.table.item(row, LINE_TOTAL)
            if cell is not None:
                cell.setText(format_amount(line.total_cents))
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.subtotal_label.setText(self.tr("Subtotal: {amount}").format(amount=format_amount(draft.subtotal_cents)))
        self.total_label.setText(self.tr("Total: {amount} {currency}").format(
            amount=format_amount(draft.total_cents), currency=draft.currency))

    def remove_selected_lines(self) -> None:
        self.current_draft()
        for row in sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True):
            del self.draft.lines[row]
            self.table.removeRow(row)
        self.update_totals()

    def _state(self) -> OrderDraft:
        return copy.deepcopy(self.current_draft())

    def is_modified(self) -> bool:
        """True for an order never saved, or one whose fields differ from what was saved."""
        return self._saved_state is None or self._state() != self._saved_state

    @property
    def printer(self):
        """The QPrinter the print and preview dialogs use: it lives as long as this window, so a
        non-modal preview never paints on a deleted object (a local QPrinter segfaulted)."""
        if self._printer is None:
            from PySide6.QtPrintSupport import QPrinter

            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        return self._printer

    # -- actions ---------------------------------------------------------------------------
    def save(self) -> bool:
        """Save; a problem is shown in the dialog and nothing typed is lost."""
        try:
            save_order(self.sessions, self.current_draft())
        except CatalogueError as exc:
            self.error.setText(str(exc))
            self.notice.clear()
            return False
        self.error.clear()
        self._saved_state = self._state()
        self._show_status()
        self.setWindowTitle(self.tr("Order {number}").format(number=self.draft.number))
        when = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.notice.setText(self.tr("Saved order {number} at {time}.").format(number=self.draft.number, time=when))
        self.saved.emit(self.draft)
        return True

    def reject(self) -> None:
        """Escape, Close and the window's close button: ask first when something is not saved."""
        if self.isVisible() and self.is_modified():
            self.ask_to_save()
            return
        super().reject()

    def ask_to_save(self) -> QMessageBox:
        """Save / Discard / Cancel, window-modal and non-blocking (answered in `_closing_answer`)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close order"),
                          self.tr("Order {number} has changes that are not saved.").format(number=self.draft.number),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("closeOrderQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._closing_answer(
            box.standardButton(box.clickedButton()) if box.clickedButton() else QMessageBox.StandardButton.Cancel))
        box.open()
        return box

    def _closing_answer(self, answer: QMessageBox.StandardButton) -> None:
        if answer == QMessageBox.StandardButton.Save and not self.save():
            return  # the error is shown; the window stays with everything typed
        if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard):
            QDialog.reject(self)

    def change_status(self, status: str, add_to_holdings: bool = False) -> int:
        """Save, then move the order to `status`; returns the holdings added on receipt."""
        if not self.save():
            return 0
        try:
            added = set_status(self.sessions, self.draft.id, status, add_to_holdings=add_to_holdings)
        except CatalogueError as exc:
            self.error.setText(str(exc))
            return 0
        self.draft.status = status
        self._saved_state = self._state()
        self._show_status()
        self.saved.emit(self.draft)
        return added

    def request_receipt(self) -> None:
        """Mark received…: saves typed changes first, then asks through `receiveRequested`."""
        if self.is_modified() and not self.save():
            return
        self.receiveRequested.emit()

    def _show_status(self) -> None:
        """The status label and the buttons the status allows (received only once saved)."""
        status = self.draft.status
        self.status.setText(status_label(status))
        self.sent_button.setEnabled("sent" in TRANSITIONS.get(status, ()))
        self.receive_button.setEnabled(self.draft.id is not None and "received" in TRANSITIONS.get(status, ()))

    def refresh_status(self) -> None:
        """Show the saved status after a change made elsewhere (a receipt, its undo or redo).

        Only the status is read back: lines and fields the user typed stay as they are, and a
        window without unsaved changes stays without them."""
        status = order_status(self.sessions, self.draft.id) if self.draft.id is not None else None
        if status is None or status == self.draft.status:
            return
        self.draft.status = status
        if self._saved_state is not None:
            self._saved_state.status = status
        self._show_status()


def open_editor(sessions: Sessions, draft: OrderDraft, ui_lang: str, parent: QWidget | None,
                on_print: Callable[[OrderEditor, str], None]) -> OrderEditor:
    """Create, wire and show (non-modal) an editor for `draft`."""
    editor = OrderEditor(sessions, draft, ui_lang, parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.printRequested.connect(lambda kind: on_print(editor, kind))
    editor.show()
    return editor
