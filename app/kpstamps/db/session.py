"""Engines and sessions for SQLite (embedded default) and PostgreSQL (shared catalogues)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import sqlalchemy
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db import listeners
from kpstamps.db.copies import open_read_only
from kpstamps.errors import CatalogueError, ReadOnlyCatalogue

BUSY_TIMEOUT_MS = 5000
SQLALCHEMY_VERSION: str = sqlalchemy.__version__  # shown in Help → About

# The catalogue's session factory, as services take it and windows hand it on.
Sessions = sessionmaker[Session]


def database_url(db: str | None, default_file: Path) -> str:
    """Turn `--db` (a SQLAlchemy URL or a file path) into a URL; None means the default file."""
    if not db:
        return f"sqlite:///{default_file}"
    if "://" in db:
        try:
            make_url(db)
        except ArgumentError as exc:
            raise CatalogueError(f"--db {db!r} is not a valid database URL: {exc}") from None
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other engines and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def read_only_reason(path: Path) -> str | None:
    """Why the catalogue `path` cannot be written (a read-only file, folder or medium), or None.

    os.access also answers for root on a read-only mount and for an immutable file.
    """
    folder = path.parent
    if not folder.exists():
        raise CatalogueError(f"The folder {folder} does not exist.")
    if path.exists():
        mode = stat.S_IMODE(path.stat().st_mode)
        if not os.access(path, os.W_OK) or mode & 0o222 == 0:
            return f"The catalogue {path} is read-only"
    # WAL needs to create -wal/-shm files beside the database.
    if not os.access(folder, os.W_OK) or stat.S_IMODE(folder.stat().st_mode) & 0o222 == 0:
        return f"The folder {folder} is read-only"
    return None


def check_sqlite_writable(path: Path) -> None:
    """Refuse read-only catalogues up front, with a message instead of a failed write later."""
    reason = read_only_reason(path)
    if reason:
        raise ReadOnlyCatalogue(f"{reason}; make it writable or open a copy.")


MMAP_BYTES = 1 << 30
CACHE_KIB = 16 * 1024


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")
    # Read through a memory map (the OS page cache, shared by the two or three connections a
    # search uses) and keep a larger private cache than SQLite's 2 MB. At 100,000 items with
    # a warm OS cache the difference was within the noise; the benchmarks were taken with it.
    cursor.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    cursor.close()


def _read_only_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only = ON")
    cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    cursor.close()


def make_read_only_engine(path: Path) -> Engine:
    """An engine that only reads `path` (mode=ro, or immutable=1 where SQLite cannot create
    its WAL index on read-only media); nothing is ever written, not even -wal/-shm."""
    engine = create_engine(f"sqlite:///{path}", creator=lambda: open_read_only(path, BUSY_TIMEOUT_MS / 1000, pooled=True))
    event.listen(engine, "connect", _read_only_pragmas)
    return engine


def make_engine(url: str) -> Engine:
    """An engine with WAL, foreign keys and a busy timeout on SQLite; pre-ping elsewhere."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            check_sqlite_writable(path)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # The application name shows in pg_stat_activity: a club's admin sees who is connected.
    connect_args = {"application_name": "kpstamps"} if parsed.get_backend_name() == "postgresql" else {}
    try:
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    except NoSuchModuleError:
        raise CatalogueError(f"--db: {parsed.get_backend_name()!r} is not a database KP Stamps can use") from None
    except ModuleNotFoundError as exc:
        raise CatalogueError(
            f"The driver for {parsed.get_backend_name()} is not installed ({exc.name}); "
            "for PostgreSQL: pip install 'kpstamps[postgres]'"
        ) from None


def make_sessions(engine: Engine, *, editor: str | None = None) -> sessionmaker[Session]:
    """The catalogue's session factory, with the flush hooks of db/listeners.py installed.

    `editor` names who saves (stored in `updated_by`); by default $KPSTAMPS_USER or the OS user.
    """
    sessions = sessionmaker(engine, expire_on_commit=False, info={"editor": editor} if editor else {})
    listeners.install(sessions)
    return sessions


def database_error_message(exc: BaseException, url: str) -> str | None:
    """One line for a database driver error (see describe_operational_error); None for other errors."""
    return describe_operational_error(exc, url) if isinstance(exc, DBAPIError) else None


def describe_operational_error(exc: Exception, url: str) -> str:
    """A one-line explanation of a driver error when opening or writing a catalogue."""
    text = " ".join(str(getattr(exc, "orig", exc)).split())  # drivers write several lines
    where = sqlite_path(url) or make_url(url).render_as_string(hide_password=True)
    if make_url(url).get_backend_name() == "postgresql":
        server_problem = _describe_server_error(text, str(where))
        if server_problem:
            return server_problem
    if "disk is full" in text:
        return f"The catalogue {where} cannot be written: the disk is full."
    if "disk I/O error" in text and _nearly_full(where):
        return f"The catalogue {where} cannot be written: the disk is full (SQLite: {text})."
    if "locked" in text or "busy" in text:
        return f"The catalogue {where} is locked by another program (is KP Stamps already open?)."
    if "readonly" in text or "read-only" in text:
        return f"The catalogue {where} is read-only; make it writable or open a copy."
    if "not a database" in text or "malformed" in text:
        return f"{where} is not a KP Stamps catalogue or is damaged ({text}); restore a backup."
    if "unable to open" in text:
        return f"The catalogue {where} cannot be opened ({text})."
    return f"The catalogue {where} cannot be used: {text}"


def _nearly_full(where: object) -> bool:
    """SQLite reports some writes on a full disk as a plain I/O error: look at the free space."""
    if not isinstance(where, Path):
        return False
    import shutil

    try:
        return shutil.disk_usage(where.parent).free < (1 << 20)
    except OSError:
        return False


def _describe_server_error(text: str, where: str) -> str | None:
    """PostgreSQL's usual connection failures, said plainly; None for anything else."""
    lowered = text.lower()
    if "does not exist" in lowered and "database" in lowered:
        return f"The database of {where} does not exist on the server; create it first (createdb) ({text})."
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return f"The server refused the login for {where}; check the user name and password."
    if "connection refused" in lowered or "no such file or directory" in lowered or "could not translate" in lowered:
        return f"The PostgreSQL server of {where} cannot be reached; is it running and is the address right? ({text})"
    if "permission denied" in lowered:
        return f"The user of {where} lacks a permission the catalogue needs ({text})."
    return None
