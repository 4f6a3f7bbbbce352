import os
import shutil
import sqlite3
import subprocess
import sys
import threading

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from kpstamps.db import migrate
from kpstamps.db.fts import include_name, include_object
from kpstamps.db.models import Base, Item, Series, Theme
from kpstamps.errors import CatalogueError
from kpstamps.services.catalogue.opening import open_catalogue
from sqlalchemy import create_engine, func, select


def test_new_catalogue_has_reference_issues(reference_catalogue):
    catalogue = reference_catalogue
    with catalogue.sessions() as s:
        serials = set(s.scalars(select(Series.serial)))
        assert {"Ba79", "Ba80"} <= serials
        assert s.scalar(select(func.count()).select_from(Series)) == 19
        new_year = s.scalar(select(Series).where(Series.title_en == "New Year 2025"))
        kinds = [i.kind for i in new_year.items]
        assert kinds == ["stamp"] + ["postcard"] * 5 and new_year.items[0].format == "oval"
        assert new_year.serial is None and new_year.issue_date == "2025-01-01" and new_year.title_ko == ""
        assert s.scalar(select(Theme.name_zh).where(Theme.key == "sport.table_tennis")) == "乒乓球"
    assert catalogue.home.database.exists()
    assert catalogue.migration.created


def test_reopening_does_not_duplicate_reference(home):
    open_catalogue(home).close()
    cat = open_catalogue(home)
    with cat.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Series)) == 19
    assert not cat.migration.upgraded
    cat.close()


def test_no_reference_gives_empty_catalogue(empty_catalogue):
    with empty_catalogue.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Series)) == 0


def test_sqlite_is_opened_with_wal_and_foreign_keys(catalogue):
    with catalogue.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        # The batch rebuild of `series` lost the expression index; the upgrade put it back.
        assert conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'ix_series_catalogue_order'").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_read_only_catalogue_gives_clear_error(home):
    open_catalogue(home).close()
    os.chmod(home.database, 0o444)
    with pytest.raises(CatalogueError, match="read-only"):
        open_catalogue(home)


def test_locked_catalogue_gives_clear_error(home, monkeypatch):
    open_catalogue(home).close()
    monkeypatch.setattr("kpstamps.db.session.BUSY_TIMEOUT_MS", 200)
    locker = sqlite3.connect(home.database, check_same_thread=False)
    locker.execute("PRAGMA locking_mode = EXCLUSIVE")  # another program holding the file
    locker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(CatalogueError, match="locked"):
            open_catalogue(home)
    finally:
        locker.rollback()
        locker.close()


def test_not_a_database_gives_clear_error(home):
    home.ensure()
    home.database.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(CatalogueError, match="not a KP Stamps catalogue|damaged"):
        open_catalogue(home)


def test_foreign_database_is_refused(home):
    home.ensure()
    with sqlite3.connect(home.database) as conn:
        conn.execute("CREATE TABLE people (id INTEGER PRIMARY KEY)")
    with pytest.raises(CatalogueError, match="not a KP Stamps catalogue"):
        open_catalogue(home)


def test_newer_schema_is_refused(home):
    open_catalogue(home).close()
    with sqlite3.connect(home.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(CatalogueError, match="newer KP Stamps"):
        open_catalogue(home)


def test_migrated_schema_equals_models(catalogue):
    """The Alembic revisions produce exactly what the models describe (alembic check)."""
    with catalogue.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name, "include_object": include_object})  # FTS tables are not models
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_batch_migration_keeps_child_rows_and_backs_up(catalogue, tmp_path, monkeypatch):
    """A later revision that batch-alters `series` must not cascade-delete items (FKs off)."""
    scripts = tmp_path / "migrations"
    original_head = migrate.head_revision()
    shutil.copytree(migrate.alembic_config().get_main_option("script_location"), scripts)
    (scripts / "versions" / "0099_test.py").write_text(
        "from alembic import op\nimport sqlalchemy as sa\n"
        f"revision = '0099_test'\ndown_revision = {migrate.head_revision()!r}\nbranch_labels = None\ndepends_on = None\n"
        "def upgrade():\n"
        "    with op.batch_alter_table('series', recreate='always') as b:\n"
        "        b.add_column(sa.Column('extra', sa.Text(), nullable=True))\n"
        "def downgrade():\n    pass\n"
    )
    monkeypatch.setattr(migrate, "script_location", lambda: str(scripts))
    assert migrate.quick_head() == "0099_test"
    with catalogue.sessions() as s:
        items_before = s.scalar(select(func.count()).select_from(Item))
    result = migrate.upgrade(catalogue.engine, catalogue.home.backups)
    assert result.before == original_head and result.after == "0099_test"
    assert result.backup is not None and result.backup.exists()
    with catalogue.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM item").scalar() == items_before > 0
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        # The batch rebuild of `series` lost the expression index; the upgrade put it back.
        assert conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'ix_series_catalogue_order'").scalar() == 1
    backup = create_engine(f"sqlite:///{result.backup}")
    with backup.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM item").scalar() == 13
    backup.dispose()


def test_sessions_work_from_another_thread(catalogue):
    counts = []

    def worker():
        with catalogue.sessions() as s:
            counts.append(s.scalar(select(func.count()).select_from(Series)))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert counts == [4]


def test_quick_head_is_alembics_head():
    assert migrate.quick_head() == migrate.head_revision()


def test_quick_head_defers_to_alembic_when_unclear(tmp_path, monkeypatch):
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.script_location(), scripts)
    head = migrate.head_revision()
    (scripts / "versions" / "0099_a.py").write_text(f"revision = '0099_a'\ndown_revision = {head!r}\n")
    (scripts / "versions" / "0099_b.py").write_text(f"revision = '0099_b'\ndown_revision = {head!r}\n")
    monkeypatch.setattr(migrate, "script_location", lambda: str(scripts))
    assert migrate.quick_head() is None  # two heads: Alembic decides (and refuses)
    (scripts / "versions" / "0099_b.py").write_text("revision = '0099_b'\ndown_revision = ('0099_a', 'x')\n")
    assert migrate.quick_head() is None  # a merge revision


def test_opening_an_up_to_date_catalogue_does_not_import_alembic(catalogue):
    """Alembic (a fifth of a second) is imported only when an upgrade is pending."""
    code = ("import sys\nfrom kpstamps.home import DataHome\n"
            "from kpstamps.services.catalogue.opening import open_catalogue\n"
            f"cat = open_catalogue(DataHome.resolve({str(catalogue.home.root)!r}))\n"
            "print(cat.migration.before, cat.migration.upgraded, 'alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [migrate.head_revision(), "False", "False"]


def test_stored_revision_of_an_empty_database_is_none(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        assert migrate.current_revision(engine) is None
    finally:
        engine.dispose()
