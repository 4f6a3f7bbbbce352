"""Bulk edit in the window: selection by mouse, Ctrl+Shift+E, the dialog by events, one undo step."""

from __future__ import annotations

from kpstamps.db.models import Holding, Want
from kpstamps.ui.collection.bulk_edit import BulkEditDialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select


def _click_row(qtbot, window, row, modifier=Qt.KeyboardModifier.NoModifier):
    view = window.table_view
    rect = view.visualRect(window.table_model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _item_rows(window):
    model = window.table_model
    return [r for r in range(model.rowCount()) if model.row_key(r).item_id is not None]


def _count(window, model, **where):
    with window.catalogue.sessions() as s:
        query = select(func.count()).select_from(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return s.scalar(query)


def test_bulk_edit_sets_location_on_selected_rows_as_one_undo_step(qtbot, main_window):
    rows = _item_rows(main_window)[:4]
    _click_row(qtbot, main_window, rows[0])
    _click_row(qtbot, main_window, rows[-1], Qt.KeyboardModifier.ShiftModifier)
    assert len(main_window.selected_keys()) == 4
    qtbot.keyClick(main_window.table_view, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = main_window.findChild(BulkEditDialog)
    assert dialog is not None and dialog.isVisible()
    apply = dialog.buttons.button(QDialogButtonBox.StandardButton.Apply)
    assert not apply.isEnabled()  # nothing chosen yet
    dialog.owned.setFocus()
    qtbot.keyClick(dialog.owned, Qt.Key.Key_Down)  # "owned"
    qtbot.mouseClick(dialog.set_location, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.location, "album 3")
    assert apply.isEnabled()
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _count(main_window, Holding, location="album 3") == 4
    assert main_window.undo_stack.count() == 1
    assert main_window.undo_stack.undoText() == "Bulk edit of 4 items"
    qtbot.keyClick(main_window.table_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _count(main_window, Holding) == 0


def test_mark_whole_series_wanted_from_one_row(qtbot, main_window):
    rows = _item_rows(main_window)
    _click_row(qtbot, main_window, rows[-1])
    series_id = main_window.current_key().series_id
    total = sum(1 for r in rows if main_window.table_model.row_key(r).series_id == series_id)
    main_window.bulk_editing.series_wanted_action.trigger()
    assert _count(main_window, Want) == total
    assert main_window.undo_stack.undoText() == f"Mark {total} items wanted"
    main_window.undo_stack.undo()
    assert _count(main_window, Want) == 0


def test_context_menu_offers_the_bulk_actions(main_window):
    names = [a.objectName() for a in main_window.table_view.actions()]
    assert {"actionBulkEdit", "actionSeriesOwned", "actionSeriesWanted"} <= set(names)
    assert main_window.table_view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


def test_escape_closes_the_dialog_without_changes(qtbot, main_window):
    _click_row(qtbot, main_window, _item_rows(main_window)[0])
    dialog = main_window.bulk_editing.open_dialog()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and main_window.undo_stack.count() == 0
