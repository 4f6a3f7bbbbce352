import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import select

from kpstamps.db.models import Holding, Series, Want
from kpstamps.services.browse import RowKey
from kpstamps.ui.checklist_model import column_of
from kpstamps.ui.table_model import COLUMNS


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


def test_model_is_consistent(feature, qtbot):
    QAbstractItemModelTester(feature.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert feature.panel.summary.text() == "0/6 owned"


def test_space_bar_ticks_owned_and_undo_redo(main_window, feature, qtbot):
    view = feature.panel.view
    items = _item_ids(feature)
    view.setFocus()
    view.setCurrentIndex(feature.model.index(0, column_of("owned")))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert _owned(main_window) == {(items[0], "mnh", 1)}
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
