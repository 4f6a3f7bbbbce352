"""Thumbnails: size, cache by hash and size, draft decoding, bad files, alpha."""

from __future__ import annotations

import pytest
from kpstamps.errors import ScanError
from kpstamps.services.scans import thumbnails
from kpstamps.services.scans.thumbnails import (
    cached_thumbnail,
    make_thumbnail,
    thumbnail_benchmark,
    thumbnail_size,
)
from PIL import Image


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


def _exif_rotated(path):
    exif = Image.Exif()
    exif[0x0112] = 6  # shown rotated 90° clockwise
    Image.new("RGB", (400, 100), (200, 0, 0)).save(path, "JPEG", exif=exif)


@pytest.mark.parametrize("name,make,mode,size", [
    ("cmyk.jpg", lambda p: Image.new("CMYK", (400, 200), (0, 255, 255, 0)).save(p, "JPEG"), "RGB", (64, 32)),
    ("deep.png", lambda p: Image.new("I;16", (400, 200), 50000).save(p, "PNG"), "RGB", (64, 32)),
    ("palette.gif", lambda p: Image.new("P", (400, 200), 3).save(p, "GIF"), "RGB", (64, 32)),
    ("alpha.png", lambda p: Image.new("LA", (200, 400), (90, 100)).save(p, "PNG"), "RGBA", (32, 64)),
    ("rotated.jpg", _exif_rotated, "RGB", (16, 64)),
])
def test_thumbnails_of_awkward_images_are_upright_rgb(tmp_path, name, make, mode, size):
    source = tmp_path / name
    make(source)
    result = make_thumbnail(source, 64, tmp_path / "c")
    with Image.open(result) as thumb:
        assert thumb.mode == mode and thumb.size == size
        if name == "cmyk.jpg":  # magenta+yellow ink is red, not inverted to cyan
            r, g, b = thumb.getpixel((32, 16))
            assert r > 200 and g < 60 and b < 60
        if name == "deep.png":  # 16-bit grey scaled to 8 bits, not clipped to white
            assert abs(thumb.getpixel((32, 16))[0] - 50000 // 256) <= 3
