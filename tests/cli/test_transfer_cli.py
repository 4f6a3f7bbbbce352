from __future__ import annotations

import csv
import json
from pathlib import Path

from kpstamps.cli import main

DATA = Path(__file__).parents[1] / "data" / "transfer"


def test_export_import_dry_run_and_commit(tmp_path, capsys):
    out = tmp_path / "cat.json"
    assert main(["export", str(out)]) == 0
    assert "Exported" in capsys.readouterr().out
    other = ["--home", str(tmp_path / "other"), "--no-reference"]
    assert main([*other, "import", str(out), "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["new"] > 0 and not report["committed"]
    assert main([*other, "import", str(out)]) == 0
    assert "Imported cat.json (json)" in capsys.readouterr().out
    assert main([*other, "import", str(out), "--on-duplicate", "skip", "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["new"] == 0 and again["duplicate"] == report["new"]


def test_csv_options_and_errors(tmp_path, capsys):
    code = main(["import", str(DATA / "cyrillic-cp1251.csv"), "--encoding", "utf-8"])
    assert code == 2 and "not valid utf-8" in capsys.readouterr().err
    assert main(["import", str(DATA / "empty.csv")]) == 2
    assert "is empty" in capsys.readouterr().err
    csv = tmp_path / "x.csv"
    csv.write_text("Nom|Numéro\nBa1 set|6789\n", encoding="utf-8")
    assert main(["import", str(csv), "--delimiter", "|", "--map", "Nom=series_title_en", "--map", "Numéro=michel",
                 "--dry-run"]) == 0
    assert "1 new" in capsys.readouterr().out
    assert main(["import", str(DATA / "bad-values.csv"), "--dry-run"]) == 1  # rows rejected
    assert "rejected line 3, column kind" in capsys.readouterr().out
    assert main(["import", str(DATA / "bad-values.csv"), "--dry-run", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["rejected"] == 3


def test_export_of_a_search(tmp_path, capsys):
    out = tmp_path / "search.csv"
    assert main(["export", str(out), "--query", "table tennis"]) == 0
    assert "Exported" in capsys.readouterr().out
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 2 and all("Table Tennis" in r["series_title_en"] for r in rows)
    everything = tmp_path / "all.csv"
    main(["export", str(everything)])
    assert len(everything.read_text("utf-8").splitlines()) > len(out.read_text("utf-8").splitlines())
    assert main(["export", str(out), "--delimiter", ";;"]) == 2


def test_backup_and_restore(tmp_path, capsys):
    archive = tmp_path / "b.zip"
    assert main(["backup", str(archive)]) == 0 and archive.exists()
    assert main(["restore", str(archive)]) == 0
    assert "kept as" in capsys.readouterr().out
    bad = tmp_path / "bad.zip"
    bad.write_bytes(archive.read_bytes()[:100])
    assert main(["restore", str(bad)]) == 2
    assert "not a readable zip" in capsys.readouterr().err


def test_export_delimiter_refuses_quote_and_line_breaks(tmp_path, capsys):
    for delimiter in ('"', "\n", "\r", ";;"):
        assert main(["export", str(tmp_path / "x.csv"), "--delimiter", delimiter]) == 2
    assert "other than a quote or a line break" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_colnect_lists_on_the_command_line(capsys):
    colnect = str(DATA / "colnect-stamp-list.csv")
    assert main(["import", colnect, "--list", "Wish=ignore", "--list", "Test Swap FROM=want", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["new"], report["series_new"], report["format"]) == (8, 6, "colnect")
    assert main(["import", colnect, "--list", "Wish=maybe"]) == 2
    assert "NAME=want|own|ignore" in capsys.readouterr().err
    assert main(["import", colnect, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Would import colnect-stamp-list.csv (colnect): 0 new, 0 updated, 8 duplicate" in out
