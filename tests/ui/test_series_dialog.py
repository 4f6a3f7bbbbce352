from kpstamps.db.models import CatalogueNumber, Holding, Item, Scan, Series, Want
from kpstamps.services.browse.rows import RowKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select, text

TITLES = {"ko": "조로친선", "en": "DPRK–Russia friendship", "zh": "朝俄友好", "ru": "Корейско-российская дружба"}


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _series_row(catalogue, serial):
    with catalogue.sessions() as s:
        return s.execute(text("SELECT id, title_ko, title_en, title_zh, title_ru, issue_date, year FROM series "
                              "WHERE serial = :serial"), {"serial": serial}).one_or_none()


def _items(catalogue, series_id):
    with catalogue.sessions() as s:
        return s.execute(text("SELECT id, kind, title_ko, title_ru, face_value_cents FROM item "
                              "WHERE series_id = :id ORDER BY position"), {"id": series_id}).all()


def _fill_new_series(window, qtbot):
    window.editing.new_action.trigger()
    dialog = window.editing.dialog
    assert dialog.isVisible() and not _ok(dialog).isEnabled()  # empty: needs a serial or a title
    dialog.serial.setText("Zz7")
    dialog.issue_date.setText("2025-03")
    dialog.announced.setText("2025-02-20")
    for lang, title in TITLES.items():
        dialog.titles[lang].setText(title)
    dialog.notes.setPlainText("주석 · примечание · 注释")
    dialog.themes.filter.setText("foot")
    visible = [dialog.themes.list.item(r) for r in range(dialog.themes.list.count())
               if not dialog.themes.list.item(r).isHidden()]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in visible] == ["sport.football"]
    visible[0].setCheckState(Qt.CheckState.Checked)
    dialog.themes.new_key.setText("friendship.russia_test")
    dialog.themes.new_name.setText("Russia (test)")
    dialog.themes.add_button.click()
    dialog.shortcut.setText("4 stamps + 3 postcards")
    dialog.add_counted.click()
    assert dialog.table.rowCount() == 7
    dialog.copy_title.click()
    dialog.table.set_value(0, "face_value", "50")
    dialog.table.set_value(0, "numbers", "KSC 5890, Mi 6789, Sc 5123, SG 6001, Yv 5010, Colnect KP-2025-01")
    dialog.table.set_value(6, "title_ru", "Открытка")
    return dialog


def test_create_edit_delete_undo_redo(main_window, qtbot, catalogue):
    window = main_window
    dialog = _fill_new_series(window, qtbot)
    assert _ok(dialog).isEnabled(), dialog.messages.text()
    # nothing is written before OK: no series, no new theme, nothing on the undo stack
    assert _series_row(catalogue, "Zz7") is None and window.undo_stack.count() == 0
    with catalogue.sessions() as s:
        assert s.scalar(text("SELECT count(*) FROM theme WHERE key = 'friendship.russia_test'")) == 0
    _ok(dialog).click()
    assert not dialog.isVisible()
    row = _series_row(catalogue, "Zz7")
    assert tuple(row[1:]) == (*TITLES.values(), "2025-03", 2025)
    series_id = row[0]
    items = _items(catalogue, series_id)
    assert [i.kind for i in items] == ["stamp"] * 4 + ["postcard"] * 3
    assert items[0].title_ko == "조로친선" and items[0].face_value_cents == 5000
    assert items[6].title_ru == "Открытка"
    with catalogue.sessions() as s:
        assert sorted(s.execute(select(CatalogueNumber.catalogue, CatalogueNumber.number)
                                .where(CatalogueNumber.item_id == items[0].id)).all()) == [
            ("colnect", "KP-2025-01"), ("ksc", "5890"), ("michel", "6789"), ("scott", "5123"), ("sg", "6001"),
            ("yvert", "5010")]
        themes = s.scalars(text("SELECT t.key FROM theme t JOIN series_theme st ON st.theme_id = t.id "
                                "WHERE st.series_id = :id ORDER BY t.key"), {"id": series_id}).all()
        assert themes == ["friendship.russia_test", "sport.football"]
    assert window.undo_stack.undoText() == "Add series Zz7"
    assert "Undo Add series Zz7" in [a.text().replace("&", "") for a in window.menus["edit"].actions()]

    # edit: select an item row, open with Edit…, drop the last postcard, rename
    assert window.select_key(RowKey(series_id, items[1].id))
    window.editing.edit_action.trigger()
    dialog = window.editing.dialog
    assert dialog.table.selected_rows() == [1]
    dialog.serial.setText("Zz8")
    dialog.table.selectRow(6)
    dialog.remove.click()
    _ok(dialog).click()
    assert window.undo_stack.undoText() == "Edit series Zz8"
    assert _series_row(catalogue, "Zz8")[0] == series_id
    assert [i.id for i in _items(catalogue, series_id)] == [i.id for i in items[:6]]

    # holdings and scans make the delete ask; refusing keeps everything
    with catalogue.sessions.begin() as s:
        s.add_all([Holding(item_id=items[0].id, condition="mnh", quantity=3), Want(item_id=items[1].id),
                   Scan(series_id=series_id, sha256="c" * 64, size_bytes=1),
                   Scan(item_id=items[2].id, sha256="d" * 64, size_bytes=1)])
    questions = []
    window.editing.confirm = lambda q: questions.append(q) or False
    window.select_key(RowKey(series_id, items[0].id))
    assert not window.editing.delete_selected_series()
    assert "1 holding," in questions[0] and "1 want," in questions[0] and "2 scans" in questions[0]
    assert _series_row(catalogue, "Zz8") is not None
    linked = _linked_rows(catalogue, series_id)
    window.editing.confirm = lambda q: True
    assert window.editing.delete_selected_series()
    assert window.undo_stack.undoText() == "Delete series Zz8"
    assert _series_row(catalogue, "Zz8") is None and _count(catalogue, Holding) == 0
    assert _count(catalogue, Scan) == 0 and _count(catalogue, Want) == 0

    ids_after_edit = [i.id for i in items[:6]]
    window.undo_stack.undo()  # undelete: same ids, holdings, wants, scans
    assert [i.id for i in _items(catalogue, series_id)] == ids_after_edit
    assert _count(catalogue, Holding) == 1 and _count(catalogue, Want) == 1 and _count(catalogue, Scan) == 2
    assert _linked_rows(catalogue, series_id) == linked  # same ids, theme links, numbers and scans
    window.undo_stack.undo()  # undo the edit
    assert _series_row(catalogue, "Zz7")[0] == series_id
    assert [i.id for i in _items(catalogue, series_id)] == [i.id for i in items]
    window.undo_stack.undo()  # undo the add
    assert _count(catalogue, Series, Series.id == series_id) == 0 and _count(catalogue, Item, Item.series_id == series_id) == 0
    window.undo_stack.redo()
    assert [i.id for i in _items(catalogue, series_id)] == [i.id for i in items]
    window.undo_stack.redo()
    assert _series_row(catalogue, "Zz8")[0] == series_id
    window.undo_stack.redo()
    assert _count(catalogue, Series, Series.id == series_id) == 0


def _linked_rows(catalogue, series_id):
    """Every row hanging off a series, with ids and links, read with plain SQL."""
    queries = {
        "themes": "SELECT st.theme_id FROM series_theme st WHERE st.series_id = :id ORDER BY 1",
        "items": "SELECT id, position, kind, title_ko, title_zh, title_ru FROM item WHERE series_id = :id ORDER BY id",
        "numbers": "SELECT n.id, n.item_id, n.catalogue, n.number FROM catalogue_number n "
                   "JOIN item i ON i.id = n.item_id WHERE i.series_id = :id ORDER BY n.id",
        "holdings": "SELECT h.id, h.item_id, h.condition, h.quantity FROM holding h "
                    "JOIN item i ON i.id = h.item_id WHERE i.series_id = :id ORDER BY h.id",
        "wants": "SELECT w.id, w.item_id FROM want w JOIN item i ON i.id = w.item_id WHERE i.series_id = :id",
        "scans": "SELECT id, series_id, item_id, sha256 FROM scan WHERE series_id = :id "
                 "OR item_id IN (SELECT id FROM item WHERE series_id = :id) ORDER BY id",
    }
    with catalogue.sessions() as s:
        rows = {name: [tuple(r) for r in s.execute(text(sql), {"id": series_id})] for name, sql in queries.items()}
    assert rows["themes"] and rows["items"] and rows["numbers"] and rows["scans"]
    return rows


def _count(catalogue, model, *where):
    with catalogue.sessions() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def test_delete_items_without_collector_data_needs_no_question(main_window, catalogue):
    window = main_window
    window.editing.confirm = lambda q: (_ for _ in ()).throw(AssertionError("should not ask"))
    with catalogue.sessions() as s:
        ids = s.scalars(select(Item.id).order_by(Item.id).limit(3)).all()
    for item_id in ids:
        series_id = _items_series(catalogue, item_id)
        window.table_view.selectionModel().select(
            window.table_model.index(window.table_model.row_for(RowKey(series_id, item_id)), 0),
            window.table_view.selectionModel().SelectionFlag.Select | window.table_view.selectionModel().SelectionFlag.Rows)
    assert window.editing.delete_selected()
    assert window.undo_stack.undoText() == "Delete 3 items"
    assert _count(catalogue, Item, Item.id.in_(ids)) == 0
    window.undo_stack.undo()
    assert _count(catalogue, Item, Item.id.in_(ids)) == 3


def _items_series(catalogue, item_id):
    with catalogue.sessions() as s:
        return s.scalar(select(Item.series_id).where(Item.id == item_id))


def test_bad_input_messages_disable_ok(main_window):
    dialog = main_window.editing.new_series()
    dialog.serial.setText("Ba79")
    dialog.issue_date.setText("2025-02-30")
    dialog.year.setValue(2024)
    dialog.shortcut.setText("3 widgets")
    dialog.add_one.click()
    dialog.table.set_value(0, "kind", "")
    dialog.table.set_value(0, "face_value", "-1")
    dialog.table.set_value(0, "numbers", "6789")
    messages = dialog.messages.text()
    assert not _ok(dialog).isEnabled()
    for fragment in ("Serial Ba79 is already used", "2025-02-30 does not exist", "Item 1 has no kind",
                     "negative", "needs a catalogue abbreviation", "does not name a kind"):
        assert fragment in messages, messages
    dialog.accept()  # refused while there are problems
    assert dialog.isVisible()
    dialog.confirm = lambda q: False
    dialog.reject()  # changed: asks, answer no keeps the dialog
    assert dialog.isVisible()
    dialog.confirm = lambda q: True
    dialog.reject()
    assert not dialog.isVisible()


def test_cancel_unchanged_dialog_does_not_ask(main_window):
    main_window.editing.confirm = lambda q: (_ for _ in ()).throw(AssertionError("should not ask"))
    window = main_window
    window.table_view.selectRow(0)
    dialog = window.editing.edit_current()
    dialog.reject()
    assert not dialog.isVisible()


def test_kind_combo_delegate_and_double_click(main_window, qtbot):
    window = main_window
    window.table_view.selectRow(0)
    window.table_view.doubleClicked.emit(window.table_model.index(0, 0))
    dialog = window.editing.dialog
    assert dialog.isVisible() and dialog.windowTitle().startswith("Edit series")
    dialog.add_one.click()
    row = dialog.table.rowCount() - 1
    table, column = dialog.table, dialog.table.column("kind")
    index = table.model().index(row, column)
    delegate = table.itemDelegateForColumn(column)
    editor = delegate.createEditor(table.viewport(), None, index)
    delegate.setEditorData(editor, index)
    assert editor.currentData() == "stamp"
    editor.setCurrentIndex(editor.findData("souvenir_sheet"))
    delegate.setModelData(editor, table.model(), index)
    assert table.value(row, "kind") == "souvenir_sheet" and table.item(row, column).text() == "Souvenir sheet"
    editor.deleteLater()
    dialog.confirm = lambda q: True
    dialog.reject()


def test_every_text_field_takes_input_method_text(main_window, catalogue):
    """Hangul, Chinese and Cyrillic composed through an input method land in the database."""
    from ime_input import ime_type, ime_type_in_cell

    dialog = main_window.editing.new_series()
    dialog.serial.setText("Zz9")
    for lang, title in TITLES.items():
        ime_type(dialog.titles[lang], title)
    ime_type(dialog.notes, "주석 · примечание · 注释")
    ime_type(dialog.source, "조선우표사 · Марка · 朝鲜邮票社")
    ime_type(dialog.themes.filter, "조로")  # type-ahead finds the Korean theme name
    shown = [dialog.themes.list.item(r) for r in range(dialog.themes.list.count())
             if not dialog.themes.list.item(r).isHidden()]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in shown] == ["friendship.russia"]
    shown[0].setCheckState(Qt.CheckState.Checked)
    ime_type(dialog.themes.new_key, "friendship.ime_test")
    ime_type(dialog.themes.new_name, "Дружба 친선 友好")
    dialog.themes.add_button.click()
    ime_type(dialog.shortcut, "우표 2장 + 엽서 1장")  # the count shortcut read in Korean
    dialog.add_counted.click()
    assert [d.kind for d in dialog.table.items()] == ["stamp", "stamp", "postcard"]
    cells = {"title_ko": "조로친선 우표", "title_zh": "朝俄友好邮票", "title_ru": "Марка дружбы",
             "format": "квадрат 정방형 方形", "perf_gauge": "12¾", "numbers": "KSC 5890가"}
    for key, value in cells.items():
        ime_type_in_cell(dialog.table, 0, dialog.table.column(key), value)
    ime_type_in_cell(dialog.table, 2, dialog.table.column("title_ru"), "Почтовая карточка")
    assert _ok(dialog).isEnabled(), dialog.messages.text()
    _ok(dialog).click()
    assert not dialog.isVisible()

    row = _series_row(catalogue, "Zz9")
    assert tuple(row[1:5]) == tuple(TITLES.values())
    with catalogue.sessions() as s:
        notes, source = s.execute(text("SELECT notes, source FROM series WHERE id = :id"), {"id": row[0]}).one()
        assert (notes, source) == ("주석 · примечание · 注释", "조선우표사 · Марка · 朝鲜邮票社")
        first = s.execute(text("SELECT i.title_ko, i.title_zh, i.title_ru, i.format, i.perf_gauge, n.number "
                               "FROM item i JOIN catalogue_number n ON n.item_id = i.id "
                               "WHERE i.series_id = :id AND i.position = 1"), {"id": row[0]}).one()
        assert tuple(first) == ("조로친선 우표", "朝俄友好邮票", "Марка дружбы", "квадрат 정방형 方形", "12¾", "5890가")
        assert s.scalar(text("SELECT title_ru FROM item WHERE series_id = :id AND position = 3"),
                        {"id": row[0]}) == "Почтовая карточка"
        themes = s.execute(text("SELECT t.key, t.name_en FROM theme t JOIN series_theme st ON st.theme_id = t.id "
                                "WHERE st.series_id = :id ORDER BY t.key"), {"id": row[0]}).all()
        assert [tuple(t) for t in themes] == [("friendship.ime_test", "Дружба 친선 友好"),
                                              ("friendship.russia", "DPRK–Russia friendship")]


def _state(catalogue):
    """The whole catalogue's editable rows, read with plain SQL (holding/want ids left out:
    ticking again makes new rows)."""
    queries = {
        "series": "SELECT id, serial, title_ko, title_en, title_zh, title_ru, issue_date FROM series ORDER BY id",
        "items": "SELECT id, series_id, position, kind, title_ko, title_ru, face_value_cents FROM item ORDER BY id",
        "numbers": "SELECT id, item_id, catalogue, number FROM catalogue_number ORDER BY id",
        "themes": "SELECT id, key, name_en FROM theme ORDER BY id",
        "links": "SELECT series_id, theme_id FROM series_theme ORDER BY 1, 2",
        "holdings": "SELECT item_id, condition, quantity, location FROM holding ORDER BY item_id",
        "wants": "SELECT item_id, quantity FROM want ORDER BY item_id",
    }
    with catalogue.sessions() as s:
        return {name: [tuple(r) for r in s.execute(text(sql))] for name, sql in queries.items()}


def _press(qtbot, window, keys):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    QTest.qWait(0)  # closed dialogs go; then the main window is the active one again, as on a desktop
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    sequence = QKeySequence(keys)
    qtbot.keyClick(window.table_view, sequence[0].key(), sequence[0].keyboardModifiers())


def test_create_tick_holdings_undo_all_and_redo_all(main_window, qtbot, catalogue):
    window = main_window
    states = [_state(catalogue)]
    dialog = _fill_new_series(window, qtbot)
    _ok(dialog).click()
    states.append(_state(catalogue))
    series_id = _series_row(catalogue, "Zz7")[0]
    assert len(states[1]["series"]) == len(states[0]["series"]) + 1
    assert ("friendship.russia_test" in [t[1] for t in states[1]["themes"]])
    checklist = window.holdings_feature.model
    assert checklist.series_id == series_id and checklist.rowCount() == 7  # the new series is selected
    for row, key in ((0, "owned"), (4, "owned"), (6, "owned"), (5, "wanted")):
        assert checklist.toggle(row, key)
        states.append(_state(catalogue))
    assert len(states[-1]["holdings"]) == 3 and len(states[-1]["wants"]) == 1
    assert window.undo_stack.count() == 5 and window.holdings_feature.panel.summary.text() == "3/7 owned"

    for index in range(4, -1, -1):  # Ctrl+Z, from whichever widget has the focus
        _press(qtbot, window, "Ctrl+Z")
        assert window.undo_stack.index() == index
        assert _state(catalogue) == states[index], f"after undoing to step {index}"
    assert window.holdings_feature.model.rowCount() == 0  # the checklist let go of the vanished series
    for index in range(1, 6):
        _press(qtbot, window, "Ctrl+Shift+Z")
        assert window.undo_stack.index() == index
        assert _state(catalogue) == states[index], f"after redoing to step {index}"
    redo_text = [a.text().replace("&", "") for a in window.menus["edit"].actions()]
    assert "Undo Mark Zz7 #6 wanted" in redo_text


def _type_in_cell(qtbot, dialog, row, key, text):
    """Type `text` into the cell as a user does: F2 opens the editor, keys go in, Return commits."""
    from PySide6.QtWidgets import QLineEdit

    table = dialog.table
    table.setCurrentCell(row, table.column(key))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editors[0].selectAll()
    qtbot.keyClicks(editors[0], text)
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)  # the delegate commits through a queued call
    qtbot.waitUntil(lambda: table.value(row, key) == text, timeout=2000)


def test_unreadable_catalogue_number_is_noted_but_ok_stays_enabled(main_window, qtbot, catalogue):
    """Issue 16 finding 13: a number like `Mi ??` is kept as written with a note, not refused."""
    dialog = main_window.editing.new_series()
    qtbot.waitExposed(dialog)
    dialog.serial.setText("Zz8")
    dialog.shortcut.setText("2 stamps")
    dialog.add_counted.click()
    _type_in_cell(qtbot, dialog, 0, "numbers", "Mi 6789 (Bl. 900)")
    assert not dialog.number_notes.isVisible()  # a good number (with its block) gets no note
    _type_in_cell(qtbot, dialog, 1, "numbers", "Mi ??")
    assert dialog.number_notes.isVisible() and not dialog.messages.isVisible()
    assert dialog.number_notes.text() == ("Item 2: 'Mi ??' is not a catalogue number KP Stamps can read; "
                                          "it is kept as written")
    assert _ok(dialog).isEnabled()
    _type_in_cell(qtbot, dialog, 1, "numbers", "Mi 6790")
    assert not dialog.number_notes.isVisible() and _ok(dialog).isEnabled()
    _type_in_cell(qtbot, dialog, 1, "numbers", "Mi ??")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with catalogue.sessions() as s:
        numbers = s.execute(text("SELECT i.position, n.number FROM catalogue_number n JOIN item i ON i.id = n.item_id "
                                 "JOIN series s ON s.id = i.series_id WHERE s.serial = 'Zz8' ORDER BY 1")).all()
    assert [tuple(n) for n in numbers] == [(1, "6789"), (2, "??")]
