"""Who has a catalogue open: a lock file beside the database and one record per holder.

Every process that opens a SQLite catalogue takes a *shared* lock on `<database>.lock` and
writes a record (name, PID, host, start time) into `<database>.holders/`; the record file
itself stays locked while its process lives, so a record left by a killed process is
recognised as stale and removed. Restore takes the *exclusive* lock, so it can never swap
the file under a process that has it open (that process would go on writing into the
unlinked file); when it cannot, the message names who holds the catalogue.

The locks are advisory: `flock` on POSIX (per open file, so two catalogues opened in one
process see each other too), `msvcrt.locking` on Windows (byte-range locks: a shared holder
locks one of `_SLOTS` bytes, the exclusive holder all of them).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from kpstamps.errors import CatalogueLocked

WAIT_SECONDS = 5.0  # as long as SQLite's busy timeout: then "locked" like every other command
_POLL = 0.05
_SLOTS = 128
_BASE = 1 << 30  # Windows: lock bytes far beyond any content

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int, exclusive: bool) -> int | None:
        """Try to lock; returns a token for _unlock, or None when someone else holds it."""
        offsets = [0] if exclusive else range(_SLOTS)
        for slot in offsets:
            os.lseek(fd, _BASE + slot, os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, _SLOTS if exclusive else 1)  # type: ignore[attr-defined]
            except OSError:
                continue
            return slot if not exclusive else -1
        return None

    def _unlock(fd: int, token: int) -> None:
        os.lseek(fd, _BASE + max(token, 0), os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, _SLOTS if token < 0 else 1)  # type: ignore[attr-defined]
else:
    import fcntl

    def _lock(fd: int, exclusive: bool) -> int | None:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return None
        return 0

    def _unlock(fd: int, token: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def try_lock(fd: int, exclusive: bool = True) -> int | None:
    """Lock an open file without waiting: a token for `unlock`, or None when it is held."""
    return _lock(fd, exclusive)


def unlock(fd: int, token: int) -> None:
    _unlock(fd, token)


_STARTED = dt.datetime.now(dt.UTC)


def default_holder_name() -> str:
    """`kpstamps info`, `kpstamps` (the window) or the script's name: what a person recognises."""
    argv = [a for a in sys.argv[1:] if not a.startswith("-")]
    program = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    if program in ("__main__.py", "-c", "-m", ""):
        program = "kpstamps" if "kpstamps" in " ".join(sys.argv) else "python"
    return f"{program} {argv[0]}" if program == "kpstamps" and argv else program


@dataclass(frozen=True)
class Holder:
    """One process that has the catalogue open."""

    name: str
    pid: int
    host: str
    started: str  # ISO 8601, UTC
    mode: str = "shared"  # or "exclusive" (a restore)

    def describe(self) -> str:
        where = "" if self.host == socket.gethostname() else f" on {self.host}"
        return f"{self.name} (PID {self.pid}{where}, running since {self.started[:19].replace('T', ' ')} UTC)"


class CatalogueLock:
    """The lock of one database file; `acquire` shared (open) or exclusive (restore), `release`."""

    def __init__(self, database: Path):
        self.database = Path(database)
        self.path = self.database.with_name(self.database.name + ".lock")
        self.folder = self.database.with_name(self.database.name + ".holders")
        self._fd: int | None = None
        self._token = 0
        self._record: Path | None = None
        self._record_fd: int | None = None
        self.mode: str | None = None
        self.name: str | None = None  # the holder name last used

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, name: str | None = None, *, exclusive: bool = False, wait: float | None = None) -> None:
        """Take the lock (waiting up to `wait` seconds) and publish who holds it.

        Raises CatalogueLocked naming the holders when it stays taken; OSError when the lock
        file cannot be created (a read-only folder: the caller decides what that means).
        """
        if self._fd is not None:
            return
        self.name = name
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            fd = os.open(self.path, os.O_RDONLY)  # read-only media where the lock file exists
        deadline = time.monotonic() + (WAIT_SECONDS if wait is None else wait)
        while (token := _lock(fd, exclusive)) is None:
            if time.monotonic() >= deadline:
                os.close(fd)
                raise CatalogueLocked(self._refusal(exclusive))
            time.sleep(_POLL)
        self._fd, self._token, self.mode = fd, token, "exclusive" if exclusive else "shared"
        if exclusive:
            self.holders()  # nobody else holds it: remove the records killed processes left
        try:
            self._publish(name or default_holder_name())
        except OSError:
            self._record = None  # the lock itself is what protects; a missing record only loses a name

    def release(self) -> None:
        if self._record_fd is not None:
            if self._record is not None:
                self._record.unlink(missing_ok=True)
            os.close(self._record_fd)
            self._record_fd, self._record = None, None
        if self._fd is not None:
            try:
                _unlock(self._fd, self._token)
            finally:
                os.close(self._fd)
                self._fd, self.mode = None, None

    def holders(self) -> list[Holder]:
        """The processes holding the catalogue now; records of dead processes are removed."""
        found: list[Holder] = []
        if not self.folder.is_dir():
            return found
        for record in sorted(self.folder.glob("*.json")):
            if record == self._record:
                continue
            holder = _read_live_record(record)
            if holder is not None:
                found.append(holder)
        return found

    def _publish(self, name: str) -> None:
        self.folder.mkdir(exist_ok=True)
        key = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        temp = self.folder / f".{key}.tmp"
        fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
        if _lock(fd, True) is None:  # pragma: no cover - a fresh file nobody else knows
            os.close(fd)
            return
        holder = Holder(name, os.getpid(), socket.gethostname(), _STARTED.isoformat(timespec="seconds"),
                        self.mode or "shared")
        os.write(fd, json.dumps(holder.__dict__).encode())
        final = self.folder / f"{key}.json"
        os.replace(temp, final)  # readers never see a record before it is locked
        self._record, self._record_fd = final, fd

    def _refusal(self, exclusive: bool) -> str:
        holders = self.holders()
        names = "; ".join(h.describe() for h in holders) or "another program"
        if exclusive:
            return (f"The catalogue {self.database} is open in {names}; close it there first "
                    "(nothing was changed).")
        return f"The catalogue {self.database} is being replaced by {names}; try again when it is done."

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc) -> None:
        self.release()


def _read_live_record(record: Path) -> Holder | None:
    """The holder a record names, or None (and the record removed) when its process is gone."""
    try:
        fd = os.open(record, os.O_RDONLY if os.name != "nt" else os.O_RDWR)
    except OSError:
        return None
    try:
        token = _lock(fd, False)
        if token is not None:  # nobody holds it: its process died
            _unlock(fd, token)
            os.close(fd)
            fd = -1
            record.unlink(missing_ok=True)
            return None
        data = json.loads(record.read_text(encoding="utf-8") or "{}")
        return Holder(str(data.get("name", "?")), int(data.get("pid", 0)), str(data.get("host", "")),
                      str(data.get("started", "")), str(data.get("mode", "shared")))
    except (OSError, ValueError, TypeError):
        return None
    finally:
        if fd >= 0:
            os.close(fd)
