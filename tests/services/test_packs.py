"""Catalogue packs: round trip, updates that keep local edits, the reference update, bad packs."""

from __future__ import annotations

import json
import zipfile

import pytest
from kpstamps.db.models import Holding, Item, PackState, Series, Source, Want
from kpstamps.errors import PackError
from kpstamps.home import DataHome
from kpstamps.services.catalogue.opening import open_catalogue
from kpstamps.services.packs.archive import FORMAT_VERSION, read_pack
from kpstamps.services.packs.exchange import export_pack, update_from_pack
from kpstamps.services.packs.records import (
    OPTIONAL_ITEM_FIELDS,
    OPTIONAL_SERIES_FIELDS,
    optional_fields,
)
from kpstamps.services.packs.reference import REFERENCE_PACK, REFERENCE_VERSION, bundled
from kpstamps.services.scans.store import attach_scans
from pack_fixtures import add_holding, dump, make_v1_catalogue
from PIL import Image
from sqlalchemy import func, select

SERIES_COLUMNS = ("serial, status, issue_date, announced, year, title_ko, title_en, title_zh, title_ru, notes, "
                  "source, pack_id")
# Columns other branches add (series.country, item size and shape) travel too when they exist.
SERIES_COLUMNS += "".join(f", {name}" for name in optional_fields(Series, OPTIONAL_SERIES_FIELDS))
ITEM_COLUMNS = ("(SELECT pack_id FROM series WHERE series.id = item.series_id), position, kind, face_value_cents, "
                "currency, perforation, perf_gauge, format, description, title_ko, title_en, title_zh, title_ru, pack_id"
                + "".join(f", {name}" for name in optional_fields(Item, OPTIONAL_ITEM_FIELDS)))



@pytest.fixture
def catalogue(reference_catalogue):
    """These tests are about the bundled reference itself."""
    return reference_catalogue

def _catalogue_dump(engine) -> dict[str, list[tuple]]:
    return {
        "series": dump(engine, "series", SERIES_COLUMNS, "pack_id"),
        "items": dump(engine, "item", ITEM_COLUMNS, "pack_id"),
        "numbers": dump(engine, "catalogue_number JOIN item ON item.id = item_id", "item.pack_id, catalogue, number",
                        "1, 2, 3"),
        "themes": dump(engine, "theme LEFT JOIN theme AS p ON p.id = theme.parent_id",
                       "theme.key, p.key, theme.name_ko, theme.name_en, theme.name_zh, theme.name_ru", "1"),
        "series_themes": dump(engine, "series_theme JOIN series ON series.id = series_id JOIN theme ON theme.id = "
                              "theme_id", "series.pack_id, theme.key", "1, 2"),
        "sources": dump(engine, "source JOIN series ON series.id = series_id",
                        "series.pack_id, position, title, date, url", "1, 2"),
        "scans": dump(engine, "scan LEFT JOIN item ON item.id = scan.item_id", "item.pack_id, sha256, role", "1, 2"),
    }


def _count(catalogue, model) -> int:
    with catalogue.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_new_catalogue_has_the_sourced_reference(catalogue):
    with catalogue.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Series)) == 19
        assert s.scalar(select(func.count()).select_from(Item)) == 42
        planned = s.scalars(select(Series).where(Series.status == "planned").order_by(Series.issue_date)).all()
        assert planned[0].title_en == "New Year 2026" and len(planned) == 5
        assert [p.items[0].face_value_cents for p in planned] == [1000, 14000, 10000, 20000, 85000]
        ba79 = s.scalar(select(Series).where(Series.serial == "Ba79"))
        assert ba79.issue_date == "2024-12-10" and [i.kind for i in ba79.items] == ["stamp_folder"]
        assert [(n.catalogue, n.number) for n in ba79.items[0].numbers] == [("ksc", "Ba79")]
        assert ba79.title_ru == ""  # no source gives a Russian title: left empty
        assert ba79.sources[0].date == "2025-01-10" and len(ba79.sources) == 5
        assert s.get(PackState, REFERENCE_PACK).version == REFERENCE_VERSION == bundled()["version"]


def test_round_trip_into_an_empty_catalogue_is_identical_without_personal_data(catalogue, home, tmp_path):
    with catalogue.sessions.begin() as s:
        item = s.scalar(select(Item).where(Item.pack_id == "2025-new-year/stamp-1"))
        s.add(Holding(item_id=item.id, condition="mnh", quantity=3, note="PRIVATE-HOLDING-NOTE"))
        s.add(Want(item_id=item.id, note="PRIVATE-WANT-NOTE"))
        if hasattr(Item, "shape"):
            item.shape, item.width_mm, item.height_mm = "oval", 40.0, 30.0
        item_id = item.id
    image = tmp_path / "front.png"
    Image.new("RGB", (40, 30), "red").save(image)
    attach_scans(catalogue, [image], item_id=item_id)
    pack_path = tmp_path / "club.kpspack"
    result = export_pack(catalogue, pack_path, name="Club catalogue", publisher="Club", version="1", scans=True)
    assert (result.series, result.items, result.scans) == (19, 42, 1)
    raw = b"".join(zipfile.ZipFile(pack_path).read(n) for n in zipfile.ZipFile(pack_path).namelist())
    assert b"PRIVATE" not in raw and b"holding" not in raw.lower()

    other = open_catalogue(DataHome.resolve(tmp_path / "other"), reference=False)
    try:
        report = update_from_pack(other, pack_path)
        assert (report.series_added, report.items_added, report.scans_added, report.conflicts) == (19, 42, 1, [])
        assert _catalogue_dump(other.engine) == _catalogue_dump(catalogue.engine)
        assert _count(other, Holding) == _count(other, Want) == 0
    finally:
        other.close()


def _pack(catalogue, path, version: str):
    export_pack(catalogue, path, name="Club catalogue", publisher="Club", version=version)


def test_update_keeps_local_edits_and_lists_conflicts(catalogue, tmp_path):
    v1, v2 = tmp_path / "v1.kpspack", tmp_path / "v2.kpspack"
    _pack(catalogue, v1, "1")
    member = open_catalogue(DataHome.resolve(tmp_path / "member"), reference=False)
    try:
        update_from_pack(member, v1)
        with member.sessions.begin() as s:
            s.scalar(select(Series).where(Series.serial == "Ba79")).notes = "my own note"
            s.scalar(select(Series).where(Series.serial == "Ba80")).notes = "my note, same as the club's"
            item = s.scalar(select(Item).where(Item.pack_id == "2024-new-year/stamp-1"))
            s.add(Holding(item_id=item.id, condition="used", quantity=2))
        with catalogue.sessions.begin() as s:  # the club's next edition
            s.scalar(select(Series).where(Series.serial == "Ba79")).notes = "club correction"
            s.scalar(select(Series).where(Series.serial == "Ba80")).notes = "my note, same as the club's"
            s.scalar(select(Series).where(Series.pack_id == "2026-plan-flowers")).status = "issued"
            s.add(Series(title_en="Club discovery", year=2025, serial_sort=""))
        _pack(catalogue, v2, "2")

        dry = update_from_pack(member, v2, dry_run=True)
        assert dry.series_added == 1 and [c.label for c in dry.conflicts] == ["Ba79"]
        with member.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Series)) == 19  # the dry run changed nothing

        report = update_from_pack(member, v2)
        assert (report.series_added, report.series_updated) == (1, 1)
        assert [(c.label, c.fields, c.resolution) for c in report.conflicts] == [("Ba79", ("notes",), "mine")]
        with member.sessions() as s:
            assert s.scalar(select(Series.notes).where(Series.serial == "Ba79")) == "my own note"
            assert s.scalar(select(Series.status).where(Series.pack_id == "2026-plan-flowers")) == "issued"
            assert s.scalar(select(func.sum(Holding.quantity))) == 2

        taken = update_from_pack(member, v2, resolutions={"2024-ba79-dprk-russia-friendship": "theirs"})
        assert [c.resolution for c in taken.conflicts] == ["theirs"]
        with member.sessions() as s:
            assert s.scalar(select(Series.notes).where(Series.serial == "Ba79")) == "club correction"
        assert update_from_pack(member, v2).conflicts == []  # converged: nothing left to ask
    finally:
        member.close()


def test_reference_update_on_an_old_catalogue_keeps_holdings(home):
    ids = make_v1_catalogue(home)
    with_holdings = {}
    import sqlite3

    with sqlite3.connect(home.database) as conn:
        rows = conn.execute("SELECT id, series_id, position FROM item ORDER BY id").fetchall()
    for item_id, series_id, position in rows:
        add_holding(home, item_id, quantity=position, note=f"h{item_id}")
        with_holdings[item_id] = (series_id, position)
    with sqlite3.connect(home.database) as conn:  # the user edited one reference series in version 1
        conn.execute("UPDATE series SET notes = 'mine' WHERE serial = 'Ba80'")
    catalogue = open_catalogue(home)
    try:
        report = catalogue.reference_update
        assert report is not None and report.series_added == 15 and report.items_added == 29
        assert [c.label for c in report.conflicts] == ["Ba80"]
        with catalogue.sessions() as s:
            holdings = s.execute(select(Holding.item_id, Holding.quantity, Holding.note).order_by(Holding.item_id)).all()
            assert [(i, q, n) for i, q, n in holdings] == [(i, p, f"h{i}") for i, (_, p) in sorted(with_holdings.items())]
            assert s.scalar(select(func.count()).select_from(Series)) == 19
            assert s.scalar(select(func.count()).select_from(Item)) == 42
            assert s.scalar(select(Series.notes).where(Series.serial == "Ba80")) == "mine"
            sports = s.get(Series, ids["Sports achievements of 2024"])
            assert sports.pack_id == "2025-sport-u20-womens-world-cup" and len(sports.items) == 3
            u17 = s.scalar(select(Series).where(Series.pack_id == "2025-sport-u17-womens-world-cup"))
            assert sorted(i.id for i in u17.items) == [rows[8][0], rows[11][0]]  # moved, with their holdings
            assert s.scalar(select(func.count()).select_from(Source)) > 19
        assert open_catalogue(home).reference_update is None  # once: the next open only compares versions
    finally:
        catalogue.close()


def test_old_catalogue_without_reference_is_not_filled(home):
    from kpstamps.db.migrate import upgrade
    from sqlalchemy import create_engine

    home.ensure()
    engine = create_engine(f"sqlite:///{home.database}")
    upgrade(engine, home.backups, revision="0002_catalogue_order")
    engine.dispose()
    catalogue = open_catalogue(home)
    try:
        assert catalogue.reference_update is None and _count(catalogue, Series) == 0
    finally:
        catalogue.close()


def _rewrite(source, target, *, manifest=None, content=None, extra: dict | None = None):
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            data = old.read(name)
            if name == "manifest.json" and manifest is not None:
                data = json.dumps(manifest(json.loads(data))).encode()
            if name == "catalogue.json" and content is not None:
                data = content(data)
            new.writestr(name, data)
        for name, data in (extra or {}).items():
            new.writestr(name, data)


@pytest.mark.parametrize("kind", ["newer", "damaged", "checksum", "parent", "absolute", "not-zip", "unexpected"])
def test_bad_packs_are_refused_and_change_nothing(catalogue, tmp_path, kind):
    good, bad = tmp_path / "good.kpspack", tmp_path / "bad.kpspack"
    _pack(catalogue, good, "1")
    if kind == "newer":
        _rewrite(good, bad, manifest=lambda m: {**m, "format_version": FORMAT_VERSION + 1})
    elif kind == "damaged":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif kind == "checksum":
        _rewrite(good, bad, content=lambda data: data.replace(b"Ba79", b"Ba99"))
    elif kind == "parent":
        _rewrite(good, bad, extra={"../evil.txt": b"x"})
    elif kind == "absolute":
        _rewrite(good, bad, extra={"/tmp/evil.txt": b"x"})
    elif kind == "unexpected":
        _rewrite(good, bad, extra={"scripts/run.sh": b"x"})
    else:
        bad.write_text("not a zip at all")
    with catalogue.sessions.begin() as s:
        s.scalar(select(Series).where(Series.serial == "Ba79")).notes = "before"
    before = _catalogue_dump(catalogue.engine)
    with pytest.raises(PackError) as caught:
        update_from_pack(catalogue, bad)
    assert "\n" not in str(caught.value)
    assert _catalogue_dump(catalogue.engine) == before


def test_a_failure_while_applying_rolls_everything_back(catalogue, tmp_path):
    good, bad = tmp_path / "good.kpspack", tmp_path / "bad.kpspack"
    _pack(catalogue, good, "1")
    pack = read_pack(good)
    pack.content["series"].append({**pack.content["series"][0], "id": "zz-new", "serial": None,
                                   "items": [{"id": "zz-item", "kind": "spaceship"}]})
    from kpstamps.services.packs.archive import Manifest, write_pack

    write_pack(bad, Manifest(name="Club catalogue", version="2"), pack.content, {})
    before = _catalogue_dump(catalogue.engine)
    with pytest.raises(PackError):
        update_from_pack(catalogue, bad)
    assert _catalogue_dump(catalogue.engine) == before


def test_the_reference_name_is_reserved(catalogue, tmp_path):
    with pytest.raises(PackError, match="reserved"):
        export_pack(catalogue, tmp_path / "x.kpspack", name="kpstamps-reference")
