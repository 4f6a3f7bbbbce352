"""`kpstamps pack export|import`: a club's pack into a member's catalogue, conflicts, refusals."""

import json
import os
import zipfile

from kpstamps.cli import main


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_export_then_import_into_an_empty_catalogue(tmp_path, capsys):
    pack = tmp_path / "club.kpspack"
    assert main(["--home", str(tmp_path / "club"), "pack", "export", str(pack), "--publisher", "Club",
                 "--pack-version", "1"]) == 0
    assert "Exported 19 series, 42 items, 27 themes and 0 scans" in capsys.readouterr().out
    assert pack.stat().st_mode & 0o777 == 0o666 & ~_umask()  # shareable, not mkstemp's 0600
    manifest = json.loads(zipfile.ZipFile(pack).read("manifest.json"))
    assert (manifest["format"], manifest["format_version"], manifest["publisher"]) == ("kpstamps-pack", 1, "Club")
    member = ["--home", str(tmp_path / "member"), "--no-reference"]
    assert main([*member, "pack", "import", str(pack), "--dry-run"]) == 0
    assert "Would apply club 1: 19 series and 42 items added" in capsys.readouterr().out
    assert main([*member, "info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["series"] == 0
    assert main([*member, "pack", "import", str(pack), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["series_added"], report["items_added"], report["conflicts"]) == (19, 42, [])


def test_query_export_and_a_kept_conflict_exit_1(tmp_path, capsys):
    club, pack = ["--home", str(tmp_path / "club")], tmp_path / "planned.kpspack"
    assert main([*club, "pack", "export", str(pack), "--query", "status:planned"]) == 0
    assert "Exported 5 series, 5 items" in capsys.readouterr().out
    member = ["--home", str(tmp_path / "member")]  # has the reference: same rows, nothing new
    assert main([*member, "pack", "import", str(pack)]) == 0
    assert "0 series and 0 items added" in capsys.readouterr().out


def test_a_hostile_pack_is_refused_with_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.kpspack"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("../../etc/evil", "x")
    assert main(["--home", str(tmp_path / "h"), "pack", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "outside the pack" in err and err.count("\n") == 1
