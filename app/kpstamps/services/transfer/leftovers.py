"""Hidden files a killed backup, restore or copy leaves behind, removed at the next start.

Only names this app creates are touched: `.restore-*` folders in the data folder,
`.backup-*` folders and `.*.zip.part` / `.*.sqlite3.part` files (with SQLite's
`-journal` of a copy) in `backups/`. A folder or
part file still locked by a running process (see backup.py, restore.py, db/copies.py) is
in use and stays. A `.restore-*` folder with a READY note is a restore killed half-way
through its swap: it is finished instead of thrown away (restore.finish_swap).
"""

from __future__ import annotations

import os
import re
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from kpstamps.db.lockfile import try_lock, unlock
from kpstamps.home import DataHome
from kpstamps.services.transfer.restore import OWNER, finish_swap

_FOLDERS = re.compile(r"^\.(restore|backup)-[A-Za-z0-9_]{8}$")
_PARTS = re.compile(r"^\..+\.(zip|sqlite3)\.part(-journal|-wal|-shm)?$")
_UNMARKED_AGE = 3600.0  # a folder without an owner file (from an older version) after an hour


@dataclass
class Leftovers:
    """What the start found: removed stale files, files still in use, a finished restore."""

    removed: list[str] = field(default_factory=list)
    removed_bytes: int = 0
    in_use: list[str] = field(default_factory=list)
    finished_restore: bool = False

    def as_dict(self) -> dict:
        return {"removed": len(self.removed), "removed_bytes": self.removed_bytes, "in_use": len(self.in_use),
                "finished_restore": self.finished_restore}


def candidates(home: DataHome) -> list[Path]:
    """The hidden temporary files and folders of this app in the data and backups folders."""
    found = []
    for folder in (home.root, home.backups):
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for path in entries:
            if path.is_dir() and not path.is_symlink() and _FOLDERS.match(path.name):
                if path.name.startswith(".restore-") == (folder == home.root):
                    found.append(path)
            elif folder == home.backups and path.is_file() and _PARTS.match(path.name):
                found.append(path)
    return sorted(found)


def clean_leftovers(home: DataHome, *, restores: bool = True) -> Leftovers:
    """Remove stale temporary files (finishing an interrupted restore first); report what happened.

    `restores`: also the `.restore-*` folders; only while holding the catalogue's exclusive lock.
    """
    report = Leftovers()
    for path in candidates(home):
        if path.name.startswith(".restore-") and not restores:
            continue
        if _in_use(path):
            report.in_use.append(str(path))
            continue
        size = _size(path)
        try:
            if path.is_dir():
                if path.name.startswith(".restore-") and finish_swap(home, path):
                    report.finished_restore = True
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            report.in_use.append(str(path))  # Windows: an open file cannot be deleted; it is in use
            continue
        report.removed.append(str(path))
        report.removed_bytes += size
    return report


def _in_use(path: Path) -> bool:
    """True while the process that made `path` still holds its lock."""
    target = path / OWNER if path.is_dir() else path
    if path.name.endswith(("-journal", "-wal", "-shm")):  # SQLite's companion of a part file: its owner
        part = path.with_name(path.name.rsplit("-", 1)[0])
        return part.exists() and _in_use(part)
    if path.is_dir() and not target.exists():  # killed before its owner file, or an older version's
        return any(path.iterdir()) and time.time() - path.stat().st_mtime < _UNMARKED_AGE
    try:
        fd = os.open(target, os.O_RDONLY)
    except OSError:
        return False
    try:
        token = try_lock(fd, exclusive=True)
        if token is None:
            return True
        unlock(fd, token)
        return False
    finally:
        os.close(fd)


def _size(path: Path) -> int:
    try:
        if path.is_file():
            return path.stat().st_size
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    except OSError:
        return 0
