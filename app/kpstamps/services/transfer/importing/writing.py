"""Bulk Core writes for an import plan (Core inserts, not ORM objects: imports are large).

Core inserts bypass the ORM flush hook that maintains `search_text`, so it is computed
here with kpstamps.domain.search_text, the same builders the hook uses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from kpstamps.db import fts
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
from kpstamps.domain.search_text import item_search_text, series_search_text
from kpstamps.domain.sorting import natural_key
from kpstamps.services.transfer.importing.records import number_row

if TYPE_CHECKING:
    from kpstamps.services.transfer.importing.plan import RowPlan, SeriesPlan

BULK_FTS = 500  # rows from which the FTS triggers are bypassed
THEME_NAMES = ("name_ko", "name_en", "name_zh", "name_ru")


def _insert(table):
    """An insert whose timestamps are set by the database: no per-row Python default or
    date conversion, which would cost more than the insert itself for 100,000 rows."""
    now = func.current_timestamp()
    return insert(table).values(created_at=now, updated_at=now)


def bulk_insert(conn: Connection, table, rows: list[dict[str, Any]]) -> None:
    """executemany of `rows` (dicts with the same keys). On SQLite the statement goes straight
    to the driver with tuples: SQLAlchemy's per-row parameter processing would cost more than
    SQLite itself, and these columns (integers and text) need no conversion. Columns left out
    take their server defaults (timestamps: the database clock)."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(_insert(table), rows)
        return
    columns = list(rows[0])
    quote = conn.dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    if len(columns) == 1:
        params = [(row[columns[0]],) for row in rows]
    else:
        getter = itemgetter(*columns)
        params = [getter(row) for row in rows]
    conn.exec_driver_sql(sql, params)


def _first_of_each(numbers: list) -> list:
    seen: set[tuple[str, str]] = set()
    kept = []
    for number in numbers:
        if (number[0], number[1]) not in seen:
            seen.add((number[0], number[1]))
            kept.append(number)
    return kept


def _titles(values: dict[str, Any]) -> list[str]:
    return [values.get(f"title_{lang}", "") for lang in ("ko", "en", "zh", "ru")]


class Writer:
    def __init__(self, conn: Connection, now: dt.datetime) -> None:
        self.conn = conn
        self.now = now
        self.themes: dict[str, int] = dict(conn.execute(select(Theme.key, Theme.id)).all())

    def _stamp(self, values: dict[str, Any]) -> dict[str, Any]:
        return values  # created_at/updated_at come from _insert (the database clock)

    def _insert_returning(self, table, rows: list[dict[str, Any]]) -> list[int]:
        """Insert `rows` and return their new ids in order."""
        if not rows:
            return []
        if self.conn.dialect.name == "sqlite":
            # SQLite cannot return ids of a multi-row insert in order, so SQLAlchemy would send
            # one statement per row; ids are given explicitly instead. A concurrent writer
            # cannot slip in between: SQLite refuses our write on a stale snapshot (rollback).
            start = (self.conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1
            ids = list(range(start, start + len(rows)))
            for row, i in zip(rows, ids):
                row["id"] = i  # the rows are this writer's own dicts
            if table.name in fts.INDEXED and len(rows) >= BULK_FTS:
                self._insert_bulk_indexed(table, rows, start)
            else:
                bulk_insert(self.conn, table, rows)
            return ids
        statement = _insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return [row[0] for row in self.conn.execute(statement, rows)]

    def _insert_bulk_indexed(self, table, values: list[dict[str, Any]], start: int) -> None:
        """Per-row FTS triggers cost several times the insert itself; for a big batch they are
        dropped, the index is filled in one statement and the triggers come back, all inside
        the import's transaction (a rollback restores everything)."""
        fts.drop_triggers(self.conn)
        bulk_insert(self.conn, table, values)
        index = fts.fts_table(table.name)
        self.conn.exec_driver_sql(
            f"INSERT INTO {index}(rowid, search_text) SELECT id, search_text FROM {table.name} WHERE id >= ?", (start,))
        fts.create_fts(self.conn)

    def write_themes(self, definitions: list[dict[str, Any]], series: Iterable[SeriesPlan]) -> None:
        """Add the themes the file defines or names that the catalogue lacks (parents first)."""
        pending = {d["key"]: d for d in definitions if d["key"] not in self.themes}
        for plan in series:
            for key in plan.themes:
                if key not in self.themes and key not in pending:
                    pending[key] = {"key": key, "parent": None, "name_en": key}
        while pending:
            ready = [d for d in pending.values() if not d.get("parent") or d["parent"] in self.themes]
            if not ready:  # a parent that is never defined: attach to the root
                ready = [dict(next(iter(pending.values())), parent=None)]
            for definition in ready:
                values = {name: definition.get(name, "") or "" for name in THEME_NAMES}
                values.update(key=definition["key"], parent_id=self.themes.get(definition.get("parent") or ""))
                self.themes[definition["key"]] = self._insert_returning(Theme.__table__, [self._stamp(values)])[0]
                pending.pop(definition["key"])

    def _series_values(self, values: dict[str, Any]) -> dict[str, Any]:
        return {**values, "serial_sort": natural_key(values["serial"] or ""),
                "search_text": series_search_text(_titles(values), values["serial"], values["notes"])}

    def write_series(self, plans: list[SeriesPlan]) -> None:
        new = [p for p in plans if p.existing_id is None]
        ids = self._insert_returning(Series.__table__, [self._stamp(self._series_values(p.values)) for p in new])
        for plan, new_id in zip(new, ids):
            plan.new_id = new_id
        changed = [p for p in plans if p.update]
        if changed:
            table = Series.__table__
            statement = (update(table).where(table.c.id == bindparam("_id"))
                         .values(**{k: bindparam(k) for k in self._series_values(changed[0].values)},
                                 updated_at=self.now, version_id=table.c.version_id + 1))
            self.conn.execute(statement, [{"_id": p.existing_id, **self._series_values(p.values)} for p in changed])
        links, scans = [], []
        for plan in plans:
            if plan.existing_id is None or plan.update:
                links += [{"series_id": plan.id, "theme_id": self.themes[k]} for k in dict.fromkeys(plan.themes)]
            if plan.existing_id is None:
                scans += [self._stamp({**s, "series_id": plan.id, "item_id": None}) for s in plan.scans]
        if changed:
            self.conn.execute(delete(series_theme).where(series_theme.c.series_id.in_([p.id for p in changed])))
        if links:
            self.conn.execute(insert(series_theme), links)  # no timestamps
        if scans:
            bulk_insert(self.conn, Scan.__table__, scans)

    def write_rows(self, rows: list[RowPlan]) -> None:
        """Insert new items and update matched ones, with their numbers, holdings, wants, values and scans."""
        new = [p for p in rows if p.action == "new"]
        item_rows = []
        for plan in new:
            item = plan.row.item
            assert item is not None
            values = dict(item)
            values["series_id"] = plan.series.id
            values["search_text"] = item_search_text(
                (item["title_ko"], item["title_en"], item["title_zh"], item["title_ru"]), item["description"],
                plan.row.numbers)
            item_rows.append(values)
        for plan, item_id in zip(new, self._insert_returning(Item.__table__, item_rows)):
            plan.item_id = item_id
        updated = [p for p in rows if p.action == "update"]
        if updated:
            self._update_items(updated)
        self._children(new + updated)

    def _update_items(self, plans: list[RowPlan]) -> None:
        ids = [p.item_id for p in plans]
        known: dict[int, set[tuple[str, str]]] = {}
        for item_id, catalogue, number in self.conn.execute(
                select(CatalogueNumber.item_id, CatalogueNumber.catalogue, CatalogueNumber.number)
                .where(CatalogueNumber.item_id.in_(ids))):
            known.setdefault(item_id, set()).add((catalogue, number))
        table = Item.__table__
        params = []
        for plan in plans:
            item = plan.row.item
            assert item is not None and plan.item_id is not None
            old = known.get(plan.item_id, set())
            numbers = sorted(old | {(n[0], n[1]) for n in plan.row.numbers})
            params.append({**item, "_id": plan.item_id, "series_id": plan.series.id,
                           "search_text": item_search_text(_titles(item), item["description"], numbers)})
            plan.row.numbers = [n for n in plan.row.numbers if (n[0], n[1]) not in old]
        columns = {k: bindparam(k) for k in params[0] if k != "_id"}
        self.conn.execute(update(table).where(table.c.id == bindparam("_id"))
                          .values(**columns, updated_at=self.now, version_id=table.c.version_id + 1), params)
        # The file's holdings, wants and values replace the old ones where it has any.
        for model, attribute in ((Holding, "holdings"), (Want, "wants"), (CatalogueValue, "values"), (Scan, "scans")):
            replace = [p.item_id for p in plans if getattr(p.row, attribute)]
            if replace:
                self.conn.execute(delete(model.__table__).where(model.__table__.c.item_id.in_(replace)))

    def _children(self, plans: list[RowPlan]) -> None:
        numbers: list[dict[str, Any]] = []
        children: dict[str, list[dict[str, Any]]] = {"holdings": [], "wants": [], "values": [], "scans": []}
        for plan in plans:
            item_id = plan.item_id
            assert item_id is not None, "children are written after their item"
            row = plan.row
            found = row.numbers
            if len(found) > 1:  # one row per catalogue and number (the table's unique key)
                found = _first_of_each(found)
            numbers += [number_row(item_id, n) for n in found]
            for name, target in children.items():  # most rows have none of these
                entries = getattr(row, name)
                if entries:
                    target += [{**e, "item_id": item_id} for e in entries]
        for scan in children["scans"]:
            scan["series_id"] = None
        for model, batch in ((CatalogueNumber, numbers), (Holding, children["holdings"]), (Want, children["wants"]),
                             (CatalogueValue, children["values"]), (Scan, children["scans"])):
            if batch:
                bulk_insert(self.conn, model.__table__, batch)
