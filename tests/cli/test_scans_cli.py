"""`kpstamps scans add` and `kpstamps scans check`."""

from __future__ import annotations

import json

from kpstamps.cli import main
from PIL import Image


def _jpeg(path, color=(10, 20, 30)):
    Image.new("RGB", (32, 24), color).save(path, "JPEG")
    return path


def test_add_to_series_by_serial_and_report_bad_files(tmp_path, capsys, _isolated_home):
    good = _jpeg(tmp_path / "front.jpg")
    bad = tmp_path / "readme.jpg"
    bad.write_text("hello")
    code = main(["scans", "add", "--serial", "Ba79", str(good), str(bad), "--role", "back"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "front.jpg: attached as scan" in out and "(back)" in out
    assert "readme.jpg: not an image" in err
    assert main(["info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["scans"] == 1


def test_add_to_item_as_json(tmp_path, capsys):
    code = main(["scans", "add", "--item", "1", "--json", str(_jpeg(tmp_path / "a.jpg"))])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data[0]["scan_id"] and data[0]["error"] is None


def test_unknown_serial_is_one_clear_line(tmp_path, capsys):
    assert main(["scans", "add", "--serial", "Zz1", str(_jpeg(tmp_path / "a.jpg"))]) == 2
    assert "no series with serial 'Zz1'" in capsys.readouterr().err


def test_owner_is_required(tmp_path, capsys):
    try:
        main(["scans", "add", str(_jpeg(tmp_path / "a.jpg"))])
    except SystemExit as exc:
        assert exc.code == 2
    else:  # pragma: no cover
        raise AssertionError("argparse should refuse a missing --serial/--item")


def test_check_reports_and_repairs(tmp_path, capsys, _isolated_home):
    main(["scans", "add", "--item", "1", str(_jpeg(tmp_path / "a.jpg"))])
    capsys.readouterr()
    assert main(["scans", "check"]) == 0
    assert "Scans are in order." in capsys.readouterr().out

    stored = next(p for p in (_isolated_home / "scans").rglob("*.jpg"))
    stored.unlink()
    orphan = _isolated_home / "scans" / "ff" / ("ff" * 32 + ".png")
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"x")
    assert main(["scans", "check", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["orphans"] == [str(orphan)] and data["missing"][0]["original_name"] == "a.jpg"

    assert main(["scans", "check", "--repair"]) == 0
    out = capsys.readouterr().out
    assert "removed 1 scans" in out and "deleted 1 unused files" in out
    assert main(["scans", "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"orphans": [], "missing": []}


def test_info_reports_unused_and_missing_scan_files(tmp_path, capsys, _isolated_home):
    main(["scans", "add", "--item", "1", str(_jpeg(tmp_path / "a.jpg")), str(_jpeg(tmp_path / "b.jpg", (9, 9, 9)))])
    capsys.readouterr()
    assert main(["info", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["scans"], data["scan_orphans"], data["scan_missing"]) == (2, 0, 0)
    next(p for p in (_isolated_home / "scans").rglob("*.jpg")).unlink()
    orphan = _isolated_home / "scans" / "ff" / ("ff" * 32 + ".png")
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"x")
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    assert "Unused scan files: 1" in out and "Scans without a file: 1" in out and "scans check" in out
