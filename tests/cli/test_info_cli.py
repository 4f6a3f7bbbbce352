import json
import os

from kpstamps import __version__
from kpstamps.cli import main
from kpstamps.db.migrate import head_revision


def test_info_json_reports_counts_and_location(tmp_path, capsys):
    assert main(["--home", str(tmp_path / "h"), "info", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["series"] == 19 and data["items"] == 42 and data["themes"] == 27 and data["planned"] == 5
    assert data["reference_version"] == "2026.12.1"
    assert data["schema_revision"] == head_revision()
    assert data["data_dir"] == str(tmp_path / "h")
    assert (tmp_path / "h" / "catalogue.sqlite3").exists()
    assert (tmp_path / "h" / "scans").is_dir() and (tmp_path / "h" / "backups").is_dir()


def test_home_from_environment(_isolated_home, capsys):
    assert main(["info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["data_dir"] == str(_isolated_home)


def test_no_reference_and_db_path(tmp_path, capsys):
    db = tmp_path / "other.sqlite3"
    assert main(["--no-reference", "--db", str(db), "info", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["series"] == 0 and data["database_url"].endswith("other.sqlite3")


def test_errors_are_one_line_on_stderr(tmp_path, capsys):
    db = tmp_path / "ro.sqlite3"
    assert main(["--db", str(db), "info"]) == 0
    os.chmod(db, 0o444)
    capsys.readouterr()
    assert main(["--db", str(db), "info"]) == 0  # a command that only reads opens it read-only
    assert "Read only: The catalogue" in capsys.readouterr().out
    assert main(["--db", str(db), "scans", "check", "--repair"]) == 2  # one that writes is refused
    err = capsys.readouterr().err.strip()
    assert err.startswith("kpstamps:") and "read-only" in err and "\n" not in err


def test_bad_url_is_reported(capsys):
    assert main(["--db", "nonsense://", "info"]) == 2
    assert "kpstamps:" in capsys.readouterr().err


def test_version(capsys):
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert __version__ in capsys.readouterr().out
