"""Finding 17 of issue 16: the first-start layout at 1366×768 and 1600×1000 shows enough
checklist rows with the item's name, keeps Owned and Wanted on screen, and the catalogue-value
row names its item. Measured on the real widgets after resizing the window."""

from __future__ import annotations

import pytest
from kpstamps.services.settings.preferences import Preferences
from kpstamps.ui.collection.checklist_model import column_of
from kpstamps.ui.table_model import COLUMNS
from PySide6.QtCore import Qt


def _visible_rows(view) -> int:
    return view.viewport().height() // view.verticalHeader().defaultSectionSize()


def _fully_visible(view, column: int) -> bool:
    header = view.horizontalHeader()
    left = header.sectionViewportPosition(column)
    return not header.isSectionHidden(column) and left >= 0 and left + header.sectionSize(column) <= view.viewport().width()


@pytest.mark.parametrize(("width", "height", "checklist_rows", "table_rows"), [
    (1366, 768, 5, 6), (1600, 1000, 8, 10)])
def test_first_start_layout_fits_the_screen(qtbot, catalogue, width, height, checklist_rows, table_rows):
    from kpstamps.ui.main_window import MainWindow

    window = MainWindow(catalogue, Preferences())
    qtbot.addWidget(window)
    # What a first start on that screen does: the window takes what initial_size allows,
    # then the bottom docks get their share of its height.
    window.resize(min(1400, width * 95 // 100), min(850, height * 90 // 100) - 30)
    window.show()
    window._size_bottom_docks()
    qtbot.waitUntil(lambda: window.holdings_feature.panel.view.viewport().height() > 0)
    model = window.table_model
    window.select_key(model.row_key(model.rowCount() - 1))  # a series of six or seven items
    assert window.holdings_feature.model.rowCount() >= 6
    checklist = window.holdings_feature.panel.view
    rows = _visible_rows(checklist)
    print(f"{width}x{height}: checklist {rows} rows, table {_visible_rows(window.table_view)} rows")
    assert rows >= checklist_rows
    assert _visible_rows(window.table_view) >= table_rows
    for key in ("title", "owned", "wanted"):
        assert _fully_visible(checklist, column_of(key)), key
    assert checklist.columnWidth(column_of("title")) >= 200
    titles = [t for t, _a, _s in COLUMNS]
    for title in ("Title", "Owned", "Wanted"):
        assert _fully_visible(window.table_view, titles.index(title)), title
    qtbot.mouseClick(window.search_bar.filter_button, Qt.MouseButton.LeftButton)  # the filter panel open
    qtbot.waitUntil(lambda: window.sidebar.width() > 0)
    for title in ("Owned", "Wanted"):
        assert _fully_visible(window.table_view, titles.index(title)), title
    tree = window.search_bar.filters.themes
    assert tree.viewport().height() >= 4 * tree.sizeHintForRow(0)  # the tree, not an empty box, gets the room


def test_catalogue_value_row_names_its_item(qtbot, main_window):
    model = main_window.table_model
    key = next(model.row_key(r) for r in range(model.rowCount()) if model.row_key(r).item_id is not None)
    main_window.select_key(key)
    panel = main_window.holdings_feature.panel
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.view.visualRect(main_window.holdings_feature.model.index(0, column_of("title"))).center())
    heading = main_window.holdings_feature.values_panel.heading.text()
    assert heading.startswith("Catalogue value of ") and heading != "Catalogue value of :"
