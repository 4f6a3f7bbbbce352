"""The toolbar search: typing filters the table after a pause; hints; saved searches."""

from kpstamps.services.browse.search import list_saved_searches
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def test_typing_filters_the_table(main_window, qtbot):
    bar = main_window.search_bar
    total = main_window.table_model.rowCount()
    qtbot.keyClicks(bar.edit, "friendship")
    qtbot.waitUntil(lambda: main_window.table_model.rowCount() == 2, timeout=2000)
    bar.edit.clear()
    qtbot.waitUntil(lambda: main_window.table_model.rowCount() == total, timeout=2000)


def test_malformed_query_shows_a_hint(main_window):
    bar = main_window.search_bar
    bar.edit.setText("year:abc")
    bar.apply()
    assert "year:abc" in bar.hint_label.text()
    bar.edit.setText("theme:sport")
    bar.apply()
    assert bar.hint_label.text() == "" and main_window.table_model.rowCount() == 7


def test_history_and_saved_searches(main_window):
    bar = main_window.search_bar
    bar.edit.setText("kind:postcard")
    bar.commit()
    assert bar.history == ["kind:postcard"]
    bar.save_current()
    assert [s.query for s in list_saved_searches(main_window.catalogue.sessions)] == ["kind:postcard"]
    assert bar.saved_list.count() == 1
    bar.edit.setText("")
    bar.apply()
    bar._use_saved(bar.saved_list.item(0))
    assert main_window.table_model.rowCount() == 8


def _click_help_then(qtbot, bar, close) -> list[bool]:
    """Click "?" (its menu runs its own event loop), then `close` it from a timer, as a person would."""
    seen: list[bool] = []

    def act() -> None:
        seen.append(bar.help_popup.isVisible())
        close()
        QTimer.singleShot(1000, rescue)

    def rescue() -> None:  # a popup that ignored the input: close it so the test fails instead of hanging
        if bar.help_popup.isVisible():
            seen.append(True)
            bar.help_popup.close()

    QTimer.singleShot(300, act)
    QTest.mouseClick(bar.help_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not bar.help_popup.isVisible(), timeout=3000)
    qtbot.wait(1100)
    return seen


def test_help_popup_shows_the_syntax_and_closes_on_escape(main_window, qtbot):
    bar = main_window.search_bar
    qtbot.waitExposed(main_window)
    assert "theme:sport" in bar.help_label.text()
    assert _click_help_then(qtbot, bar, lambda: QTest.keyClick(bar.help_popup, Qt.Key.Key_Escape)) == [True]


def test_help_popup_closes_on_an_outside_click(main_window, qtbot):
    bar = main_window.search_bar
    qtbot.waitExposed(main_window)
    viewport = main_window.table_view.viewport()
    where = viewport.mapTo(main_window, viewport.rect().center())
    # through the window system (a QWindow click), as the X server delivers a real click
    assert _click_help_then(qtbot, bar, lambda: QTest.mouseClick(
        main_window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)) == [True]
    assert QApplication.activePopupWidget() is None


def test_help_popup_closes_on_the_button_again(main_window, qtbot):
    bar = main_window.search_bar
    qtbot.waitExposed(main_window)
    button = bar.help_button.mapTo(main_window, bar.help_button.rect().center())
    assert _click_help_then(qtbot, bar, lambda: QTest.mouseClick(
        main_window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, button)) == [True]
    qtbot.wait(200)
    assert not bar.help_popup.isVisible() and QApplication.activePopupWidget() is None


def test_filter_panel(main_window):
    bar = main_window.search_bar
    panel = bar.filters
    bar.show_filters()
    sport = panel.themes.findItems("Sport", __import__("PySide6.QtCore").QtCore.Qt.MatchFlag.MatchExactly)[0]
    assert sport.child(0).text(1) == "1"  # football: one series
    sport.setSelected(True)
    panel.kind.setCurrentIndex(panel.kind.findData("postcard"))
    bar.apply()
    assert panel.query() == "theme:sport kind:postcard"
    assert main_window.table_model.rowCount() == 3
    bar.edit.setText("U-17 OR Kim")
    bar.apply()
    assert main_window.table_model.rowCount() == 2
    panel.year_from.setValue(2030)
    bar.apply()
    assert main_window.table_model.rowCount() == 0
    panel.clear()
    bar.edit.setText("")
    bar.apply()
    assert main_window.table_model.rowCount() == 15


def test_a_misspelled_search_shows_why_and_a_suggestion_that_runs_when_clicked(main_window, qtbot):
    bar = main_window.search_bar
    qtbot.waitExposed(main_window)
    bar.edit.setFocus()
    QTest.keyClicks(bar.edit, "frendship")
    QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    assert main_window.table_model.rowCount() == 0
    note = bar.empty_state
    qtbot.waitUntil(note.isVisible)
    assert "frendship" in note.text() and "friendship" in note.text()
    assert note.geometry().intersects(main_window.table_view.viewport().rect())
    # click the link: it is the second paragraph's only anchor; click where its text is drawn
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton, pos=_link_position(note))
    qtbot.waitUntil(lambda: main_window.table_model.rowCount() == 2)
    assert bar.edit.text() == "friendship" and not note.isVisible()


def test_nothing_to_suggest_still_explains_the_empty_table(main_window, qtbot):
    bar = main_window.search_bar
    bar.edit.setText("zzzzqqq")
    bar.apply()
    assert bar.empty_state.isVisible() and bar.empty_state.suggestion is None
    assert "zzzzqqq" in bar.empty_state.text()


def _link_position(label):
    """Where the label paints its link: find the point whose hovered link is set."""
    from PySide6.QtCore import QPoint

    for y in range(0, label.height(), 3):
        for x in range(0, label.width(), 6):
            QTest.mouseMove(label, QPoint(x, y))
            if label.cursor().shape() == Qt.CursorShape.PointingHandCursor:
                return QPoint(x, y)
    raise AssertionError("no link found in the empty-state message")
