# ruff: noqa: F811  (pytest fixtures imported from pg_server are used as arguments)
from __future__ import annotations

import json

import pytest
from kpstamps.db.models import Item, Series
from kpstamps.services.browse.rows import RowKey
from kpstamps.services.transfer.exporting import build_document, export_csv, export_json
from kpstamps.services.transfer.importing import (
    commit_import,
    dry_run,
    read_import_file,
)
from pg_server import catalogue_on, engine_empty_catalogue, engine_url  # noqa: F401  (fixtures)
from sqlalchemy import func, select
from transfer_fixtures import fill_catalogue


@pytest.fixture
def empty_catalogue(engine_empty_catalogue):
    """Every test here exports from and imports into SQLite, and PostgreSQL."""
    return engine_empty_catalogue


@pytest.fixture
def other(empty_catalogue, request, tmp_path_factory):
    """A second empty catalogue on the same engine, to import into."""
    with catalogue_on(empty_catalogue.dialect, request, tmp_path_factory, reference=False) as cat:
        yield cat


def _without_time(document):
    return {k: v for k, v in document.items() if k != "exported_at"}


def test_json_round_trip_reproduces_the_catalogue(empty_catalogue, other, tmp_path):
    fill_catalogue(empty_catalogue.sessions)
    path = tmp_path / "out.json"
    assert export_json(empty_catalogue.sessions, path) == 6
    parsed = read_import_file(path)
    assert parsed.problems == []
    report = dry_run(other.sessions, parsed)
    assert (report.new, report.updated, report.duplicate, report.rejected) == (7, 0, 0, 0)
    assert commit_import(other.sessions, parsed).committed
    assert _without_time(build_document(other.sessions)) == _without_time(build_document(empty_catalogue.sessions))
    with other.sessions() as s:
        text = s.scalar(select(Item.search_text).where(Item.title_en == "+Stamp 1.1"))
        assert "mi 6011" in text and "우표" in text
        assert s.scalar(select(Series.search_text).where(Series.serial == "Ba1"))


def test_csv_round_trip_and_formula_cells(empty_catalogue, other, tmp_path):
    fill_catalogue(empty_catalogue.sessions)
    path = tmp_path / "out.csv"
    assert export_csv(empty_catalogue.sessions, path, bom=True) == 7
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "'=Table tennis 1" in text and "'+Stamp 1.1" in text and "'@Марка" in text and "'-1.1 desc" in text
    parsed = read_import_file(path)
    assert parsed.problems == [] and parsed.format == "csv"
    commit_import(other.sessions, parsed)
    again = tmp_path / "again.csv"
    export_csv(other.sessions, again, bom=True)
    assert again.read_bytes() == raw
    original = _without_time(build_document(empty_catalogue.sessions))
    assert _without_time(build_document(other.sessions))["series"] == original["series"]


def test_export_of_a_selection(empty_catalogue, tmp_path):
    fill_catalogue(empty_catalogue.sessions)
    with empty_catalogue.sessions() as s:
        ba1 = s.scalar(select(Series).where(Series.serial == "Ba1"))
        ba2 = s.scalar(select(Series).where(Series.serial == "Ba2"))
        keys = [RowKey(ba1.id, None), RowKey(ba2.id, ba2.items[1].id)]
    document = build_document(empty_catalogue.sessions, keys)
    assert [s["serial"] for s in document["series"]] == ["Ba1", "Ba2"]
    assert [len(s["items"]) for s in document["series"]] == [2, 1]
    path = tmp_path / "sel.json"
    export_json(empty_catalogue.sessions, path, keys)
    assert json.loads(path.read_text("utf-8"))["format"] == "kpstamps-export"


def test_reimport_skips_updates_or_duplicates(empty_catalogue, tmp_path):
    fill_catalogue(empty_catalogue.sessions)
    path = tmp_path / "out.json"
    export_json(empty_catalogue.sessions, path)
    parsed = read_import_file(path)
    skip = dry_run(empty_catalogue.sessions, parsed, "skip")
    assert (skip.new, skip.duplicate) == (0, 7)
    update = commit_import(empty_catalogue.sessions, parsed, "update")
    assert (update.new, update.updated) == (0, 7)
    with empty_catalogue.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 6
    copies = commit_import(empty_catalogue.sessions, parsed, "duplicate")
    assert copies.new == 6 and copies.duplicate == 1
    with empty_catalogue.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 12
        assert s.scalar(select(func.count()).select_from(Series)) == 4


def test_full_disk_during_an_export_keeps_the_old_file(empty_catalogue, tmp_path, monkeypatch):
    import errno

    from kpstamps.errors import TransferError
    from kpstamps.services.transfer import exporting

    fill_catalogue(empty_catalogue.sessions)
    path = tmp_path / "out.csv"
    path.write_text("the previous export", encoding="utf-8")
    real_open = open

    class FullDisk:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, _text):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(exporting, "open", lambda *a, **k: FullDisk(real_open(*a, **k)), raising=False)
    for export in (exporting.export_csv, exporting.export_json):
        with pytest.raises(TransferError, match="the disk is full; nothing was written"):
            export(empty_catalogue.sessions, path)
    assert path.read_text("utf-8") == "the previous export"
    assert not list(tmp_path.glob(".out.csv*"))


def _fill_from_collections(catalogue, tmp_path) -> None:
    """Countries, source ids, sizes, unknown currencies, block numbers and padded text."""
    from pathlib import Path

    from kpstamps.services.transfer.importing import parse_bytes

    data = Path(__file__).parents[1] / "data" / "transfer"
    for name in ("colnect-stamp-list.csv", "tellico-stamps-images.tc", "gcstar-stamps.gcs"):
        commit_import(catalogue.sessions, read_import_file(data / name), scans_dir=tmp_path / "scans")
    padded = (b"serial,kind,position,series_title_en,title_en,description,michel,country\n"
              b"Zz1,stamp,1,\"  Padded series  \",\" two  spaces \",\"line\nnext \",\"AL:7005 (Bl. 900)\",KP\n")
    commit_import(catalogue.sessions, parse_bytes(padded, "csv"))


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_round_trip_of_imported_collections_is_identical(empty_catalogue, other, tmp_path, fmt):
    _fill_from_collections(empty_catalogue, tmp_path)
    original = _without_time(build_document(empty_catalogue.sessions))
    assert {s["country"] for s in original["series"]} == {"KP", "AL", "AR", "AD", "DK"}
    path = tmp_path / f"out.{fmt}"
    (export_json if fmt == "json" else export_csv)(empty_catalogue.sessions, path)
    parsed = read_import_file(path)
    assert parsed.problems == []
    commit_import(other.sessions, parsed)
    assert _without_time(build_document(other.sessions)) == original
    padded = next(s for s in original["series"] if s["serial"] == "Zz1")
    assert padded["title_en"] == "  Padded series  " and padded["items"][0]["title_en"] == " two  spaces "
    assert padded["items"][0]["numbers"] == [{"catalogue": "michel", "number": "7005", "country": "AL",
                                              "block": "Bl. 900"}]
