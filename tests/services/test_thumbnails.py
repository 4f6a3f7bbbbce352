"""Thumbnails: size, cache by hash and size, draft decoding, bad files, alpha."""

from __future__ import annotations

import pytest
from PIL import Image

from kpstamps.services import thumbnails
from kpstamps.services.images import ScanError
from kpstamps.services.thumbnails import cached_thumbnail, make_thumbnail, thumbnail_benchmark, thumbnail_size


def test_thumbnail_of_a_large_jpeg_is_cached_by_hash_and_size(tmp_path):
    source = tmp_path / "scan.jpg"
    Image.new("RGB", (1600, 1200), (10, 100, 200)).save(source, "JPEG")
    cache = tmp_path / "thumbs"
    sha = "cd" * 32
    first = make_thumbnail(source, 256, cache, sha)
    assert first == cache / "cd" / f"{sha}-256.jpg"
    with Image.open(first) as thumb:
        assert thumb.size == (256, 192)
    assert cached_thumbnail(cache, sha, 256) == first
    source.unlink()  # served from the cache now
    assert make_thumbnail(source, 256, cache, sha) == first
    assert cached_thumbnail(cache, sha, 512) is None


def test_jpeg_uses_draft(tmp_path, monkeypatch):
    source = tmp_path / "scan.jpg"
    Image.new("RGB", (2000, 1500)).save(source, "JPEG")
    calls = []
    from PIL.JpegImagePlugin import JpegImageFile

    original = JpegImageFile.draft

    def spy(self, mode, size):
        calls.append(size)
        return original(self, mode, size)

    monkeypatch.setattr(JpegImageFile, "draft", spy)
    make_thumbnail(source, 128, tmp_path / "c")
    assert calls == [(128, 128)]


def test_hidpi_size():
    assert thumbnail_size(1.0) == 256
    assert thumbnail_size(2.0) == 512
    assert thumbnail_size(0.5) == 256


def test_hash_of_an_unhashed_name_is_computed(tmp_path):
    source = tmp_path / "holiday.png"
    Image.new("RGBA", (300, 100), (0, 0, 0, 0)).save(source)
    result = make_thumbnail(source, 64, tmp_path / "c")
    assert result.suffix == ".png" and len(result.stem.split("-")[0]) == 64
    with Image.open(result) as thumb:
        assert thumb.mode == "RGBA" and thumb.size == (64, 21)


def test_bad_file_raises_scan_error_and_caches_nothing(tmp_path):
    bad = tmp_path / ("ef" * 32 + ".jpg")
    bad.write_text("text")
    with pytest.raises(ScanError, match=bad.name):
        make_thumbnail(bad, 64, tmp_path / "c")
    assert not any(p.is_file() for p in (tmp_path / "c").rglob("*"))


def test_benchmark_function_reports_a_rate():
    result = thumbnail_benchmark(2, size=64, workers=1, width=400, height=300)
    assert result.count == 2 and result.per_second > 0
    assert result.as_dict()["per_second"] > 0


def test_cache_write_is_atomic(tmp_path, monkeypatch):
    source = tmp_path / "scan.jpg"
    Image.new("RGB", (100, 100)).save(source, "JPEG")

    def broken(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(thumbnails.os, "replace", broken)
    with pytest.raises(OSError):
        make_thumbnail(source, 64, tmp_path / "c", "aa" * 32)
    assert not any(p.is_file() for p in (tmp_path / "c").rglob("*"))
