"""The one family of errors a person can act on.

Every error that reaches a window or a command's stderr derives from `CatalogueError` and
carries one clear line as its message. Commands map them to exit codes (see `cli/`):
0 done, 1 done with rejected rows, 2 refused with a message, 3 internal error.
Anything else escaping is a bug: logged with its traceback, shown as an internal error.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path


class CatalogueError(Exception):
    """A problem with the catalogue a person can act on; its message is one clear line."""


class TransferError(CatalogueError):
    """A file that cannot be imported or restored at all; the message is one clear line."""


class ImportCancelled(TransferError):
    """The person cancelled; the transaction was rolled back and nothing changed."""


class DiskFull(CatalogueError):
    """The disk (or the quota) is full; what was being written was removed again."""


class CatalogueLocked(CatalogueError):
    """Another process has the catalogue open or locked; the message names it where known."""


class ReadOnlyCatalogue(CatalogueError):
    """The catalogue, its folder or the medium cannot be written (permissions, read-only mount,
    an immutable file)."""


class NotACatalogue(TransferError):
    """A SQLite file that is empty or belongs to another program, where a catalogue was expected."""


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def from_os_error(exc: OSError, doing: str) -> CatalogueError:
    """One line for an OSError while `doing` something ("cannot write the backup x.zip")."""
    if exc.errno in _FULL:
        return DiskFull(f"{doing}: the disk is full")
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno == errno.EROFS:
        return ReadOnlyCatalogue(f"{doing}: the disk is read-only{where}")
    if exc.errno in _READ_ONLY:
        return ReadOnlyCatalogue(f"{doing}: not allowed to write{where} ({exc.strerror})")
    return CatalogueError(f"{doing}: {exc.strerror or exc}{where}")


class ScanError(CatalogueError):
    """A scan file that cannot be used; the message names the file and says why."""

    def __init__(self, path: str | os.PathLike[str], reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


def changed_by(who: str, when: dt.datetime | None) -> str:
    """"anna at 2026-11-02 14:02:05 UTC", with "someone else"/"meanwhile" where unknown."""
    at = when.strftime("at %Y-%m-%d %H:%M:%S UTC") if when else "meanwhile"
    return f"{who or 'someone else'} {at}"


class StaleEdit(CatalogueError):
    """Someone else saved the same rows meanwhile; nothing of this step was written."""


_KINDS = {"series": "Series", "item": "Item", "order": "Order"}


class UndoRefused(StaleEdit):
    """An undo/redo found a series or item changed (or deleted) by someone else; nothing was written."""

    def __init__(self, kind: str, name: str, updated_by: str = "", updated_at: dt.datetime | None = None,
                 *, deleted: bool = False) -> None:
        self.kind, self.name, self.deleted = kind, name, deleted  # kind: "series", "item" or "order"
        self.updated_by, self.updated_at = updated_by, updated_at
        super().__init__(self.describe())

    def describe(self) -> str:
        what = f"{_KINDS.get(self.kind, 'Item')} {self.name}"
        if self.deleted:
            return f"{what} was deleted by someone else meanwhile; their change is kept."
        return f"{what} was changed by {changed_by(self.updated_by, self.updated_at)}; their change is kept."


class SeriesConflict(StaleEdit):
    """A series dialog's save found the series changed or deleted by someone else; nothing was saved.

    `current` is the series as it is now (an editing draft, None if deleted): the dialog
    reloads it, or keeps the person's values and saves over it on request.
    """

    def __init__(self, name: str, updated_by: str, updated_at: dt.datetime | None, changes: list[str],
                 current=None) -> None:
        self.name, self.updated_by, self.updated_at = name, updated_by, updated_at
        self.changes = changes  # what they changed, e.g. ["English title", "item 2: face value"]
        self.current = current
        super().__init__(self.describe())

    @property
    def deleted(self) -> bool:
        return self.current is None

    def describe(self) -> str:
        if self.deleted:
            return f"Series {self.name} was deleted by someone else since you opened it; nothing was saved."
        what = ", ".join(self.changes) or "nothing you can see"
        return (f"Series {self.name} was changed by {changed_by(self.updated_by, self.updated_at)} "
                f"since you opened it ({what}); nothing was saved.")


class PackError(CatalogueError):
    """A catalogue pack that cannot be read or applied: newer format, damaged, tampered, hostile."""
