"""Undo/redo that never overwrites someone else's newer save.

An undo puts a `Snapshot` back (kpstamps.services.editing.snapshots). Between the edit and its undo
another person may have saved the same series: another process on the club's PostgreSQL
catalogue, or another program on the same SQLite file. `guarded_restore` therefore writes
a snapshot only while every series and item in its scope is still in the state the command
left it in (same rows, same versions); otherwise it raises `UndoRefused`, naming who
changed which row and when, and writes nothing. Check and write are one transaction that
locks the rows first, so nobody can save in between.

Restores bump versions, so after an undo a row has a new version number standing for an
older state. The catalogue's `VersionLedger` remembers, per row, "version 7 that this
program wrote is the state of version 3": the next command down the stack, which recorded
the row at version 3, then sees it unchanged. States are therefore kept as *canonical*
versions (`VersionLedger.state`), taken when the snapshot was taken.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db.models import Item, Series
from kpstamps.errors import UndoRefused
from kpstamps.services.editing.snapshots import Key, Snapshot, restore_in, row_versions

State = dict[Key, int]  # canonical version per existing series/item; a missing key: the row does not exist


class VersionLedger:
    """Versions this program wrote by restoring, per catalogue (see the module docstring)."""

    def __init__(self) -> None:
        self._written: dict[Key, tuple[int, int]] = {}  # row -> (version written, version it stands for)
        self.high: dict[Key, int] = {}  # highest version seen per row: a restore writes above it

    def canonical(self, key: Key, version: int) -> int:
        written = self._written.get(key)
        return written[1] if written is not None and written[0] == version else version

    def observe(self, versions: Mapping[Key, int]) -> None:
        for key, version in versions.items():
            self.high[key] = max(self.high.get(key, 0), version)

    def state(self, snap: Snapshot) -> State:
        """The canonical state of `snap`; call it while `snap` is what the database holds."""
        versions = row_versions(snap)
        self.observe(versions)
        return {key: self.canonical(key, version) for key, version in versions.items()}

    def record(self, written: Mapping[Key, int], state: Mapping[Key, int]) -> None:
        self.observe(written)
        for key, version in written.items():
            self._written[key] = (version, state[key])


_LEDGERS: weakref.WeakKeyDictionary[sessionmaker, VersionLedger] = weakref.WeakKeyDictionary()


def ledger_for(sessions: sessionmaker[Session]) -> VersionLedger:
    """The ledger of everything undone/redone through `sessions` (one per open catalogue)."""
    return _LEDGERS.setdefault(sessions, VersionLedger())


@dataclass(frozen=True)
class _Row:
    version: int
    updated_by: str
    updated_at: dt.datetime | None
    name: str


def _series_name(serial: str | None, title: str | None, series_id: int) -> str:
    return serial or title or f"#{series_id}"


def _scope_rows(session: Session, series_ids: list[int], item_ids: list[int]) -> dict[Key, _Row]:
    rows: dict[Key, _Row] = {}
    for row in session.execute(select(Series.id, Series.version_id, Series.updated_by, Series.updated_at,
                                      Series.serial, Series.title_en).where(Series.id.in_(series_ids))):
        rows[("series", row.id)] = _Row(row.version_id, row.updated_by, row.updated_at,
                                        _series_name(row.serial, row.title_en, row.id))
    items = select(Item.id, Item.version_id, Item.updated_by, Item.updated_at, Item.position, Item.series_id,
                   Series.serial, Series.title_en).join(Series, Series.id == Item.series_id)
    for row in session.execute(items.where(or_(Item.id.in_(item_ids), Item.series_id.in_(series_ids)))):
        name = f"{row.position} of series {_series_name(row.serial, row.title_en, row.series_id)}"
        rows[("item", row.id)] = _Row(row.version_id, row.updated_by, row.updated_at, name)
    return rows


def lock_rows(session: Session, series_ids: list[int], item_ids: list[int]) -> None:
    """Write-lock the scope before reading it (row locks on PostgreSQL, the write lock on SQLite)."""
    for table, where in ((Series.__table__, Series.id.in_(series_ids)),
                         (Item.__table__, or_(Item.id.in_(item_ids), Item.series_id.in_(series_ids)))):
        session.execute(update(table).where(where).values(version_id=table.c.version_id,
                                                          updated_at=table.c.updated_at))


def _names(snaps: Iterable[Snapshot]) -> dict[Key, str]:
    names: dict[Key, str] = {}
    for snap in snaps:
        for row in snap.rows.get("series", []):
            names[("series", row["id"])] = _series_name(row["serial"], row["title_en"], row["id"])
        for row in snap.rows.get("item", []):
            names.setdefault(("item", row["id"]), f"#{row['id']}")
    return names


def check(ledger: VersionLedger, rows: Mapping[Key, _Row], expected: Mapping[Key, int],
          names: Mapping[Key, str]) -> None:
    """Raise UndoRefused for the first row (series before items) not in the `expected` state."""
    for key in sorted(set(rows) | set(expected), key=lambda k: (k[0] != "series", k[1])):
        row = rows.get(key)
        if row is None:
            raise UndoRefused(key[0], names.get(key, f"#{key[1]}"), deleted=True)
        if ledger.canonical(key, row.version) != expected.get(key):
            raise UndoRefused(key[0], row.name, row.updated_by, row.updated_at)


def _check_parents(session: Session, target: Snapshot) -> None:
    """Items put back into a series outside the scope need that series to still exist."""
    parents = {row["series_id"] for row in target.rows.get("item", [])} - set(target.series_ids)
    if parents:
        missing = parents - set(session.scalars(select(Series.id).where(Series.id.in_(parents))))
        if missing:
            raise UndoRefused("series", f"#{min(missing)}", deleted=True)


def guarded_restore(sessions: sessionmaker[Session], target: Snapshot, target_state: State,
                    current: Snapshot, current_state: State) -> None:
    """Restore `target` if the rows are still in `current_state` (that of `current`), else raise UndoRefused.

    The states come from `ledger_for(sessions).state(...)`, taken with the snapshots.
    """
    ledger = ledger_for(sessions)
    series_ids = sorted({*target.series_ids, *current.series_ids, *(i for k, i in current_state if k == "series")})
    item_ids = sorted({*target.item_ids, *current.item_ids, *(i for k, i in current_state if k == "item")})
    with sessions.begin() as session:
        lock_rows(session, series_ids, item_ids)
        rows = _scope_rows(session, series_ids, item_ids)
        ledger.observe({key: row.version for key, row in rows.items()})
        check(ledger, rows, current_state, _names((current, target)))
        _check_parents(session, target)
        written = restore_in(session, target, floor=ledger.high)
    ledger.record(written, target_state)
