"""Open a catalogue: resolve the database, migrate it safely, fill a new one with reference data."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db import planner
from kpstamps.db.migrate import MigrationResult, upgrade
from kpstamps.db.session import (
    database_url,
    describe_operational_error,
    make_engine,
    make_sessions,
)
from kpstamps.errors import CatalogueError
from kpstamps.home import DataHome


@dataclass
class Catalogue:
    """An open catalogue: where it lives and how to get a session on it."""

    home: DataHome
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    migration: MigrationResult

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()


def open_catalogue(home: DataHome, db: str | None = None, *, reference: bool = True) -> Catalogue:
    """Open (creating or upgrading as needed) the catalogue of `home`, or `db` if given.

    A new catalogue gets the bundled reference issues unless `reference` is False.
    Raises CatalogueError with a one-line message for anything a person must fix.
    """
    home.ensure()
    url = database_url(db, home.database)
    engine = make_engine(url)
    try:
        migration = upgrade(engine, home.backups)
        if migration.created and reference:
            from kpstamps.services.catalogue.reference import load_reference

            sessions = make_sessions(engine)
            with sessions.begin() as session:
                load_reference(session)
        planner.refresh(engine)
    except DBAPIError as exc:
        engine.dispose()
        raise CatalogueError(describe_operational_error(exc, url)) from exc
    except CatalogueError:
        engine.dispose()
        raise
    return Catalogue(home, url, engine, make_sessions(engine), migration)
