"""Import of a 100,000-row CSV in ≤ 10 s, export of it in ≤ 5 s (run with -m benchmark)."""

from __future__ import annotations

import csv
import io
import time

import pytest
from kpstamps.db.models import Item
from kpstamps.services.exporting import export_csv, export_json
from kpstamps.services.importing import commit_import, read_import_file
from kpstamps.services.importing.csv_import import CSV_COLUMNS
from sqlalchemy import func, select

ROWS = 100_000


def write_big_csv(path, rows: int = ROWS, items_per_series: int = 4) -> None:
    """Our own CSV format: `rows` items, four to a series, titles in four scripts."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for n in range(rows):
        s = n // items_per_series
        writer.writerow({
            "serial": f"B{s}", "issue_date": f"{1960 + s % 60}-{s % 12 + 1:02d}", "series_title_en": f"Series {s}",
            "series_title_ko": f"우표 묶음 {s}", "series_title_zh": f"邮票 {s}", "series_title_ru": f"Серия {s}",
            "position": n % items_per_series + 1, "kind": "stamp", "title_en": f"Stamp {n}", "title_ko": f"우표 {n}",
            "face_value": f"{n % 90 + 1}.50", "currency": "KPW", "michel": str(10_000 + n),
            "holdings": '[{"condition":"mnh","quantity":1}]' if n % 10 == 0 else "",
        })
    path.write_text(buffer.getvalue(), encoding="utf-8")


@pytest.mark.benchmark
@pytest.mark.timeout(900)
def test_import_and_export_100k_rows(empty_catalogue, tmp_path):
    source = tmp_path / "big.csv"
    write_big_csv(source)
    started = time.perf_counter()
    report = commit_import(empty_catalogue.sessions, read_import_file(source))
    imported = time.perf_counter() - started
    assert report.new == ROWS and report.rejected == 0
    with empty_catalogue.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == ROWS
    started = time.perf_counter()
    export_csv(empty_catalogue.sessions, tmp_path / "out.csv")
    csv_seconds = time.perf_counter() - started
    started = time.perf_counter()
    export_json(empty_catalogue.sessions, tmp_path / "out.json")
    json_seconds = time.perf_counter() - started
    print(f"\nimport {ROWS} rows: {imported:.2f} s; export CSV {csv_seconds:.2f} s, JSON {json_seconds:.2f} s")
    assert imported <= 10
    assert csv_seconds <= 5 and json_seconds <= 5
