"""Checking images with Pillow before they enter the catalogue, and preparing them for display:
empty, text, truncated, decompression bomb, unsupported, unreadable; EXIF, CMYK, 16-bit, palette, alpha."""

from __future__ import annotations

import io
import os
import warnings
from pathlib import Path

import pytest
from kpstamps.errors import ScanError
from kpstamps.services.scans.images import (
    display_image,
    open_for_display,
    validate_image,
)
from PIL import Image


def make_jpeg(path: Path, size=(64, 48), color=(200, 30, 30), **save) -> Path:
    Image.new("RGB", size, color).save(path, "JPEG", **save)
    return path


def make_png(path: Path, mode="RGBA", size=(40, 30), color=(0, 128, 0, 128)) -> Path:
    Image.new(mode, size, color).save(path, "PNG")
    return path


def test_zero_byte_file_is_refused_with_its_name(tmp_path):
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(ScanError, match=r"empty\.jpg: the file is empty"):
        validate_image(empty)


def test_text_renamed_jpg_is_refused(tmp_path):
    fake = tmp_path / "notes.jpg"
    fake.write_text("not an image at all")
    with pytest.raises(ScanError, match=r"notes\.jpg: not an image"):
        validate_image(fake)


def test_truncated_jpeg_is_refused(tmp_path):
    whole = io.BytesIO()
    Image.effect_noise((300, 200), 50).convert("RGB").save(whole, "JPEG")
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.getvalue()[: len(whole.getvalue()) // 2])
    with pytest.raises(ScanError, match=r"cut\.jpg: the image is damaged or truncated"):
        validate_image(cut)


def test_decompression_bomb_is_refused(tmp_path, monkeypatch):
    big = make_png(tmp_path / "bomb.png", "RGB", (200, 200), (1, 2, 3))
    # Above MAX_IMAGE_PIXELS warns, above twice it raises: test both.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 200 * 200 - 1)
    with pytest.raises(ScanError, match=r"bomb\.png: the image is too large"):
        validate_image(big)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100 * 100)
    with pytest.raises(ScanError, match=r"bomb\.png: the image is too large"):
        validate_image(big)


def test_unsupported_format_is_refused(tmp_path):
    pcx = tmp_path / "old.pcx"
    Image.new("RGB", (10, 10)).save(pcx, "PCX")
    with pytest.raises(ScanError, match=r"old\.pcx: unsupported image format PCX"):
        validate_image(pcx)


def test_missing_and_unreadable_paths(tmp_path):
    with pytest.raises(ScanError, match=r"gone\.jpg: the file does not exist"):
        validate_image(tmp_path / "gone.jpg")
    with pytest.raises(ScanError, match="folder"):
        validate_image(tmp_path)
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        locked = make_jpeg(tmp_path / "locked.jpg")
        locked.chmod(0)
        try:
            with pytest.raises(ScanError, match=r"locked\.jpg"):
                validate_image(locked)
        finally:
            locked.chmod(0o644)


@pytest.mark.parametrize("mode,color", [("CMYK", (0, 255, 255, 0)), ("P", 5), ("LA", (100, 50)),
                                        ("I;16", 40000), ("L", 128), ("RGBA", (1, 2, 3, 4))])
def test_display_image_gives_rgb_or_rgba(mode, color):
    shown = display_image(Image.new(mode, (8, 8), color))
    assert shown.mode in ("RGB", "RGBA")
    if mode == "I;16":  # 16-bit greys scaled, not clipped to white
        assert shown.getpixel((0, 0))[0] == 40000 // 256
    if mode == "CMYK":
        assert shown.getpixel((0, 0)) == (255, 0, 0)


def test_exif_orientation_is_applied(tmp_path):
    path = tmp_path / "rotated.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise for display
    Image.new("RGB", (60, 20), "red").save(path, "JPEG", exif=exif)
    assert open_for_display(path).size == (20, 60)


def test_palette_png_with_transparency_keeps_alpha(tmp_path):
    path = tmp_path / "palette.png"
    image = Image.new("P", (10, 10), 0)
    image.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    image.save(path, transparency=0)
    validate_image(path)
    assert open_for_display(path).mode == "RGBA"


def test_sixteen_bit_tiff_validates(tmp_path):
    path = tmp_path / "deep.tif"
    Image.new("I;16", (30, 20), 30000).save(path, "TIFF")
    facts = validate_image(path)
    assert (facts.extension, facts.width, facts.height) == ("tif", 30, 20)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert open_for_display(path).mode == "RGB"


def test_permission_denied_is_named_even_as_root(tmp_path, monkeypatch):
    from kpstamps.services.scans import images

    locked = make_jpeg(tmp_path / "locked.jpg")

    def denied(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied", str(locked))

    monkeypatch.setattr(images.Image, "open", denied)
    with pytest.raises(ScanError, match=r"locked\.jpg: permission denied"):
        validate_image(locked)


def test_decompression_bomb_error_is_not_an_oserror_and_display_refuses_it(tmp_path, monkeypatch):
    assert not issubclass(Image.DecompressionBombError, OSError)  # why it is caught by name
    big = make_png(tmp_path / "bomb.png", "RGB", (120, 100), (1, 2, 3))
    filters = list(warnings.filters)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100 * 100)  # over the limit but under twice it
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pillow's own warning on open
        with pytest.raises(ScanError, match=r"bomb\.png: the image is too large"):
            open_for_display(big, max_size=64)
    assert warnings.filters == filters  # worker threads must not change process-wide state


def test_checking_images_in_threads_changes_no_process_wide_state(tmp_path):
    """validate_image and open_for_display run in worker threads: no warning filters or
    Pillow globals are changed per call (they would race with other threads)."""
    from concurrent.futures import ThreadPoolExecutor

    from kpstamps.services.scans.images import open_for_display
    from PIL import ImageFile

    good = tmp_path / "good.jpg"
    Image.new("RGB", (64, 48), "red").save(good, "JPEG")
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(good.read_bytes()[:200])
    filters, truncated, limit = list(warnings.filters), ImageFile.LOAD_TRUNCATED_IMAGES, Image.MAX_IMAGE_PIXELS

    def check(path: Path) -> str:
        try:
            validate_image(path)
            open_for_display(path, 32)
            return "ok"
        except ScanError:
            return "refused"

    with ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(check, [good, cut] * 20))
    assert outcomes == ["ok", "refused"] * 20
    assert (list(warnings.filters), ImageFile.LOAD_TRUNCATED_IMAGES, Image.MAX_IMAGE_PIXELS) == (filters, truncated, limit)
