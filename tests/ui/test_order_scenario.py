"""An order from the want list to the letterbox, by mouse and keyboard on the real widgets:
menu → prices → Save → print preview opens and closes → Print… to a PDF printer through the
print dialog (read back with pypdf) → Mark sent → Mark received (wants cleared, holdings
added, numbering unique) → Ctrl+Z undoes the receipt. And closing a changed order asks.
"""

from __future__ import annotations

import gc

from kpstamps.db.models import Holding, Item, Order, OrderLine, Series, Want
from kpstamps.services.collection.holdings import update_want
from kpstamps.ui.orders.editor import LINE_TOTAL, PRICE, QUANTITY, OrderEditor
from kpstamps.ui.orders.orders_list import OrdersDialog
from person import LEFT, activate
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton, QToolButton
from sqlalchemy import func, select


def choose(qtbot, window, menu: str, action_name: str) -> None:
    """Click the menu's title in the menu bar, then the command, as a person does."""
    bar = window.menuBar()
    popup = window.menus[menu]
    QTest.mouseClick(bar, LEFT, Qt.KeyboardModifier.NoModifier, bar.actionGeometry(popup.menuAction()).center())
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    action = next(a for a in popup.actions() if a.objectName() == action_name)
    QTest.mouseClick(popup, LEFT, Qt.KeyboardModifier.NoModifier, popup.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=3000)


def button(parent, text: str) -> QPushButton:
    return next(b for b in parent.findChildren(QPushButton) if b.text().replace("&", "") == text and b.isVisible())


def type_into(widget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(widget, text)


def _want_two_items(window) -> list[int]:
    with window.catalogue.sessions() as session:
        ids = list(session.scalars(select(Item.id).join(Series).where(Series.title_en == "New Year 2025")
                                   .order_by(Item.position).limit(2)))
    for item_id in ids:
        update_want(window.catalogue.sessions, item_id, quantity=1)
    window.catalogueChanged.emit()
    return ids


def _count(window, model) -> int:
    with window.catalogue.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def _open_editor(qtbot, window) -> OrderEditor:
    qtbot.waitUntil(lambda: bool(window.orders_feature.editors), timeout=3000)
    editor = window.orders_feature.editors[-1]
    qtbot.addWidget(editor)
    qtbot.waitExposed(editor)
    return editor


def test_want_list_order_priced_saved_previewed_printed_sent_received_and_undone(main_window, qtbot, tmp_path):
    window = main_window
    _want_two_items(window)
    activate(qtbot, window)
    choose(qtbot, window, "orders", "orders_from_wants")
    editor = _open_editor(qtbot, window)
    assert editor.table.rowCount() == 2
    assert editor.table.columnWidth(3) >= editor.table.cellWidget(0, 3).sizeHint().width()  # condition not cut

    type_into(editor.table.cellWidget(0, PRICE), "1.50")
    type_into(editor.table.cellWidget(0, QUANTITY), "2")
    QTest.keyClick(editor.table.cellWidget(0, QUANTITY), Qt.Key.Key_Tab)
    assert editor.table.item(0, LINE_TOTAL).text() == "3.00"
    QTest.mouseClick(editor.save_button, LEFT)
    assert "Saved order" in editor.notice.text() and editor.draft.id is not None
    number = editor.draft.number

    # Print preview: a non-modal window painting with the editor's printer; it closes on Escape.
    QTest.mouseClick(button(editor, "Print preview…"), LEFT)
    preview = next(w for w in editor.findChildren(QPrintPreviewDialog))
    qtbot.waitExposed(preview)
    qtbot.wait(300)  # it paints the pages
    for tool in preview.findChildren(QToolButton):  # views and orientations: each repaints the form
        if tool.defaultAction() is not None and tool.defaultAction().isCheckable() and tool.isVisible():
            QTest.mouseClick(tool, LEFT)
    gc.collect()
    qtbot.wait(200)
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow, timeout=3000)
    QTest.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible(), timeout=3000)

    # Print…: the print dialog with the printer set to a PDF file; Enter presses Print.
    out = tmp_path / "printed.pdf"
    editor.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    editor.printer.setOutputFileName(str(out))
    QTest.mouseClick(button(editor, "Print…"), LEFT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QPrintDialog), timeout=5000)
    dialog = QApplication.activeModalWidget()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(ok, LEFT)
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 1000, timeout=10000)
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert number in text and "Order form" in text and "3.00" in text

    QTest.mouseClick(editor.sent_button, LEFT)
    assert editor.status.text() == "sent"

    # Orders list by its shortcut, the order's row clicked, Mark received…, Yes.
    activate(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(OrdersDialog)), timeout=3000)
    orders = next(d for d in window.findChildren(OrdersDialog) if d.isVisible())
    QTest.mouseClick(orders.table.viewport(), LEFT, Qt.KeyboardModifier.NoModifier,
                     orders.table.visualRect(orders.table.model().index(0, 0)).center())
    QTest.mouseClick(button(orders, "Mark received…"), LEFT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=3000)
    box = QApplication.activeModalWidget()
    QTest.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    qtbot.waitUntil(lambda: orders.table.item(0, 2).text() == "received", timeout=3000)
    assert _count(window, Want) == 0 and _count(window, Holding) == 2

    # The want list is empty now: nothing is offered again, and the next order gets a new number.
    choose(qtbot, window, "orders", "orders_from_wants")
    assert "Nothing to order" in window.statusBar().currentMessage()
    QTest.mouseClick(button(orders, "Close"), LEFT)

    # Ctrl+Z: the receipt is one undo step (holdings gone, wants back, status sent again).
    activate(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _count(window, Holding) == 0 and _count(window, Want) == 2
    with window.catalogue.sessions() as session:
        assert session.scalar(select(Order.status).where(Order.number == number)) == "sent"
    choose(qtbot, window, "orders", "orders_from_wants")  # wanted again, but on the sent order: left out
    assert f"already on an open order: New Year 2025 #1 ({number})" in window.statusBar().currentMessage()
    assert not any(e.isVisible() and e.draft.id is None for e in window.orders_feature.editors)


def test_closing_a_changed_order_asks_and_cancel_keeps_it(main_window, qtbot):
    window = main_window
    _want_two_items(window)
    activate(qtbot, window)
    choose(qtbot, window, "orders", "orders_from_wants")
    editor = _open_editor(qtbot, window)
    QTest.mouseClick(editor.save_button, LEFT)
    first_number = editor.draft.number
    type_into(editor.table.cellWidget(1, QUANTITY), "5")

    QTest.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=3000)
    box = QApplication.activeModalWidget()
    QTest.keyClick(box, Qt.Key.Key_Escape)  # Escape = Cancel: the order window stays, nothing lost
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=3000)
    assert editor.isVisible() and editor.table.cellWidget(1, QUANTITY).value() == 5

    editor.close()  # the window's close button asks too; this time Save
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=3000)
    QTest.mouseClick(QApplication.activeModalWidget().button(QMessageBox.StandardButton.Save), LEFT)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=3000)
    with window.catalogue.sessions() as session:
        assert session.scalar(select(func.sum(OrderLine.quantity))) == 6

    # The saved number is taken: the next order (from a series) gets another one.
    window.orders_feature.ask_text = lambda *a, **k: ("New Year 2025", True)
    window.orders_feature.ask_int = lambda *a, **k: (1, True)
    second = window.orders_feature.from_series()
    qtbot.addWidget(second)
    assert second.draft.number != first_number
    QTest.mouseClick(second.save_button, LEFT)  # saved: closing it at the end asks nothing


def test_an_unsaved_order_is_saved_before_its_pdf_so_its_number_is_never_reused(main_window, qtbot, tmp_path):
    window = main_window
    _want_two_items(window)
    feature = window.orders_feature
    feature.ask_path = lambda *a, **k: (str(tmp_path / "draft.pdf"), "")
    activate(qtbot, window)
    choose(qtbot, window, "orders", "orders_from_wants")
    editor = _open_editor(qtbot, window)
    assert editor.draft.id is None
    QTest.mouseClick(button(editor, "Save as PDF…"), LEFT)
    assert (tmp_path / "draft.pdf").exists() and editor.draft.id is not None
    printed = editor.draft.number
    feature.ask_text = lambda *a, **k: ("New Year 2025", True)
    feature.ask_int = lambda *a, **k: (1, True)
    other = feature.from_series()
    qtbot.addWidget(other)
    assert other.draft.number != printed
    QTest.mouseClick(other.save_button, LEFT)


def test_quitting_with_an_unsaved_order_shows_it_and_asks(main_window, qtbot):
    window = main_window
    _want_two_items(window)
    activate(qtbot, window)
    choose(qtbot, window, "orders", "orders_from_wants")
    editor = _open_editor(qtbot, window)
    activate(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # File → Quit
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=3000)
    QTest.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Escape)  # Cancel: nothing closes
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=3000)
    assert window.isVisible() and editor.isVisible()
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=3000)
    QTest.mouseClick(QApplication.activeModalWidget().button(QMessageBox.StandardButton.Save), LEFT)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=3000)
    assert _count(window, Order) == 1  # saved, then the window may close
    window.close()
    assert not window.isVisible()
