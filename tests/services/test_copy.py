"""Copying whole catalogues SQLite ⇄ PostgreSQL: every row of every table, and the scans."""

from __future__ import annotations

import datetime as dt

import pytest
from kpstamps.cli import main
from kpstamps.db.models import (
    CatalogueNumber,
    CatalogueValue,
    Holding,
    Item,
    Order,
    OrderEvent,
    OrderLine,
    Recipient,
    SavedSearch,
    Scan,
    Series,
    Source,
    Theme,
    Want,
)
from kpstamps.errors import CatalogueError
from kpstamps.home import DataHome
from kpstamps.services.catalogue.opening import open_catalogue
from kpstamps.services.scans.store import scan_file, store_file
from kpstamps.services.transfer.copying import catalogue_tables, copy_catalogue
from PIL import Image
from sqlalchemy import select


def fill_catalogue(cat, tmp_path) -> None:
    """Reference data plus a row in every table, odd values included (NULLs, unicode, µs)."""
    images = []
    for n, colour in enumerate(("red", "blue")):
        path = tmp_path / f"scan{n}.png"
        Image.new("RGB", (40 + n, 30), colour).save(path)
        images.append(store_file(cat.home.scans, path))
    with cat.sessions.begin() as s:
        series = s.scalar(select(Series).where(Series.serial == "Ba79"))
        item = s.scalar(select(Item).order_by(Item.id).limit(1))
        child = Theme(key="test.child", name_en="Child", name_ko="아이")
        s.add(child)
        s.flush()
        parent = Theme(key="test.parent", name_en="Parent")  # a parent with a larger id than its child
        s.add(parent)
        s.flush()
        child.parent_id = parent.id
        series.themes.append(child)
        series.notes = "Ünïcode ✓ 조선 — \"quoted\" 'single' \\ back"
        item.description = "line one\nline two\ttab"
        s.add_all([
            Holding(item=item, condition="mnh", quantity=3, price_cents=1250, price_currency="EUR",
                    acquired="2024-12", location="Album 2, page 7"),
            Holding(item=item, condition="cto", quantity=0, price_cents=None),
            Want(item=item, quantity=2, condition="mnh", max_price_cents=99, currency="USD"),
            CatalogueNumber(item=item, catalogue="michel", number="4711A", sort_key="0000004711a"),
            CatalogueValue(item=item, condition="mnh", amount_cents=2_000_000_000, currency="EUR", edition="2024"),
            SavedSearch(name="Sport", query="theme:sport year:2024..2025"),
            Source(series=series, position=1, title="RFA", date=None, url="https://rfa.org/x"),
        ])
        recipient = Recipient(key="agent", name="An agent", country="DE")
        order = Order(number="2026-001", recipient=recipient, order_date="2026-11-01", currency="EUR",
                      customer_json='{"name": "Kim"}', shipping_cents=450)
        order.lines.append(OrderLine(position=1, item_id=item.id, quantity=2, unit_price_cents=120))
        order.lines.append(OrderLine(position=2, series_id=series.id, quantity=1))
        order.events.append(OrderEvent(status="draft", at=dt.datetime(2026, 11, 1, 9, 30, 15, 123456)))
        s.add(order)
        for position, stored in enumerate(images):
            s.add(Scan(item_id=item.id if position == 0 else None, series_id=None if position == 0 else series.id,
                       position=position, sha256=stored.sha256, extension=stored.extension,
                       size_bytes=stored.size_bytes, width=stored.width, height=stored.height,
                       original_name=f"scan{position}.png"))


def all_rows(cat) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order."""
    with cat.engine.connect() as conn:
        return {
            table.name: [tuple(r) for r in conn.execute(select(table).order_by(*table.primary_key.columns))]
            for table in catalogue_tables()
        }


@pytest.fixture
def filled(catalogue, tmp_path):
    fill_catalogue(catalogue, tmp_path)
    return catalogue


def test_sqlite_to_postgresql_and_back_is_lossless(filled, pg_url, home, tmp_path):
    original = all_rows(filled)
    assert [name for name, rows in original.items() if not rows] == [], "every table holds rows"
    shared_scans = tmp_path / "shared-scans"
    pg = open_catalogue(home, pg_url, reference=False)
    try:
        there = copy_catalogue(filled, pg, target_scans=shared_scans)
        assert all_rows(pg) == original
        back = open_catalogue(home, str(tmp_path / "back.sqlite3"), reference=False)
        try:
            home_again = tmp_path / "back-scans"
            report = copy_catalogue(pg, back, source_scans=shared_scans, target_scans=home_again)
            assert all_rows(back) == original
        finally:
            back.close()
    finally:
        pg.close()
    assert there.rows == {name: len(rows) for name, rows in original.items()}
    assert there.scans_copied == report.scans_copied == 2 and not there.scans_missing
    for sha, ext in [(r[5], r[6]) for r in original["scan"]]:
        data = scan_file(filled.home.scans, sha, ext).read_bytes()
        assert scan_file(shared_scans, sha, ext).read_bytes() == data
        assert scan_file(home_again, sha, ext).read_bytes() == data


def test_sequences_continue_after_the_copied_ids(filled, pg_url, home, tmp_path):
    pg = open_catalogue(home, pg_url, reference=False)
    try:
        copy_catalogue(filled, pg, target_scans=tmp_path / "s")
        with pg.sessions.begin() as s:
            top = max(s.scalars(select(Series.id)))
            new = Series(title_en="Added on the server")
            s.add(new)
            s.add(Theme(key="test.after", name_en="After"))
            s.flush()
            assert new.id == top + 1
    finally:
        pg.close()


def test_copy_between_sqlite_files(filled, home, tmp_path):
    other = open_catalogue(home, str(tmp_path / "other.sqlite3"), reference=False)
    try:
        report = copy_catalogue(filled, other)
        assert all_rows(other) == all_rows(filled)
        assert report.scans_present == 2 and report.scans_copied == 0  # same data home, same files
    finally:
        other.close()


def test_refuses_a_target_that_is_not_empty(filled, home, tmp_path):
    other = open_catalogue(home, str(tmp_path / "other.sqlite3"))  # has the reference issues
    try:
        before = all_rows(other)
        with pytest.raises(CatalogueError, match="not empty"):
            copy_catalogue(filled, other)
        assert all_rows(other) == before
    finally:
        other.close()


def test_missing_scan_files_are_reported(filled, home, tmp_path):
    with filled.sessions() as s:
        sha, ext = s.execute(select(Scan.sha256, Scan.extension).order_by(Scan.id)).first()
    scan_file(filled.home.scans, sha, ext).unlink()
    other = open_catalogue(home, str(tmp_path / "other.sqlite3"), reference=False)
    try:
        report = copy_catalogue(filled, other, target_scans=tmp_path / "elsewhere")
    finally:
        other.close()
    assert report.scans_missing == [f"{sha}.{ext}"] and report.scans_copied == 1
    assert report.rows["scan"] == 2  # the rows are copied all the same


def test_cli_copy_to_and_from_postgresql(filled, pg_url, home, tmp_path, capsys):
    original = all_rows(filled)
    filled.close()
    shared = tmp_path / "club-scans"
    assert main(["--home", str(home.root), "copy-to", pg_url, "--scans", str(shared)]) == 0
    out = capsys.readouterr().out
    assert "Copied" in out and "postgres@" in out and "Scans: 2 copied" in out
    fresh = tmp_path / "fresh.sqlite3"
    code = main(["--home", str(home.root), "--db", str(fresh), "copy-from", pg_url, "--scans", str(shared), "--json"])
    assert code == 0
    assert '"scans_present": 2' in capsys.readouterr().out  # same data home: the files are there
    again = open_catalogue(home, str(fresh))
    try:
        assert all_rows(again) == original
    finally:
        again.close()


def test_cli_copy_into_a_non_empty_catalogue_fails_clearly(filled, home, tmp_path, capsys):
    filled.close()
    other = tmp_path / "other.sqlite3"
    open_catalogue(home, str(other)).close()
    assert main(["--home", str(home.root), "copy-to", str(other)]) == 2
    assert "not empty" in capsys.readouterr().err


def test_club_round_trip_through_a_shared_scan_folder(filled, pg_url, home, tmp_path, monkeypatch, capsys):
    """Anna copies her SQLite catalogue to the club's server and scan folder; Bob, whose
    KPSTAMPS_SCANS names that folder, sees every scan; Carol copies it all back into a new
    SQLite catalogue of her own: the same rows (ids, theme tree, numbers, holdings, wants,
    orders) and the same image bytes."""
    original = all_rows(filled)
    with filled.sessions() as s:
        scans = s.execute(select(Scan.sha256, Scan.extension).order_by(Scan.id)).all()
    images = {sha: scan_file(filled.home.scans, sha, ext).read_bytes() for sha, ext in scans}
    filled.close()
    club = tmp_path / "club-share" / "scans"
    assert main(["--home", str(home.root), "copy-to", pg_url, "--scans", str(club)]) == 0

    monkeypatch.setenv("KPSTAMPS_SCANS", str(club))
    bob = open_catalogue(DataHome.resolve(tmp_path / "bob"), pg_url)
    try:
        assert bob.home.scans == club.resolve() and all_rows(bob) == original
        assert all(scan_file(bob.home.scans, sha, ext).read_bytes() == images[sha] for sha, ext in scans)
    finally:
        bob.close()
    monkeypatch.delenv("KPSTAMPS_SCANS")

    carol = tmp_path / "carol"
    assert main(["--home", str(carol), "copy-from", pg_url, "--scans", str(club)]) == 0
    assert "Scans: 2 copied" in capsys.readouterr().out
    back = open_catalogue(DataHome.resolve(carol))
    try:
        assert all_rows(back) == original
        assert all(scan_file(back.home.scans, sha, ext).read_bytes() == images[sha] for sha, ext in scans)
        with back.sessions() as s:
            child = s.scalar(select(Theme).where(Theme.key == "test.child"))
            assert child.parent.key == "test.parent"
            assert s.scalar(select(CatalogueNumber.number).where(CatalogueNumber.catalogue == "michel")) == "4711A"
            order = s.scalar(select(Order).where(Order.number == "2026-001"))
            assert [(line.item_id is None, line.quantity) for line in order.lines] == [(False, 2), (True, 1)]
            assert order.events[0].at == dt.datetime(2026, 11, 1, 9, 30, 15, 123456)
    finally:
        back.close()
