"""Backups: a `.zip` with a consistent copy of the database, the scans and a manifest.

The database is copied with SQLite's online backup API (never a raw copy of a live WAL
file; db/copies.py). The manifest (JSON) lists every file with its size and SHA-256, the
app version and the schema revision. The zip is written as a hidden `.<name>.part` and
renamed when complete; the part file and the hidden `.backup-*` work folder are locked
while in use, so a start after a kill removes them (services/transfer/leftovers.py).
Reading and restoring a backup: backup_reader.py, restore.py, restoring.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
import zipfile
from pathlib import Path

from kpstamps import __version__
from kpstamps.db.copies import check_free_space, copy_sqlite, sqlite_size
from kpstamps.db.lockfile import try_lock
from kpstamps.db.migrate import current_revision
from kpstamps.db.session import sqlite_path
from kpstamps.errors import CatalogueError, TransferError, from_os_error
from kpstamps.services.catalogue.opening import Catalogue
from kpstamps.services.settings.preferences import Preferences
from kpstamps.services.transfer.backup_reader import (
    CHUNK,
    DATABASE,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
)

AUTO_PREFIX = "kpstamps-auto-"
WORK_PREFIX = ".backup-"
OWNER = ".owner"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def _database_file(catalogue: Catalogue) -> Path:
    path = sqlite_path(catalogue.url)
    if path is None:
        raise CatalogueError("Backups cover SQLite catalogues; back a PostgreSQL catalogue up with pg_dump.")
    return path


def create_backup(catalogue: Catalogue, target: Path | None = None, *, prefix: str = "kpstamps-backup-") -> Path:
    """Write a backup zip (to `target`, or a dated file in the backups folder); returns its path."""
    source = _database_file(catalogue)
    home = catalogue.home
    if target is None:
        target = home.backups / f"{prefix}{dt.datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.zip"
    target = Path(target)
    partial = target.with_name(f".{target.name}.part")
    doing = f"cannot write the backup {target}"
    try:
        if target.parent == home.backups:
            home.backups.mkdir(parents=True, exist_ok=True)
        check_free_space(target.parent, sqlite_size(source), doing)
        # The database copy is made in the backups folder, or beside the target when the data
        # folder is read-only (a backup of a catalogue on read-only media).
        work_parent = home.backups if os.access(home.backups, os.W_OK) else target.parent
        _write_backup(catalogue, source, target, partial, Path(work_parent))
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise TransferError(f"{from_os_error(exc, doing)}; nothing was written") from None
    except CatalogueError as exc:
        partial.unlink(missing_ok=True)
        raise type(exc)(f"{exc}; nothing was written") from None
    return target


def _write_backup(catalogue: Catalogue, source: Path, target: Path, partial: Path, work_parent: Path) -> None:
    home = catalogue.home
    files: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(dir=work_parent, prefix=WORK_PREFIX) as work, \
            open(Path(work) / OWNER, "wb") as owner, open(partial, "wb") as out:
        try_lock(owner.fileno())  # the folder and the part file are in use (leftovers.py)
        try_lock(out.fileno())
        copy = copy_sqlite(source, Path(work) / DATABASE)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(copy, DATABASE)
            files[DATABASE] = {"sha256": _sha256(copy), "size": copy.stat().st_size}
            for scan in sorted(p for p in home.scans.rglob("*") if p.is_file() and not p.is_symlink()):
                name = "scans/" + scan.relative_to(home.scans).as_posix()
                archive.write(scan, name, compress_type=zipfile.ZIP_STORED)  # images are compressed already
                files[name] = {"sha256": _sha256(scan), "size": scan.stat().st_size}
            manifest = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "app_version": __version__,
                        "schema_revision": current_revision(catalogue.engine),
                        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "files": files}
            archive.writestr(MANIFEST, json.dumps(manifest, indent=1))
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, target)  # once closed: Windows renames no open file


def prune_backups(folder: Path, keep: int, prefix: str = AUTO_PREFIX) -> list[Path]:
    """Delete all but the newest `keep` automatic backups; returns what was deleted."""
    found = sorted(folder.glob(f"{prefix}*.zip"))
    doomed = found[: max(0, len(found) - max(keep, 0))]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def backup_on_close(catalogue: Catalogue, prefs: Preferences) -> Path | None:
    """The backup the window makes when it closes (if prefs.backup_on_close), keeping the last
    prefs.backups_to_keep of them."""
    if not prefs.backup_on_close or sqlite_path(catalogue.url) is None or catalogue.read_only:
        return None
    path = create_backup(catalogue, prefix=AUTO_PREFIX)
    prune_backups(catalogue.home.backups, max(1, prefs.backups_to_keep))
    return path
