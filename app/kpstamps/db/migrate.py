"""Bring a catalogue's schema to the newest Alembic revision, safely.

Before upgrading an existing catalogue it is copied into `backups/` (db/copies.py: a full
disk or a hard lock gives a clear message and leaves no partial copy). On SQLite foreign keys
are switched off for the upgrade (batch migrations recreate tables, and with foreign keys
on that silently cascades deletes into child rows) and checked with
`PRAGMA foreign_key_check` afterwards.

The copy into `backups/` is SQLite-only. A PostgreSQL catalogue is backed up with the
server's own tool before an upgrade (`pg_dump -Fc dbname > before-upgrade.dump`); Alembic
runs there in one transaction (PostgreSQL has transactional DDL), so a failed upgrade
leaves the schema as it was.

Opening an up-to-date catalogue does not import Alembic (a fifth of a second): the stored
revision is read with one plain query and compared with the newest revision named in the
migration scripts (`quick_head`, checked against Alembic's own answer in the tests).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.schema import CreateIndex

from kpstamps.db.copies import backup_sqlite
from kpstamps.db.fts import EXPRESSION_INDEXES
from kpstamps.db.models import Base
from kpstamps.db.session import sqlite_path
from kpstamps.errors import CatalogueError

if TYPE_CHECKING:
    from alembic.config import Config


@dataclass(frozen=True)
class MigrationResult:
    before: str | None  # None: the database was empty
    after: str
    backup: Path | None

    @property
    def created(self) -> bool:
        return self.before is None

    @property
    def upgraded(self) -> bool:
        return self.before != self.after


def script_location() -> str:
    """The folder of the migration scripts (env.py, versions/)."""
    return str(resources.files("kpstamps.migrations"))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", script_location())
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


_REVISION = re.compile(r"""^revision\b[^=\n]*=\s*['"]([^'"]+)['"]\s*$""", re.MULTILINE)
_DOWN = re.compile(r"""^down_revision\b[^=\n]*=\s*(?:None|['"]([^'"]+)['"])\s*$""", re.MULTILINE)


def quick_head() -> str | None:
    """The newest revision, read from the scripts' `revision =`/`down_revision =` lines without
    Alembic; None when that is not clear (a merge, an unusual line): then ask Alembic."""
    revisions, parents = set(), set()
    for path in (Path(script_location()) / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.findall(source), _DOWN.search(source)
        if len(revision) != 1 or down is None:
            return None
        revisions.add(revision[0])
        if down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and parents <= revisions else None


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the catalogue (one plain query), None for an empty database."""
    with engine.connect() as conn:
        try:
            found = [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]
        except DBAPIError:
            conn.rollback()
            if inspect(conn).has_table("alembic_version"):
                raise  # a real failure (locked, damaged), not a new database
            return None
    if len(found) > 1:
        raise CatalogueError(f"This catalogue records {len(found)} schema revisions at once; restore a backup.")
    return found[0] if found else None


def upgrade(engine: Engine, backups: Path, revision: str = "head") -> MigrationResult:
    """Upgrade to `revision`, backing up first when the database already holds a catalogue."""
    before = current_revision(engine)
    if before is not None and revision == "head" and before == quick_head():
        return MigrationResult(before, before, None)  # up to date: Alembic is not needed
    from alembic import command
    from alembic.script import ScriptDirectory

    target = head_revision() if revision == "head" else revision
    if before == target:
        return MigrationResult(before, target, None)
    if before is None and _has_foreign_tables(engine):
        raise CatalogueError("This database has tables but is not a KP Stamps catalogue.")
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if before is not None and before not in known:
        raise CatalogueError(
            f"This catalogue was written by a newer KP Stamps (schema {before}); update the app."
        )
    path = sqlite_path(str(engine.url))
    backup = backup_sqlite(path, backups, f"before-{target[:12]}") if before and path else None
    config = alembic_config()
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")  # must be outside a transaction
            # Python's sqlite3 opens no transaction before DDL, so each step would commit on
            # its own and a kill would leave half an upgrade (tests/faults/test_kill9.py).
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        config.attributes["connection"] = conn
        command.upgrade(config, target)
        if target == head_revision():
            restore_expression_indexes(conn)
        conn.commit()
        if sqlite:
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            conn.commit()
            if problems:
                raise CatalogueError(
                    f"The upgrade left {len(problems)} broken links; the catalogue before it is in {backup}."
                )
    engine.dispose()  # no pooled connection keeps the upgrade's settings
    return MigrationResult(before, target, backup)


def restore_expression_indexes(conn) -> None:
    """Recreate expression indexes a batch migration dropped (it rebuilds a table from what
    SQLite's reflection sees, and that skips expression indexes)."""
    tables = Base.metadata.tables
    for index in (ix for table in tables.values() for ix in table.indexes if ix.name in EXPRESSION_INDEXES):
        conn.execute(CreateIndex(index, if_not_exists=True))


def _has_foreign_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        if conn.dialect.name == "sqlite":
            names -= {n for (n,) in conn.execute(text("SELECT name FROM sqlite_master WHERE name LIKE 'sqlite_%'"))}
    return bool(names - {"alembic_version"})
