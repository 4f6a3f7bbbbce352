from __future__ import annotations

import json
import os
import stat
import zipfile

import pytest
from kpstamps.db.migrate import head_revision
from kpstamps.db.models import Series
from kpstamps.errors import DiskFull, TransferError
from kpstamps.services.catalogue.opening import open_catalogue
from kpstamps.services.settings.preferences import Preferences
from kpstamps.services.transfer.backup import (
    AUTO_PREFIX,
    backup_on_close,
    create_backup,
    prune_backups,
)
from kpstamps.services.transfer.backup_reader import MANIFEST
from kpstamps.services.transfer.restore import restore_backup
from sqlalchemy import func, select


def _series_count(catalogue) -> int:
    with catalogue.sessions() as s:
        return s.scalar(select(func.count()).select_from(Series))


def _add_scan(home, content=b"\xff\xd8\xff scan bytes") -> str:
    folder = home.scans / "ab"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ab12.jpg").write_bytes(content)
    return "scans/ab/ab12.jpg"


def test_backup_and_restore_round_trip(empty_catalogue, home, tmp_path):
    with empty_catalogue.sessions.begin() as s:
        s.add(Series(serial="Ba1", title_en="Before"))
    name = _add_scan(home)
    path = create_backup(empty_catalogue, tmp_path / "b.zip")
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        assert set(archive.namelist()) == {"catalogue.sqlite3", name, MANIFEST}
    assert manifest["schema_revision"] == head_revision() and len(manifest["files"][name]["sha256"]) == 64
    with empty_catalogue.sessions.begin() as s:
        s.add(Series(serial="Ba2", title_en="After the backup"))
    (home.scans / "ab" / "ab12.jpg").unlink()
    empty_catalogue.close()
    result = restore_backup(home, path)
    assert result.previous is not None and result.previous.exists() and result.scans == 1
    assert (home.scans / "ab" / "ab12.jpg").read_bytes() == b"\xff\xd8\xff scan bytes"
    reopened = open_catalogue(home, reference=False)
    assert _series_count(reopened) == 1
    reopened.close()


def _rewrite(path, target, edit):
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(target, "w") as dst:
        manifest = json.loads(src.read(MANIFEST))
        for info in src.infolist():
            if info.filename != MANIFEST:
                dst.writestr(info, src.read(info))
        edit(dst, manifest)
        dst.writestr(MANIFEST, json.dumps(manifest))


def _bad_archives(path, tmp_path):
    def newer(dst, manifest):
        manifest["schema_revision"] = "9999_future"

    def checksum(dst, manifest):
        manifest["files"]["catalogue.sqlite3"]["sha256"] = "0" * 64

    def slip(dst, manifest):
        dst.writestr("scans/../../evil.txt", b"x")
        manifest["files"]["scans/../../evil.txt"] = {"sha256": "0" * 64}

    def absolute(dst, manifest):
        dst.writestr("/etc/evil", b"x")

    def symlink(dst, manifest):
        info = zipfile.ZipInfo("scans/link")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        dst.writestr(info, "/etc/passwd")
        manifest["files"]["scans/link"] = {"sha256": "0" * 64}

    def unlisted(dst, manifest):
        dst.writestr("scans/extra.jpg", b"x")

    cases = {}
    for name, edit in (("newer", newer), ("checksum", checksum), ("slip", slip), ("absolute", absolute),
                       ("symlink", symlink), ("unlisted", unlisted)):
        target = tmp_path / f"{name}.zip"
        _rewrite(path, target, edit)
        cases[name] = target
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    cases["truncated"] = truncated
    not_zip = tmp_path / "plain.zip"
    not_zip.write_bytes(b"hello")
    cases["not a zip"] = not_zip
    return cases


EXPECTED = {"newer": "newer than this", "checksum": "checksum", "slip": "leaving its folder", "absolute": "absolute",
            "symlink": "symbolic link", "unlisted": "does not match its manifest", "truncated": "not a readable zip",
            "not a zip": "not a readable zip"}


def test_bad_archives_are_refused_and_change_nothing(empty_catalogue, home, tmp_path):
    with empty_catalogue.sessions.begin() as s:
        s.add(Series(serial="Ba1", title_en="Keep me"))
    path = create_backup(empty_catalogue, tmp_path / "good.zip")
    with empty_catalogue.sessions.begin() as s:
        s.add(Series(serial="Ba2", title_en="Keep me too"))
    empty_catalogue.close()
    before = home.database.read_bytes()
    for name, archive in _bad_archives(path, tmp_path).items():
        with pytest.raises(TransferError, match=EXPECTED[name]):
            restore_backup(home, archive)
    assert home.database.read_bytes() == before
    assert not (tmp_path / "evil.txt").exists() and not list(home.root.glob(".restore-*"))
    reopened = open_catalogue(home, reference=False)
    assert _series_count(reopened) == 2
    reopened.close()


def test_backup_on_close_keeps_the_last_n(empty_catalogue, home):
    prefs = Preferences(backups_to_keep=3)
    for _ in range(5):
        assert backup_on_close(empty_catalogue, prefs) is not None
    assert len(list(home.backups.glob(f"{AUTO_PREFIX}*.zip"))) == 3
    assert backup_on_close(empty_catalogue, Preferences(backup_on_close=False)) is None
    assert prune_backups(home.backups, 1) and len(list(home.backups.glob(f"{AUTO_PREFIX}*.zip"))) == 1
    assert not [p for p in home.backups.iterdir() if p.name.startswith(".")]
    assert os.access(home.backups, os.W_OK)


def test_full_disk_during_a_backup_leaves_no_partial_file(empty_catalogue, home, tmp_path, monkeypatch):
    import errno

    _add_scan(home)

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "write", full)
    with pytest.raises(TransferError, match="the disk is full; nothing was written"):
        create_backup(empty_catalogue, tmp_path / "b.zip")
    assert not list(tmp_path.glob("*b.zip*")) and not [p for p in home.backups.iterdir() if p.name.startswith(".")]


def test_full_disk_during_a_restore_changes_nothing(empty_catalogue, home, tmp_path, monkeypatch):
    import errno

    from kpstamps.services.transfer import restore

    with empty_catalogue.sessions.begin() as s:
        s.add(Series(serial="Ba1", title_en="Keep me"))
    path = create_backup(empty_catalogue, tmp_path / "good.zip")
    empty_catalogue.close()
    before = home.database.read_bytes()
    real_extract = restore.extract

    def full(archive, name, target, entry):
        real_extract(archive, name, target, entry)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(restore, "extract", full)
    with pytest.raises(DiskFull, match="disk is full; the catalogue was not changed"):
        restore_backup(home, path)
    assert home.database.read_bytes() == before and not list(home.root.glob(".restore-*"))


NEXT_REVISION = '''"""test-only: a schema revision newer than the backup"""
from alembic import op
import sqlalchemy as sa

revision = "0099_test_next"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("restore_marker", sa.Column("id", sa.Integer, primary_key=True))
    op.add_column("series", sa.Column("test_extra", sa.Text))


def downgrade() -> None:
    op.drop_column("series", "test_extra")
    op.drop_table("restore_marker")
'''


def test_restoring_an_older_backup_migrates_it(empty_catalogue, home, tmp_path, monkeypatch):
    """A backup written at today's head is restored by an app that knows a newer revision: it is migrated,
    with a safety copy in backups/, and no row is lost."""
    import shutil
    from importlib import resources

    from kpstamps.db import migrate

    with empty_catalogue.sessions.begin() as s:
        s.add_all([Series(serial="Ba79", title_en="DPRK–Russia friendship"), Series(serial="Ba80", title_zh="朝中友好")])
    path = create_backup(empty_catalogue, tmp_path / "old.zip")
    empty_catalogue.close()

    scripts = tmp_path / "migrations"
    shutil.copytree(str(resources.files("kpstamps.migrations")), scripts)
    head = migrate.head_revision()
    (scripts / "versions" / "0099_test_next.py").write_text(NEXT_REVISION.replace("{head}", head), encoding="utf-8")

    monkeypatch.setattr(migrate, "script_location", lambda: str(scripts))  # alembic_config() and quick_head() read it
    result = restore_backup(home, path)
    assert result.schema_revision == head
    reopened = open_catalogue(home, reference=False)
    try:
        with reopened.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0099_test_next"
            assert conn.exec_driver_sql("SELECT count(*) FROM restore_marker").scalar() == 0
            assert conn.exec_driver_sql("SELECT serial, test_extra FROM series ORDER BY serial").fetchall() == [
                ("Ba79", None), ("Ba80", None)]
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert any("-before-0099_test_ne" in p.name for p in home.backups.iterdir()), sorted(p.name for p in home.backups.iterdir())
    finally:
        reopened.close()


def test_sizes_images_and_backslashes_are_checked_before_anything_is_written(empty_catalogue, home, tmp_path):
    import hashlib

    _add_scan(home)
    path = create_backup(empty_catalogue, tmp_path / "good.zip")
    empty_catalogue.close()
    before = home.database.read_bytes()

    def not_an_image(dst, manifest):
        data = b"#!/bin/sh\n" + b"x" * 5000
        dst.writestr("scans/cd/cd34.jpg", data)
        manifest["files"]["scans/cd/cd34.jpg"] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

    def wrong_size(dst, manifest):
        manifest["files"]["catalogue.sqlite3"]["size"] = 2 << 30  # claims 2 GiB

    def backslash(dst, manifest):
        dst.writestr("scans\\ab\\evil.jpg", b"\xff\xd8\xff")

    for edit, expected in ((not_an_image, "not an image"), (wrong_size, "its manifest says"),
                           (backslash, "a path with a backslash")):
        target = tmp_path / f"{edit.__name__}.zip"
        _rewrite(path, target, edit)
        with pytest.raises(TransferError, match=expected):
            restore_backup(home, target)
        assert home.database.read_bytes() == before and not (home.scans / "cd").exists()
        assert not list(home.root.glob(".restore-*"))
