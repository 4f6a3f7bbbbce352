"""`kpstamps search` and `kpstamps bench` from the command line."""

import json
import os

from kpstamps.cli import main


def test_search_json(catalogue, capsys):
    catalogue.close()
    assert main(["search", "friendship", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["serial"] for r in rows] == ["Ba79", "Ba80"]
    assert {"serial", "item_id", "series_id", "kind", "year", "title"} <= set(rows[0])
    assert set(rows[0]["title"]) == {"ko", "en", "zh", "ru"}


def test_search_limit_and_text_output(catalogue, capsys):
    catalogue.close()
    assert main(["search", "kind:postcard", "--limit", "2"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.strip().splitlines()) == 2 and "postcard" in captured.out


def test_search_hint_goes_to_stderr(catalogue, capsys):
    catalogue.close()
    assert main(["search", "year:abc", "--json"]) == 0
    captured = capsys.readouterr()
    assert "year:abc" in captured.err and json.loads(captured.out)


def test_bench_json_keys(capsys, tmp_path):
    assert main(["bench", "--items", "2000", "--repeats", "2", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {"build", "open", "search", "filter"} <= set(report)
    assert {"p50_ms", "p95_ms"} <= set(report["search"]["overall"])
    assert {"overall", "raw_floor", "ratio_p95", "queries"} <= set(report["search"])
    assert report["open"]["rows"] == 2000 and report["search"]["queries"]["catalogue_number"]["rows"] == 0


def test_search_never_configures_the_orm(catalogue):
    """`kpstamps search` (every kind of term) builds Core statements only (`db.models.table`): the
    mappers' configuration (30 ms) is not part of the command. A child process: this one has
    configured them long ago."""
    import subprocess
    import sys

    code = ("import sys\nfrom kpstamps.cli import main\nfrom kpstamps.startup import mappers_configured\n"
            "codes = [main(['search', q]) for q in sys.argv[1:]]\n"
            "print(codes, mappers_configured())\n")
    queries = ["friendship", "ab", "theme:friendship year:2020..2025 -kind:postcard", "mi:1 owned", "missing", "wanted"]
    env = {**os.environ, "KPSTAMPS_HOME": str(catalogue.home.root)}
    done = subprocess.run([sys.executable, "-c", code, *queries], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == f"{[0] * len(queries)} False"
