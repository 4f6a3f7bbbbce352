"""Restore a backup, then migrate it: the one use case behind File ▸ Restore and `kpstamps restore`."""

from __future__ import annotations

from pathlib import Path

from kpstamps.db.migrate import upgrade
from kpstamps.db.session import sqlite_path
from kpstamps.errors import CatalogueError
from kpstamps.home import DataHome
from kpstamps.services.catalogue.opening import Catalogue, open_catalogue
from kpstamps.services.transfer.restore import RestoreResult, restore_backup


def restore_catalogue(home: DataHome, archive: Path, own: Catalogue | None = None) -> RestoreResult:
    """Replace the data folder's catalogue with the backup `archive` and migrate an older one.

    `own`: the caller's open catalogue of the same folder (the window). Its connections and
    its lock are given up for the swap and taken again afterwards, also when the restore is
    refused; its engine then reads the restored file. Without it the catalogue is opened
    once after the swap, which migrates it. Raises CatalogueError (CatalogueLocked when
    another process has the catalogue open) and changes nothing then.
    """
    if own is not None:
        if sqlite_path(own.url) != home.database:
            raise CatalogueError("Restore works on the catalogue of the data folder only.")
        own.close()
        try:
            result = restore_backup(home, archive, holder=_holder(own))
        finally:
            own.reopen_lock()
        own.migration = upgrade(own.engine, home.backups)  # an older backup is migrated now
        return result
    result = restore_backup(home, archive)
    open_catalogue(home, reference=False, holder="kpstamps restore").close()  # migrates an older backup
    return result


def _holder(own: Catalogue) -> str:
    name = own.lock.name if own.lock is not None else None
    return f"{name or 'KP Stamps'} (restoring)"
