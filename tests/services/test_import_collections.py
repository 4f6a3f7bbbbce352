"""Colnect stamp lists, Tellico and GCstar collections as their programs write them, with
countries, list choices, images and matching that never merges two different stamps.

The fixtures under tests/data/transfer/ were written for KP Stamps in each format's shape.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from kpstamps.db.models import Holding, Item, Scan, Series, Want
from kpstamps.errors import TransferError
from kpstamps.services.browse.search import search
from kpstamps.services.transfer.importing import (
    commit_import,
    detect_format,
    dry_run,
    find_item_by_number,
    parse_bytes,
    read_import_file,
)
from kpstamps.services.transfer.importing.colnect import list_names
from sqlalchemy import func, select

DATA = Path(__file__).parents[1] / "data" / "transfer"
COLNECT = DATA / "colnect-stamp-list.csv"
TELLICO = DATA / "tellico-stamps-images.tc"
GCSTAR = DATA / "gcstar-stamps.gcs"


def count(catalogue, model) -> int:
    with catalogue.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_colnect_list_is_detected_and_every_row_read():
    data = COLNECT.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    assert detect_format(COLNECT, data) == "colnect"
    parsed = read_import_file(COLNECT)
    assert parsed.format == "colnect" and parsed.problems == [] and len(parsed.rows) == 8
    assert parsed.lists == {"Wish": 3, "Test Swap FROM": 2, "Collection": 4}
    first = parsed.rows[0]
    assert first.line == 8 and first.series["country"] == "KP" and first.item["face_value_cents"] == 24000
    assert first.item["perf_gauge"] == "comb 13¾ x 14" and first.item["width_mm"] == 30.0
    assert first.item["source_id"] == "colnect:900001" and "colnect.com" in first.item["source_link"]
    assert "Paper: White paper" in first.item["description"] and "Ord" not in first.item["description"]
    assert [w["quantity"] for w in first.wants] == [2] and first.holdings[0]["location"] == "Test Swap FROM"
    assert first.holdings[0]["condition"] == "used"
    codes = {(n.catalogue, n.country, n.number) for row in parsed.rows for n in row.numbers}
    assert {("michel", "AL", "1155"), ("yvert", "AR", "BF174"), ("gz", "AR", "BL164"), ("wad", "", "AR023MS.2021"),
            ("edifil", "AD-ES", "11"), ("afa", "DK", "700"), ("sg", "KP", "MS2912"), ("michel", "KP", "1144x"),
            ("colnect", "KP", "2020-001")} <= codes
    countries = {row.series["country"] for row in parsed.rows}
    assert countries == {"KP", "AL", "AR", "AD", "DK"}
    danish = parsed.rows[6]
    assert danish.item["currency"] == "XXX" and danish.item["face_value_text"] == "1.30 Kr - Danish krone"
    assert any("not one KP Stamps knows" in n for n in danish.notes)
    assert parsed.rows[2].wants[0]["quantity"] == 1 and parsed.rows[2].item["kind"] == "souvenir_sheet"


def test_colnect_lists_become_wants_holdings_or_nothing(empty_catalogue):
    parsed = read_import_file(COLNECT, lists={"Test Swap FROM": "ignore", "Collection": "own"})
    report = commit_import(empty_catalogue.sessions, parsed)
    assert (report.new, report.rejected, report.series_new) == (8, 0, 6)
    with empty_catalogue.sessions() as s:
        assert s.scalar(select(func.sum(Want.quantity))) == 2 + 1 + 1
        locations = sorted(s.scalars(select(Holding.location)))
        assert locations == ["Collection"] * 4
        assert s.scalar(select(func.count()).select_from(Series).where(Series.country == "KP")) == 2
    again = dry_run(empty_catalogue.sessions, read_import_file(COLNECT))
    assert (again.new, again.duplicate, again.series_new) == (0, 8, 0)


def test_colnect_translated_header_is_recognised_by_its_links():
    lines = COLNECT.read_bytes().decode("utf-8-sig").split("\r\n")
    lines[6] = ",".join(f'"Spalte {i}"' for i in range(39))
    data = "\r\n".join(lines).encode("utf-8-sig")
    parsed = parse_bytes(data, "colnect")
    assert len(parsed.rows) == 8 and parsed.rows[0].item["source_id"] == "colnect:900001"


def test_list_names_for_the_dialog():
    assert list_names(COLNECT.read_bytes()) == {"Wish": 3, "Test Swap FROM": 2, "Collection": 4}
    with pytest.raises(TransferError, match="want, own, ignore"):
        read_import_file(COLNECT, lists={"Wish": "keep"})


def _codes_file(*rows: tuple[str, str, str]) -> bytes:
    lines = ['"Name","Country","Series","Catalog Codes","Issued on","FaceValue","Currency"']
    lines += [f'"{name}","{country}","S {name}","{codes}","1970","1",""' for name, country, codes in rows]
    return "\r\n".join(lines).encode()


def test_same_number_in_another_country_is_not_a_duplicate(empty_catalogue):
    commit_import(empty_catalogue.sessions, parse_bytes(_codes_file(("Lek", "Albania", "Mi:AL 1155")), "colnect"))
    dprk = parse_bytes(_codes_file(("Won", "Korea, North", "Mi:KP 1155")), "colnect")
    report = commit_import(empty_catalogue.sessions, dprk, "update")
    assert (report.new, report.updated, report.duplicate) == (1, 0, 0)
    with empty_catalogue.sessions() as s:
        albanian = s.scalar(select(Item).join(Series).where(Series.country == "AL"))
        assert albanian.title_en == "Lek"
        conn = s.connection()
        assert find_item_by_number(conn, "michel", "AL", "1155") == albanian.id
        assert find_item_by_number(conn, "michel", "KP", "1155") not in (None, albanian.id)
    update = commit_import(empty_catalogue.sessions, parse_bytes(
        _codes_file(("Won renamed", "Korea, North", "Mi:KP 1155")), "colnect"), "update")
    assert update.updated == 1
    with empty_catalogue.sessions() as s:
        assert sorted(s.scalars(select(Item.title_en))) == ["Lek", "Won renamed"]


def test_skipped_duplicate_creates_no_empty_series(empty_catalogue):
    commit_import(empty_catalogue.sessions, parse_bytes(_codes_file(("A", "Albania", "Mi:AL 1")), "colnect"))
    renamed = parse_bytes(_codes_file(("A", "Albania", "Mi:AL 1")).replace(b"S A", b"Other series"), "colnect")
    report = commit_import(empty_catalogue.sessions, renamed)
    assert (report.duplicate, report.series_new) == (1, 0) and "0 new series" in report.summary()
    assert count(empty_catalogue, Series) == 1


def test_country_search_and_block_numbers(empty_catalogue):
    commit_import(empty_catalogue.sessions, read_import_file(COLNECT))
    data = b"series_title_en,title_en,michel\nBlocks,Sheet stamp,7005 (Bl. 900)\nBlocks,Odd,see note (x)\n"
    parsed = parse_bytes(data, "csv")
    assert parsed.rows[0].numbers[0].block == "Bl. 900" and parsed.rows[0].numbers[0].number == "7005"
    report = commit_import(empty_catalogue.sessions, parsed)
    assert any("not a plain number" in str(n) for n in report.notes)
    assert [r.item["position"] for r in parsed.rows] == [1, 2]  # no position column: file order
    keys = search(empty_catalogue.sessions, "country:AL").keys
    assert len({k.series_id for k in keys}) == 1
    assert len([k for k in search(empty_catalogue.sessions, 'country:"Korea, North"').keys if k.item_id]) == 4 + 2
    for query in ("mi:7005", "mi:bl900", 'mi:"Bl. 900"'):
        assert [k.item_id for k in search(empty_catalogue.sessions, query).keys if k.item_id], query


def test_tellico_tc_with_images_and_years(empty_catalogue):
    parsed = read_import_file(TELLICO)
    assert parsed.problems == [] and len(parsed.rows) == 3 and len(parsed.images) == 3
    first = parsed.rows[0]
    assert first.series["year"] == 1972 and "1973" in first.series["notes"]
    assert first.item["source_id"] == "colnect:900001" and first.item["face_value_cents"] == 5
    assert {(n.catalogue, n.number) for n in first.numbers} == {("scott", "1050"), ("michel", "1155"), ("sg", "N1101")}
    assert first.holdings[0]["price_cents"] == 150 and first.holdings[0]["price_currency"] == "KPW"
    assert parsed.rows[1].holdings[0]["condition"] == "used" and parsed.rows[1].holdings[0]["price_currency"] == "EUR"
    assert parsed.rows[2].series["country"] == "AL" and parsed.rows[2].item["face_value_text"] == "a few lek"
    report = commit_import(empty_catalogue.sessions, parsed, scans_dir=empty_catalogue.home.scans)
    assert report.new == 3 and report.rejected == 0
    with empty_catalogue.sessions() as s:
        scans = s.scalars(select(Scan)).all()
        assert len(scans) == 3 and {scan.extension for scan in scans} == {"png", "jpg"}
    assert len(list(empty_catalogue.home.scans.rglob("*.png"))) == 2
    assert any("missing0" in str(n) for n in report.notes)


def test_tellico_refusals(tmp_path):
    newer = (DATA / "tellico-stamps.xml").read_bytes().replace(b'syntaxVersion="11"', b'syntaxVersion="12"')
    with pytest.raises(TransferError, match="syntax 12"):
        parse_bytes(newer, "tellico")
    with pytest.raises(TransferError, match="is a GCstar file"):
        read_import_file(GCSTAR, "tellico")
    broken = tmp_path / "broken.tc"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("tellico.xml", zipfile.ZipFile(TELLICO).read("tellico.xml"))
        archive.writestr("images/bad.png", b"not a png")
    parsed = read_import_file(broken)
    assert len(parsed.rows) == 3


def test_gcstar_stamp_collection(empty_catalogue):
    assert detect_format(GCSTAR, GCSTAR.read_bytes()) == "gcstar"
    parsed = read_import_file(GCSTAR)
    assert parsed.format == "gcstar" and parsed.problems == [] and len(parsed.rows) == 4
    owned, wanted, to_sell, sold = parsed.rows
    assert owned.holdings[0]["quantity"] == 2 and owned.item["perf_gauge"] == "13¾ x 14"
    assert "Paper: Chalky" in owned.item["description"] and "Gum: OriginalGum" in owned.item["description"]
    assert wanted.wants and wanted.item["perforation"] == "imperforate" and wanted.item["kind"] == "sheetlet"
    assert to_sell.holdings[0]["condition"] == "used" and to_sell.series["country"] == "AL"
    assert not sold.holdings and not sold.wants and "Catalogue: Zumstein" in sold.item["description"]
    report = commit_import(empty_catalogue.sessions, parsed)
    assert report.new == 4
    with pytest.raises(TransferError, match="model GCfilms"):
        read_import_file(DATA / "gcstar-films.gcs")


def test_report_text_of_each_fixture(empty_catalogue, capsys):
    for path in (COLNECT, TELLICO, GCSTAR):
        report = commit_import(empty_catalogue.sessions, read_import_file(path), scans_dir=empty_catalogue.home.scans)
        print(f"--- {path.name}\n{report.text()}")
    out = capsys.readouterr().out
    assert out.count("Imported (") == 3


def test_colnect_themes_link_to_existing_themes_by_name(catalogue):
    from kpstamps.db.models import Theme, series_theme

    with catalogue.sessions.begin() as s:
        if s.scalar(select(Theme.id).where(Theme.key == "sport")) is None:
            s.add(Theme(key="sport", name_en="Sport"))
    report = commit_import(catalogue.sessions, read_import_file(COLNECT))
    with catalogue.sessions() as s:
        linked = s.scalars(select(Theme.key).join(series_theme, series_theme.c.theme_id == Theme.id)
                           .join(Series, Series.id == series_theme.c.series_id)
                           .where(Series.title_en == "Table Tennis Championship")).all()
        assert "sport" in linked
        assert s.scalar(select(func.count()).select_from(Theme).where(Theme.name_en == "Table tennis")) <= 1
    assert all("Sport" not in str(n) for n in report.notes)
