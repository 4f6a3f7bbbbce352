"""Main window start with 100,000 items: in-process (one page fetched) and whole-process (first paint vs bare Qt).

Run: python -m pytest -m benchmark tests/benchmarks/test_startup_bench.py -s
"""

from __future__ import annotations

import time

import pytest
from kpstamps.db.models import Item, Series
from kpstamps.services.catalogue.opening import open_catalogue
from kpstamps.services.settings.preferences import Preferences
from sqlalchemy import insert

ITEMS = 100_000


def _fill(catalogue) -> None:
    with catalogue.engine.begin() as conn:
        conn.execute(insert(Series), [
            {"serial": f"X{i}", "serial_sort": f"x{i:010d}", "issue_date": f"{1946 + i % 80}-{1 + i % 12:02d}",
             "year": 1946 + i % 80, "title_en": f"Series {i}", "title_ko": "우표 {i}", "title_zh": "邮票", "title_ru": "марка"}
            for i in range(ITEMS // 10)])
        first = conn.exec_driver_sql("SELECT min(id) FROM series WHERE serial = 'X0'").scalar()
        conn.execute(insert(Item), [
            {"series_id": first + i // 10, "position": i % 10 + 1, "kind": "stamp", "title_en": f"Item {i}"}
            for i in range(ITEMS)])


@pytest.mark.benchmark
def test_main_window_opens_fast_with_100k_items(qtbot, home):
    from kpstamps.ui.main_window import MainWindow

    catalogue = open_catalogue(home)
    _fill(catalogue)
    catalogue.close()
    started = time.perf_counter()
    catalogue = open_catalogue(home)
    opened = time.perf_counter()
    window = MainWindow(catalogue, Preferences())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.grab()  # paint the table: fetches the first page of rows
    shown = time.perf_counter()
    print(f"\nopen {opened - started:.3f} s, window with first page {shown - opened:.3f} s, "
          f"rows {window.table_model.rowCount()}, pages fetched {window.table_model.pages_fetched}")
    assert window.table_model.rowCount() == ITEMS + 13 + 2  # reference: 13 items, 2 series without items
    assert 1 <= window.table_model.pages_fetched <= 2
    catalogue.close()


@pytest.mark.benchmark
@pytest.mark.timeout(1800)
def test_startup_section_at_100k_items():
    """`kpstamps bench --section startup`: the whole process to its first paint, against a bare
    PySide6 window+table process started alternately (goals from issue 19)."""
    from kpstamps.services.bench.figures import run_bench

    startup = run_bench(items=ITEMS, repeats=1, sections=["startup"], startup_runs=7)["startup"]
    print(f"\nstartup: {startup}")
    assert startup["rows"] == ITEMS and startup["pages_fetched"] == 1
    assert startup["status"].startswith(f"{ITEMS} rows shown · ")
    assert startup["ratio"] <= 4.5
    assert startup["version_ms"] <= 100
    assert startup["search_ms"] <= 350
    assert startup["app_rss_mb"] <= 200
