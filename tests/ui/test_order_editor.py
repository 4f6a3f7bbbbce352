"""The Orders menu and the order editor, driven without modal dialogs."""

from __future__ import annotations

from kpstamps.db.models import Holding, Item, Order, Want
from kpstamps.services.orders.orders import list_orders
from kpstamps.ui.orders.editor import LINE_TOTAL, PRICE, QUANTITY
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select


def _feature(main_window):
    return main_window.orders_feature


def close_discarding(editor, qtbot) -> None:
    """Escape on an unsaved order asks; click Discard, as a person who wants it gone does."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    QTest.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    QTest.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())


def test_menu_has_the_order_actions(main_window):
    names = {a.objectName() for a in main_window.menus["orders"].actions()}
    assert {"orders_from_wants", "orders_from_selection", "orders_from_series", "orders_list", "orders_preview",
            "orders_print", "orders_pdf"} <= names


def test_from_series_edit_lines_live_totals_and_save(main_window, qtbot):
    feature = _feature(main_window)
    feature.ask_text = lambda *a, **k: ("Ba79, Ba80, New Year 2025", True)
    feature.ask_int = lambda *a, **k: (2, True)
    editor = feature.from_series()
    qtbot.addWidget(editor)
    assert editor.table.rowCount() == 8
    assert editor.table.item(0, 0).text() == "Ba79"
    editor.table.cellWidget(0, PRICE).setValue(1.5)
    editor.table.cellWidget(0, QUANTITY).setValue(4)
    editor.shipping.setValue(10)
    assert editor.table.item(0, LINE_TOTAL).text() == "6.00"
    assert "16.00" in editor.total_label.text()
    editor.route.setCurrentIndex(editor.route.findData("russian_post_parcel"))
    assert "20 kg" in editor.route_facts.text()  # the reference data's facts, shown when choosing
    assert editor.save()
    [summary] = list_orders(main_window.catalogue.sessions)
    assert (summary.lines, summary.total_cents) == (8, 1600)


def test_bad_number_is_reported_and_nothing_is_lost(main_window, qtbot):
    feature = _feature(main_window)
    main_window.table_view.selectAll()
    editor = feature.from_selection()
    qtbot.addWidget(editor)
    rows = editor.table.rowCount()
    assert rows > 0
    editor.number.setText("")
    assert not editor.save()
    assert "needs a number" in editor.error.text()
    assert editor.table.rowCount() == rows
    editor.table.selectRow(0)
    editor.remove_selected_lines()
    assert editor.table.rowCount() == rows - 1
    close_discarding(editor, qtbot)


def test_from_wants_save_pdf_and_receive(main_window, qtbot, tmp_path):
    sessions = main_window.catalogue.sessions
    with sessions.begin() as session:
        item = session.scalars(select(Item).order_by(Item.id)).first()
        session.add(Want(item_id=item.id, quantity=3, condition="used", max_price_cents=200, currency="EUR"))
    feature = _feature(main_window)
    editor = feature.from_wants()
    qtbot.addWidget(editor)
    editor.language.setCurrentIndex(editor.language.findData("ru"))
    out = tmp_path / "form.pdf"
    feature.ask_path = lambda *a, **k: (str(out), "")
    feature.print_form(editor, "pdf")
    text = "".join(PdfReader(out).pages[0].extract_text().split())
    assert "Бланкзаказа" in text and "Гашёная" in text and "6,00EUR" in text
    assert editor.change_status("sent") == 0
    assert editor.status.text() == "sent"
    dialog = feature.show_orders()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    box = dialog.receive_row(0)
    QTest.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.item(0, 2).text() == "received")
    with sessions() as session:
        assert session.scalar(select(func.sum(Holding.quantity))) == 3
        assert session.scalar(select(Order.status)) == "received"
        assert session.scalar(select(func.count()).select_from(Want)) == 0  # off the want list


def test_lines_show_catalogue_numbers_and_the_pdf_dialog_starts_in_documents(main_window, qtbot, tmp_path,
                                                                          monkeypatch):
    from kpstamps.db.models import CatalogueNumber, Series
    from kpstamps.ui.orders.editor import NUMBERS
    from PySide6.QtCore import QStandardPaths

    with main_window.catalogue.sessions.begin() as session:
        item = session.scalars(select(Item).join(Series).where(Series.title_en == "Sports achievements of 2024")
                               .order_by(Item.position)).first()
        session.add(CatalogueNumber(item_id=item.id, catalogue="michel", number="7001", sort_key="7001"))
    feature = _feature(main_window)
    feature.ask_text = lambda *a, **k: ("Sports achievements of 2024", True)
    feature.ask_int = lambda *a, **k: (1, True)
    editor = feature.from_series()
    qtbot.addWidget(editor)
    numbers = [editor.table.item(row, NUMBERS).text() for row in range(editor.table.rowCount())]
    assert "Mi\u00a07001" in numbers[0]
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _kind: str(documents)))
    asked = []
    chosen = tmp_path / "elsewhere" / "form.pdf"
    chosen.parent.mkdir()
    feature.ask_path = lambda _parent, _caption, suggested, _filter: (asked.append(suggested), (str(chosen), ""))[1]
    feature.print_form(editor, "pdf")
    feature.print_form(editor, "pdf")
    assert asked[0] == str(documents / f"order-{editor.draft.number}-en.pdf")  # not the current directory
    assert asked[1] == str(chosen.parent / f"order-{editor.draft.number}-en.pdf")  # remembered
    assert chosen.exists()
