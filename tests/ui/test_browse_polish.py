"""Findings 12, 15, 16 and 21 of issue 16: numbers and dates in the UI language, the filter
panel's theme counts and room, statistics filters as visible search text, no library names
in messages, window layout kept per catalogue."""

from __future__ import annotations

import pytest
from kpstamps.db.models import Series, Theme, series_theme
from kpstamps.services.settings.preferences import Preferences
from kpstamps.ui.common import formatting
from kpstamps.ui.common.translations import install_translators
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select


@pytest.fixture
def language(qapp):
    yield lambda lang: install_translators(qapp, lang)
    install_translators(qapp, "en")


# -- 12: one notation per UI language ---------------------------------------------------------
def test_numbers_amounts_and_dates_follow_the_ui_language(language):
    language("ru")
    assert formatting.format_amount(150) == "1,50"
    assert formatting.format_amount(123450) == "1\u00a0234,50"
    assert formatting.localise_money_text("1.50 KPW") == "1,50\u00a0KPW"
    assert formatting.format_date("2026-12-04") == "04.12.2026"
    assert formatting.format_date("2026-12") == "дек. 2026"
    import datetime as dt

    assert formatting.format_datetime(dt.datetime(2026, 12, 4, 16, 5)) == "04.12.2026 16:05"
    language("en")
    assert formatting.format_amount(123450) == "1,234.50"
    assert formatting.format_date("2026-12-04") == "12/4/2026"
    assert formatting.format_date("2026") == "2026"
    language("ko")
    assert formatting.format_date("2026-12-04") == "2026. 12. 4."


def test_russian_window_writes_face_values_and_dates_the_russian_way(qtbot, catalogue, language):
    from kpstamps.db.models import Item
    from kpstamps.ui.main_window import MainWindow
    from kpstamps.ui.table_model import COLUMNS

    with catalogue.sessions.begin() as s:
        s.scalars(select(Item)).first().face_value_cents = 150
    language("ru")
    window = MainWindow(catalogue, Preferences(), "ru")
    qtbot.addWidget(window)
    model = window.table_model
    columns = {title: i for i, (title, _a, _s) in enumerate(COLUMNS)}
    faces = {model.data(model.index(r, columns["Face value"])) for r in range(model.rowCount())} - {""}
    dates = {model.data(model.index(r, columns["Date"])) for r in range(model.rowCount())} - {""}
    assert faces and all("," in f and "." not in f for f in faces), faces
    assert dates and all("-" not in d for d in dates), dates


def test_order_window_date_has_a_four_digit_year(qtbot, main_window, language):
    from kpstamps.ui.common.formatting import date_format

    language("ru")
    assert date_format() == "dd.MM.yyyy"
    language("ko")
    assert "yyyy" in date_format()


# -- 15: the filter panel ------------------------------------------------------------------
def _add_parent_theme(catalogue) -> None:
    with catalogue.sessions.begin() as s:
        parent = Theme(key="transport", name_en="Transport")
        child = Theme(key="transport.rail", name_en="Railways", parent=parent)
        s.add_all([parent, child])
        s.flush()
        for serial in ("Ba79", "Ba80"):
            series_id = s.scalar(select(Series.id).where(Series.serial == serial))
            s.execute(series_theme.insert().values(series_id=series_id, theme_id=child.id))


def test_parent_theme_counts_the_series_of_its_sub_themes(catalogue):
    from kpstamps.services.browse.search import theme_counts

    _add_parent_theme(catalogue)
    counts = {t.key: t.series for t in theme_counts(catalogue.sessions)}
    assert counts["transport"] == 2 and counts["transport.rail"] == 2
    assert counts["sport"] == 1  # a series with both sport.* sub-themes counts once
    keys = [t.key for t in theme_counts(catalogue.sessions)]
    assert keys.index("transport") < keys.index("transport.rail")


def test_theme_counts_follow_edits_without_a_restart(qtbot, main_window):
    panel = main_window.search_bar.filters
    assert panel.count_of("transport") == ""
    _add_parent_theme(main_window.catalogue)
    main_window.catalogueChanged.emit()  # what every edit, import and undo emits
    assert panel.count_of("transport") == "2"


def test_empty_saved_searches_leave_the_room_to_the_theme_tree(qtbot, main_window):
    bar = main_window.search_bar
    qtbot.mouseClick(bar.filter_button, Qt.MouseButton.LeftButton)
    assert main_window.sidebar.isVisible()
    assert not bar.saved_list.isVisible() and not bar.saved_label.isVisible()
    QTest.keyClicks(bar.edit, "theme:sport")
    bar.save_current()
    assert bar.saved_list.isVisible() and bar.saved_list.count() == 1


# -- 16: statistics filters are search text --------------------------------------------------
@pytest.fixture
def stats(qtbot, main_window):
    from kpstamps.ui.collection.statistics import StatisticsWindow

    next(a for a in main_window.menus["view"].actions() if a.objectName() == "actionStatistics").trigger()
    panel = main_window.findChild(StatisticsWindow)
    qtbot.waitUntil(lambda: panel.stats is not None, timeout=5000)
    return panel


def _click_bar(qtbot, chart, label):
    index = next(i for i, bar in enumerate(chart.bars()) if bar.label == label)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(index).center())


def test_a_statistics_bar_writes_its_search_and_clear_filters_removes_it(qtbot, main_window, stats):
    stats.tabs.setCurrentIndex(0)
    _click_bar(qtbot, stats.year_chart, "2024")
    assert main_window.search_bar.edit.text() == "year:2024"
    assert main_window.table_model.rowCount() == 2
    stats.tabs.setCurrentIndex(1)
    _click_bar(qtbot, stats.theme_chart, "New Year")
    assert main_window.search_bar.edit.text() == "theme:new_year"
    assert main_window.table_model.rowCount() == 6
    panel = main_window.search_bar.filters
    qtbot.mouseClick(main_window.search_bar.filter_button, Qt.MouseButton.LeftButton)
    clear = next(b for b in panel.widget.findChildren(type(stats.clear_button)) if b.text() == "Clear filters")
    qtbot.waitUntil(lambda: clear.isVisible() and clear.width() > 0)
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.table_model.rowCount() == 15, timeout=3000)
    assert main_window.search_bar.edit.text() == ""


# -- 21: no library names, layout per catalogue --------------------------------------------
@pytest.mark.parametrize("content", [b"", b"not an image at all", b"\x89PNG\r\n\x1a\n" + b"\0" * 40])
def test_scan_errors_do_not_name_libraries(tmp_path, content):
    from kpstamps.errors import ScanError
    from kpstamps.services.scans.images import validate_image

    path = tmp_path / "scan.jpg"
    path.write_bytes(content)
    with pytest.raises(ScanError) as raised:
        validate_image(path)
    message = str(raised.value)
    assert "Pillow" not in message and "PIL" not in message


def test_window_geometry_is_kept_per_catalogue(qtbot, tmp_path):
    from kpstamps.home import DataHome
    from kpstamps.services.catalogue.opening import open_catalogue
    from kpstamps.ui.main_window import MainWindow

    first = open_catalogue(DataHome.resolve(tmp_path / "one"), reference=False)
    second = open_catalogue(DataHome.resolve(tmp_path / "two"), reference=False)
    try:
        windows = []
        for catalogue, width in ((first, 700), (second, 500)):
            window = MainWindow(catalogue, Preferences())
            qtbot.addWidget(window)
            window.resize(width, 600)
            window.save_layout()
            windows.append(window)
        assert windows[0].settings_group != windows[1].settings_group
        again = MainWindow(first, Preferences())
        qtbot.addWidget(again)
        assert again.width() == 700
        assert QSettings().value(f"{windows[1].settings_group}/geometry") is not None
    finally:
        first.close()
        second.close()
