"""Checking and preparing image files with Pillow (no Qt here).

Qt's own readers accept truncated files silently, so every image that enters the catalogue
is first decoded in full by Pillow: `validate_image` raises `ScanError` naming the file for
anything unusable (empty, not an image, truncated, a decompression bomb, unreadable).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageFile, ImageOps

from kpstamps.errors import ScanError

# Set once at import, never per call (these functions run in worker threads): a truncated
# file must fail, not load with a grey bottom half. Pillow's pixel limit is enforced by
# `_check_pixels` per image instead of turning its warning into an error with
# warnings.catch_warnings(), which changes process-wide state.
ImageFile.LOAD_TRUNCATED_IMAGES = False

# Formats a scan may have, and the extension its stored copy gets.
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "TIFF": "tif", "BMP": "bmp", "GIF": "gif", "WEBP": "webp"}


@dataclass(frozen=True)
class ImageFacts:
    format: str
    extension: str
    width: int
    height: int


def validate_image(path: str | os.PathLike[str]) -> ImageFacts:
    """Decode `path` completely with Pillow; return its format and size or raise ScanError."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ScanError(path, "the file does not exist") from None
    except OSError as exc:
        raise ScanError(path, f"cannot read the file ({exc.strerror or exc})") from exc
    if path.is_dir():
        raise ScanError(path, "this is a folder, not an image file")
    if size == 0:
        raise ScanError(path, "the file is empty (0 bytes)")
    try:
        with Image.open(path) as image:
            fmt = image.format or ""
            _check_pixels(image)
            image.verify()
        if fmt not in EXTENSIONS:
            raise ScanError(path, f"unsupported image format {fmt or 'unknown'}; use JPEG, PNG, TIFF or WebP")
        with Image.open(path) as image:
            image.load()
            width, height = image.size
    except ScanError:
        raise
    # Neither of these is an OSError: catch them by name.
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        limit = (Image.MAX_IMAGE_PIXELS or 0) // 1_000_000
        raise ScanError(path, f"the image is too large to open safely (over {limit} megapixels)") from exc
    except Image.UnidentifiedImageError as exc:
        raise ScanError(path, "not an image file: JPEG, PNG, TIFF or WebP expected (wrong extension or damaged?)") from exc
    except PermissionError as exc:
        raise ScanError(path, "permission denied while reading the file") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ScanError(path, f"the image is damaged or truncated ({exc})") from exc
    return ImageFacts(fmt, EXTENSIONS[fmt], width, height)


def display_image(image: Image.Image) -> Image.Image:
    """The image upright (EXIF orientation applied) in RGB or RGBA, which Qt shows correctly.

    Handles CMYK, 16-bit greyscale, palette and alpha images.
    """
    image = ImageOps.exif_transpose(image) or image
    mode = image.mode
    if mode in ("RGB", "RGBA"):
        return image
    if mode.startswith("I;16") or mode == "I":
        # 16-bit: scale to 8 bits instead of clipping everything above 255 to white.
        return image.convert("I").point(lambda v: v * (1 / 256)).convert("L").convert("RGB")
    if mode == "F":
        return image.convert("L").convert("RGB")
    if mode in ("P", "PA"):
        has_alpha = mode == "PA" or "transparency" in image.info
        return image.convert("RGBA" if has_alpha else "RGB")
    if mode in ("LA", "La", "RGBa"):
        return image.convert("RGBA")
    return image.convert("RGB")  # CMYK, YCbCr, L, 1, LAB, …


def open_for_display(path: str | os.PathLike[str], max_size: int | None = None) -> Image.Image:
    """Open an (already validated) image for showing: upright, RGB/RGBA, optionally reduced.

    With `max_size`, JPEGs are decoded at a reduced scale (`draft`), which is much faster.
    """
    try:
        with Image.open(path) as image:
            _check_pixels(image)
            if max_size:
                image.draft("RGB", (max_size, max_size))
            image.load()
            shown = display_image(image)
            if max_size:
                shown.thumbnail((max_size, max_size), Image.Resampling.BILINEAR, reducing_gap=2.0)
            return shown.copy() if shown is image else shown
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ScanError(path, f"the image is too large to open safely ({exc})") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ScanError(path, f"cannot show the image ({exc})") from exc


def _check_pixels(image: Image.Image) -> None:
    """DecompressionBombError above Pillow's MAX_IMAGE_PIXELS (read per call, never changed)."""
    limit = Image.MAX_IMAGE_PIXELS
    if limit and image.width * image.height > limit:
        raise Image.DecompressionBombError(
            f"{image.width * image.height} pixels, more than the limit of {limit}")
