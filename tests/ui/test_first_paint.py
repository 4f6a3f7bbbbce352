"""The first-paint probe of `kpstamps bench` (KPSTAMPS_FIRST_PAINT_PROBE): the real entry point,
started as a child process, writes what its first paint shows, and that is the right first page,
row count and status-bar totals, with the menus and the search box in place. Not timed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from types import ModuleType

from kpstamps.db.models import Holding, Item, Series, Want
from kpstamps.domain.titles import DEFAULT_NAME_ORDER
from kpstamps.services.bench.startup import measure_startup
from kpstamps.services.bench.synthetic import generate_catalogue
from kpstamps.services.browse.view import PAGE, RowFilter, first_page
from kpstamps.services.catalogue.opening import open_catalogue
from kpstamps.ui import main_window
from kpstamps.ui.common.first_paint import PROBE_ENV
from sqlalchemy import func, select


def test_features_are_imported_modules_with_install():
    assert main_window.FEATURES
    for feature in main_window.FEATURES:
        assert isinstance(feature, ModuleType) and callable(feature.install), feature


def _totals(catalogue) -> dict[str, int]:
    with catalogue.sessions() as s:
        return {"series": s.scalar(select(func.count()).select_from(Series)),
                "items": s.scalar(select(func.count()).select_from(Item)),
                "owned": s.scalar(select(func.count(func.distinct(Holding.item_id)))),
                "wanted": s.scalar(select(func.count(func.distinct(Want.item_id))))}


def test_first_paint_probe_reports_the_first_page_and_totals(home, tmp_path):
    catalogue = open_catalogue(home, reference=False)  # enough rows for several pages
    generate_catalogue(catalogue.sessions, 3 * PAGE, seed=3)
    expected = first_page(catalogue.sessions, RowFilter(), name_order=list(DEFAULT_NAME_ORDER), size=PAGE)
    totals = _totals(catalogue)
    catalogue.close()
    probe = tmp_path / "probe.json"
    env = {**os.environ, PROBE_ENV: str(probe), "QT_QPA_PLATFORM": "offscreen", "KPSTAMPS_HOME": str(home.root)}
    done = subprocess.run([sys.executable, "-m", "kpstamps"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    record = json.loads(probe.read_text(encoding="utf-8"))

    assert record["rows"] == expected.count > PAGE
    assert record["pages_fetched"] == 1
    assert record["status"] == (f"{expected.count} rows shown · {totals['series']} series · {totals['items']} items"
                                f" · {totals['owned']} owned · {totals['wanted']} wanted")
    assert totals["owned"] and totals["wanted"]  # the synthetic rows hold some of each
    first = expected.rows[0]
    assert record["first_rows"][0][0] == (first.serial or "")
    assert len(record["first_rows"]) == 3 and all(any(row) for row in record["first_rows"])
    for name in ("file", "edit", "view", "orders", "tools", "help"):
        assert record["menus"][name], name  # every menu has its entries at the first paint
    assert record["search_box"]
    assert record["painted"] > 0 and record["rss_kib"] > 10_000
    assert record["collector"]  # paused for the start-up (kpstamps/startup.py), on again after the first paint
    order = record["import_order"]  # top-level packages, in the order their first import began
    assert order.index("sqlalchemy") < order.index("PySide6")  # the data layer before Qt's import hook
    assert record["import_hook"] != "__feature_import__"  # and the hook dropped afterwards
    assert not record["mappers_configured"]  # the first page and totals are Core statements: after the paint
    # What no window open at the start needs is imported on first use (the menus are there already).
    on_first_use = {"kpstamps.services.editing.series", "kpstamps.ui.editing.series_dialog",
                    "kpstamps.services.orders.orders", "kpstamps.services.orders.receiving",
                    "kpstamps.ui.orders.editor", "kpstamps.ui.orders.orders_list"}
    assert on_first_use.isdisjoint(record["app_modules"])


def test_startup_section_reports_the_floors_and_the_app(home):
    """`kpstamps bench --section startup` with one run of each child process (not timed)."""
    catalogue = open_catalogue(home, reference=False)
    generate_catalogue(catalogue.sessions, 2 * PAGE, seed=5)
    catalogue.close()
    report = measure_startup(home, runs=1)
    for key in ("floor_ms", "data_floor_ms", "app_ms", "version_ms", "search_ms", "app_rss_mb"):
        assert report[key] > 0, key
    assert report["ratio"] == round(report["app_ms"] / report["floor_ms"], 2)
    assert report["data_floor_ratio"] == round(report["data_floor_ms"] / report["floor_ms"], 2)
    assert report["rows"] > PAGE and report["pages_fetched"] == 1


def test_after_first_paint_calls_back_in_order_once_and_also_when_added_late(main_window, qtbot):
    from kpstamps.ui.common.first_paint import after_first_paint

    calls: list[str] = []
    after_first_paint(main_window, lambda: calls.append("first"))
    after_first_paint(main_window, lambda: calls.append("second"))
    main_window.show()
    main_window.table_view.viewport().update()
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=5000)
    assert calls == ["first", "second"]
    main_window.table_view.viewport().repaint()  # later paints call nothing again
    after_first_paint(main_window, lambda: calls.append("late"))
    qtbot.waitUntil(lambda: len(calls) == 3, timeout=5000)
    assert calls == ["first", "second", "late"]
