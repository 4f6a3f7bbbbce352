"""Counts in user-visible sentences follow the language's plural forms (Qt numerus, %Ln):
the "holdings added" message of a received order and the import dialog's summary, in English
(1 / 2) and Russian (1 / 2 / 5)."""

from __future__ import annotations

import pytest
from kpstamps.db.models import Item, Want
from kpstamps.ui.common.translations import install_translators
from kpstamps.ui.transfer.import_dialog import ImportDialog
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select


@pytest.fixture
def language(qapp):
    yield lambda lang: install_translators(qapp, lang)
    install_translators(qapp, "en")


@pytest.mark.parametrize(("lang", "n", "expected"), [
    ("en", 1, "Order {number} received; 1 holding added."),
    ("en", 2, "Order {number} received; 2 holdings added."),
    ("ru", 1, "Заказ {number} получен; добавлен 1 экземпляр в коллекцию."),
    ("ru", 2, "Заказ {number} получен; добавлено 2 экземпляра в коллекцию."),
    ("ru", 5, "Заказ {number} получен; добавлено 5 экземпляров в коллекцию."),
])
def test_received_order_says_how_many_holdings_were_added(main_window, qtbot, language, lang, n, expected):
    with main_window.catalogue.sessions.begin() as session:
        for item in session.scalars(select(Item).order_by(Item.id).limit(n)):
            session.add(Want(item_id=item.id, quantity=1, condition="used", max_price_cents=100, currency="EUR"))
    language(lang)
    feature = main_window.orders_feature
    editor = feature.from_wants()
    qtbot.addWidget(editor)
    assert editor.change_status("sent") == 0
    dialog = feature.show_orders()
    qtbot.addWidget(dialog)
    number = dialog.table.item(0, 0).text()
    box = dialog.receive_row(0)
    QTest.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: number in main_window.statusBar().currentMessage())
    assert main_window.statusBar().currentMessage() == expected.format(number=number)


def _csv(tmp_path, rows: int):
    source = tmp_path / "foreign.csv"
    source.write_text("Title;Mi\n" + "".join(f"Stamp {i};{9100 + i}\n" for i in range(rows)), encoding="utf-8")
    return source


@pytest.mark.parametrize(("lang", "n", "expected"), [
    ("en", 1, "Would import: 1 new item, 0 updated, 0 duplicates, 0 rows rejected; 1 new series"),
    ("en", 2, "Would import: 2 new items, 0 updated, 0 duplicates, 0 rows rejected; 1 new series"),
    ("ru", 1, "Будет импортировано: 1 новый предмет, 0 обновлено, 0 дубликатов, 0 строк отклонено; 1 новая серия"),
    ("ru", 2, "Будет импортировано: 2 новых предмета, 0 обновлено, 0 дубликатов, 0 строк отклонено; 1 новая серия"),
    ("ru", 5, "Будет импортировано: 5 новых предметов, 0 обновлено, 0 дубликатов, 0 строк отклонено; 1 новая серия"),
])
def test_import_dialog_summary_uses_plural_forms(qtbot, catalogue, tmp_path, language, lang, n, expected):
    language(lang)
    dialog = ImportDialog(catalogue.sessions, _csv(tmp_path, n))
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    assert dialog.summary.text() == expected
    dialog.close()


def test_saved_order_form_says_one_page(main_window, qtbot, tmp_path):
    with main_window.catalogue.sessions.begin() as session:
        item = session.scalars(select(Item).order_by(Item.id)).first()
        session.add(Want(item_id=item.id, quantity=1, condition="used", max_price_cents=100, currency="EUR"))
    feature = main_window.orders_feature
    editor = feature.from_wants()
    qtbot.addWidget(editor)
    out = tmp_path / "form.pdf"
    feature.ask_path = lambda *a, **k: (str(out), "")
    feature.print_form(editor, "pdf")
    assert main_window.statusBar().currentMessage() == f"Saved {out} (1 page)."
