"""Copy a whole catalogue between databases (SQLite ⇄ PostgreSQL) without losing anything.

Rows are copied table by table in foreign-key order with SQLAlchemy Core, ids and all
(including `version_id`, timestamps and the maintained `search_text`), inside one
transaction on the target: a failed copy leaves the target empty. PostgreSQL's id
sequences are then moved past the copied ids so new rows do not collide.

Scans stay files (`scans/<sha256[:2]>/<sha256>.<ext>`): the copy puts every file the rows
refer to into the target's scan folder, checking its SHA-256 on the way.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Table, func, select, text

from kpstamps.db.migrate import current_revision
from kpstamps.db.models import Base, Scan
from kpstamps.errors import CatalogueError
from kpstamps.services.catalogue.opening import Catalogue
from kpstamps.services.scans.store import scan_file

BATCH = 2000
Progress = Callable[[str, int], None]  # (table name, rows copied so far in it)


@dataclass(frozen=True)
class CopyReport:
    """What a copy did: rows per table and the scan files it carried over."""

    rows: dict[str, int]
    scans_copied: int = 0
    scans_present: int = 0  # already in the target folder with the right content
    scans_missing: list[str] = field(default_factory=list)  # referenced, but absent at the source

    def as_dict(self) -> dict:
        return {
            "rows": self.rows,
            "scans_copied": self.scans_copied,
            "scans_present": self.scans_present,
            "scans_missing": self.scans_missing,
        }


def catalogue_tables() -> list[Table]:
    """Every table of the schema, parents before children."""
    return list(Base.metadata.sorted_tables)


def row_counts(conn: Connection) -> dict[str, int]:
    return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in catalogue_tables()}


def copy_catalogue(
    source: Catalogue,
    target: Catalogue,
    *,
    source_scans: Path | None = None,
    target_scans: Path | None = None,
    progress: Progress | None = None,
) -> CopyReport:
    """Copy every row of `source` into the empty catalogue `target`, then the scan files.

    Both catalogues must be at the same schema revision (opening migrates them). Raises
    CatalogueError if the target already holds data; nothing is written then.
    """
    if current_revision(source.engine) != current_revision(target.engine):
        raise CatalogueError("The two catalogues have different schema versions; open both with this KP Stamps first.")
    with source.engine.connect() as src, target.engine.begin() as dst:
        # pack_state is bookkeeping (a new catalogue notes it declined the reference): not data,
        # and the source's own state replaces it.
        filled = {name: n for name, n in row_counts(dst).items() if n and name != "pack_state"}
        if filled:
            summary = ", ".join(f"{n} {name}" for name, n in filled.items())
            raise CatalogueError(f"The target catalogue is not empty ({summary}); copy only into a new, empty one.")
        dst.execute(text("DELETE FROM pack_state"))
        rows = {table.name: _copy_table(src, dst, table, progress) for table in catalogue_tables()}
        if dst.dialect.name == "postgresql":
            reset_sequences(dst)
        scan_rows = src.execute(select(Scan.sha256, Scan.extension).distinct()).all()
    copied, present, missing = copy_scan_files(
        scan_rows, source_scans or source.home.scans, target_scans or target.home.scans
    )
    return CopyReport(rows, copied, present, missing)


def _copy_table(src: Connection, dst: Connection, table: Table, progress: Progress | None) -> int:
    order = list(table.primary_key.columns) or list(table.columns)
    result = src.execute(select(table).order_by(*order))
    done = 0
    for batch in _parents_first(table, result.mappings()):
        dst.execute(table.insert(), batch)
        done += len(batch)
        if progress is not None:
            progress(table.name, done)
    return done


def _parents_first(table: Table, rows: Iterable) -> Iterator[list[dict]]:
    """Batches of rows; for a self-referencing table (theme.parent_id) parents come first."""
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not own:
        batch: list[dict] = []
        for row in rows:
            batch.append(dict(row))
            if len(batch) >= BATCH:
                yield batch
                batch = []
        if batch:
            yield batch
        return
    pending = [dict(r) for r in rows]  # such tables are small (themes)
    key = table.primary_key.columns.keys()[0]
    placed: set = set()
    while pending:
        ready = [r for r in pending if all(r[c] is None or r[c] in placed or r[c] == r[key] for c in own)]
        if not ready:
            raise CatalogueError(f"The table {table.name} has rows whose parents are missing; cannot copy it.")
        placed.update(r[key] for r in ready)
        pending = [r for r in pending if r[key] not in placed]
        yield ready


def reset_sequences(conn: Connection) -> None:
    """Move each PostgreSQL id sequence past the largest copied id (empty table: start at 1)."""
    for table in catalogue_tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not pk[0].autoincrement or table.name == "series_theme":
            continue
        column = pk[0].name
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column}).scalar()
        if sequence is None:
            continue
        conn.execute(
            text(f'SELECT setval(:seq, COALESCE((SELECT MAX("{column}") FROM "{table.name}"), 1), '
                 f'(SELECT MAX("{column}") FROM "{table.name}") IS NOT NULL)'),
            {"seq": sequence},
        )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def copy_scan_files(scans: Iterable[tuple[str, str]], source_dir: Path, target_dir: Path) -> tuple[int, int, list[str]]:
    """Copy scan files by content address; returns (copied, already present, missing names)."""
    copied = present = 0
    missing: list[str] = []
    same_folder = source_dir.resolve() == target_dir.resolve()
    for sha, extension in scans:
        origin = scan_file(source_dir, sha, extension)
        destination = scan_file(target_dir, sha, extension)
        if destination.exists() and (same_folder or _sha256(destination) == sha):
            present += 1
            continue
        if not origin.exists():
            missing.append(f"{sha}.{extension}")
            continue
        if _sha256(origin) != sha:
            missing.append(f"{sha}.{extension} (damaged at the source)")
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial = destination.with_name(destination.name + ".part")
        shutil.copyfile(origin, partial)
        os.replace(partial, destination)
        copied += 1
    return copied, present, missing
