import pytest
from kpstamps.db.models import Holding, Series, Want
from kpstamps.services.browse.rows import RowKey
from kpstamps.ui.collection.checklist_model import column_of
from kpstamps.ui.table_model import COLUMNS
from PySide6.QtCore import Qt
from sqlalchemy import select


@pytest.fixture
def feature(main_window, qtbot):
    with main_window.catalogue.sessions() as s:
        series = s.scalar(select(Series).where(Series.title_en == "New Year 2025"))
        key = RowKey(series.id, series.items[0].id)
    main_window.select_key(key)
    feature = main_window.holdings_feature
    assert feature.model.rowCount() == 6
    return feature


def _owned(main_window):
    with main_window.catalogue.sessions() as s:
        return {(h.item_id, h.condition, h.quantity) for h in s.scalars(select(Holding))}


def _item_ids(feature):
    return [feature.model.row(r).item_id for r in range(feature.model.rowCount())]


def _main_owned_cell(main_window, item_id):
    model = main_window.table_model
    row = next(r for r in range(model.rowCount()) if model.row_key(r).item_id == item_id)
    return model.data(model.index(row, [c[0] for c in COLUMNS].index("Owned")))


def test_model_is_consistent(feature, qtbot, qtmodeltester):
    qtmodeltester.check(feature.model, force_py=True)
    assert feature.panel.summary.text() == "0/6 owned"


def _tick_first_with_space(main_window, feature, qtbot) -> list[int]:
    """Space on the first row's Owned cell; returns the items' ids."""
    view = feature.panel.view
    items = _item_ids(feature)
    view.setFocus()
    view.setCurrentIndex(feature.model.index(0, column_of("owned")))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert _owned(main_window) == {(items[0], "mnh", 1)}
    return items


def test_space_bar_ticks_owned_and_undo_redo(main_window, feature, qtbot):
    items = _tick_first_with_space(main_window, feature, qtbot)
    view = feature.panel.view
    assert main_window.undo_stack.undoText().startswith("Mark ") and "#1 owned" in main_window.undo_stack.undoText()
    assert _main_owned_cell(main_window, items[0]) == "1"  # the main table refreshed
    # Space on another column of the next row ticks that row owned too
    view.setCurrentIndex(feature.model.index(1, column_of("title")))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert _owned(main_window) == {(items[0], "mnh", 1), (items[1], "mnh", 1)}
    assert feature.panel.summary.text() == "2/6 owned" and feature.panel.bar.value() == 2
    main_window.undo_stack.undo()
    assert _owned(main_window) == {(items[0], "mnh", 1)}
    main_window.undo_stack.undo()
    assert _owned(main_window) == set() and _main_owned_cell(main_window, items[0]) == ""
    main_window.undo_stack.redo()
    main_window.undo_stack.redo()
    assert _owned(main_window) == {(items[0], "mnh", 1), (items[1], "mnh", 1)}
    qtbot.keyClick(view, Qt.Key.Key_Space)  # untick the current row
    assert _owned(main_window) == {(items[0], "mnh", 1)}
    assert "not owned" in main_window.undo_stack.undoText()


def test_wanted_and_in_place_edits(main_window, feature):
    model = feature.model
    items = _item_ids(feature)
    model.setData(model.index(2, column_of("wanted")), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(2, column_of("max_price")), "3,50 usd")
    model.setData(model.index(2, column_of("want_quantity")), 2)
    model.setData(model.index(2, column_of("price")), "1.20")
    model.setData(model.index(2, column_of("location")), "Album 1")
    model.setData(model.index(2, column_of("condition")), "cto")
    with main_window.catalogue.sessions() as s:
        want = s.scalar(select(Want).where(Want.item_id == items[2]))
        holding = s.scalar(select(Holding).where(Holding.item_id == items[2]))
        assert (want.quantity, want.max_price_cents, want.currency) == (2, 350, "USD")
        assert (holding.price_cents, holding.price_currency, holding.location, holding.condition) == (
            120, "EUR", "Album 1", "cto")
    assert model.data(model.index(2, column_of("price"))) == "1.20 EUR"
    assert model.data(model.index(2, column_of("owned")), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "location" in main_window.undo_stack.text(main_window.undo_stack.index() - 2)


def test_bad_price_is_refused_and_nothing_lost(main_window, feature):
    model = feature.model
    model.setData(model.index(0, column_of("price")), "2.00")
    assert not model.setData(model.index(0, column_of("price")), "two euros")
    assert "not an amount" in feature.panel.message.text()
    model.setData(model.index(0, column_of("want_quantity")), 0)  # the service refuses it
    assert "at least 1" in feature.panel.message.text()
    with main_window.catalogue.sessions() as s:
        assert s.scalar(select(Holding.price_cents)) == 200
        assert s.scalar(select(Want.id)) is None


def test_incomplete_series_filter(main_window, feature):
    feature.model.toggle(0)
    action = feature.incomplete_action
    action.setChecked(True)
    assert main_window.table_model.rowCount() == 6
    action.setChecked(False)
    assert main_window.table_model.rowCount() == 15


def test_catalogue_values_of_current_item_with_undo(main_window, feature):
    from kpstamps.db.models import CatalogueValue

    view, panel = feature.panel.view, feature.values_panel
    items = _item_ids(feature)
    view.setCurrentIndex(feature.model.index(1, column_of("title")))
    assert panel.item_id == items[1]
    panel.amount.setText("abc")
    assert "not an amount" in panel.add_value()
    panel.condition.setCurrentIndex(panel.condition.findData("used"))
    panel.amount.setText("2,50")
    panel.currency.setCurrentText("eur")
    panel.edition.setText("2024")
    panel.add_button.click()
    with main_window.catalogue.sessions() as s:
        rows = [(v.item_id, v.condition, v.amount_cents, v.currency, v.catalogue, v.edition)
                for v in s.scalars(select(CatalogueValue))]
    assert rows == [(items[1], "used", 250, "EUR", "michel", "2024")]
    assert panel.values.count() == 1 and "2.50\u00a0EUR" in panel.values.item(0).text()
    assert main_window.undo_stack.undoText().startswith("Set catalogue value of")
    main_window.undo_stack.undo()
    assert panel.values.count() == 0
    with main_window.catalogue.sessions() as s:
        assert s.scalar(select(CatalogueValue.id)) is None


def test_location_typed_in_the_cell_editor(main_window, feature, qtbot):
    from PySide6.QtWidgets import QLineEdit

    view = feature.panel.view
    index = feature.model.index(0, column_of("location"))
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(QLineEdit)
    qtbot.keyClicks(editor, "Stockbook 2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main_window.undo_stack.count() > 0)  # the delegate commits queued
    with main_window.catalogue.sessions() as s:
        assert s.scalar(select(Holding.location).where(Holding.item_id == _item_ids(feature)[0])) == "Stockbook 2"
    assert feature.model.row(0).owned  # typing a location means the collector has it


def test_incomplete_filter_combines_with_search(main_window, feature):
    feature.model.toggle(0)  # New Year begun: incomplete; the sports series not begun
    bar, table = main_window.search_bar, main_window.table_model
    bar.edit.setText("theme:sport")
    bar.apply()
    assert table.rowCount() == 7
    feature.incomplete_action.setChecked(True)  # sport AND incomplete: nothing
    assert table.rowCount() == 0
    bar.edit.setText("")
    bar.apply()  # a new search keeps the incomplete filter
    assert {table.row_key(r).series_id for r in range(table.rowCount())} == {_new_year_id(main_window)}
    assert table.rowCount() == 6
    bar.edit.setText("theme:sport")
    bar.apply()
    assert table.rowCount() == 0
    feature.incomplete_action.setChecked(False)  # the search stays
    assert table.rowCount() == 7


def _new_year_id(main_window):
    with main_window.catalogue.sessions() as s:
        return s.scalar(select(Series.id).where(Series.title_en == "New Year 2025"))


def test_checklist_follows_a_deleted_series(main_window, feature):
    series_id, first_item = feature.model.series_id, _item_ids(feature)[0]
    feature.model.toggle(0)
    main_window.editing.confirm = lambda question: True
    assert main_window.editing.delete_selected_series()  # the series shown in the checklist goes
    assert feature.model.series_id is None and feature.model.rowCount() == 0
    assert feature.panel.summary.text() == "No items" and not feature.values_panel.isEnabled()
    feature.model.show_series(series_id)  # a stale key (e.g. a late signal) shows nothing, no error
    assert feature.model.rowCount() == 0
    main_window.undo_stack.undo()  # the series is back with its holding
    assert main_window.select_key(RowKey(series_id, first_item))
    assert feature.model.series_id == series_id and feature.panel.summary.text() == "1/6 owned"
    main_window.undo_stack.redo()  # deleted again while shown
    assert feature.model.rowCount() == 0
    with main_window.catalogue.sessions() as s:
        assert s.scalar(select(Series.id).where(Series.id == series_id)) is None


def _click_check_box(qtbot, view, row, key):
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    index = view.model().index(row, column_of(key))
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_one_click_ticks_owned_and_wanted_and_main_table_shows_them(main_window, feature, qtbot):
    view = feature.panel.view
    items = _item_ids(feature)
    _click_check_box(qtbot, view, 3, "owned")
    _click_check_box(qtbot, view, 4, "wanted")
    assert _owned(main_window) == {(items[3], "mnh", 1)}
    with main_window.catalogue.sessions() as s:
        assert [(w.item_id, w.quantity) for w in s.scalars(select(Want))] == [(items[4], 1)]
    assert _main_owned_cell(main_window, items[3]) == "1"
    model = main_window.table_model
    row = next(r for r in range(model.rowCount()) if model.row_key(r).item_id == items[4])
    assert model.data(model.index(row, [c[0] for c in COLUMNS].index("Wanted"))) == "1"
    assert main_window.undo_stack.count() == 2
    feature.model.setData(feature.model.index(4, column_of("want_condition")), "used")
    with main_window.catalogue.sessions() as s:
        assert s.execute(select(Want.condition, Want.quantity)).one() == ("used", 1)
    _click_check_box(qtbot, view, 3, "owned")  # a second click unticks
    assert _owned(main_window) == set()


def test_location_typed_through_an_input_method(main_window, feature):
    from ime_input import ime_type_in_cell

    view = feature.panel.view
    ime_type_in_cell(view, 0, column_of("location"), "앨범 2 · Альбом 2 · 集邮册")
    with main_window.catalogue.sessions() as s:
        assert s.scalar(select(Holding.location).where(Holding.item_id == _item_ids(feature)[0])) == \
            "앨범 2 · Альбом 2 · 集邮册"


def test_undo_of_a_tick_is_refused_after_someone_else_changed_the_holding(main_window, feature, qtbot):
    """Bob (another program on the same file) changes the holding Alice just ticked: her undo
    leaves his holding, says so in the status bar, and drops the step."""
    from kpstamps.db.session import make_engine, make_sessions
    from kpstamps.services.collection import holdings

    items = _tick_first_with_space(main_window, feature, qtbot)
    engine = make_engine(main_window.catalogue.engine.url.render_as_string(hide_password=False))
    try:
        holdings.update_holding(make_sessions(engine), items[0], quantity=3)  # Bob
    finally:
        engine.dispose()
    main_window.undo_stack.undo()
    assert _owned(main_window) == {(items[0], "mnh", 3)}  # Bob's change kept
    message = main_window.statusBar().currentMessage()
    assert message.startswith("Cannot undo “Mark ") and "#1" in message and "someone else" in message, message
    assert main_window.undo_stack.count() == 0  # the refused step is gone
