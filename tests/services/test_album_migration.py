"""Migration 0004: adds shape and keep_quantity, and width_mm/height_mm only where missing
(the importers' 0003 adds the same two size columns)."""

from __future__ import annotations

import sqlite3

import pytest
from kpstamps.db import migrate
from kpstamps.db.session import make_engine


def _columns(path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[1] for row in conn.execute("PRAGMA table_info(item)")}


@pytest.mark.parametrize("size_columns_present", [False, True])
def test_0004_adds_geometry_and_keeps_rows(home, size_columns_present):
    home.ensure()
    engine = make_engine(f"sqlite:///{home.database}")
    migrate.upgrade(engine, home.backups, revision="0002_catalogue_order")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO series (id, serial, serial_sort, year, search_text) VALUES (1, 'Ba79', 'ba79', 2024, '')")
        conn.exec_driver_sql("INSERT INTO item (series_id, position, kind, search_text) VALUES (1, 1, 'stamp', 'x')")
        if size_columns_present:  # as if 0003 had run first
            conn.exec_driver_sql("ALTER TABLE item ADD COLUMN width_mm NUMERIC(6, 1)")
            conn.exec_driver_sql("ALTER TABLE item ADD COLUMN height_mm NUMERIC(6, 1)")
    result = migrate.upgrade(engine, home.backups, revision="0004_item_geometry")
    engine.dispose()
    assert result.after == "0004_item_geometry"
    assert {"width_mm", "height_mm", "shape", "keep_quantity"} <= _columns(home.database)
    with sqlite3.connect(home.database) as conn:
        assert conn.execute("SELECT count(*), max(shape), max(keep_quantity) FROM item").fetchone() == (1, None, None)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
