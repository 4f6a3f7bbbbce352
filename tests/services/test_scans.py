"""Scan storage: bad files among good ones, hash dedupe, atomic writes, health check and repair, order.

Validating and displaying single images: test_images.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from kpstamps.db.models import Item, Series
from kpstamps.errors import CatalogueError, ScanError
from kpstamps.services.browse.rows import RowKey
from kpstamps.services.scans import store as scans_service
from kpstamps.services.scans.store import (
    attach_scans,
    cleanup_scans,
    detach_scans,
    list_scans,
    repair_scans,
    restore_scans,
    scan_file,
    scan_health,
    scans_for_keys,
    store_file,
)
from PIL import Image


def make_jpeg(path: Path, size=(64, 48), color=(200, 30, 30), **save) -> Path:
    Image.new("RGB", size, color).save(path, "JPEG", **save)
    return path


def make_png(path: Path, mode="RGBA", size=(40, 30), color=(0, 128, 0, 128)) -> Path:
    Image.new(mode, size, color).save(path, "PNG")
    return path


@pytest.fixture
def first_item(catalogue) -> int:
    with catalogue.sessions() as session:
        return session.query(Item.id).order_by(Item.id).first()[0]


@pytest.fixture
def first_series(catalogue) -> int:
    with catalogue.sessions() as session:
        return session.query(Series.id).order_by(Series.id).first()[0]


# -- bad files among good ones ------------------------------------------------------------------
def test_multi_file_attach_keeps_the_good_files(catalogue, first_item, tmp_path):
    good = make_jpeg(tmp_path / "front.jpg")
    bad = tmp_path / "bad.jpg"
    bad.write_text("text")
    also_good = make_png(tmp_path / "back.png")
    results = attach_scans(catalogue, [good, bad, also_good], item_id=first_item)
    assert [r.ok for r in results] == [True, False, True]
    assert "bad.jpg" in results[1].error
    assert [s.original_name for s in list_scans(catalogue, item_id=first_item)] == ["front.jpg", "back.png"]
    assert [s.position for s in list_scans(catalogue, item_id=first_item)] == [1, 2]


def test_attach_needs_an_existing_owner_and_a_known_role(catalogue, first_item, tmp_path):
    good = make_jpeg(tmp_path / "a.jpg")
    with pytest.raises(CatalogueError):
        attach_scans(catalogue, [good], item_id=999999)
    with pytest.raises(CatalogueError, match="role"):
        attach_scans(catalogue, [good], item_id=first_item, role="side")
    with pytest.raises(CatalogueError):
        attach_scans(catalogue, [good])


# -- storing -----------------------------------------------------------------------------------
def test_same_image_is_stored_once_and_original_untouched(catalogue, first_item, first_series, tmp_path):
    source = make_jpeg(tmp_path / "stamp.jpg")
    before = source.read_bytes()
    one = attach_scans(catalogue, [source], item_id=first_item)[0].scan
    copy = tmp_path / "copy-of-stamp.jpeg"
    copy.write_bytes(before)
    two = attach_scans(catalogue, [copy], series_id=first_series, role="back")[0].scan
    assert one.sha256 == two.sha256 and one.id != two.id
    stored = scan_file(catalogue.home.scans, one.sha256, "jpg")
    assert stored.read_bytes() == before == source.read_bytes()
    assert stored.parent.name == one.sha256[:2]
    assert len([p for p in catalogue.home.scans.rglob("*") if p.is_file()]) == 1
    assert (one.width, one.height, one.extension) == (64, 48, "jpg")
    assert two.role == "back" and two.series_id == first_series and two.item_id is None


def test_failed_replace_leaves_no_file(catalogue, tmp_path, monkeypatch):
    source = make_jpeg(tmp_path / "a.jpg")

    def broken_replace(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(scans_service.os, "replace", broken_replace)
    with pytest.raises(ScanError, match=r"a\.jpg: could not be copied.*the disk is full"):
        store_file(catalogue.home.scans, source)
    assert [p for p in catalogue.home.scans.rglob("*") if p.is_file()] == []


def test_failed_write_midway_leaves_no_file(catalogue, tmp_path, monkeypatch):
    source = make_jpeg(tmp_path / "a.jpg", size=(600, 400))

    def failing_copy(_src, dst, _length=0):
        dst.write(b"partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(scans_service.shutil, "copyfileobj", failing_copy)
    with pytest.raises(ScanError):
        store_file(catalogue.home.scans, source)
    assert [p for p in catalogue.home.scans.rglob("*") if p.is_file()] == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_scan_folder_gives_a_clear_error(catalogue, first_item, tmp_path):
    source = make_jpeg(tmp_path / "stamp.jpg")
    scans_dir = catalogue.home.scans
    scans_dir.chmod(0o555)
    try:
        results = attach_scans(catalogue, [source], item_id=first_item)
    finally:
        scans_dir.chmod(0o755)
    assert not results[0].ok and "stamp.jpg: could not be copied" in results[0].error
    assert list_scans(catalogue, item_id=first_item) == []


# -- listing, detaching, health ----------------------------------------------------------------
def test_detach_keeps_file_until_cleanup_and_restore_undoes(catalogue, first_item, tmp_path):
    scan = attach_scans(catalogue, [make_jpeg(tmp_path / "a.jpg")], item_id=first_item)[0].scan
    stored = scan_file(catalogue.home.scans, scan.sha256, scan.extension)
    removed = detach_scans(catalogue, [scan.id])
    assert list_scans(catalogue, item_id=first_item) == [] and stored.exists()
    assert scan_health(catalogue).orphans == [stored]
    restore_scans(catalogue, removed)
    assert list_scans(catalogue, item_id=first_item) == removed
    assert scan_health(catalogue).healthy
    from kpstamps.services.scans.thumbnails import make_thumbnail

    thumbnail = make_thumbnail(stored, 64, catalogue.home.thumbnails, scan.sha256)
    detach_scans(catalogue, [scan.id])
    assert cleanup_scans(catalogue) == 1 and not stored.exists() and not thumbnail.exists()


def test_shared_file_survives_removal_of_one_reference(catalogue, first_item, first_series, tmp_path):
    source = make_jpeg(tmp_path / "a.jpg")
    one = attach_scans(catalogue, [source], item_id=first_item)[0].scan
    attach_scans(catalogue, [source], series_id=first_series)
    detach_scans(catalogue, [one.id])
    assert cleanup_scans(catalogue) == 0
    assert scan_file(catalogue.home.scans, one.sha256, "jpg").exists()


def test_health_reports_missing_and_orphans_and_repair_fixes(catalogue, first_item, tmp_path):
    kept, lost = (r.scan for r in attach_scans(
        catalogue, [make_jpeg(tmp_path / "a.jpg"), make_jpeg(tmp_path / "b.jpg", color=(1, 2, 3))],
        item_id=first_item))
    scan_file(catalogue.home.scans, lost.sha256, "jpg").unlink()
    orphan = scan_file(catalogue.home.scans, "ab" * 32, "png")
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"x")
    leftover = catalogue.home.scans / "ab" / ".tmp-123.part"
    leftover.write_bytes(b"half")
    health = scan_health(catalogue)
    assert [s.id for s in health.missing] == [lost.id]
    assert sorted(health.orphans) == sorted([orphan, leftover])
    assert health.as_dict()["missing"][0]["original_name"] == "b.jpg"
    result = repair_scans(catalogue)
    assert (result.removed_rows, result.deleted_files) == (1, 2)
    assert scan_health(catalogue).healthy
    assert [s.id for s in list_scans(catalogue, item_id=first_item)] == [kept.id]


@pytest.mark.parametrize("all_scans_above", [2000, 0])  # IN queries for a few rows, one pass for many
def test_scans_for_keys_follow_row_order(catalogue, tmp_path, monkeypatch, all_scans_above):
    monkeypatch.setattr(scans_service, "_ALL_SCANS_ABOVE", all_scans_above)
    with catalogue.sessions() as session:
        items = session.query(Item.id, Item.series_id).order_by(Item.id).limit(2).all()
    (i1, s1), (i2, _s2) = items
    a = attach_scans(catalogue, [make_jpeg(tmp_path / "a.jpg")], item_id=i1)[0].scan
    b = attach_scans(catalogue, [make_jpeg(tmp_path / "b.jpg", color=(0, 0, 9))], item_id=i2)[0].scan
    c = attach_scans(catalogue, [make_jpeg(tmp_path / "c.jpg", color=(0, 9, 0))], series_id=s1)[0].scan
    keys = [RowKey(s1, i2), RowKey(s1, None), RowKey(s1, i1)]
    assert [s.id for s in scans_for_keys(catalogue, keys)] == [b.id, c.id, a.id]
    assert scans_for_keys(catalogue, []) == []


def test_read_only_disk_simulated(catalogue, first_item, tmp_path, monkeypatch):
    """Works as root too: the temp file cannot be created, as on a read-only mount."""
    def read_only(*_args, **_kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(scans_service.tempfile, "mkstemp", read_only)
    results = attach_scans(catalogue, [make_jpeg(tmp_path / "stamp.jpg")], item_id=first_item)
    assert "stamp.jpg: could not be copied" in results[0].error and "Read-only" in results[0].error
    assert list_scans(catalogue, item_id=first_item) == []


def test_roles_are_chosen_when_not_given_and_can_change(catalogue, first_item, tmp_path):
    files = [make_jpeg(tmp_path / f"{n}.jpg", color=(n, 0, 0)) for n in range(4)]
    results = attach_scans(catalogue, files, item_id=first_item)
    assert [r.scan.role for r in results] == ["front", "back", "detail", "detail"]
    assert scans_service.set_scan_role(catalogue, results[3].scan.id, "back") == "detail"
    assert list_scans(catalogue, item_id=first_item)[3].role == "back"
    with pytest.raises(CatalogueError):
        scans_service.set_scan_role(catalogue, 999999, "back")


# -- a full disk mid-way, info, hashes, owners, order -------------------------------------------------


def test_full_disk_midway_through_a_multi_file_attach(catalogue, first_item, tmp_path, monkeypatch):
    """ENOSPC while copying the second of three files: it is named, nothing half-written, the others attach."""
    import errno

    real_copy = scans_service.shutil.copyfileobj

    def copy(src, dst, length=0):
        if Path(src.name).name == "full.jpg":
            dst.write(b"half a scan")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_copy(src, dst, length)

    monkeypatch.setattr(scans_service.shutil, "copyfileobj", copy)
    files = [make_jpeg(tmp_path / "one.jpg"), make_jpeg(tmp_path / "full.jpg", color=(0, 0, 250)),
             make_jpeg(tmp_path / "three.jpg", color=(0, 250, 0))]
    results = attach_scans(catalogue, files, item_id=first_item)
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].error.startswith("full.jpg: could not be copied into the scan folder")
    assert "the disk is full" in results[1].error
    stored = sorted(p.name for p in catalogue.home.scans.rglob("*") if p.is_file())
    assert stored == sorted(f"{r.scan.sha256}.jpg" for r in (results[0], results[2]))  # no .part left over
    assert [s.original_name for s in list_scans(catalogue, item_id=first_item)] == ["one.jpg", "three.jpg"]
    assert scan_health(catalogue).healthy


def test_info_counts_unused_and_missing_scan_files(catalogue, first_item, tmp_path):
    from kpstamps.services.catalogue.info import catalogue_info

    kept, lost = (r.scan for r in attach_scans(
        catalogue, [make_jpeg(tmp_path / "a.jpg"), make_jpeg(tmp_path / "b.jpg", color=(1, 2, 3))],
        item_id=first_item))
    info = catalogue_info(catalogue)
    assert (info.scans, info.scan_orphans, info.scan_missing) == (2, 0, 0)
    scan_file(catalogue.home.scans, lost.sha256, "jpg").unlink()
    detach_scans(catalogue, [kept.id])
    info = catalogue_info(catalogue)
    assert (info.scans, info.scan_orphans, info.scan_missing) == (1, 1, 1)
    assert info.as_dict()["scan_orphans"] == 1


def test_hash_is_sha256_of_the_bytes_and_names_the_file(catalogue, tmp_path):
    import hashlib

    source = make_jpeg(tmp_path / "stamp.jpg")
    stored = store_file(catalogue.home.scans, source)
    assert stored.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert stored.path == catalogue.home.scans / stored.sha256[:2] / f"{stored.sha256}.jpg"
    mtime = stored.path.stat().st_mtime_ns
    assert store_file(catalogue.home.scans, source).path == stored.path  # stored once, not rewritten
    assert stored.path.stat().st_mtime_ns == mtime


def test_owner_labels_name_the_series_or_the_item(catalogue, tmp_path):
    from kpstamps.services.scans.store import scan_owner_labels

    with catalogue.sessions() as session:
        ba79 = session.query(Series.id).filter(Series.serial == "Ba79").scalar()
        no_serial_item = session.query(Item.id).join(Series).filter(Series.serial.is_(None)).order_by(Item.id).first()[0]
    series_scan = attach_scans(catalogue, [make_jpeg(tmp_path / "s.jpg")], series_id=ba79)[0].scan
    item_scan = attach_scans(catalogue, [make_jpeg(tmp_path / "i.jpg", color=(0, 0, 1))], item_id=no_serial_item)[0].scan
    labels = scan_owner_labels(catalogue, [series_scan, item_scan], ["en"])
    assert labels[series_scan.id] == "Ba79"
    assert labels[item_scan.id].endswith(" #1") and len(labels[item_scan.id]) > 3  # series title and position
    assert scan_owner_labels(catalogue, []) == {}


def test_move_scan_changes_the_order_and_moves_back(catalogue, first_item, tmp_path):
    from kpstamps.services.scans.store import move_scan

    files = [make_jpeg(tmp_path / f"{n}.jpg", color=(n, 0, 0)) for n in range(3)]
    a, b, c = (r.scan.id for r in attach_scans(catalogue, files, item_id=first_item))
    order = lambda: [s.id for s in list_scans(catalogue, item_id=first_item)]  # noqa: E731
    assert move_scan(catalogue, c, -1) and order() == [a, c, b]
    assert [s.position for s in list_scans(catalogue, item_id=first_item)] == [1, 2, 3]
    assert move_scan(catalogue, c, 1) and order() == [a, b, c]  # the undo
    assert not move_scan(catalogue, a, -1) and not move_scan(catalogue, c, 1) and order() == [a, b, c]
    with pytest.raises(CatalogueError):
        move_scan(catalogue, 999999, 1)
