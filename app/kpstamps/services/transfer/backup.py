"""Backups: a `.zip` with a consistent copy of the database, the scans and a manifest.

The database is copied with SQLite's online backup API (never a raw copy of a live WAL
file). The manifest (JSON) lists every file with its SHA-256, the app version and the
schema revision. Restore checks all of that, refuses unsafe archives (absolute or `..`
paths, symlinks) and schemas newer than this app, builds the new database beside the old
one and swaps it in with os.replace only when everything is in place; the catalogue it
replaces is kept in `backups/`.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import sqlite3
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from kpstamps import __version__
from kpstamps.db.migrate import alembic_config, backup_sqlite, current_revision
from kpstamps.db.session import sqlite_path
from kpstamps.errors import CatalogueError, TransferError
from kpstamps.home import DataHome
from kpstamps.services.catalogue.opening import Catalogue
from kpstamps.services.settings.preferences import Preferences

FORMAT_NAME = "kpstamps-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "catalogue.sqlite3"
AUTO_PREFIX = "kpstamps-auto-"
CHUNK = 1 << 20


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    previous: Path | None  # the catalogue that was replaced, kept as a backup
    scans: int
    schema_revision: str


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
    home.backups.mkdir(parents=True, exist_ok=True)
    if target is None:
        target = home.backups / f"{prefix}{dt.datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.zip"
    target = Path(target)
    partial = target.with_name(f".{target.name}.part")
    try:
        _write_backup(catalogue, source, target, partial)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        reason = "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
        raise TransferError(f"cannot write the backup {target}: {reason}; nothing was written") from None
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise TransferError(f"cannot copy the catalogue into a backup: {exc}") from None
    return target


def _write_backup(catalogue: Catalogue, source: Path, target: Path, partial: Path) -> None:
    home = catalogue.home
    files: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(dir=home.backups, prefix=".backup-") as work:
        copy = Path(work) / DATABASE
        with sqlite3.connect(source) as src, sqlite3.connect(copy) as dst:
            src.backup(dst)
        src.close()
        dst.close()
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
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
        os.replace(partial, target)


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
    if not prefs.backup_on_close or sqlite_path(catalogue.url) is None:
        return None
    path = create_backup(catalogue, prefix=AUTO_PREFIX)
    prune_backups(catalogue.home.backups, max(1, prefs.backups_to_keep))
    return path


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _check_member(info: zipfile.ZipInfo) -> None:
    name = info.filename
    path = PurePosixPath(name)
    if name.startswith(("/", "\\")) or path.is_absolute() or ":" in path.parts[0] or "\\" in name:
        raise TransferError(f"the backup holds an absolute path ({name!r}); refused")
    if ".." in path.parts:
        raise TransferError(f"the backup holds a path leaving its folder ({name!r}); refused")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise TransferError(f"the backup holds a symbolic link ({name!r}); refused")
    if name != MANIFEST and name != DATABASE and not (name.startswith("scans/") or info.is_dir()):
        raise TransferError(f"the backup holds an unexpected file ({name!r})")


def read_manifest(archive: zipfile.ZipFile) -> dict:
    """Check the archive's layout and manifest; returns the manifest."""
    for info in archive.infolist():
        _check_member(info)
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except KeyError:
        raise TransferError("the backup has no manifest.json; is it a KP Stamps backup?") from None
    except ValueError as exc:
        raise TransferError(f"the backup's manifest is not valid JSON ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise TransferError("the backup's manifest is not a KP Stamps backup manifest")
    if manifest.get("version") != FORMAT_VERSION:
        raise TransferError(f"backup format version {manifest.get('version')!r} is not one this KP Stamps reads")
    files = manifest.get("files")
    if not isinstance(files, dict) or DATABASE not in files:
        raise TransferError("the backup's manifest lists no catalogue database")
    stored = {i.filename for i in archive.infolist() if not i.is_dir()} - {MANIFEST}
    if stored != set(files):
        missing, extra = sorted(set(files) - stored), sorted(stored - set(files))
        raise TransferError(f"the backup does not match its manifest (missing {missing[:3]}, unlisted {extra[:3]})")
    revision = manifest.get("schema_revision")
    if revision not in _known_revisions():
        raise TransferError(f"the backup has schema {revision!r}, newer than this KP Stamps knows; update the app")
    return manifest


def _extract(archive: zipfile.ZipFile, name: str, target: Path, expected: str) -> None:
    digest = hashlib.sha256()
    with archive.open(name) as source, target.open("wb") as out:
        for block in iter(lambda: source.read(CHUNK), b""):
            digest.update(block)
            out.write(block)
        out.flush()
        os.fsync(out.fileno())
    if digest.hexdigest() != expected:
        raise TransferError(f"{name} in the backup is damaged (its checksum does not match the manifest)")


def _check_database(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError as exc:
            raise TransferError(f"the backup's database is not usable ({exc})") from None
    conn.close()
    if verdict != "ok":
        raise TransferError(f"the backup's database fails its integrity check ({verdict})")
    if revision is None or revision[0] not in _known_revisions():
        raise TransferError("the backup's database has a schema newer than this KP Stamps knows; update the app")
    return revision[0]


def restore_backup(home: DataHome, archive_path: Path) -> RestoreResult:
    """Replace the catalogue of `home` with a backup. Close the catalogue first; open it again
    afterwards (open_catalogue migrates an older backup)."""
    home.ensure()
    try:
        archive = zipfile.ZipFile(archive_path)
    except FileNotFoundError:
        raise TransferError(f"{archive_path} does not exist") from None
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise TransferError(f"{Path(archive_path).name} is not a readable zip (damaged or truncated: {exc})") from None
    with archive, tempfile.TemporaryDirectory(dir=home.root, prefix=".restore-") as work:
        try:
            manifest = read_manifest(archive)
            files = manifest["files"]
            new_db = Path(work) / DATABASE
            _extract(archive, DATABASE, new_db, files[DATABASE]["sha256"])
            revision = _check_database(new_db)
            scans = [n for n in files if n.startswith("scans/")]
            for name in scans:
                target = Path(work) / name
                target.parent.mkdir(parents=True, exist_ok=True)
                _extract(archive, name, target, files[name]["sha256"])
        except (zipfile.BadZipFile, EOFError, zlib_error()) as exc:
            raise TransferError(f"the backup is damaged or truncated ({exc})") from None
        except OSError as exc:
            reason = "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
            raise TransferError(f"cannot unpack the backup: {reason}; the catalogue was not changed") from None
        previous = backup_sqlite(home.database, home.backups, "before-restore") if home.database.exists() else None
        for name in scans:  # scans are named by their checksum: existing files are the same
            target = home.scans / name.removeprefix("scans/")
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(Path(work) / name, target)
        for suffix in ("-wal", "-shm"):  # the old database's log must not be applied to the new one
            Path(f"{home.database}{suffix}").unlink(missing_ok=True)
        os.replace(new_db, home.database)
    return RestoreResult(home.database, previous, len(scans), revision)


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error
