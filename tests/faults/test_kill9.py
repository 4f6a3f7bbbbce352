"""kill -9 at random points of import, backup, restore and migration (real child processes).

The child prints a marker line at each step (functions wrapped in the child only); the
parent kills it right after a randomly chosen marker, plus a random few milliseconds.
Afterwards the catalogue must pass integrity_check, foreign_key_check and FTS5's
integrity-check, its CSV export must be byte-identical to the state before or after the
operation (never in between), the next start must leave no hidden temporary file, and
no 0-byte file may sit in backups/. KILLS per operation run by default; the benchmark
variant runs KILLS_BENCH (set KPSTAMPS_FAULT_LOG=file.jsonl to collect the figures).
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest
from faultkit import (
    copy_home,
    empty_backups,
    export_bytes,
    hidden_leftovers,
    log_fault,
    soundness,
)
from kpstamps.home import DataHome
from kpstamps.services.catalogue.opening import open_catalogue

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]
KILLS = 3
KILLS_BENCH = 25
OPERATIONS = ("import", "backup", "restore", "migration")

CHILD = textwrap.dedent("""
    import os, sys, zipfile
    op, home_dir, arg = sys.argv[1], sys.argv[2], sys.argv[3]

    def mark(name):
        sys.stdout.write(name + "\\n")
        sys.stdout.flush()

    def wrap(owner, attr, label):
        real = getattr(owner, attr)
        def wrapped(*args, **kwargs):
            mark(label(*args) if callable(label) else label)
            return real(*args, **kwargs)
        setattr(owner, attr, wrapped)

    from pathlib import Path
    from kpstamps.home import DataHome
    home = DataHome(Path(home_dir))
    real_replace = os.replace
    def replace(src, dst):
        mark("rename " + Path(str(dst)).name.split("-2")[0])
        real_replace(src, dst)
    os.replace = replace
    if op == "import":
        from kpstamps.services.catalogue.opening import open_catalogue
        from kpstamps.services.transfer.importing import commit_import, read_import_file
        parsed = read_import_file(Path(arg))
        catalogue = open_catalogue(home, reference=False)
        mark("opened")
        from sqlalchemy.orm import Session
        wrap(Session, "commit", "commit")
        commit_import(catalogue.sessions, parsed, progress=lambda done, total: mark(f"progress {done}/{total}"),
                      batch=200)
    elif op == "backup":
        from kpstamps.services.transfer import backup
        from kpstamps.services.catalogue.opening import open_catalogue
        wrap(backup, "copy_sqlite", "copy database")
        wrap(zipfile.ZipFile, "write", lambda self, name, *a: "zip " + Path(name).parent.name + "/")
        wrap(zipfile.ZipFile, "writestr", "zip manifest")
        catalogue = open_catalogue(home, reference=False)
        mark("opened")
        backup.create_backup(catalogue, Path(arg))
    elif op == "restore":
        from kpstamps.services.transfer import restore, restoring
        wrap(restore, "extract", lambda archive, name, *a: "extract " + name.split("/")[0])
        wrap(restore, "settle_old_catalogue", "settle old catalogue")
        wrap(restore, "_move", lambda src, dst: "move aside " + Path(src).suffix)
        wrap(restore, "check_database", "check database")
        mark("started")
        restoring.restore_catalogue(home, Path(arg))
    elif op == "migration":
        from kpstamps.db import migrate
        from alembic.operations import Operations
        from kpstamps.services.catalogue.opening import open_catalogue
        wrap(migrate, "backup_sqlite", "pre-migration copy")
        wrap(Operations, "invoke", lambda self, operation: "alembic " + type(operation).__name__)
        mark("started")
        open_catalogue(home, reference=False).close()
    mark("done")
""")


def _child(op: str, home: DataHome, arg: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CHILD, op, str(home.root), arg],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _markers(op: str, home: DataHome, arg: str) -> list[str]:
    process = _child(op, home, arg)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return out.splitlines()


def _kill_at(op: str, home: DataHome, arg: str, index: int, delay: float) -> tuple[str, bool]:
    """Run the child, kill it `delay` s after its marker number `index`; (last marker, killed)."""
    process = _child(op, home, arg)
    last, seen = "", 0
    try:
        for line in process.stdout:
            last = line.strip()
            if seen == index:
                time.sleep(delay)
                process.send_signal(signal.SIGKILL)
                break
            seen += 1
    finally:
        process.wait(30)
        process.stdout.close()
        process.stderr.close()
    return last, process.returncode == -signal.SIGKILL


def _older_home(template: Path, target: Path) -> DataHome:
    """A copy of the template at the first schema revision, as an older app left it."""
    from kpstamps.db.session import make_engine
    from sqlalchemy import text

    home = copy_home(template, target)
    engine = make_engine(f"sqlite:///{home.database}")
    from alembic import command
    from kpstamps.db.migrate import alembic_config

    with engine.connect() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        command.downgrade(config, "0001_initial")
        conn.commit()
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001_initial"
    engine.dispose()
    return home


def _prepare(op: str, template: Path, work: Path) -> tuple[DataHome, str, dict[str, bytes]]:
    """The home to work on, the child's argument, and the exports allowed afterwards by name."""
    home = copy_home(template, work / "home")
    before = export_bytes(home, work / "export.csv")
    if op == "import":
        from test_transfer_bench import write_big_csv

        source = work / "more.csv"
        write_big_csv(source, rows=2000)
        return home, str(source), {"old": before}
    if op == "backup":
        return home, str(work / "out.zip"), {"old": before}
    if op == "restore":
        from kpstamps.db.models import Series
        from kpstamps.services.transfer.backup import create_backup

        catalogue = open_catalogue(home, reference=False)
        archive = create_backup(catalogue, work / "good.zip")
        with catalogue.sessions.begin() as session:
            session.add(Series(serial="Z1", title_en="Added after the backup"))
        catalogue.close()
        return home, str(archive), {"old": export_bytes(home, work / "export.csv"), "new": before}
    return _older_home(template, work / "older"), "", {"old": before}


def _verify(op: str, home: DataHome, arg: str, allowed: dict[str, bytes], work: Path) -> str:
    """Check the aftermath (this is also the next start: it cleans up, finishes a restore); the state's name."""
    assert soundness(home.database) == []
    exported = export_bytes(home, work / "after.csv")
    state = next((name for name, data in allowed.items() if data == exported), "MIXED")
    assert state != "MIXED", "the export is neither the state before nor the state after"
    assert hidden_leftovers(home) == [] and empty_backups(home) == []
    assert soundness(home.database) == []
    for kept in home.backups.glob("*.sqlite3"):
        assert soundness(kept) == [], kept
    if op == "backup" and Path(arg).exists():
        with zipfile.ZipFile(arg) as archive:
            assert archive.testzip() is None and "manifest.json" in archive.namelist()
        state = "old, complete zip"
    return state


def _run_kills(op: str, kills: int, template: Path, tmp_path: Path, seed: int) -> list[dict]:
    rng = random.Random(seed)
    dry = tmp_path / "dry"
    home, arg, allowed = _prepare(op, template, dry)
    markers = _markers(op, home, arg)
    if op == "import":
        allowed["new"] = export_bytes(home, dry / "full.csv")
    records = []
    for n in range(kills):
        work = tmp_path / f"kill{n}"
        home, arg, _ = _prepare(op, template, work)
        index = rng.randrange(len(markers) - 1)
        started = time.perf_counter()
        last, killed = _kill_at(op, home, arg, index, rng.uniform(0, 0.02))
        state = _verify(op, home, arg, allowed, work)
        records.append({"op": op, "step": last, "killed": killed, "state": state, "checks": "ok",
                        "seconds": round(time.perf_counter() - started, 2)})
    _log(records)
    return records


def _log(records: list[dict]) -> None:
    for record in records:
        log_fault(record)


@pytest.mark.parametrize("op", OPERATIONS)
def test_kill_9_at_random_points_loses_nothing(op, template_home, tmp_path):
    records = _run_kills(op, KILLS, template_home, tmp_path, seed=OPERATIONS.index(op))
    assert len(records) == KILLS and all(r["checks"] == "ok" for r in records)


@pytest.mark.benchmark
@pytest.mark.timeout(1800)
@pytest.mark.parametrize("op", OPERATIONS)
def test_many_kills(op, template_home, tmp_path):
    records = _run_kills(op, KILLS_BENCH, template_home, tmp_path, seed=100 + OPERATIONS.index(op))
    assert len(records) == KILLS_BENCH
