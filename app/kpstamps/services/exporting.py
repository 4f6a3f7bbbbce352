"""Export the catalogue, or the rows of the current search, to JSON or CSV.

JSON ("kpstamps-export", version 1) nests series → items → catalogue numbers, holdings,
wants, catalogue values and scan references, with the theme tree beside them; importing it
into an empty catalogue reproduces the catalogue. CSV has one row per item with the series
columns repeated (the columns are documented in the README) and is safe to open in a
spreadsheet: formula-like cells get a leading apostrophe.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session, sessionmaker

from kpstamps import __version__
from kpstamps.db.models import (
    CatalogueNumber,
    CatalogueValue,
    Holding,
    Item,
    Scan,
    Series,
    Theme,
    Want,
    series_theme,
)
from kpstamps.services.browse import RowKey
from kpstamps.services.importing.csv_import import (
    CATALOGUE_COLUMNS,
    CSV_COLUMNS,
    DANGEROUS_START,
    ITEM_COLUMNS,
    SERIES_COLUMNS,
)
from kpstamps.services.importing.records import (
    HOLDING_FIELDS,
    ITEM_FIELDS,
    SCAN_FIELDS,
    SERIES_FIELDS,
    VALUE_FIELDS,
    WANT_FIELDS,
)

FORMAT_NAME = "kpstamps-export"
FORMAT_VERSION = 1
assert len(SERIES_COLUMNS) == 12 and ITEM_COLUMNS[0] == "position" and ITEM_COLUMNS[-1] == "scans"
_ESCAPE_FIRST = frozenset(DANGEROUS_START) | {"'"}
THEME_FIELDS = ("key", "name_ko", "name_en", "name_zh", "name_ru")


def _children(conn: Connection, model, fields: Sequence[str], owner: str = "item_id", order=None) -> dict[int, list[dict]]:
    table = model.__table__
    columns = [table.c[owner], *(table.c[f] for f in fields)]
    found: dict[int, list[dict]] = {}
    query = select(*columns).where(table.c[owner].is_not(None)).order_by(*(order or [table.c.id]))
    for row in conn.execute(query):
        found.setdefault(row[0], []).append(dict(zip(fields, row[1:])))
    return found


def _selection(conn: Connection, keys: Iterable[RowKey] | None) -> tuple[set[int] | None, set[int] | None]:
    """Series ids and item ids to export; a series row means the whole series."""
    if keys is None:
        return None, None
    series_ids: set[int] = set()
    item_ids: set[int] = set()
    whole: set[int] = set()
    for key in keys:
        series_ids.add(key.series_id)
        if key.item_id is None:
            whole.add(key.series_id)
        else:
            item_ids.add(key.item_id)
    if whole:
        for (item_id,) in conn.execute(select(Item.id).where(Item.series_id.in_(sorted(whole)))):
            item_ids.add(item_id)
    return series_ids, item_ids


def build_document(sessions: sessionmaker[Session], keys: Iterable[RowKey] | None = None) -> dict[str, Any]:
    """The export as plain data: the whole catalogue, or the series/items of `keys`."""
    with sessions() as session:
        conn = session.connection()
        series_ids, item_ids = _selection(conn, keys)
        themes = {tid: key for tid, key in conn.execute(select(Theme.id, Theme.key))}
        theme_rows = [{**dict(zip(THEME_FIELDS, row[:-1])), "parent": themes.get(row[-1])}
                      for row in conn.execute(select(*(Theme.__table__.c[f] for f in THEME_FIELDS), Theme.parent_id)
                                              .order_by(Theme.key))]
        links: dict[int, list[str]] = {}
        for sid, tid in conn.execute(select(series_theme.c.series_id, series_theme.c.theme_id)):
            links.setdefault(sid, []).append(themes[tid])
        numbers = _children(conn, CatalogueNumber, ("catalogue", "number"),
                            order=[CatalogueNumber.catalogue, CatalogueNumber.sort_key, CatalogueNumber.number])
        holdings = _children(conn, Holding, HOLDING_FIELDS)
        wants = _children(conn, Want, WANT_FIELDS)
        values = _children(conn, CatalogueValue, VALUE_FIELDS)
        order = [Scan.role, Scan.position, Scan.id]
        item_scans = _children(conn, Scan, SCAN_FIELDS, order=order)
        series_scans = _children(conn, Scan, SCAN_FIELDS, owner="series_id", order=order)
        items: dict[int, list[dict]] = {}
        item_cols = [Item.__table__.c[f] for f in ITEM_FIELDS]
        for row in conn.execute(select(Item.id, Item.series_id, *item_cols).order_by(Item.position, Item.id)):
            if item_ids is not None and row[0] not in item_ids:
                continue
            entry = dict(zip(ITEM_FIELDS, row[2:]))
            entry.update(numbers=numbers.get(row[0], []), holdings=holdings.get(row[0], []),
                         wants=wants.get(row[0], []), values=values.get(row[0], []), scans=item_scans.get(row[0], []))
            items.setdefault(row[1], []).append(entry)
        series = []
        series_cols = [Series.__table__.c[f] for f in SERIES_FIELDS]
        query = select(Series.id, *series_cols).order_by(Series.issue_date, Series.serial_sort, Series.id)
        for row in conn.execute(query):
            if series_ids is not None and row[0] not in series_ids:
                continue
            entry = dict(zip(SERIES_FIELDS, row[1:]))
            entry.update(themes=sorted(links.get(row[0], [])), scans=series_scans.get(row[0], []),
                         items=items.get(row[0], []))
            series.append(entry)
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "app_version": __version__,
            "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "themes": theme_rows, "series": series}


def export_json(sessions: sessionmaker[Session], path: Path, keys: Iterable[RowKey] | None = None) -> int:
    """Write the JSON export to `path`; returns the number of items written."""
    document = build_document(sessions, keys)
    # One series per line: readable and diffable, and each line goes through the C encoder
    # (indent= would switch json to its pure-Python encoder, several times slower).
    head = json.dumps({k: v for k, v in document.items() if k != "series"}, ensure_ascii=False)
    lines = [json.dumps(series, ensure_ascii=False, separators=(",", ":")) for series in document["series"]]
    text = head[:-1] + ',\n"series":[\n' + ",\n".join(lines) + "\n]}\n"
    _write_atomically(path, text.encode("utf-8"))
    return sum(len(s["items"]) for s in document["series"])


def _amount(cents: int | None) -> str:
    return "" if cents is None else f"{cents // 100}.{cents % 100:02d}"


def _json_cell(entries: list[dict]) -> str:
    return json.dumps(entries, ensure_ascii=False, separators=(",", ":")) if entries else ""


def _item_cells(item: dict[str, Any]) -> list[str]:
    """The item part of a CSV row, in ITEM_COLUMNS order (built as a list: 100,000 rows)."""
    by_catalogue: dict[str, list[str]] = {}
    for number in item["numbers"]:
        by_catalogue.setdefault(number["catalogue"], []).append(number["number"])
    return [
        str(item["position"]), item["kind"] or "", item["title_ko"], item["title_en"], item["title_zh"],
        item["title_ru"], item["description"], _amount(item["face_value_cents"]), item["currency"] or "",
        item["perforation"] or "", item["perf_gauge"], item["format"],
        *("; ".join(by_catalogue.get(c, ())) for c in CATALOGUE_COLUMNS), "",
        _json_cell(item["holdings"]), _json_cell(item["wants"]), _json_cell(item["values"]), _json_cell(item["scans"]),
    ]


def csv_rows(document: dict[str, Any]) -> Iterable[list[str]]:
    """The CSV rows (without header) of an export document, cells not yet escaped."""
    no_item = [""] * len(ITEM_COLUMNS)
    for series in document["series"]:
        head = [
            series["serial"] or "", series["issue_date"] or "", "" if series["year"] is None else str(series["year"]),
            series["announced"] or "", series["title_ko"], series["title_en"], series["title_zh"],
            series["title_ru"], series["notes"], series["source"], "; ".join(series["themes"]),
            _json_cell(series["scans"]),
        ]
        if not series["items"]:
            yield head + no_item
        for item in series["items"]:
            yield head + _item_cells(item)


def export_csv(sessions: sessionmaker[Session], path: Path, keys: Iterable[RowKey] | None = None, *,
               bom: bool = False, delimiter: str = ",") -> int:
    """Write the CSV export to `path` (UTF-8, with a BOM for spreadsheets if `bom`); returns rows written."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for cells in csv_rows(build_document(sessions, keys)):
        writer.writerow([("'" + c) if c[:1] in _ESCAPE_FIRST else c for c in cells])  # = escape_cell, inlined
        count += 1
    _write_atomically(path, buffer.getvalue().encode("utf-8-sig" if bom else "utf-8"))
    return count


def _write_atomically(path: Path, data: bytes) -> None:
    """A half-written export never replaces a good file of the same name."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_bytes(data)
    tmp.replace(path)
