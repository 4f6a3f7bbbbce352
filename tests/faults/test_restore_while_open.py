"""Restore while another process has the catalogue open, holds a hard lock on it, or it is damaged.

Two real processes: a child keeps the catalogue open (like an open window) until told to
stop. Restore must refuse and name it (program, PID), change nothing, and work once the
child has gone. The window's own File ▸ Restore gives up its lock for the swap and takes
it again.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
import time

import pytest
from faultkit import copy_home, export_bytes, hidden_leftovers, soundness
from kpstamps.cli import main
from kpstamps.db.lockfile import CatalogueLock
from kpstamps.home import DataHome

pytestmark = pytest.mark.slow

HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from kpstamps.home import DataHome
    from kpstamps.services.catalogue.opening import open_catalogue
    catalogue = open_catalogue(DataHome(Path(sys.argv[1])), reference=False, holder="stamp album viewer")
    with catalogue.sessions() as session:
        session.execute(__import__("sqlalchemy").text("SELECT count(*) FROM series")).scalar()
    print("open", flush=True)
    sys.stdin.readline()
    catalogue.close()
""")

HARD_LOCK = textwrap.dedent("""
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1])
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("CREATE TABLE IF NOT EXISTS someone_elses (x)")
    print("locked", flush=True)
    sys.stdin.readline()
""")


def _start(script: str, arg: str) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", script, arg], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True)
    assert child.stdout.readline().strip() in ("open", "locked")
    return child


def _stop(child: subprocess.Popen) -> None:
    child.stdin.write("\n")
    child.stdin.close()
    child.wait(30)
    child.stdout.close()


@pytest.fixture
def restorable(template_home, tmp_path, monkeypatch):
    """A home, a backup of it, and a change after the backup: (home, archive, export before, export of backup)."""
    monkeypatch.setattr("kpstamps.db.lockfile.WAIT_SECONDS", 0.5)  # the refusal comes after the usual wait
    home = copy_home(template_home, tmp_path / "home")
    backup_state = export_bytes(home, tmp_path / "b.csv")
    archive = tmp_path / "good.zip"
    assert main(["--home", str(home.root), "backup", str(archive)]) == 0
    from kpstamps.db.models import Series
    from kpstamps.services.catalogue.opening import open_catalogue

    catalogue = open_catalogue(home, reference=False)
    with catalogue.sessions.begin() as session:
        session.add(Series(serial="Z9", title_en="After the backup"))
    catalogue.close()
    return home, archive, export_bytes(home, tmp_path / "c.csv"), backup_state


def test_restore_refuses_while_another_process_has_it_open(restorable, tmp_path, capsys):
    home, archive, current, backup_state = restorable
    child = _start(HOLDER, str(home.root))
    try:
        holders = CatalogueLock(home.database).holders()
        assert [(h.name, h.pid) for h in holders] == [("stamp album viewer", child.pid)]
        capsys.readouterr()
        assert main(["--home", str(home.root), "restore", str(archive)]) == 2
        err = capsys.readouterr().err.strip()
        assert f"stamp album viewer (PID {child.pid}" in err and "close it there first" in err, err
        assert "\n" not in err and hidden_leftovers(home) == []
    finally:
        _stop(child)
    assert export_bytes(home, tmp_path / "x.csv") == current
    assert main(["--home", str(home.root), "restore", str(archive)]) == 0
    assert soundness(home.database) == [] and export_bytes(home, tmp_path / "y.csv") == backup_state
    assert CatalogueLock(home.database).holders() == []  # every record went with its process


def test_a_killed_holder_does_not_block_restore(restorable, capsys):
    home, archive, _current, _backup_state = restorable
    child = _start(HOLDER, str(home.root))
    child.kill()
    child.wait(10)
    child.stdout.close()
    assert main(["--home", str(home.root), "restore", str(archive)]) == 0
    assert list(home.root.glob("*.holders/*.json")) == []  # its stale record was removed


def test_the_windows_own_restore_releases_and_retakes_its_lock(restorable, qtbot, tmp_path):
    from kpstamps.services.catalogue.opening import open_catalogue
    from kpstamps.services.settings.preferences import Preferences
    from kpstamps.ui.main_window import MainWindow
    from kpstamps.ui.transfer.actions import TransferActions

    home, archive, _current, backup_state = restorable
    catalogue = open_catalogue(home, reference=False, holder="KP Stamps (the window)")
    window = MainWindow(catalogue, Preferences())
    qtbot.addWidget(window)
    window.show()
    actions = window.findChild(TransferActions, "transfer")
    child = _start(HOLDER, str(home.root))
    try:
        message = actions.restore_from(archive)
        assert f"stamp album viewer (PID {child.pid}" in message, message
        assert catalogue.lock.held and window.table_model.rowCount() > 0
    finally:
        _stop(child)
    message = actions.restore_from(archive)
    assert message.startswith("Restored"), message
    assert catalogue.lock.held and catalogue.lock.mode == "shared"
    names = [h.name for h in CatalogueLock(home.database).holders()]
    assert names == ["KP Stamps (the window)"]  # seen by others again
    qtbot.waitUntil(lambda: window.table_model.rowCount() > 0)
    window.close()
    catalogue.close()
    assert export_bytes(home, tmp_path / "w.csv") == backup_state


def test_restore_says_locked_instead_of_hanging_on_a_hard_lock(restorable, tmp_path, capsys):
    home, archive, current, _backup_state = restorable
    child = _start(HARD_LOCK, str(home.database))
    try:
        started = time.monotonic()
        capsys.readouterr()
        assert main(["--home", str(home.root), "restore", str(archive)]) == 2
        waited = time.monotonic() - started
        err = capsys.readouterr().err
        assert "locked by another program" in err, err
        assert waited < 20, waited
    finally:
        _stop(child)
    assert export_bytes(home, tmp_path / "x.csv") == current and hidden_leftovers(home) == []


def test_a_damaged_catalogue_is_moved_aside_byte_for_byte_and_restored(restorable, tmp_path, capsys):
    home, archive, _current, backup_state = restorable
    data = bytearray(home.database.read_bytes())
    data[4096:8192] = b"\xde\xad" * 2048  # a page of garbage
    home.database.write_bytes(bytes(data))
    damaged = hashlib.sha256(bytes(data)).hexdigest()
    capsys.readouterr()
    assert main(["--home", str(home.root), "info"]) == 2
    assert "restore a backup" in capsys.readouterr().err
    assert main(["--home", str(home.root), "restore", str(archive)]) == 0
    out = capsys.readouterr().out
    kept = next(home.backups.glob("catalogue-before-restore-*.sqlite3"))
    assert str(kept) in out and hashlib.sha256(kept.read_bytes()).hexdigest() == damaged
    assert soundness(home.database) == [] and export_bytes(home, tmp_path / "x.csv") == backup_state


def test_a_foreign_database_in_a_backup_is_not_a_catalogue(restorable, tmp_path, capsys):
    import json
    import sqlite3
    import zipfile

    home, archive, current, _backup_state = restorable
    for name, make in (("foreign", lambda c: c.execute("CREATE TABLE notes (x)")), ("empty", lambda c: None)):
        db = tmp_path / f"{name}.sqlite3"
        conn = sqlite3.connect(db)
        make(conn)
        conn.commit()
        conn.close()
        with zipfile.ZipFile(archive) as src, zipfile.ZipFile(tmp_path / f"{name}.zip", "w") as dst:
            manifest = json.loads(src.read("manifest.json"))
            for info in src.infolist():
                if info.filename not in ("manifest.json", "catalogue.sqlite3"):
                    dst.writestr(info, src.read(info))
            dst.write(db, "catalogue.sqlite3")
            manifest["files"]["catalogue.sqlite3"] = {
                "sha256": hashlib.sha256(db.read_bytes()).hexdigest(), "size": db.stat().st_size}
            dst.writestr("manifest.json", json.dumps(manifest))
        capsys.readouterr()
        assert main(["--home", str(home.root), "restore", str(tmp_path / f"{name}.zip")]) == 2
        assert "not a KP Stamps catalogue" in capsys.readouterr().err
    assert export_bytes(home, tmp_path / "x.csv") == current


def test_internal_errors_exit_3_with_one_line_and_a_log(tmp_path, capsys, monkeypatch):
    from kpstamps.logs import LOG_NAME

    home = DataHome(tmp_path / "home")

    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr("kpstamps.cli.info.catalogue_info", broken)
    capsys.readouterr()
    assert main(["--home", str(home.root), "info"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and str(home.root / LOG_NAME) in err
    log = (home.root / LOG_NAME).read_text(encoding="utf-8")
    assert "Traceback" in log and "ZeroDivisionError: a bug" in log
