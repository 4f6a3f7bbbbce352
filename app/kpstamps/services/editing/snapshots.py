"""Snapshots of series and items as plain rows, so every edit can be undone exactly.

A `Snapshot` has a scope (series ids, item ids) and the rows that existed in it: the
series, their theme links, items, catalogue numbers, catalogue values, holdings, wants,
scans, and which order lines pointed at them. `restore` deletes whatever is in the scope
now and inserts the rows back WITH THEIR IDS, so undo/redo keep every link intact.
An empty snapshot of a scope is "these rows do not exist": restoring it deletes them.

A restore is a new save of the series and items it writes back: they get a NEW version
(above the one in the database and in the snapshot) and the restoring editor in
`updated_by`, so another session still holding the replaced version finds its save stale
instead of overwriting the restore. Undo/redo guard restores with kpstamps.services.editing.undo_guard.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, func, insert, or_, select, update
from sqlalchemy import delete as sql_delete
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db.editors import session_editor
from kpstamps.db.models import (
    CatalogueNumber,
    CatalogueValue,
    Holding,
    Item,
    OrderLine,
    Scan,
    Series,
    Source,
    Want,
    series_theme,
)

Key = tuple[str, int]  # a versioned row: ("series", 12) or ("item", 345)

# Tables hanging off an item, in insertion order after `item`.
_ITEM_CHILDREN: tuple[Table, ...] = (
    CatalogueNumber.__table__, CatalogueValue.__table__, Holding.__table__, Want.__table__,
)


@dataclass(frozen=True)
class Snapshot:
    """Rows (plain dicts per table name) in the scope of some series and items."""

    series_ids: tuple[int, ...] = ()
    item_ids: tuple[int, ...] = ()
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))

    def emptied(self) -> Snapshot:
        """The same scope with no rows: restoring it deletes the scope."""
        return Snapshot(self.series_ids, self.item_ids, {})


@dataclass(frozen=True)
class Impact:
    """What a delete takes with it, as counts per kind of row."""

    series: int = 0
    items: int = 0
    holdings: int = 0
    wants: int = 0
    scans: int = 0
    catalogue_values: int = 0
    order_lines: int = 0

    @property
    def needs_confirmation(self) -> bool:
        """True when the delete loses the collector's own data, not just catalogue rows."""
        return bool(self.holdings or self.wants or self.scans or self.order_lines)


def _all_item_ids(session: Session, series_ids: tuple[int, ...], item_ids: tuple[int, ...]) -> list[int]:
    ids = set(item_ids)
    if series_ids:
        ids.update(session.scalars(select(Item.id).where(Item.series_id.in_(series_ids))))
    return sorted(ids)


def _scan_filter(series_ids: Iterable[int], item_ids: Iterable[int]):
    return or_(Scan.series_id.in_(list(series_ids)), Scan.item_id.in_(list(item_ids)))


def _rows(session: Session, statement) -> list[dict[str, Any]]:
    return [dict(row) for row in session.execute(statement).mappings()]


def take_snapshot(session: Session, series_ids: Iterable[int] = (), item_ids: Iterable[int] = ()) -> Snapshot:
    """The snapshot of a scope, read in `session`."""
    s_ids, i_ids = tuple(sorted(set(series_ids))), tuple(sorted(set(item_ids)))
    items = _all_item_ids(session, s_ids, i_ids)
    rows: dict[str, list[dict[str, Any]]] = {
        "series": _rows(session, select(Series.__table__).where(Series.id.in_(s_ids))),
        "series_theme": _rows(session, select(series_theme).where(series_theme.c.series_id.in_(s_ids))),
        "source": _rows(session, select(Source.__table__).where(Source.series_id.in_(s_ids)).order_by(Source.id)),
        "item": _rows(session, select(Item.__table__).where(Item.id.in_(items)).order_by(Item.id)),
    }
    for table in _ITEM_CHILDREN:
        rows[table.name] = _rows(session, select(table).where(table.c.item_id.in_(items)).order_by(table.c.id))
    rows["scan"] = _rows(session, select(Scan.__table__).where(_scan_filter(s_ids, items)).order_by(Scan.id))
    rows["order_line_links"] = _rows(session, select(OrderLine.id, OrderLine.item_id, OrderLine.series_id).where(
        or_(OrderLine.item_id.in_(items), OrderLine.series_id.in_(s_ids))))
    return Snapshot(s_ids, i_ids, rows)


def snapshot(sessions: sessionmaker[Session], series_ids: Iterable[int] = (), item_ids: Iterable[int] = ()) -> Snapshot:
    """Copy the rows of these series (with all their items) and items, for undo."""
    with sessions() as session:
        return take_snapshot(session, series_ids, item_ids)


def delete_in(session: Session, series_ids: Iterable[int], item_ids: Iterable[int]) -> None:
    """Delete series and items in `session`; the database cascades to their rows."""
    s_ids, i_ids = list(series_ids), list(item_ids)
    if i_ids:
        session.execute(sql_delete(Item.__table__).where(Item.id.in_(i_ids)))
    if s_ids:
        session.execute(sql_delete(Series.__table__).where(Series.id.in_(s_ids)))


def row_versions(snap: Snapshot) -> dict[Key, int]:
    """The version of every series and item row in `snap`."""
    return {(name, row["id"]): row["version_id"] for name in ("series", "item") for row in snap.rows.get(name, [])}


def current_versions(session: Session, keys: Iterable[Key]) -> dict[Key, int]:
    """The versions these series/items have in the database now (rows that do not exist are left out)."""
    wanted = list(keys)
    found: dict[Key, int] = {}
    for name, model in (("series", Series), ("item", Item)):
        ids = [row_id for kind, row_id in wanted if kind == name]
        if ids:
            found.update(((name, row_id), version) for row_id, version in
                         session.execute(select(model.id, model.version_id).where(model.id.in_(ids))))
    return found


def _stamped(snap: Snapshot, versions: Mapping[Key, int], editor: str) -> dict[str, list[dict[str, Any]]]:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows = dict(snap.rows)
    for name in ("series", "item"):
        rows[name] = [{**row, "version_id": versions[(name, row["id"])], "updated_by": editor, "updated_at": now}
                      for row in snap.rows.get(name, [])]
    return rows


def restore_in(session: Session, snap: Snapshot, floor: Mapping[Key, int] | None = None) -> dict[Key, int]:
    """Make the scope of `snap` exactly its rows again, in `session`; returns the versions written.

    Each series/item row gets a version above its version now, in `snap` and in `floor`.
    """
    wanted = row_versions(snap)
    now_in_db, floor = current_versions(session, wanted), floor or {}
    written = {key: max(version, now_in_db.get(key, 0), floor.get(key, 0)) + 1 for key, version in wanted.items()}
    rows = _stamped(snap, written, session_editor(session))
    delete_in(session, snap.series_ids, snap.item_ids)
    for name, table in (("series", Series.__table__), ("series_theme", series_theme), ("source", Source.__table__),
                        ("item", Item.__table__),
                        *((t.name, t) for t in _ITEM_CHILDREN), ("scan", Scan.__table__)):
        if rows.get(name):
            session.execute(insert(table), rows[name])
    for link in rows.get("order_line_links", []):
        session.execute(update(OrderLine.__table__).where(OrderLine.id == link["id"])
                        .values(item_id=link["item_id"], series_id=link["series_id"]))
    session.expire_all()
    return written


def restore(sessions: sessionmaker[Session], snap: Snapshot) -> None:
    """Put the rows of `snap` back (same ids, same links, new versions), replacing what is there now.

    Unchecked: undo/redo use undo_guard.guarded_restore, which first makes sure nobody else
    changed the rows since.
    """
    with sessions.begin() as session:
        restore_in(session, snap)


def delete(sessions: sessionmaker[Session], series_ids: Iterable[int] = (), item_ids: Iterable[int] = ()) -> None:
    """Delete series (with their items) and items, with everything hanging off them."""
    with sessions.begin() as session:
        delete_in(session, series_ids, item_ids)


def delete_impact(sessions: sessionmaker[Session], series_ids: Iterable[int] = (),
                  item_ids: Iterable[int] = ()) -> Impact:
    """Count what deleting these series and items would take with it."""
    s_ids, i_ids = tuple(set(series_ids)), tuple(set(item_ids))
    with sessions() as session:
        items = _all_item_ids(session, s_ids, i_ids)

        def count(model, *where) -> int:
            return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

        return Impact(
            series=len(s_ids),
            items=len(items),
            holdings=count(Holding, Holding.item_id.in_(items)),
            wants=count(Want, Want.item_id.in_(items)),
            scans=count(Scan, _scan_filter(s_ids, items)),
            catalogue_values=count(CatalogueValue, CatalogueValue.item_id.in_(items)),
            order_lines=count(OrderLine, or_(OrderLine.item_id.in_(items), OrderLine.series_id.in_(s_ids))),
        )
