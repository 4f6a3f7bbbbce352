"""SIGKILL in the middle of a big import and in the middle of edits: the catalogue stays
sound (PRAGMA integrity_check) and every committed row survives."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest
from kpstamps.home import DataHome
from kpstamps.services.catalogue.opening import open_catalogue
from kpstamps.services.transfer.importing import commit_import, read_import_file

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "benchmarks"))
from test_transfer_bench import write_big_csv

pytestmark = [pytest.mark.slow, pytest.mark.timeout(120)]


def _check(database) -> tuple[str, int, int]:
    with sqlite3.connect(database) as conn:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        series = conn.execute("SELECT count(*) FROM series").fetchone()[0]
        items = conn.execute("SELECT count(*) FROM item").fetchone()[0]
    conn.close()
    return verdict, series, items


def _baseline(home: DataHome, tmp_path) -> tuple[int, int]:
    small = tmp_path / "small.csv"
    write_big_csv(small, rows=40)
    catalogue = open_catalogue(home, reference=False)
    commit_import(catalogue.sessions, read_import_file(small))
    catalogue.close()
    return 10, 40


def test_sigkill_during_a_big_import_loses_nothing_committed(tmp_path):
    home = DataHome(tmp_path / "home")
    series, items = _baseline(home, tmp_path)
    big = tmp_path / "big.csv"
    write_big_csv(big, rows=20_000)
    process = subprocess.Popen(
        [sys.executable, "-m", "kpstamps", "--home", str(home.root), "import", str(big), "--progress"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()  # the first progress line: the series are written
        assert line.startswith("progress"), line
        time.sleep(0.2)
        assert process.poll() is None, "the import finished before it could be killed"
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(10)
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL
    assert _check(home.database) == ("ok", series, items)
    reopened = open_catalogue(home, reference=False)  # WAL recovery, then a normal open
    reopened.close()


EDITOR = textwrap.dedent("""
    import sys
    from kpstamps.db.models import Series
    from kpstamps.home import DataHome
    from kpstamps.services.catalogue.opening import open_catalogue
    catalogue = open_catalogue(DataHome.resolve(sys.argv[1]), reference=False)
    n = 0
    while True:
        with catalogue.sessions.begin() as session:  # one user action, one transaction
            session.add(Series(serial=f"E{n}", title_en=f"Edit {n}"))
        print(n, flush=True)
        n += 1
""")


def test_sigkill_during_edits_keeps_every_committed_edit(tmp_path):
    home = DataHome(tmp_path / "home")
    open_catalogue(home, reference=False).close()
    process = subprocess.Popen([sys.executable, "-c", EDITOR, str(home.root)], stdout=subprocess.PIPE, text=True)
    committed = -1
    try:
        while committed < 30:
            committed = int(process.stdout.readline())
        process.send_signal(signal.SIGKILL)
        for line in process.stdout:  # anything printed before the kill was committed too
            committed = int(line)
    finally:
        process.wait(10)
        process.stdout.close()
    verdict, series, _ = _check(home.database)
    assert verdict == "ok"
    assert series >= committed + 1
    with sqlite3.connect(home.database) as conn:
        serials = {s for (s,) in conn.execute("SELECT serial FROM series")}
    conn.close()
    assert {f"E{n}" for n in range(committed + 1)} <= serials


# --- A database that refuses the import's writes: one clear message, nothing lost ---------

def _catalogue_with_baseline(tmp_path, monkeypatch):
    monkeypatch.setattr("kpstamps.db.session.BUSY_TIMEOUT_MS", 200)
    home = DataHome(tmp_path / "home")
    _baseline(home, tmp_path)
    big = tmp_path / "more.csv"
    write_big_csv(big, rows=1200)
    return open_catalogue(home, reference=False), read_import_file(big)


def _on_every_connection(catalogue, sql: str) -> None:
    from sqlalchemy import event

    event.listen(catalogue.engine, "connect", lambda dbapi, _record: dbapi.execute(sql))
    catalogue.engine.dispose()  # pooled connections pick it up too


def _refused(catalogue, parsed, match: str) -> None:
    from kpstamps.errors import TransferError
    from kpstamps.services.transfer.importing import dry_run

    assert dry_run(catalogue.sessions, parsed).new == 1160  # reading still works (40 rows are there already)
    with pytest.raises(TransferError, match=match):
        commit_import(catalogue.sessions, parsed)


def test_full_disk_during_an_import(tmp_path, monkeypatch):
    catalogue, parsed = _catalogue_with_baseline(tmp_path, monkeypatch)
    with catalogue.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    _on_every_connection(catalogue, f"PRAGMA max_page_count = {pages + 8}")  # SQLITE_FULL, as on a full disk
    _refused(catalogue, parsed, "the disk is full: nothing was imported")
    catalogue.close()
    assert _check(catalogue.home.database) == ("ok", 10, 40)


def test_read_only_catalogue_during_an_import(tmp_path, monkeypatch):
    catalogue, parsed = _catalogue_with_baseline(tmp_path, monkeypatch)
    _on_every_connection(catalogue, "PRAGMA query_only = ON")  # root ignores chmod; SQLite does not
    _refused(catalogue, parsed, "read-only: nothing was imported")
    catalogue.close()
    assert _check(catalogue.home.database) == ("ok", 10, 40)


def test_locked_catalogue_during_an_import(tmp_path, monkeypatch):
    catalogue, parsed = _catalogue_with_baseline(tmp_path, monkeypatch)
    locker = sqlite3.connect(catalogue.home.database)
    locker.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
    try:
        _refused(catalogue, parsed, "locked by another program")
    finally:
        locker.rollback()
        locker.close()
    assert commit_import(catalogue.sessions, parsed).new == 1160  # and it works once the lock is gone
    catalogue.close()
    assert _check(catalogue.home.database) == ("ok", 300, 1200)
