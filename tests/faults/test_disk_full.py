"""A real full disk (a small tmpfs) at every write step of the commands that write.

Each command runs with the data folder on a 6 MB tmpfs filled to leave a few bytes to a
few hundred kB, so the disk runs full at a different step each time: the database copy,
the zip, the manifest, the rename, SQLite's own writes. Every run must end with exit status
0 (it fitted) or 2 with "the disk is full" on one line, and leave the catalogue sound,
with the same export, no hidden temporary file, no 0-byte "backup", no orphan scan file.
"""

from __future__ import annotations

import pytest
from faultkit import (
    JPEG,
    copy_home,
    empty_backups,
    export_bytes,
    hidden_leftovers,
    log_fault,
    soundness,
)
from kpstamps.cli import main
from kpstamps.home import DataHome

pytestmark = pytest.mark.slow
LEAVE = tuple(k << 10 for k in (0, 16, 64, 160, 200, 240, 270, 300, 330, 400, 640, 1200, 2400))


@pytest.fixture(params=["checked first", "filled meanwhile"])
def space_check(request, monkeypatch):
    """With the up-front free-space check, and without it (another program fills the disk
    while the command runs), so the disk also runs full at the write steps themselves."""
    if request.param == "filled meanwhile":
        for module in ("kpstamps.db.copies", "kpstamps.services.transfer.backup", "kpstamps.services.transfer.restore"):
            monkeypatch.setattr(f"{module}.check_free_space", lambda *_args: None)
    return request.param


def _run(capsys, home: DataHome, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    status = main(["--home", str(home.root), *args])
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err
    return status, err


def _sweep(small_disk, template, tmp_path, capsys, command, allowed: set[bytes], *, setup=None
           ) -> list[tuple[int, int, str]]:
    """Run `command(home)` once per LEAVE; returns (free bytes, status, message) and checks each run."""
    outcomes = []
    for n, leave in enumerate(LEAVE):
        home = copy_home(template, small_disk.path / f"home{n}")
        extra = setup(home, tmp_path / f"setup{n}") if setup else None
        free = small_disk.fill(leave)
        status, err = _run(capsys, home, *command(home, extra))
        small_disk.filler.unlink()
        assert status in (0, 2), err
        if status == 2:
            assert "the disk is full" in err and err.count("\n") == 0, err
        assert soundness(home.database) == []
        assert hidden_leftovers(home) == [] and empty_backups(home) == []
        assert export_bytes(home, tmp_path / "after.csv") in allowed
        outcomes.append((free, status, err))
        log_fault({"case": " ".join(command(home, extra)[:1]), "free": free, "status": status,
                   "message": err.replace(str(home.root), "HOME")[:200]})
        for path in sorted(small_disk.path.glob(f"home{n}/**/*"), reverse=True):  # room for the next run
            path.unlink() if path.is_file() else path.rmdir()
    assert any(status == 2 for _f, status, _e in outcomes), outcomes  # the disk did run full
    return outcomes


def test_backup_on_a_full_disk(small_disk, template_home, tmp_path, capsys, space_check):
    before = export_bytes(copy_home(template_home, tmp_path / "ref"), tmp_path / "ref.csv")

    def command(home, _extra):
        return ["backup"]

    outcomes = _sweep(small_disk, template_home, tmp_path, capsys, command, {before})
    assert outcomes[0][1] == 2 and outcomes[-1][1] == 0, outcomes


def test_restore_on_a_full_disk(small_disk, template_home, tmp_path, capsys, space_check):
    from kpstamps.services.catalogue.opening import open_catalogue
    from kpstamps.services.transfer.backup import create_backup

    source = copy_home(template_home, tmp_path / "source")
    catalogue = open_catalogue(source, reference=False)
    with catalogue.sessions.begin() as session:
        from kpstamps.db.models import Series

        session.add(Series(serial="Z1", title_en="Only in the backup"))
    archive = create_backup(catalogue, tmp_path / "good.zip")
    catalogue.close()
    before = export_bytes(copy_home(template_home, tmp_path / "ref"), tmp_path / "ref.csv")
    restored = export_bytes(source, tmp_path / "restored.csv")

    def command(home, _extra):
        return ["restore", str(archive)]

    outcomes = _sweep(small_disk, template_home, tmp_path, capsys, command, {before, restored})
    assert all(s == 2 for _f, s, _e in outcomes[:2]) and outcomes[-1][1] == 0, outcomes


def test_migration_copy_on_a_full_disk(small_disk, template_home, tmp_path, capsys):
    from test_kill9 import _older_home

    older = _older_home(template_home, tmp_path / "older")
    before = export_bytes(copy_home(template_home, tmp_path / "ref"), tmp_path / "ref.csv")
    for leave in LEAVE[:3]:
        home = copy_home(older.root, small_disk.path / "home")
        small_disk.fill(leave)
        status, err = _run(capsys, home, "info")
        small_disk.filler.unlink()
        assert status == 2 and "the disk is full" in err, err
        assert hidden_leftovers(home) == [] and empty_backups(home) == []
        assert soundness(home.database) == []
        assert export_bytes(home, tmp_path / "after.csv") == before  # migrates now that there is room
        import shutil

        shutil.rmtree(home.root)


def test_import_on_a_full_disk(small_disk, template_home, tmp_path, capsys):
    from test_transfer_bench import write_big_csv

    source = tmp_path / "more.csv"
    write_big_csv(source, rows=3000)

    def command(home, _extra):
        return ["import", str(source)]

    before = export_bytes(copy_home(template_home, tmp_path / "ref"), tmp_path / "ref.csv")
    for n, leave in enumerate(LEAVE[:4]):
        home = copy_home(template_home, small_disk.path / f"home{n}")
        small_disk.fill(leave)
        status, err = _run(capsys, home, *command(home, None))
        small_disk.filler.unlink()
        assert status == 2 and "the disk is full" in err, err
        assert soundness(home.database) == [] and export_bytes(home, tmp_path / "after.csv") == before


def test_scans_add_on_a_full_disk(small_disk, template_home, tmp_path, capsys):
    from PIL import Image

    images = []
    for n in range(3):
        path = tmp_path / f"scan{n}.png"
        Image.new("RGB", (300, 300), (n * 80, 20, 200 - n * 50)).save(path)
        images.append(str(path))
    (tmp_path / "tiny.jpg").write_bytes(JPEG)
    for n, leave in enumerate(LEAVE[:4]):
        home = copy_home(template_home, small_disk.path / f"home{n}")
        small_disk.fill(leave)
        status, err = _run(capsys, home, "scans", "add", "--serial", "B0", *images)
        small_disk.filler.unlink()
        assert status in (0, 1, 2), err
        if status:
            assert "the disk is full" in err, err
        assert soundness(home.database) == []
        status, err = _run(capsys, home, "scans", "check")
        assert status == 0 and "unused" not in err.lower()
        from kpstamps.services.catalogue.opening import open_catalogue
        from kpstamps.services.scans.store import scan_health

        catalogue = open_catalogue(home, reference=False)
        try:
            assert scan_health(catalogue).healthy  # no orphan file, no row without its file
        finally:
            catalogue.close()


def test_order_form_on_a_full_disk(small_disk, template_home, tmp_path, capsys):
    home = copy_home(template_home, tmp_path / "home")
    out = small_disk.path / "order.pdf"
    for leave in (0, 4 << 10, 12 << 10):  # the PDF is about 19 kB
        small_disk.fill(leave)
        status, err = _run(capsys, home, "order-form", "--series", "B0", "B1", "--out", str(out))
        small_disk.filler.unlink()
        assert status == 2 and "the disk is full" in err, err
        assert not out.exists() and not list(small_disk.path.glob(".*.part"))
    status, err = _run(capsys, home, "order-form", "--series", "B0", "--out", str(out))
    assert status == 0 and out.read_bytes().startswith(b"%PDF")
