"""Hidden files of killed backups and restores: removed at the next start unless in use, and reported by info."""

from __future__ import annotations

import json
import os
import time

from kpstamps.cli import main
from kpstamps.db.lockfile import try_lock, unlock
from kpstamps.services.catalogue.opening import open_catalogue


def test_stale_leftovers_are_removed_and_reported_and_live_ones_stay(home, capsys):
    open_catalogue(home, reference=False).close()
    stale_dir = home.backups / ".backup-abcd1234"
    stale_dir.mkdir()
    (stale_dir / "catalogue.sqlite3").write_bytes(b"x" * 1000)
    (stale_dir / ".owner").write_bytes(b"")
    stale_part = home.backups / ".kpstamps-backup-1.zip.part"
    stale_part.write_bytes(b"y" * 500)
    old_style = home.root / ".restore-zz9_zz9z"  # from a version without owner files: an hour old
    old_style.mkdir()
    past = time.time() - 7200
    os.utime(old_style, (past, past))
    live_part = home.backups / ".kpstamps-backup-2.zip.part"
    live_part.write_bytes(b"z")
    not_ours = home.backups / ".my-notes.txt"
    not_ours.write_text("keep")
    fd = os.open(live_part, os.O_RDWR)
    token = try_lock(fd)
    try:
        capsys.readouterr()
        assert main(["--home", str(home.root), "info", "--json"]) == 0
        info = json.loads(capsys.readouterr().out)
    finally:
        unlock(fd, token)
        os.close(fd)
    assert info["leftovers_removed"] == 3 and info["leftovers_removed_bytes"] == 1500
    assert info["leftovers_in_use"] == 1
    assert not stale_dir.exists() and not stale_part.exists() and not old_style.exists()
    assert live_part.exists() and not_ours.read_text() == "keep"


def test_a_restore_killed_during_its_swap_is_finished_at_the_next_start(home, tmp_path):
    import shutil

    from kpstamps.db.models import Series
    from sqlalchemy import func, select

    catalogue = open_catalogue(home, reference=False)
    with catalogue.sessions.begin() as session:
        session.add(Series(serial="R1", title_en="In the backup"))
    catalogue.close()
    restored = tmp_path / "restored.sqlite3"
    shutil.copyfile(home.database, restored)
    catalogue = open_catalogue(home, reference=False)
    with catalogue.sessions.begin() as session:
        session.add(Series(serial="R2", title_en="Only in the old catalogue"))
    catalogue.close()
    old = home.database.read_bytes()
    work = home.root / ".restore-kill9abc"  # as a restore killed after its READY note leaves it
    work.mkdir()
    (work / ".owner").write_bytes(b"")  # locked while its restore ran; nobody holds it now
    shutil.copyfile(restored, work / "catalogue.sqlite3")
    kept = home.backups / "catalogue-before-restore-20260101-000000-000000.sqlite3"
    (work / "READY").write_text(json.dumps({"kept": str(kept)}), encoding="utf-8")
    reopened = open_catalogue(home, reference=False)
    try:
        with reopened.sessions() as session:
            assert session.scalar(select(func.count()).select_from(Series)) == 1
        assert reopened.leftovers.finished_restore and not work.exists()
    finally:
        reopened.close()
    assert kept.read_bytes() == old
