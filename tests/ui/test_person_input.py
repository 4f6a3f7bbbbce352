"""Workflows as a person drives them: keys and clicks on the real widgets, warnings captured.

Each test here failed before its fix (issue 16): Enter in the count box accepted the series
dialog; Redo had no working key (Ctrl+Shift+Z bound twice: "Ambiguous shortcut overload");
the shortcuts list showed keys twice; after a search the detail pane and checklist kept a
series the table no longer listed.
"""

from __future__ import annotations

import contextlib

import pytest
from kpstamps.db.models import Holding
from kpstamps.ui.common.shortcuts import ShortcutsDialog
from person import activate
from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QTest
from sqlalchemy import func, select


@contextlib.contextmanager
def qt_messages():
    """Collect Qt's warnings (qWarning and friends) while the block runs."""
    seen: list[str] = []

    def handler(kind: QtMsgType, _context, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield seen
    finally:
        qInstallMessageHandler(previous)


def _row_of(window, title: str) -> int:
    model = window.table_model
    return next(r for r in range(model.rowCount()) if title in " ".join(
        str(model.data(model.index(r, c)) or "") for c in range(model.columnCount())))


def _click_row(window, row: int) -> None:
    view = window.table_view
    view.scrollTo(window.table_model.index(row, 2))
    rect = view.visualRect(window.table_model.index(row, 2))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())


def _owned(window) -> int:
    with window.catalogue.sessions() as session:
        return session.scalar(select(func.count()).select_from(Holding))


def test_enter_in_the_count_box_adds_rows_and_keeps_the_dialog_open(main_window, qtbot):
    activate(qtbot, main_window)
    QTest.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # File → New series
    qtbot.waitUntil(lambda: main_window.editing.dialog is not None and main_window.editing.dialog.isVisible())
    dialog = main_window.editing.dialog
    QTest.keyClicks(dialog.titles["en"], "Enter test")
    dialog.shortcut.setFocus()
    QTest.keyClicks(dialog.shortcut, "4 stamps + 1 souvenir sheet")
    QTest.keyClick(dialog.shortcut, Qt.Key.Key_Return)
    assert dialog.table.rowCount() == 5
    assert dialog.isVisible() and dialog.result() == 0  # not accepted
    QTest.keyClicks(dialog.shortcut, "1 postcard")
    QTest.keyClick(dialog.shortcut, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert dialog.table.rowCount() == 6 and dialog.isVisible()
    dialog.titles["en"].setFocus()
    QTest.keyClick(dialog.titles["en"], Qt.Key.Key_Return)  # Enter elsewhere still means OK
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_undo_and_redo_by_their_keys_without_ambiguous_shortcuts(main_window, qtbot):
    activate(qtbot, main_window)
    _click_row(main_window, _row_of(main_window, "New Year 2025"))
    checklist = main_window.holdings_feature.panel.view
    qtbot.waitUntil(lambda: checklist.model().rowCount() > 0)
    checklist.setFocus()
    checklist.setCurrentIndex(checklist.model().index(0, 0))
    with qt_messages() as warnings:
        QTest.keyClick(checklist, Qt.Key.Key_Space)  # tick the first item owned
        assert _owned(main_window) == 1
        ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
        QTest.keyClick(main_window, Qt.Key.Key_Z, ctrl)
        assert _owned(main_window) == 0
        QTest.keyClick(main_window, Qt.Key.Key_Z, ctrl | shift)
        assert _owned(main_window) == 1
        QTest.keyClick(main_window, Qt.Key.Key_Z, ctrl)
        assert _owned(main_window) == 0
        QTest.keyClick(main_window, Qt.Key.Key_Y, ctrl)
        assert _owned(main_window) == 1
    assert not [w for w in warnings if "Ambiguous" in w], warnings


def test_shortcuts_list_shows_each_key_once(main_window, qtbot):
    activate(qtbot, main_window)
    QTest.keyClick(main_window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = main_window.findChild(ShortcutsDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    commands = dict(dialog.commands())
    for name, keys in commands.items():
        listed = [k for k in keys.split(", ") if k]
        assert len(listed) == len(set(listed)), f"{name}: {keys}"
    assert commands["Find"] == "Ctrl+F"
    assert set(commands["Redo"].split(", ")) == {"Ctrl+Shift+Z", "Ctrl+Y"}
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


@pytest.mark.parametrize("incomplete_only", [False, True])
def test_a_search_that_drops_the_shown_series_clears_details_and_checklist(main_window, qtbot, incomplete_only):
    activate(qtbot, main_window)
    if incomplete_only:
        from kpstamps.services.collection.holdings import set_owned

        # two begun series, so "only incomplete series" lists both
        model = main_window.table_model
        for title in ("New Year 2025", "Sports achievements of 2024"):
            key = model.row_key(_row_of(main_window, title) + 1)  # the series' first item
            set_owned(main_window.catalogue.sessions, key.item_id, True)
        main_window.catalogueChanged.emit()
        main_window.holdings_feature.incomplete_action.trigger()
    _click_row(main_window, _row_of(main_window, "New Year 2025"))
    checklist = main_window.holdings_feature.model
    qtbot.waitUntil(lambda: checklist.rowCount() > 0)
    assert "New Year 2025" in main_window.detail.toPlainText()
    bar = main_window.search_bar
    bar.edit.setFocus()
    QTest.keyClicks(bar.edit, "sport")
    QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main_window.table_model.rowCount() > 0)
    assert all("New Year" not in str(main_window.table_model.data(main_window.table_model.index(r, 2)))
               for r in range(main_window.table_model.rowCount()))
    assert "New Year 2025" not in main_window.detail.toPlainText()
    assert checklist.series_id is None and checklist.rowCount() == 0
