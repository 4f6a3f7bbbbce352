"""Export the catalogue, or the rows of the current search, to JSON or CSV.

JSON ("kpstamps-export", version 1) nests series → items → catalogue numbers, holdings,
wants, catalogue values and scan references, with the theme tree beside them; importing it
into an empty catalogue reproduces the catalogue. CSV has one row per item with the series
columns repeated (the columns are documented in the README) and is safe to open in a
spreadsheet: formula-like cells get a leading apostrophe.

Both stream: series are read a chunk at a time (with their items and the items' children,
one query per table) and written as they come, so memory stays flat for any catalogue size.
A file is written under a temporary name and renamed when complete.
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import IO, Any

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
from kpstamps.domain.catalogue_numbers import format_number
from kpstamps.errors import TransferError
from kpstamps.services.browse.rows import RowKey
from kpstamps.services.transfer.importing.csv_import import (
    CATALOGUE_COLUMNS,
    CSV_COLUMNS,
    DANGEROUS_START,
    ITEM_COLUMNS,
    SERIES_COLUMNS,
)
from kpstamps.services.transfer.importing.records import (
    HOLDING_FIELDS,
    ITEM_FIELDS,
    NUMBER_FIELDS,
    SCAN_FIELDS,
    SERIES_FIELDS,
    VALUE_FIELDS,
    WANT_FIELDS,
    paused_gc,
)

FORMAT_NAME = "kpstamps-export"
FORMAT_VERSION = 1
assert len(SERIES_COLUMNS) == 13 and ITEM_COLUMNS[0] == "position" and ITEM_COLUMNS[-1] == "scans"
_ESCAPE_FIRST = frozenset(DANGEROUS_START) | {"'"}
THEME_FIELDS = ("key", "name_ko", "name_en", "name_zh", "name_ru")
BATCH = 5000  # rows fetched at a time from each stream
_SERIES_ORDER = (Series.issue_date, Series.serial_sort, Series.id)
_ITEM_ORDER = (*_SERIES_ORDER, Item.position, Item.id)
_SCAN_ORDER = (Scan.role, Scan.position, Scan.id)
# The children of an item: (key in the JSON item, model, fields, order among one item's rows).
_ITEM_CHILDREN = (
    ("numbers", CatalogueNumber, NUMBER_FIELDS,
     (CatalogueNumber.catalogue, CatalogueNumber.sort_key, CatalogueNumber.number)),
    ("holdings", Holding, HOLDING_FIELDS, (Holding.id,)),
    ("wants", Want, WANT_FIELDS, (Want.id,)),
    ("values", CatalogueValue, VALUE_FIELDS, (CatalogueValue.id,)),
    ("scans", Scan, SCAN_FIELDS, _SCAN_ORDER),
)


class _Stream:
    """The rows of one child table, sorted exactly like their owners' stream, read a batch at a
    time: `take(owner_id)` returns the next owner's rows. One sequential query per
    table (a sort inside the database) instead of a lookup per owner or memory for them all."""

    def __init__(self, conn: Connection, query) -> None:
        result = conn.execution_options(yield_per=BATCH).execute(query)
        self.rows = chain.from_iterable(result.partitions())
        self.head = next(self.rows, None)

    def take(self, owner_id: int) -> list[Sequence[Any]]:
        """The next owner's rows, without the owner column."""
        found = []
        head, rows = self.head, self.rows
        while head is not None and head[0] == owner_id:
            found.append(head[1:])
            head = next(rows, None)
        self.head = head
        return found


def _item_child_stream(conn: Connection, model, fields: Sequence[str], order) -> _Stream:
    table = model.__table__
    query = (select(table.c.item_id, *(table.c[f] for f in fields))
             .join(Item, Item.id == table.c.item_id).join(Series, Series.id == Item.series_id)
             .order_by(*_ITEM_ORDER, *order))
    return _Stream(conn, query)


def _selection(keys: Iterable[RowKey] | None) -> tuple[set[int], set[int], set[int]] | None:
    """(series to export, series exported whole, single items to export); None: everything.
    A series row of the table means the whole series."""
    if keys is None:
        return None
    series_ids: set[int] = set()
    whole: set[int] = set()
    item_ids: set[int] = set()
    for key in keys:
        series_ids.add(key.series_id)
        if key.item_id is None:
            whole.add(key.series_id)
        else:
            item_ids.add(key.item_id)
    return series_ids, whole, item_ids


def _themes(conn: Connection) -> tuple[dict[int, str], list[dict[str, Any]]]:
    """Theme keys by id, and the theme tree as JSON entries."""
    keys = dict(conn.execute(select(Theme.id, Theme.key)).all())
    query = select(*(Theme.__table__.c[f] for f in THEME_FIELDS), Theme.parent_id).order_by(Theme.key)
    rows = [{**dict(zip(THEME_FIELDS, row[:-1])), "parent": keys.get(row[-1])} for row in conn.execute(query)]
    return keys, rows


def _snapshot(conn: Connection) -> None:
    """Make the queries of one export see one state of the catalogue, even while someone
    saves: the streams below must agree row for row."""
    if conn.dialect.name == "sqlite":
        if not conn.connection.dbapi_connection.in_transaction:  # pysqlite only begins for writes
            conn.exec_driver_sql("BEGIN")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")


RawItem = tuple[Sequence[Any], list[list[Sequence[Any]]]]  # (id, *ITEM_FIELDS), rows per _ITEM_CHILDREN
RawSeries = tuple[Sequence[Any], list[str], list[Sequence[Any]], list[RawItem]]  # row, themes, scans, items


def iter_raw(conn: Connection, theme_keys: dict[int, str], keys: Iterable[RowKey] | None = None) -> Iterator[RawSeries]:
    """The series of the export in catalogue order as rows: ((id, *SERIES_FIELDS), theme keys,
    scan rows, items), `keys`: only those series and items."""
    selection = _selection(keys)
    links: dict[int, list[str]] = {}
    for sid, tid in conn.execute(select(series_theme.c.series_id, series_theme.c.theme_id)).all():
        links.setdefault(sid, []).append(theme_keys[tid])
    scans = _Stream(conn, select(Scan.series_id, *(Scan.__table__.c[f] for f in SCAN_FIELDS))
                    .join(Series, Series.id == Scan.series_id).order_by(*_SERIES_ORDER, *_SCAN_ORDER))
    items = _Stream(conn, select(Item.series_id, Item.id, *(Item.__table__.c[f] for f in ITEM_FIELDS))
                    .join(Series, Series.id == Item.series_id).order_by(*_ITEM_ORDER))
    children = [_item_child_stream(conn, model, fields, order) for _, model, fields, order in _ITEM_CHILDREN]
    series = conn.execution_options(yield_per=BATCH).execute(
        select(Series.id, *(Series.__table__.c[f] for f in SERIES_FIELDS)).order_by(*_SERIES_ORDER))
    for row in chain.from_iterable(series.partitions()):
        series_id = row[0]
        series_scans = scans.take(series_id)  # every stream moves on, whether exported or not
        found = [(item, [stream.take(item[0]) for stream in children]) for item in items.take(series_id)]
        if selection is not None:
            if series_id not in selection[0]:
                continue
            if series_id not in selection[1]:
                found = [entry for entry in found if entry[0][0] in selection[2]]
        yield row, sorted(links.get(series_id, [])), series_scans, found


def iter_series(conn: Connection, theme_keys: dict[int, str],
                keys: Iterable[RowKey] | None = None) -> Iterator[dict[str, Any]]:
    """The series entries of the JSON export, each with its items nested."""
    for row, themes, scans, items in iter_raw(conn, theme_keys, keys):
        entry = dict(zip(SERIES_FIELDS, row[1:]))
        entry["themes"] = themes
        entry["scans"] = [dict(zip(SCAN_FIELDS, scan)) for scan in scans]
        entry["items"] = found = []
        for item, children in items:
            values = dict(zip(ITEM_FIELDS, item[1:]))
            for (name, _, fields, _), rows in zip(_ITEM_CHILDREN, children):
                values[name] = [dict(zip(fields, r)) for r in rows]
            found.append(values)
        yield entry


def _head(themes: list[dict[str, Any]]) -> dict[str, Any]:
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "app_version": __version__,
            "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "themes": themes}


def build_document(sessions: sessionmaker[Session], keys: Iterable[RowKey] | None = None) -> dict[str, Any]:
    """The export as plain data in memory: the whole catalogue, or the series/items of `keys`."""
    with sessions() as session:
        conn = session.connection()
        _snapshot(conn)
        theme_keys, themes = _themes(conn)
        return {**_head(themes), "series": list(iter_series(conn, theme_keys, keys))}


def export_json(sessions: sessionmaker[Session], path: Path, keys: Iterable[RowKey] | None = None) -> int:
    """Write the JSON export to `path`; returns the number of items written."""
    def write(out: IO[str], conn: Connection) -> int:
        theme_keys, themes = _themes(conn)
        # One series per line: readable and diffable, and each line goes through the C encoder
        # (indent= would switch json to its pure-Python encoder, several times slower).
        out.write(json.dumps(_head(themes), ensure_ascii=False)[:-1] + ',\n"series":[\n')
        count, separator = 0, ""
        for series in iter_series(conn, theme_keys, keys):
            out.write(separator + json.dumps(series, ensure_ascii=False, separators=(",", ":")))
            separator = ",\n"
            count += len(series["items"])
        out.write("\n]}\n")
        return count

    return _write_atomically(sessions, path, "utf-8", write)


def _amount(cents: int | None) -> str:
    return "" if cents is None else f"{cents // 100}.{cents % 100:02d}"


def _size(millimetres: float | None) -> str:
    return "" if millimetres is None else repr(float(millimetres))


def _json_cell(fields: Sequence[str], rows: list[Sequence[Any]]) -> str:
    if not rows:
        return ""
    return json.dumps([dict(zip(fields, r)) for r in rows], ensure_ascii=False, separators=(",", ":"))


def _safe(cell: str) -> str:
    """escape_cell, inlined: a formula-like cell (or one starting with ') gets an apostrophe."""
    return ("'" + cell) if cell[:1] in _ESCAPE_FIRST else cell


_CHILD_FIELDS = [fields for _, _, fields, _ in _ITEM_CHILDREN[1:]]  # holdings, wants, values, scans


def _item_cells(item: Sequence[Any], children: list[list[Sequence[Any]]]) -> list[str]:
    """The item part of a CSV row, in ITEM_COLUMNS order; `item` is (id, *ITEM_FIELDS)."""
    (_, position, kind, face_value, currency, perforation, perf_gauge, fmt, description,
     ko, en, zh, ru, source_id, source_link, width, height, face_value_text) = item
    numbers: dict[str, str] = {}
    for catalogue, number, country, block in children[0]:
        if country or block:
            number = format_number(number, country, block)
        numbers[catalogue] = f"{numbers[catalogue]}; {number}" if catalogue in numbers else number
    cells = [str(position), kind or "", _safe(ko), _safe(en), _safe(zh), _safe(ru), _safe(description),
             _amount(face_value), currency or "", perforation or "", _safe(perf_gauge), _safe(fmt),
             _safe(source_id or ""), _safe(source_link), _size(width), _size(height), _safe(face_value_text)]
    cells += [_safe(numbers[c]) if c in numbers else "" for c in CATALOGUE_COLUMNS] if numbers else _NO_NUMBERS
    cells.append("")  # "numbers": for other files; ours use the catalogue columns
    cells += [_json_cell(fields, rows) for fields, rows in zip(_CHILD_FIELDS, children[1:])]
    return cells


_NO_NUMBERS = [""] * len(CATALOGUE_COLUMNS)


def _series_cells(row: Sequence[Any], themes: list[str], scans: list[Sequence[Any]]) -> list[str]:
    """The series part of a CSV row, escaped (JSON and numbers never start with a formula sign)."""
    serial, issue_date, year, announced, notes, source, ko, en, zh, ru, country = row[1:]
    return [
        _safe(serial or ""), issue_date or "", "" if year is None else str(year), announced or "",
        _safe(ko), _safe(en), _safe(zh), _safe(ru), _safe(notes), _safe(source), _safe("; ".join(themes)),
        _json_cell(SCAN_FIELDS, scans), country,
    ]


def csv_rows(raw: Iterable[RawSeries]) -> Iterator[list[str]]:
    """The CSV rows (without header), cells escaped."""
    no_item = [""] * len(ITEM_COLUMNS)
    for row, themes, scans, items in raw:
        head = _series_cells(row, themes, scans)
        if not items:
            yield head + no_item
        for item, children in items:
            yield head + _item_cells(item, children)


def export_csv(sessions: sessionmaker[Session], path: Path, keys: Iterable[RowKey] | None = None, *,
               bom: bool = False, delimiter: str = ",") -> int:
    """Write the CSV export to `path` (UTF-8, with a BOM for spreadsheets if `bom`); returns rows written."""
    def write(out: IO[str], conn: Connection) -> int:
        writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        theme_keys, _ = _themes(conn)
        count = 0
        for rows in _batched(csv_rows(iter_raw(conn, theme_keys, keys)), 1000):
            writer.writerows(rows)
            count += len(rows)
        return count

    return _write_atomically(sessions, path, "utf-8-sig" if bom else "utf-8", write)


def _batched(rows: Iterator[list[str]], size: int) -> Iterator[list[list[str]]]:
    batch: list[list[str]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _write_atomically(sessions: sessionmaker[Session], path: Path, encoding: str,
                      write: Callable[[IO[str], Connection], int]) -> int:
    """Run `write` on a temporary file beside `path` inside one read transaction (a consistent
    snapshot), then rename it over `path`: a half-written export (full disk, an error) never
    replaces a good file of the same name, and the partial file is removed."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    try:
        with paused_gc(), sessions() as session, \
                open(tmp, "w", encoding=encoding, newline="", buffering=1 << 20) as out:
            conn = session.connection()
            _snapshot(conn)
            count = write(out, conn)
        os.replace(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            reason = "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
            raise TransferError(f"cannot write {path}: {reason}; nothing was written") from None
        raise
    return count
