"""The toolbar search: typing filters the table after a pause; hints; saved searches."""

from kpstamps.services.browse.search import list_saved_searches


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


def test_help_popup(main_window):
    main_window.search_bar.show_help()
    assert "theme:sport" in main_window.search_bar.help_popup.text()


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
