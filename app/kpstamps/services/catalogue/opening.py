"""Open a catalogue: resolve the database, migrate it safely, fill a new one with reference data.

Opening a SQLite catalogue also makes this process visible to others (a shared lock and a
holder record beside the database, db/lockfile.py), removes what a killed backup or
restore left behind (services/transfer/leftovers.py), and, for callers that only read,
opens a catalogue on read-only media read-only instead of refusing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db import planner
from kpstamps.db.lockfile import CatalogueLock
from kpstamps.db.migrate import (
    MigrationResult,
    current_revision,
    head_revision,
    upgrade,
)
from kpstamps.db.session import (
    database_url,
    describe_operational_error,
    make_engine,
    make_read_only_engine,
    make_sessions,
    read_only_reason,
    sqlite_path,
)
from kpstamps.errors import CatalogueError, CatalogueLocked, ReadOnlyCatalogue
from kpstamps.home import DataHome
from kpstamps.services.transfer.leftovers import Leftovers, candidates, clean_leftovers

if TYPE_CHECKING:
    from kpstamps.services.packs.updating import UpdateReport


@dataclass
class Catalogue:
    """An open catalogue: where it lives and how to get a session on it."""

    home: DataHome
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    migration: MigrationResult
    read_only: str | None = None  # why it is open read-only (None: writable)
    lock: CatalogueLock | None = None
    leftovers: Leftovers = field(default_factory=Leftovers)  # what the start cleaned up
    # What opening did with the bundled reference of an existing catalogue (None: nothing due).
    reference_update: UpdateReport | None = None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()

    def reopen_lock(self) -> None:
        """Take the shared lock again after `close()` (the window after its own restore)."""
        if self.lock is not None:
            self.lock.acquire(self.lock.name)


def open_catalogue(home: DataHome, db: str | None = None, *, reference: bool = True,
                   read_only_ok: bool = False, holder: str | None = None) -> Catalogue:
    """Open (creating or upgrading as needed) the catalogue of `home`, or `db` if given.

    A new catalogue gets the bundled reference issues unless `reference` is False; an
    existing one gets a newer bundled reference's changes where the user has not edited
    the rows (one cheap version check when nothing is due).
    `read_only_ok`: the caller only reads, so a catalogue that cannot be written is opened
    read-only (see `Catalogue.read_only`) instead of refused. `holder` names this process
    to others (default: the command line). Raises CatalogueError with a one-line message
    for anything a person must fix.
    """
    url = database_url(db, home.database)
    path = sqlite_path(url)
    try:
        home.ensure()
        unusable = None
    except OSError as exc:  # a read-only medium without scans/ or backups/
        unusable = exc
    reason = read_only_reason(path) if path is not None else None
    if reason and read_only_ok and path is not None:
        return _open_read_only(home, url, path, reason, holder)
    if reason:
        raise ReadOnlyCatalogue(f"{reason}; make it writable or open a copy.")
    if unusable is not None:
        raise CatalogueError(f"The data folder {home.root} cannot be used: {unusable.strerror or unusable}")
    lock = CatalogueLock(path) if path is not None else None
    leftovers = _start(home, lock, holder) if lock is not None else Leftovers()
    try:
        engine = make_engine(url)
    except CatalogueError:
        if lock is not None:
            lock.release()
        raise
    with _given_up_on_failure(engine, lock, url):
        migration = upgrade(engine, home.backups)
        sessions = make_sessions(engine)
        update = _reference(sessions, migration.created, reference)
        planner.refresh(engine)
    return Catalogue(home, url, engine, sessions, migration, None, lock, leftovers, update)


def _reference(sessions: sessionmaker[Session], created: bool, wanted: bool) -> UpdateReport | None:
    from kpstamps.services.catalogue import reference

    with sessions.begin() as session:
        if created:
            if wanted:
                reference.load_reference(session)
            else:
                reference.decline_reference(session)
            return None
        return reference.update_reference(session) if wanted else None


@contextmanager
def _given_up_on_failure(engine: Engine, lock: CatalogueLock | None, url: str) -> Iterator[None]:
    """On any failure inside, dispose of the engine and release the lock; a database error
    becomes one clear CatalogueError."""
    try:
        yield
    except DBAPIError as exc:
        _give_up(engine, lock)
        raise CatalogueError(describe_operational_error(exc, url)) from exc
    except BaseException:
        _give_up(engine, lock)
        raise


def _give_up(engine: Engine, lock: CatalogueLock | None) -> None:
    engine.dispose()
    if lock is not None:
        lock.release()


def _start(home: DataHome, lock: CatalogueLock, holder: str | None) -> Leftovers:
    """Take the shared lock; first remove stale temporary files when nobody else is using the catalogue."""
    try:
        if lock.database != home.database or not candidates(home):
            lock.acquire(holder)
            return Leftovers()
        try:
            lock.acquire(holder, exclusive=True, wait=0)
        except CatalogueLocked:
            lock.acquire(holder)
            return clean_leftovers(home, restores=False)
        try:
            report = clean_leftovers(home)
        finally:
            lock.release()
        lock.acquire(holder)
        return report
    except OSError as exc:
        raise CatalogueError(f"The catalogue {lock.database} cannot be locked: {exc.strerror or exc}") from None


def _shared_if_possible(path: Path, holder: str | None) -> CatalogueLock | None:
    """The shared lock where read-only media have a lock file (nobody can restore onto them anyway)."""
    lock = CatalogueLock(path)
    try:
        lock.acquire(holder)
    except OSError:
        return None
    return lock


def _open_read_only(home: DataHome, url: str, path: Path, reason: str, holder: str | None) -> Catalogue:
    """Open a catalogue that cannot be written for reading only; an outdated schema is refused."""
    if not path.exists():
        raise ReadOnlyCatalogue(f"{reason}, and there is no catalogue in it yet.")
    lock: CatalogueLock | None = _shared_if_possible(path, holder)
    engine = make_read_only_engine(path)
    with _given_up_on_failure(engine, lock, url):
        revision = current_revision(engine)
        if revision != head_revision():
            raise ReadOnlyCatalogue(f"{reason}, and its schema ({revision}) needs an upgrade this app cannot "
                                    "write; open a writable copy.")
    migration = MigrationResult(revision, revision, None)
    return Catalogue(home, url, engine, make_sessions(engine), migration, f"{reason}.", lock)
