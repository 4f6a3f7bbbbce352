"""Read-only media, an immutable catalogue and an unwritable backups folder.

As root, chmod does not stop writes, so the read-only medium is a tmpfs remounted
read-only and "immutable" is `chattr +i`; where the machine allows neither the cases skip
with the reason. Commands that only read work; those that write say why they cannot,
in one line with exit status 2, and change nothing.
"""

from __future__ import annotations

import hashlib

import pytest
from faultkit import copy_home, export_bytes, soundness, write_big_csv
from kpstamps.cli import main
from kpstamps.home import DataHome

pytestmark = pytest.mark.slow


def _run(capsys, home: DataHome, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(["--home", str(home.root), *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.out, captured.err.strip()


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def read_only_home(small_disk, template_home, tmp_path):
    home = copy_home(template_home, small_disk.path / "home")
    archive = tmp_path / "good.zip"
    assert main(["--home", str(home.root), "backup", str(archive)]) == 0
    small_disk.remount("ro")
    yield home, archive
    small_disk.remount("rw")


def test_commands_that_only_read_work_on_a_read_only_disk(read_only_home, tmp_path, capsys):
    home, archive = read_only_home
    before = _digest(home.database)
    status, out, err = _run(capsys, home, "info")
    assert status == 0 and "Read only: The catalogue" in out and "is read-only" in out, err
    assert _run(capsys, home, "search", "Stamp 3")[0] == 0
    assert _run(capsys, home, "export", str(tmp_path / "out.csv"))[0] == 0
    assert _run(capsys, home, "order-form", "--series", "B0", "--out", str(tmp_path / "o.pdf"))[0] == 0
    assert _run(capsys, home, "backup", str(tmp_path / "copy.zip"))[0] == 0
    assert _run(capsys, home, "orders")[0] == 0
    assert _run(capsys, home, "scans", "check")[0] == 0
    for args in (["restore", str(archive)], ["import", str(tmp_path / "out.csv")], ["scans", "check", "--repair"]):
        status, _out, err = _run(capsys, home, *args)
        assert status == 2 and "read-only" in err and "\n" not in err, (args, err)
    status, _out, err = _run(capsys, home, "restore", str(archive))
    assert "read-only disk" in err
    assert _digest(home.database) == before and not list(home.root.glob(".restore-*"))


def test_the_window_opens_read_only_with_a_banner(read_only_home, qtbot):
    from kpstamps.services.catalogue.opening import open_catalogue
    from kpstamps.services.settings.preferences import Preferences
    from kpstamps.ui.common.read_only import show_read_only
    from kpstamps.ui.main_window import MainWindow

    home, _archive = read_only_home
    catalogue = open_catalogue(home, reference=False, read_only_ok=True)
    try:
        assert catalogue.read_only
        window = MainWindow(catalogue, Preferences())
        qtbot.addWidget(window)
        banner = show_read_only(window, catalogue.read_only)
        window.show()
        qtbot.waitExposed(window)
        assert banner.isVisible() and "Read-only" in banner.text() and "read-only" in window.windowTitle()
        assert window.table_model.rowCount() > 0
        edits = [a for a in window.menus["edit"].actions() if not a.isSeparator() and not a.menu()]
        assert edits and not any(a.isEnabled() for a in edits)
        window.table_view.selectRow(0)  # selection changes must not switch editing back on
        assert not any(a.isEnabled() for a in edits)
        window.close()
    finally:
        catalogue.close()


def test_an_immutable_catalogue(template_home, tmp_path, capsys, immutable):
    home = copy_home(template_home, tmp_path / "home")
    archive = tmp_path / "good.zip"
    assert main(["--home", str(home.root), "backup", str(archive)]) == 0
    before = export_bytes(home, tmp_path / "before.csv")
    immutable(home.database)
    status, out, err = _run(capsys, home, "info")
    assert status == 0 and "Read only: The catalogue" in out, err
    status, _out, err = _run(capsys, home, "restore", str(archive))
    assert status == 2 and "read-only or immutable" in err, err
    write_big_csv(tmp_path / "in.csv", rows=8)
    status, _out, err = _run(capsys, home, "import", str(tmp_path / "in.csv"))
    assert status == 2 and "read-only" in err, err
    immutable.undo(home.database)
    assert export_bytes(home, tmp_path / "after.csv") == before
    assert soundness(home.database) == []


def test_an_unwritable_backups_folder(template_home, tmp_path, capsys, immutable):
    home = copy_home(template_home, tmp_path / "home")
    archive = tmp_path / "good.zip"
    assert main(["--home", str(home.root), "backup", str(archive)]) == 0
    before = export_bytes(home, tmp_path / "before.csv")
    immutable(home.backups)
    status, _out, err = _run(capsys, home, "restore", str(archive))
    assert status == 2 and "backups folder" in err and "nothing was changed" in err, err
    status, _out, err = _run(capsys, home, "backup")
    assert status == 2 and "nothing was written" in err, err
    assert export_bytes(home, tmp_path / "after.csv") == before and soundness(home.database) == []
