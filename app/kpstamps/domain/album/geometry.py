"""An item's size in millimetres and its shape, with the defaults used when they are unknown.

Sizes come from imports (Colnect's Width/Height) or the series dialog. When an item has none,
its kind's default is used and marked *assumed*, so the album says so instead of pretending.
The shape falls back to the item's `format` text (the reference data says "oval" there), then
to a rectangle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Shape(StrEnum):
    RECTANGLE = "rectangle"
    OVAL = "oval"
    ROUND = "round"
    TRIANGLE = "triangle"
    DIAMOND = "diamond"


# width × height in mm when the item's own size is unknown (landscape; chosen, not catalogued).
DEFAULT_SIZES: dict[str, tuple[float, float]] = {
    "stamp": (40.0, 30.0),
    "souvenir_sheet": (120.0, 90.0),
    "sheetlet": (150.0, 110.0),
    "postcard": (148.0, 105.0),  # A6, the usual postcard
    "stamped_envelope": (162.0, 114.0),  # C6
    "booklet": (120.0, 80.0),  # a stamp folder / booklet, closed
    "first_day_cover": (162.0, 114.0),
    "maximum_card": (148.0, 105.0),
}
FALLBACK_SIZE = (40.0, 30.0)
_SIZE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(?:[x×*]|by)\s*(\d+(?:[.,]\d+)?)\s*(?:mm)?\s*$", re.IGNORECASE)
MAX_MM = 1000.0


@dataclass(frozen=True)
class Geometry:
    """What the album draws for an item: its size, shape and whether the size was assumed."""

    width_mm: float
    height_mm: float
    shape: Shape = Shape.RECTANGLE
    assumed: bool = False


def parse_shape(text: str | None) -> Shape | None:
    """A shape from stored or typed text ("oval", "Round"); None when it names none."""
    key = (text or "").strip().lower()
    if key == "circle":
        key = "round"
    try:
        return Shape(key)
    except ValueError:
        return None


def parse_size(text: str) -> tuple[float, float] | None:
    """"40×30", "40 x 30 mm", "40,5x30" → (40.0, 30.0); "" → None. Raises ValueError otherwise."""
    if not text.strip():
        return None
    match = _SIZE.match(text)
    if match is None:
        raise ValueError(f"size {text!r} is not width×height in mm, e.g. 40×30")
    width, height = (float(g.replace(",", ".")) for g in match.groups())
    if not (0 < width <= MAX_MM and 0 < height <= MAX_MM):
        raise ValueError(f"size {text!r} must be between 0 and {MAX_MM:g} mm on each side")
    return width, height


def format_size(width: float | None, height: float | None) -> str:
    """(40.0, 30.0) → "40×30"; one side missing → ""."""
    if width is None or height is None:
        return ""
    return f"{width:g}×{height:g}"


def item_geometry(kind: str, width_mm: float | None, height_mm: float | None,
                  shape: str | None = None, format_text: str = "") -> Geometry:
    """The geometry to draw: the item's own size when both sides are known, else its kind's default."""
    found = parse_shape(shape) or parse_shape(format_text) or Shape.RECTANGLE
    if width_mm and height_mm and width_mm > 0 and height_mm > 0:
        return Geometry(float(width_mm), float(height_mm), found, assumed=False)
    width, height = DEFAULT_SIZES.get(kind, FALLBACK_SIZE)
    if found in (Shape.ROUND, Shape.DIAMOND):
        width = height = min(width, height)
    return Geometry(width, height, found, assumed=True)
