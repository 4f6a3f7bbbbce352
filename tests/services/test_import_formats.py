"""Encodings, delimiters, Tellico and Colnect files, and the bad-input corpus.

Everything that imports into a catalogue runs on SQLite and on PostgreSQL.
"""
# ruff: noqa: F811  (pytest fixtures imported from pg_server are used as arguments)

from __future__ import annotations

import io
import threading
import zipfile
from pathlib import Path

import pytest
from kpstamps.db.models import CatalogueNumber, Holding, Item, Series
from kpstamps.errors import ImportCancelled, TransferError
from kpstamps.services.browse.search import search
from kpstamps.services.transfer.importing import (
    commit_import,
    dry_run,
    parse_bytes,
    read_import_file,
)
from kpstamps.services.transfer.importing.csv_import import auto_mapping, read_table
from kpstamps.services.transfer.importing.encodings import detect_encoding
from pg_server import engine_catalogue, engine_empty_catalogue, engine_url  # noqa: F401  (fixtures)
from sqlalchemy import func, select

DATA = Path(__file__).parents[1] / "data" / "transfer"


@pytest.fixture
def catalogue(engine_catalogue):
    return engine_catalogue


@pytest.fixture
def empty_catalogue(engine_empty_catalogue):
    return engine_empty_catalogue


def counts(catalogue) -> tuple[int, int, int]:
    with catalogue.sessions() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in (Series, Item, CatalogueNumber))


@pytest.mark.parametrize(("name", "encoding", "title"), [
    ("cyrillic-cp1251.csv", "cp1251", "Марка первая"),
    ("chinese-gb18030.csv", "gb18030", "邮票一"),
    ("utf8-bom.csv", "utf-8-sig", "우표"),
])
def test_encodings_are_detected(empty_catalogue, name, encoding, title):
    parsed = read_import_file(DATA / name)
    assert parsed.encoding == encoding and parsed.problems == []
    commit_import(empty_catalogue.sessions, parsed)
    with empty_catalogue.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Item).where(
            (Item.title_ru == title) | (Item.title_zh == title) | (Item.title_ko == title))) == 1


def test_semicolon_delimiter_is_sniffed_and_can_be_overridden():
    assert read_table((DATA / "chinese-gb18030.csv").read_bytes()).delimiter == ";"
    table = read_table(b"serial|title_en\nBa1|x\n", delimiter="|")
    assert table.header == ["serial", "title_en"]


def test_wrong_encoding_chosen_by_the_user_is_a_clear_error():
    with pytest.raises(TransferError, match="not valid utf-8 .*line 2"):
        read_import_file(DATA / "cyrillic-cp1251.csv", encoding="utf-8")
    assert detect_encoding("Серия".encode("cp1251")) == "cp1251"


def test_mapping_of_foreign_columns_and_preview():
    data = b"Title;Mi;Issued on;Value\nTable tennis;6789;2019-04;30\n"
    table = read_table(data)
    mapping = auto_mapping(table.header)
    assert mapping == {"Title": "title_en", "Mi": "michel", "Issued on": "issue_date", "Value": "face_value"}
    assert table.preview(mapping)[0]["michel"] == "6789"
    parsed = parse_bytes(data, "csv", mapping={"Title": "series_title_en", "Mi": "michel"})
    assert parsed.rows[0].series["title_en"] == "Table tennis" and [n[:2] for n in parsed.rows[0].numbers] == [("michel", "6789")]


def test_quotes_and_newlines_inside_cells(empty_catalogue):
    parsed = read_import_file(DATA / "quotes-newlines.csv")
    assert parsed.problems == []
    assert parsed.rows[0].item["title_en"] == 'The "Juche" tower'
    assert parsed.rows[0].item["description"] == "first line\r\nsecond line, with comma"


def test_row_level_problems_name_line_and_column(empty_catalogue):
    parsed = read_import_file(DATA / "bad-values.csv")
    problems = {p.line: p for p in parsed.problems}
    assert problems[2].column == "issue_date" and "month 13" in problems[2].message
    assert problems[3].column == "kind" and "spaceship" in problems[3].message
    assert problems[4].column == "face_value" and "negative" in problems[4].message
    report = dry_run(empty_catalogue.sessions, parsed)
    assert (report.new, report.rejected) == (1, 3)
    cells = read_import_file(DATA / "extra-and-missing-cells.csv")
    assert {p.line for p in cells.problems} == {2, 3} and "6 cells" in str(cells.problems[0])


def test_duplicate_serials_with_different_details_are_rejected(empty_catalogue):
    report = dry_run(empty_catalogue.sessions, read_import_file(DATA / "duplicate-serials.csv"))
    assert (report.new, report.rejected) == (1, 1)
    assert "line 3" in str(report.problems[0]) and "Ba6 already appears on line 2" in str(report.problems[0])


def test_tellico_stamp_collection_xml_and_tc(empty_catalogue, tmp_path):
    parsed = read_import_file(DATA / "tellico-stamps.xml")
    assert len(parsed.rows) == 2 and parsed.problems[0].line == 3 and parsed.problems[0].column == "year"
    tc = tmp_path / "stamps.tc"
    with zipfile.ZipFile(tc, "w") as archive:
        archive.writestr("tellico.xml", (DATA / "tellico-stamps.xml").read_bytes())
    parsed = read_import_file(tc)
    assert parsed.format == "tellico"
    commit_import(empty_catalogue.sessions, parsed)
    with empty_catalogue.sessions() as s:
        holdings = {h.condition: h for h in s.scalars(select(Holding))}
        assert set(holdings) == {"mnh", "used"} and holdings["mnh"].price_cents == 120
        assert s.scalar(select(CatalogueNumber.number).where(CatalogueNumber.catalogue == "scott").limit(1))


def test_colnect_export(empty_catalogue):
    parsed = read_import_file(DATA / "colnect.csv")
    assert parsed.format == "colnect"
    assert [n[:2] for n in parsed.rows[0].numbers] == [("michel", "6512"), ("scott", "5678"), ("sg", "6001")]
    assert parsed.rows[1].item["kind"] == "souvenir_sheet" and [n[:2] for n in parsed.rows[1].numbers] == [("michel", "BL1234")]
    assert parsed.rows[2].series["issue_date"] == "2012-04-15" and parsed.rows[2].item["currency"] == "KPW"
    assert [p.line for p in parsed.problems] == [5]
    report = commit_import(empty_catalogue.sessions, parsed)
    assert report.new == 3 and report.series_new == 2
    again = dry_run(empty_catalogue.sessions, parsed)
    assert (again.new, again.duplicate) == (0, 3)


def _truncated_tc(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("tellico.xml", (DATA / "tellico-stamps.xml").read_bytes() * 5)
    path = tmp_path / "truncated.tc"
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    return path


def _huge_field(tmp_path):
    path = tmp_path / "huge.csv"
    path.write_text("serial,title_en\nBa1,\"" + "x" * (2 << 20) + "\"\n", encoding="utf-8")
    return path


BAD_FILES = {
    "empty.csv": "is empty",
    "header-only.csv": "header line but no rows",
    "no-known-columns.csv": "no column holds a serial",
    "billion-laughs.xml": "declares XML entities",
    "tellico-comics.xml": "comic book collection, not a stamp collection",
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_give_a_clear_error_and_change_nothing(catalogue, name):
    before = counts(catalogue)
    with pytest.raises(TransferError, match=BAD_FILES[name]):
        commit_import(catalogue.sessions, read_import_file(DATA / name))
    assert counts(catalogue) == before


def test_truncated_zip_and_huge_field(catalogue, tmp_path):
    before = counts(catalogue)
    with pytest.raises(TransferError, match="damaged or truncated zip"):
        read_import_file(_truncated_tc(tmp_path))
    with pytest.raises(TransferError, match="line 2: field larger than field limit"):
        read_import_file(_huge_field(tmp_path))
    with pytest.raises(TransferError, match="not a KP Stamps export"):
        parse_bytes(b'{"format": "other"}', "json")
    with pytest.raises(TransferError, match="not valid JSON"):
        parse_bytes(b'{"format": ', "json")
    assert counts(catalogue) == before


def test_cancel_rolls_back_and_progress_is_reported(empty_catalogue):
    parsed = read_import_file(DATA / "colnect.csv")
    seen = []
    cancel = threading.Event()

    def progress(done, total):
        seen.append((done, total))
        cancel.set()

    with pytest.raises(ImportCancelled):
        commit_import(empty_catalogue.sessions, parsed, progress=progress, cancel=cancel, batch=1)
    assert seen == [(1, 4)] and counts(empty_catalogue) == (0, 0, 0)
    commit_import(empty_catalogue.sessions, parsed, progress=lambda d, t: seen.append((d, t)), batch=1)
    assert seen[-1] == (4, 4) and counts(empty_catalogue)[1] == 3


def test_bulk_import_keeps_the_search_index_in_step(empty_catalogue, tmp_path):
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    from test_transfer_bench import write_big_csv

    source = tmp_path / "many.csv"
    write_big_csv(source, rows=1200)
    commit_import(empty_catalogue.sessions, read_import_file(source))
    assert len(search(empty_catalogue.sessions, '"stamp 1199"').keys) == 1
    if empty_catalogue.dialect != "sqlite":
        return  # the rest checks SQLite's FTS5 tables and triggers
    with empty_catalogue.engine.begin() as conn:
        for table in ("series", "item"):
            conn.exec_driver_sql(f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")
        triggers = {n for (n,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"item_fts_insert", "series_fts_insert", "item_fts_update"} <= triggers
        found = conn.exec_driver_sql("SELECT count(*) FROM item_fts WHERE item_fts MATCH '\"stamp 1199\"'").scalar()
        assert found == 1


def test_search_text_builders_match_their_definition():
    """The one set of builders (used by the flush hook and the bulk writers) gives titles,
    description and "abbreviation number" texts, normalised, for any input."""
    import random

    from kpstamps.domain.enums import CATALOGUE_ABBREVIATIONS, CatalogueName
    from kpstamps.domain.normalise import search_text
    from kpstamps.domain.search_text import item_search_text, series_search_text

    def oracle_number(catalogue: str, number: str) -> str:
        names = {c.value for c in CatalogueName}
        abbreviation = CATALOGUE_ABBREVIATIONS[CatalogueName(catalogue)] if catalogue in names else ""
        return f"{abbreviation} {number}".strip()

    pool = ("Stamp", "STAMP", "Phyongyang", "ch'ollima", "우표", "平壤", "Марка", "ＡＢＣ", "ß", "e\u0301", " ", "  ",
            "\t", "\n", "\x1c", "\xa0", "\u3000", "-", "'", "12", "Ba", "")
    rng = random.Random(5)
    for _ in range(3000):
        parts = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(0, 6))]
        numbers = [(rng.choice(("michel", "scott", "other", "unknown")), rng.choice(pool) + "12")
                   for _ in range(rng.randint(0, 2))]
        description = parts[4] if len(parts) > 4 else None
        assert item_search_text(parts[:4], description, numbers) == \
            search_text(*parts[:4], description, *(oracle_number(c, n) for c, n in numbers))
        assert series_search_text(parts, "Ba1", None) == search_text(*parts, "Ba1", None)


def test_newer_export_version_and_zip_slip_tc(catalogue, tmp_path):
    before = counts(catalogue)
    with pytest.raises(TransferError, match="export version 2; this KP Stamps reads version 1"):
        parse_bytes(b'{"format": "kpstamps-export", "version": 2, "series": []}', "json")
    with pytest.raises(TransferError, match="declares XML entities"):
        parse_bytes(b'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><t>&x;</t>',
                    "tellico")
    assert counts(catalogue) == before
    # A .tc whose other members try to leave the folder: only tellico.xml is read, nothing is written.
    tc = tmp_path / "work" / "slip.tc"
    tc.parent.mkdir()
    with zipfile.ZipFile(tc, "w") as archive:
        archive.writestr("../../evil.txt", b"x")
        archive.writestr("/tmp/evil-absolute.txt", b"x")
        archive.writestr("tellico.xml", (DATA / "tellico-stamps.xml").read_bytes())
    commit_import(catalogue.sessions, read_import_file(tc))
    assert counts(catalogue)[1] == before[1] + 2
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil-absolute.txt").exists()
    assert sorted(p.name for p in tc.parent.iterdir()) == ["slip.tc"]
