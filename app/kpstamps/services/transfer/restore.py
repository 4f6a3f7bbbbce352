"""Restore: replace the data folder's catalogue with a backup, never under a process using it.

Order of work, each step safe to interrupt:
1. refuse a read-only data folder, backups folder or catalogue file, with a message;
2. take the catalogue's exclusive lock (db/lockfile.py) or refuse, naming who has it open;
3. check the archive and the free space, unpack it into a hidden `.restore-*` folder;
4. fold the old catalogue's write-ahead log into it (this also refuses, after the usual 5 s,
   when another program holds it); a damaged catalogue is left exactly as it is;
5. write a READY note, then move the old catalogue (and its `-wal`, if any) byte for byte
   into `backups/` and the new one into place, by renames. A kill during 5 is finished at
   the next start (`finish_swap`, called by services/transfer/leftovers.py).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from kpstamps.db import lockfile
from kpstamps.db.copies import check_free_space, fsync_folder, is_disk_full
from kpstamps.db.lockfile import CatalogueLock, try_lock
from kpstamps.errors import (
    CatalogueError,
    CatalogueLocked,
    ReadOnlyCatalogue,
    TransferError,
    from_os_error,
)
from kpstamps.home import DataHome
from kpstamps.services.transfer.backup_reader import (
    DAMAGED,
    DATABASE,
    check_database,
    extract,
    read_manifest,
    unpacked_size,
)

WORK_PREFIX = ".restore-"
OWNER = ".owner"  # locked by the process using a hidden work folder (see leftovers.py)
READY = "READY"


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    previous: Path | None  # the catalogue that was replaced, kept as a backup
    scans: int
    schema_revision: str


def check_restorable(home: DataHome) -> None:
    """Refuse up front where the swap could not be written: read-only folders, media or files."""
    for folder, what in ((home.root, "data folder"), (home.backups, "backups folder")):
        if folder.exists() and not os.access(folder, os.W_OK):
            raise ReadOnlyCatalogue(f"cannot restore: the {what} {folder} {_why_read_only(folder)}; "
                                    "nothing was changed")
    if home.database.exists() and not os.access(home.database, os.W_OK):
        raise ReadOnlyCatalogue(f"cannot restore: the catalogue {home.database} {_why_read_only(home.database)} "
                                "(read-only or immutable); nothing was changed")


def _why_read_only(path: Path) -> str:
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return "is on a read-only disk"
    except (OSError, AttributeError):  # statvfs is POSIX-only
        pass
    return "cannot be written"


def _open_archive(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise TransferError(f"{path} does not exist") from None
    except (*DAMAGED, OSError) as exc:
        raise TransferError(f"{Path(path).name} is not a readable zip (damaged or truncated: {exc})") from None


def restore_backup(home: DataHome, archive_path: Path, *, holder: str = "kpstamps restore") -> RestoreResult:
    """Replace the catalogue of `home` with a backup; the catalogue it replaces is kept in backups/.

    Nobody may have the catalogue open (CatalogueLocked names who has). An older backup
    is migrated when the catalogue is next opened (see restoring.restore_catalogue).
    """
    check_restorable(home)
    try:
        home.ensure()
    except OSError as exc:
        raise from_os_error(exc, "cannot restore") from None
    archive = _open_archive(Path(archive_path))
    lock = CatalogueLock(home.database)
    with archive, lock:
        try:
            lock.acquire(holder, exclusive=True)
        except OSError as exc:
            raise from_os_error(exc, "cannot restore") from None
        work = Path(tempfile.mkdtemp(dir=home.root, prefix=WORK_PREFIX))
        owner = os.open(work / OWNER, os.O_RDWR | os.O_CREAT, 0o644)
        try_lock(owner)
        try:
            return _restore(home, archive, work)
        finally:
            os.close(owner)
            if not (work / READY).exists() or not (work / DATABASE).exists():
                shutil.rmtree(work, ignore_errors=True)


def _restore(home: DataHome, archive: zipfile.ZipFile, work: Path) -> RestoreResult:
    try:
        manifest = read_manifest(archive)
        files = manifest["files"]
        check_free_space(home.root, unpacked_size(manifest), "cannot unpack the backup")
        extract(archive, DATABASE, work / DATABASE, files[DATABASE])
        revision = check_database(work / DATABASE)
        scans = [n for n in files if n.startswith("scans/")]
        for name in scans:
            target = work / name
            target.parent.mkdir(parents=True, exist_ok=True)
            extract(archive, name, target, files[name])
    except DAMAGED as exc:
        raise TransferError(f"the backup is damaged or truncated ({exc})") from None
    except OSError as exc:
        error = from_os_error(exc, "cannot unpack the backup")
        raise type(error)(f"{error}; the catalogue was not changed") from None
    except CatalogueError as exc:
        if "the disk is full" in str(exc) and "not changed" not in str(exc):
            raise type(exc)(f"{exc}; the catalogue was not changed") from None
        raise
    settle_old_catalogue(home.database)
    kept = None
    if home.database.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        kept = home.backups / f"{home.database.stem}-before-restore-{stamp}.sqlite3"
    try:
        _write_ready(work, kept)
    except OSError as exc:
        error = from_os_error(exc, "cannot prepare the restore")
        raise type(error)(f"{error}; the catalogue was not changed") from None
    try:
        for name in scans:  # scans are named by their checksum: existing files are the same
            target = home.scans / name.removeprefix("scans/")
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(work / name, target)
        finish_swap(home, work)
    except OSError as exc:
        raise from_os_error(exc, "the restore could not swap the catalogue in (it is finished at the next start)") \
            from None
    return RestoreResult(home.database, kept, len(scans), revision)


def _write_ready(work: Path, kept: Path | None) -> None:
    """The note that the swap may go ahead: written whole (temp file, fsync, rename) or not at all."""
    temp = work / f"{READY}.tmp"
    with open(temp, "w", encoding="utf-8") as out:
        out.write(json.dumps({"kept": str(kept or "")}))
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, work / READY)


def _ready_note(work: Path) -> dict | None:
    try:
        note = json.loads((work / READY).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return note if isinstance(note, dict) and isinstance(note.get("kept"), str) else None


def settle_old_catalogue(database: Path, wait: float | None = None) -> None:
    """Fold the write-ahead log into the old catalogue so it moves aside as one file.

    Another program that has it open (or holds a hard lock) makes this fail: after `wait`
    seconds that is CatalogueLocked. A damaged file (PRAGMA quick_check), or one a full
    disk stops from checkpointing, stays exactly as it is; it moves aside byte for byte
    with its -wal.
    """
    if not database.exists():
        return
    wait = lockfile.WAIT_SECONDS if wait is None else wait
    deadline = time.monotonic() + wait
    while True:
        remaining = max(0.0, deadline - time.monotonic())
        try:
            conn = sqlite3.connect(database, timeout=min(remaining, 1.0))
            try:
                if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    return  # damaged: not one byte of it is changed
                conn.execute("PRAGMA journal_mode = DELETE").fetchone()
            finally:
                conn.close()
            return
        except sqlite3.OperationalError as exc:
            if ("locked" in str(exc) or "busy" in str(exc)) and not is_disk_full(exc):
                if remaining > 0:
                    time.sleep(0.1)
                    continue
                raise CatalogueLocked(f"The catalogue {database} is locked by another program (waited "
                                      f"{wait:.0f} s); close it and try again; nothing was changed.") from None
            return
        except sqlite3.DatabaseError:
            return


def finish_swap(home: DataHome, work: Path) -> bool:
    """Move the old catalogue aside and the restored one in, if `work` holds one ready to go.

    Idempotent: after a kill at any point it picks up where it stopped. True when it swapped.
    """
    new_db = work / DATABASE
    note = _ready_note(work)
    if note is None or not new_db.exists():
        return False
    kept_name = note["kept"]
    database, wal = home.database, Path(f"{home.database}-wal")
    if kept_name and database.exists() and not Path(kept_name).exists():
        if wal.exists():
            _move(wal, Path(f"{kept_name}-wal"))  # a damaged catalogue keeps its log beside it
        _move(database, Path(kept_name))
    for suffix in ("-wal", "-shm"):  # no log of the old catalogue may be applied to the new one
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.replace(new_db, database)
    fsync_folder(database.parent)
    return True


def _move(source: Path, target: Path) -> None:
    """Rename; across file systems (a linked backups folder) copy, then rename and delete."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(source, target)
    except OSError as exc:
        if exc.errno != 18:  # EXDEV
            raise
        partial = target.with_name(f".{target.name}.part")
        shutil.copyfile(source, partial)
        os.replace(partial, target)
        source.unlink()
