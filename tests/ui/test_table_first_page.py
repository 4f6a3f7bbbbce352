"""The main table reads the row count and one page of keys; the rest only when needed.

On 1,500 synthetic items (about 1,600 rows): what a reload reads, that scrolling, select all,
re-selecting a row and `keys()` see every row, and that rows added meanwhile are picked up.
"""

import pytest
from kpstamps.db.models import Series
from kpstamps.services.bench.synthetic import generate_catalogue
from kpstamps.services.browse.rows import RowKey, row_keys
from kpstamps.services.browse.search import row_filter
from kpstamps.ui.table_model import PAGE_SIZE
from PySide6.QtCore import Qt


@pytest.fixture
def big_window(qtbot, empty_catalogue):
    from kpstamps.services.settings.preferences import Preferences
    from kpstamps.ui.main_window import MainWindow

    generate_catalogue(empty_catalogue.sessions, 1500, seed=5)
    window = MainWindow(empty_catalogue, Preferences())
    qtbot.addWidget(window)
    window.show()
    return window


def _all_keys(window, query=""):
    found, _hints = row_filter(query)
    with window.catalogue.sessions() as session:
        return list(row_keys(session, where=found.where))


def test_a_reload_reads_one_page_of_keys_and_the_count(big_window):
    model, every = big_window.table_model, _all_keys(big_window)
    assert model.rowCount() == len(every) > 3 * PAGE_SIZE
    assert model.key_loads == 0 and len(model._keys) == PAGE_SIZE
    assert [model.row_key(r) for r in range(PAGE_SIZE)] == every[:PAGE_SIZE]
    assert model.key_loads == 0
    assert f"{len(every):,} rows shown" in big_window.status_label.text()


def test_rows_past_the_first_page_read_every_key_once(big_window):
    model, every = big_window.table_model, _all_keys(big_window)
    last = len(every) - 1
    assert model.row_key(last) == every[last]
    assert model.data(model.index(last, 0)) == model.row_values(last).serial
    assert model.row_key(PAGE_SIZE + 3) == every[PAGE_SIZE + 3]
    assert model.key_loads == 1
    assert model.keys() == every


def test_select_all_selects_every_row_of_a_broad_search(big_window, qtbot):
    big_window.search_bar.edit.setText("theme:nature")
    big_window.search_bar.apply()
    every = _all_keys(big_window, "theme:nature")
    assert big_window.table_model.rowCount() == len(every) > PAGE_SIZE
    big_window.table_view.setFocus()
    big_window.table_view.selectAll()
    assert big_window.selected_keys() == every


def test_the_current_row_stays_selected_when_it_is_past_the_first_page(big_window, qtbot):
    every = _all_keys(big_window)
    target = every[PAGE_SIZE * 2 + 5]
    assert big_window.select_key(target)
    model = big_window.table_model
    loads = model.key_loads
    big_window.reload()  # e.g. a search typed while a row far down is selected
    assert model.key_loads == loads  # the search does not wait for every key
    qtbot.waitUntil(lambda: big_window.current_key() == target, timeout=5000)
    assert model.keys_read_ahead >= 1
    assert model.row_for(RowKey(10**9, None)) == -1


def test_rows_added_elsewhere_show_when_every_key_is_read(big_window, qtbot):
    model = big_window.table_model
    before = model.rowCount()
    with big_window.catalogue.sessions.begin() as s:  # another person's save
        s.add(Series(serial="Zz999", year=2030, title_en="Added elsewhere", serial_sort="zz999"))
    model.keys()
    qtbot.waitUntil(lambda: model.rowCount() == before + 1, timeout=2000)
    assert model.row_key(model.rowCount() - 1).series_id > 0


def test_model_tester_on_a_partly_read_table(big_window, qtmodeltester):
    model = big_window.table_model
    qtmodeltester.check(model, force_py=True)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert model.key_loads == 0 and model.rowCount() == len(_all_keys(big_window))


def test_the_remaining_keys_are_read_ahead_after_a_pause(big_window, qtbot):
    model, every = big_window.table_model, _all_keys(big_window)
    qtbot.waitUntil(lambda: model.keys_read_ahead == 1, timeout=5000)
    assert model.key_loads == 0 and model.keys() == every
    big_window.search_bar.edit.setText("theme:sport")
    big_window.search_bar.apply()
    big_window.search_bar.edit.setText("theme:nature")  # typed on before the pause ended
    big_window.search_bar.apply()
    qtbot.waitUntil(lambda: model.keys_read_ahead == 2, timeout=5000)
    qtbot.wait(2 * 300)
    assert model.keys_read_ahead == 2 and model.key_loads == 0
    assert model.keys() == _all_keys(big_window, "theme:nature")


def test_painting_rows_past_the_first_page_never_waits_for_their_keys(big_window, qtbot):
    model, view = big_window.table_model, big_window.table_view
    view.scrollToBottom()  # before the read-ahead pause is over
    view.viewport().repaint()
    last = model.rowCount() - 1
    assert model.data(model.index(last, 0)) is None  # blank for a moment
    assert model.key_loads == 0
    qtbot.waitUntil(lambda: model.keys_read_ahead == 1, timeout=5000)
    assert model.key_loads == 0
    assert model.data(model.index(last, 0)) == model.row_values(last).serial != ""
