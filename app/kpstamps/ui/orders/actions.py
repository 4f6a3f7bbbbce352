"""The Orders menu: new orders from the want list, the selection or whole series; the list of
orders; print preview, printing and Save as PDF of the order being edited.

Questions go through injectable callables (`ask_text`, `ask_int`, `ask_path`) so tests can
drive them without modal dialogs; receiving asks with a window-modal box opened with open().
The order services, the order window and the orders list are imported on first use, not at
start-up (11 ms before the window's first paint otherwise).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)
from shiboken6 import isValid

from kpstamps.errors import CatalogueError
from kpstamps.ui.common.file_places import remember, start_path
from kpstamps.ui.common.undo_commands import ServiceCommand

if TYPE_CHECKING:
    from kpstamps.services.orders.orders import LineDraft, OrderDraft
    from kpstamps.services.orders.receiving import WantListLines
    from kpstamps.ui.orders.editor import OrderEditor
    from kpstamps.ui.orders.orders_list import OrdersDialog


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)


def left_out_text(found: WantListLines, shown: int = 3) -> str:
    """"Left out: already owned: A #1, B #2; already on an open order: C #1 (2026-001)." """
    def some(names: list[str]) -> str:
        return ", ".join(names[:shown]) + (f" (+{len(names) - shown})" if len(names) > shown else "")

    parts = []
    if found.owned:
        parts.append(tr("already owned: {items}").format(items=some(found.owned)))
    if found.on_order:
        parts.append(tr("already on an open order: {items}").format(
            items=some([f"{label} ({number})" for label, number in found.on_order])))
    return tr("Left out of the order — {reasons}.").format(reasons="; ".join(parts)) if parts else ""


class OrdersFeature(QObject):
    """What the Orders menu needs to remember: the window and the editors it opened.

    Quitting while an order window has unsaved changes shows that window and asks first.
    """

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.editors: list[OrderEditor] = []
        window.installEventFilter(self)
        self.ask_text: Callable[..., tuple[str, bool]] = QInputDialog.getText
        self.ask_int: Callable[..., tuple[int, bool]] = QInputDialog.getInt
        self.ask_path: Callable[..., tuple[str, str]] = QFileDialog.getSaveFileName

    @property
    def sessions(self):
        return self.window.catalogue.sessions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            unsaved = [e for e in self.editors if isValid(e) and e.isVisible() and e.is_modified()]
            if unsaved:
                event.ignore()
                unsaved[0].raise_()
                unsaved[0].activateWindow()
                unsaved[0].ask_to_save()
                return True
        return False

    def _message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    # -- new orders ------------------------------------------------------------------------
    def open_draft(self, lines: list[LineDraft]) -> OrderEditor | None:
        if not lines:
            self._message(tr("Nothing to order."))
            return None
        from kpstamps.services.orders.orders import new_order

        prefs = self.window.prefs
        draft = new_order(self.sessions, lines, prefs.customer, currency=prefs.default_currency or "EUR")
        return self.open_order(draft)

    def open_order(self, draft: OrderDraft) -> OrderEditor:
        from kpstamps.ui.orders.editor import open_editor

        editor = open_editor(self.sessions, draft, self.window.ui_lang, self.window, self.print_form)
        editor.saved.connect(lambda _d: self.window.catalogueChanged.emit())
        editor.receiveRequested.connect(lambda e=editor: self.ask_receive(e.draft.number, e))
        self.window.catalogueChanged.connect(editor.refresh_status)  # a receipt, its undo or redo
        editor.destroyed.connect(lambda _=None, e=editor: self.editors.remove(e) if e in self.editors else None)
        self.editors.append(editor)
        return editor

    def from_wants(self) -> OrderEditor | None:
        """The want list as a new order, without what is owned or already on an open order."""
        from kpstamps.services.orders.receiving import want_list_lines

        with self.sessions() as session:
            found = want_list_lines(session, self.window.prefs.default_currency or "EUR")
        editor = self.open_draft(found.lines)
        left_out = left_out_text(found)
        if left_out:
            if editor is not None:
                editor.notice.setText(left_out)
            else:
                self._message(left_out)
        return editor

    def from_selection(self) -> OrderEditor | None:
        from kpstamps.services.orders.orders import lines_from_keys

        return self.open_draft(lines_from_keys(self.window.selected_keys()))

    def from_series(self) -> OrderEditor | None:
        """Ask for series (serials or titles, comma-separated) and how many of each."""
        from kpstamps.services.orders.orders import lines_from_series

        text, ok = self.ask_text(self.window, tr("New order from series"),
                                 tr("Series (serials such as Ba79 or titles, separated by commas):"))
        if not ok or not text.strip():
            return None
        quantity, ok = self.ask_int(self.window, tr("New order from series"), tr("How many of each:"), 1, 1, 10000)
        if not ok:
            return None
        specs = [s.strip() for s in text.split(",") if s.strip()]
        try:
            with self.sessions() as session:
                lines = lines_from_series(session, specs, quantity)
        except CatalogueError as exc:
            self._message(str(exc))
            return None
        return self.open_draft(lines)

    # -- printing --------------------------------------------------------------------------
    def active_editor(self) -> OrderEditor | None:
        """The order window in front, else the one opened last."""
        active = QApplication.activeWindow()
        return active if active in self.editors else (self.editors[-1] if self.editors else None)

    def print_form(self, editor: OrderEditor | None, kind: str) -> QDialog | None:
        """Print preview, print or save as PDF: one renderer for all three.

        The order is saved first: a number that reaches paper or a PDF is in the catalogue,
        so no later order can get it. If it cannot be saved, nothing is printed.
        """
        if editor is None:
            self._message(tr("Open an order first."))
            return None
        if not editor.save():
            self._message(tr("Not printed: the order could not be saved ({error}).").format(error=editor.error.text()))
            return None
        form = editor.current_form()
        if kind == "pdf":
            self.save_pdf(editor, form)
            return None
        from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog

        from kpstamps.printing.order_form import paint_order_form

        printer = editor.printer  # owned by the editor: the dialogs below outlive this call
        printer.setDocName(f"{form.number}")
        if kind == "preview":
            dialog: QDialog = QPrintPreviewDialog(printer, editor)
            dialog.paintRequested.connect(lambda device: paint_order_form(form, device))
        else:
            dialog = QPrintDialog(printer, editor)
            dialog.accepted.connect(lambda *_printer: self._printed(editor, form, printer))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        QDialog.open(dialog)  # QPrintDialog.open() is the (receiver, member) overload in PySide6
        return dialog

    def _printed(self, editor: OrderEditor, form, printer) -> None:
        from kpstamps.printing.order_form import paint_order_form

        pages = paint_order_form(form, printer)
        self._message(tr("Order {number} sent to the printer (%Ln page(s)).", "", pages).format(number=form.number))

    def save_pdf(self, editor: OrderEditor, form) -> str:
        from kpstamps.printing.order_form import render_pdf  # QtPrintSupport and fonts: on first use

        name = f"order-{form.number}-{form.language}.pdf"
        path, _filter = self.ask_path(editor, tr("Save order form as PDF"), start_path("order_pdf", name),
                                      tr("PDF files (*.pdf)"))
        if not path:
            return ""
        remember("order_pdf", path)
        paper = "letter" if QLocale().territory() in (QLocale.Country.UnitedStates, QLocale.Country.Canada) else "a4"
        try:
            result = render_pdf(form, path, paper)
        except OSError as exc:
            editor.error.setText(tr("Could not write {path}: {error}").format(path=path, error=exc.strerror or exc))
            return ""
        self._message(tr("Saved {path} (%Ln page(s)).", "", result.pages).format(path=path))
        return path

    # -- receiving -------------------------------------------------------------------------
    def ask_receive(self, number: str, parent: QWidget) -> QMessageBox:
        """Mark the order received: asks (without blocking) whether its lines become holdings.

        The one way in for the orders list and the order window alike."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Mark received"),
                          tr("Add the lines of order {number} to your holdings?").format(number=number),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                          | QMessageBox.StandardButton.Cancel, parent)
        box.setObjectName("receiveOrderQuestion")
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._receive_answer(number, box.standardButton(box.clickedButton())
                                                             if box.clickedButton() else QMessageBox.StandardButton.Cancel))
        box.open()
        return box

    def _receive_answer(self, number: str, answer: QMessageBox.StandardButton) -> None:
        if answer in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No):
            self.receive(number, add_to_holdings=answer == QMessageBox.StandardButton.Yes)

    def receive(self, number: str, add_to_holdings: bool) -> int:
        """Receive the order as one undoable step (holdings added, wants lowered, status).

        Pushing the step emits `catalogueChanged`: the orders list and open order windows follow."""
        from kpstamps.services.orders.orders import load_order
        from kpstamps.services.orders.receiving import receive_order, undo_receipt

        sessions, window = self.sessions, self.window
        try:
            receipts = [receive_order(sessions, load_order(sessions, number).id, add_to_holdings=add_to_holdings)]
        except CatalogueError as exc:
            self._message(str(exc))
            return 0
        window.undo_stack.push(ServiceCommand(
            tr("Receive order {number}").format(number=number),
            lambda: receipts.append(receive_order(sessions, receipts[-1].order_id, add_to_holdings=add_to_holdings)),
            lambda: undo_receipt(sessions, receipts[-1]), window, done=True))
        added = receipts[-1].added
        self._message(tr("Order {number} received; %Ln holding(s) added.", "", added).format(number=number))
        return added

    # -- list of orders --------------------------------------------------------------------
    def show_orders(self) -> OrdersDialog:
        from kpstamps.ui.orders.orders_list import OrdersDialog

        dialog = OrdersDialog(self, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog


def install(window) -> OrdersFeature:
    """Add the Orders menu to the main window."""
    feature = OrdersFeature(window)
    window.orders_feature = feature
    menu = window.menus["orders"]
    entries = (
        (tr("New order from &want list"), "orders_from_wants", feature.from_wants),
        (tr("New order from &selection"), "orders_from_selection", feature.from_selection),
        (tr("New order from ser&ies…"), "orders_from_series", feature.from_series),
        None,
        (tr("&Orders…"), "orders_list", feature.show_orders),
        None,
        (tr("Print pre&view…"), "orders_preview", lambda: feature.print_form(feature.active_editor(), "preview")),
        (tr("&Print order form…"), "orders_print", lambda: feature.print_form(feature.active_editor(), "print")),
        (tr("Save order form as P&DF…"), "orders_pdf", lambda: feature.print_form(feature.active_editor(), "pdf")),
    )
    for entry in entries:
        if entry is None:
            menu.addSeparator()
            continue
        text, name, slot = entry
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False, s=slot: s())
        menu.addAction(action)
    return feature
