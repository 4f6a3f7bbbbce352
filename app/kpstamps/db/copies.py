"""Consistent copies of a SQLite catalogue (before an upgrade, into a backup), safe on a full disk.

The copy goes through SQLite's online backup API (never a raw copy of a live WAL file)
into a hidden `.<name>.part` file that is renamed only when complete, so a full disk or a
kill never leaves a file that looks like a backup. A process holding a hard lock on the
source makes the copy give up after `WAIT_SECONDS` with "locked" instead of waiting forever
(Python's backup loop retries a busy source without end).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import time
from pathlib import Path

from kpstamps.db.lockfile import WAIT_SECONDS, try_lock, unlock
from kpstamps.errors import CatalogueError, CatalogueLocked, DiskFull, from_os_error

PART_SUFFIX = ".part"
_MARGIN = 1 << 20  # a copy needs a little more than the pages it copies (journal, metadata)


class _GaveUp(Exception):
    """Raised from the progress callback to end a backup whose source stays busy."""


def part_name(target: Path) -> Path:
    """The hidden file a copy is written to before it gets its name: `.<name>.part`."""
    return target.with_name(f".{target.name}{PART_SUFFIX}")


def sqlite_size(path: Path) -> int:
    """The bytes a copy of the database may need: the file and its write-ahead log."""
    total = 0
    for file in (path, Path(f"{path}-wal")):
        try:
            total += file.stat().st_size
        except OSError:
            pass
    return total


def check_free_space(folder: Path, needed: int, doing: str) -> None:
    """Refuse before writing when the disk of `folder` has less than `needed` bytes free."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # cannot tell; the write itself will say
    if free < needed + _MARGIN:
        raise DiskFull(f"{doing}: the disk is full (it needs {_mb(needed + _MARGIN)}, {_mb(free)} free)")


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def is_disk_full(exc: BaseException) -> bool:
    """SQLITE_FULL, or an I/O error on a disk that has (almost) no space left."""
    text = str(getattr(exc, "orig", exc))
    return "disk is full" in text or getattr(getattr(exc, "orig", exc), "sqlite_errorname", "") == "SQLITE_FULL"


def copy_sqlite(source: Path, target: Path, *, wait: float = WAIT_SECONDS) -> Path:
    """Copy the database `source` to `target` consistently; `target` exists only when complete.

    Raises DiskFull, CatalogueLocked (a hard lock held longer than `wait` seconds) or
    CatalogueError (a damaged source); nothing is left behind.
    """
    doing = f"cannot copy the catalogue to {target}"
    check_free_space(target.parent, sqlite_size(source), doing)
    partial = part_name(target)
    try:
        owner = os.open(partial, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
    except OSError as exc:
        raise from_os_error(exc, doing) from None
    token = try_lock(owner)  # marks the part file as in use (see services/transfer/leftovers.py)
    try:
        _backup(source, partial, wait)
        os.replace(partial, target)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise from_os_error(exc, doing) from None
        if isinstance(exc, _GaveUp):
            raise CatalogueLocked(f"{doing}: the catalogue {source} is locked by another program "
                                  f"(waited {wait:.0f} s)") from None
        if isinstance(exc, sqlite3.Error):
            if is_disk_full(exc):
                raise DiskFull(f"{doing}: the disk is full") from None
            raise CatalogueError(f"{doing}: {exc} (is the catalogue damaged?)") from None
        raise
    finally:
        if token is not None:
            unlock(owner, token)
        os.close(owner)
    return target


def _backup(source: Path, partial: Path, wait: float) -> None:
    deadline = time.monotonic() + wait

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise _GaveUp

    src = open_read_only(source, timeout=min(wait, 1.0))
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst, pages=256, progress=progress, sleep=0.05)
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename inside `folder` durable (directories cannot be opened for fsync on Windows)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sqlite_uri(path: Path, *, immutable: bool = False) -> str:
    """A read-only SQLite URI for `path` (`immutable=1` also skips locking: read-only media)."""
    return Path(path).absolute().as_uri() + ("?immutable=1" if immutable else "?mode=ro")


def open_read_only(path: Path, timeout: float = WAIT_SECONDS, *, pooled: bool = False) -> sqlite3.Connection:
    """A read-only connection; on a read-only folder where SQLite cannot create the WAL index
    (`-shm`) the file is opened as immutable instead. `pooled`: for an engine's pool, whose
    connections move between threads (one at a time)."""
    conn = sqlite3.connect(sqlite_uri(path), uri=True, timeout=timeout, check_same_thread=not pooled)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if "unable to open" not in str(exc) and "readonly" not in str(exc):
            raise
    return sqlite3.connect(sqlite_uri(path, immutable=True), uri=True, timeout=timeout, check_same_thread=not pooled)


def backup_sqlite(source: Path, backups: Path, label: str) -> Path:
    """A consistent copy of `source` in `backups/` named `<stem>-<label>-<time>.sqlite3`."""
    try:
        backups.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise from_os_error(exc, f"cannot create the backups folder {backups}") from None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return copy_sqlite(source, backups / f"{source.stem}-{label}-{stamp}.sqlite3")
