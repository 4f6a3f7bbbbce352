"""Open order windows follow receipts made elsewhere, and receive themselves.

The order window and the Orders list stay open side by side while the user goes on: Mark
received… in the list → the window shows "received"; Ctrl+Z on the main window → "sent" again
in both; Mark received… in the window → the list shows it; typed, unsaved lines survive.
"""

from __future__ import annotations

from kpstamps.db.models import Holding, Item, Order, Series
from kpstamps.services.collection.holdings import update_want
from kpstamps.ui.orders.editor import QUANTITY, OrderEditor
from kpstamps.ui.orders.orders_list import OrdersDialog
from person import LEFT, activate
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import func, select


def _sent_order(qtbot, window) -> OrderEditor:
    """An order from the want list, saved and marked sent, in its open window."""
    with window.catalogue.sessions() as session:
        ids = list(session.scalars(select(Item.id).join(Series).where(Series.title_en == "New Year 2025")
                                   .order_by(Item.position).limit(2)))
    for item_id in ids:
        update_want(window.catalogue.sessions, item_id, quantity=1)
    window.catalogueChanged.emit()
    editor = window.orders_feature.from_wants()
    assert editor is not None
    qtbot.addWidget(editor)
    qtbot.waitExposed(editor)
    assert not editor.receive_button.isEnabled()  # a draft never saved cannot be received
    QTest.mouseClick(editor.sent_button, LEFT)
    assert editor.status.text() == "sent" and editor.receive_button.isEnabled()
    return editor


def _orders_list(qtbot, window) -> OrdersDialog:
    activate(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(OrdersDialog)), timeout=3000)
    orders = next(d for d in window.findChildren(OrdersDialog) if d.isVisible())
    QTest.mouseClick(orders.table.viewport(), LEFT, Qt.KeyboardModifier.NoModifier,
                     orders.table.visualRect(orders.table.model().index(0, 0)).center())
    return orders


def _list_button(orders: OrdersDialog) -> QPushButton:
    return next(b for b in orders.findChildren(QPushButton) if b.text() == "Mark received…")


def _answer(qtbot, answer: QMessageBox.StandardButton) -> None:
    """Click a button of the (window-modal, opened with open()) receive question."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=3000)
    box = QApplication.activeModalWidget()
    assert box.objectName() == "receiveOrderQuestion"
    QTest.mouseClick(box.button(answer), LEFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=3000)


def _holdings(window) -> int:
    with window.catalogue.sessions() as session:
        return session.scalar(select(func.count()).select_from(Holding))


def test_open_order_window_follows_a_receipt_from_the_list_and_its_undo(main_window, qtbot):
    window = main_window
    editor = _sent_order(qtbot, window)
    orders = _orders_list(qtbot, window)
    QTest.mouseClick(_list_button(orders), LEFT)
    _answer(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: editor.status.text() == "received", timeout=3000)
    assert orders.table.item(0, 2).text() == "received" and _holdings(window) == 2
    assert not editor.receive_button.isEnabled() and not editor.sent_button.isEnabled()
    assert not editor.is_modified()  # a refresh is not an edit: closing asks nothing

    activate(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit ▸ Undo
    qtbot.waitUntil(lambda: editor.status.text() == "sent", timeout=3000)
    assert orders.table.item(0, 2).text() == "sent" and _holdings(window) == 0
    assert editor.receive_button.isEnabled()

    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: editor.status.text() == "received", timeout=3000)  # Edit ▸ Redo
    assert orders.table.item(0, 2).text() == "received"


def test_mark_received_in_the_order_window_updates_the_list_and_undoes(main_window, qtbot):
    window = main_window
    editor = _sent_order(qtbot, window)
    orders = _orders_list(qtbot, window)
    assert orders.table.item(0, 2).text() == "sent"
    editor.activateWindow()
    QTest.mouseClick(editor.receive_button, LEFT)
    _answer(qtbot, QMessageBox.StandardButton.No)  # received, nothing added to the holdings
    qtbot.waitUntil(lambda: orders.table.item(0, 2).text() == "received", timeout=3000)
    assert editor.status.text() == "received" and _holdings(window) == 0
    with window.catalogue.sessions() as session:
        assert session.scalar(select(Order.status)) == "received"

    activate(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.status.text() == "sent", timeout=3000)
    assert orders.table.item(0, 2).text() == "sent"


def test_cancel_in_the_question_receives_nothing(main_window, qtbot):
    window = main_window
    editor = _sent_order(qtbot, window)
    steps = window.undo_stack.count()
    QTest.mouseClick(editor.receive_button, LEFT)
    _answer(qtbot, QMessageBox.StandardButton.Cancel)
    assert editor.status.text() == "sent" and window.undo_stack.count() == steps


def test_unsaved_typed_lines_survive_a_refresh(main_window, qtbot):
    window = main_window
    editor = _sent_order(qtbot, window)
    quantity = editor.table.cellWidget(1, QUANTITY)
    quantity.setFocus()
    QTest.keyClick(quantity, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(quantity, "7")
    assert editor.is_modified()

    orders = _orders_list(qtbot, window)
    QTest.mouseClick(_list_button(orders), LEFT)
    _answer(qtbot, QMessageBox.StandardButton.No)
    qtbot.waitUntil(lambda: editor.status.text() == "received", timeout=3000)
    assert editor.table.cellWidget(1, QUANTITY).value() == 7 and editor.is_modified()
    assert editor.table.rowCount() == 2
    QTest.mouseClick(editor.save_button, LEFT)  # saved as typed: closing at the end asks nothing
    assert not editor.is_modified()
