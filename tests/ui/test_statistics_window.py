import csv

import pytest
from kpstamps.db.models import Holding, Series
from kpstamps.ui.collection.statistics import StatisticsWindow
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QScrollArea
from sqlalchemy import select


@pytest.fixture
def stats_window(qtbot, main_window):
    with main_window.catalogue.sessions.begin() as s:
        new_year = s.scalar(select(Series).where(Series.title_en == "New Year 2025"))
        s.add(Holding(item_id=new_year.items[0].id, condition="mnh", quantity=1, price_cents=250, price_currency="EUR"))
    action = next(a for a in main_window.menus["view"].actions() if a.objectName() == "actionStatistics")
    action.trigger()
    panel = main_window.findChild(StatisticsWindow)
    assert panel is not None and panel.isVisible() and not panel.isModal()
    qtbot.waitUntil(lambda: panel.stats is not None, timeout=5000)
    return panel


def _click_bar(qtbot, chart, label):
    index = next(i for i, bar in enumerate(chart.bars()) if bar.label == label)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(index).center())


def test_summary_and_bars_show_values_as_text(stats_window):
    assert "4 series · 13 items" in stats_window.summary.text()
    assert "2.50\u00a0EUR" in stats_window.summary.text()
    assert "Owned: 1 item (1 copy) · Wanted: 0 items (0 copies)" in stats_window.summary.text()
    assert "(0 holdings without a price)" in stats_window.summary.text()
    bars = stats_window.year_chart.bars()
    assert [(b.label, b.value, b.value_text) for b in bars] == [
        ("2024", 0, "2 series, 0 items, 0 owned"), ("2025", 13, "2 series, 13 items, 1 owned")]
    assert "2025: 2 series, 13 items, 1 owned" in stats_window.year_chart.accessibleDescription()
    assert stats_window.year_chart.accessibleName()


def test_click_year_bar_filters_table(qtbot, main_window, stats_window):
    stats_window.tabs.setCurrentIndex(0)
    _click_bar(qtbot, stats_window.year_chart, "2024")
    assert main_window.table_model.rowCount() == 2  # Ba79 and Ba80: series without items
    _click_bar(qtbot, stats_window.year_chart, "2025")
    assert main_window.table_model.rowCount() == 13
    stats_window.clear_button.click()
    assert main_window.table_model.rowCount() == 15


def test_click_kind_and_theme_bars_filter_table(qtbot, main_window, stats_window):
    stats_window.tabs.setCurrentIndex(2)
    _click_bar(qtbot, stats_window.kind_chart, "Postcard")
    assert main_window.table_model.rowCount() == 8
    stats_window.tabs.setCurrentIndex(1)
    _click_bar(qtbot, stats_window.theme_chart, "New Year")
    assert main_window.table_model.rowCount() == 6
    assert "New Year" in main_window.statusBar().currentMessage()


def test_keyboard_activates_bar(qtbot, main_window, stats_window):
    chart = stats_window.year_chart
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_End)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert main_window.table_model.rowCount() == 13


def test_export_png_svg_csv(stats_window, tmp_path):
    stats_window.tabs.setCurrentIndex(0)
    assert stats_window.export("png", tmp_path / "years.png")
    image = QImage(str(tmp_path / "years.png"))
    assert not image.isNull() and image.width() > 100
    assert stats_window.export("svg", tmp_path / "years.svg")
    assert "<svg" in (tmp_path / "years.svg").read_text(encoding="utf-8")
    assert stats_window.export("csv", tmp_path / "figures.csv")
    rows = list(csv.reader((tmp_path / "figures.csv").open(encoding="utf-8")))
    assert ["spent", "EUR", "EUR", "cents", "250"] in rows
    assert "Saved" in stats_window.status.text()


def test_export_through_button_uses_injected_path(stats_window, tmp_path):
    stats_window.ask_path = lambda *_args: str(tmp_path / "chart.png")
    stats_window.tabs.setCurrentIndex(1)
    stats_window.png_button.click()
    assert (tmp_path / "chart.png").is_file()
    stats_window.ask_path = lambda *_args: None  # cancelled: nothing written, no error
    stats_window.csv_button.click()
    assert not (tmp_path / "kpstamps-statistics.csv").exists()


def test_completion_tab_has_no_chart_export(stats_window, tmp_path):
    stats_window.tabs.setCurrentIndex(3)
    assert not isinstance(stats_window.tabs.currentWidget(), QScrollArea)
    assert not stats_window.png_button.isEnabled()
    assert not stats_window.export("png", tmp_path / "none.png")
    assert stats_window.completion_model.rowCount() == 2
