"""Album page layout: series and their spaces placed on pages, in millimetres (no Qt).

Rules: items in catalogue order; rows centred; a series stays on one page where it fits,
otherwise it goes on over the next pages under a "(continued)" header; no space crosses a
margin and no two spaces overlap. Each space is the item's size plus the mount margin on
every side. A space larger than the page area is scaled down to fit and says so (`scaled`).
The printed and the in-app album both use this engine, so the boxes tests check are the
boxes painted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from kpstamps.domain.album.geometry import Geometry


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def overlaps(self, other: Box, tolerance: float = 1e-6) -> bool:
        """Whether the boxes share area (touching edges, within rounding, do not count)."""
        return (self.x < other.right - tolerance and other.x < self.right - tolerance
                and self.y < other.bottom - tolerance and other.y < self.bottom - tolerance)

    def inside(self, other: Box, tolerance: float = 1e-6) -> bool:
        return (self.x >= other.x - tolerance and self.y >= other.y - tolerance
                and self.right <= other.right + tolerance and self.bottom <= other.bottom + tolerance)

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom


@dataclass(frozen=True)
class PageSpec:
    """Paper and margins in mm; the binder margin is added on the hole side (left)."""

    width: float = 210.0
    height: float = 297.0
    margin: float = 12.0
    binder: float = 10.0
    header: float = 0.0  # band for the page header inside the top margin's area
    footer: float = 0.0

    def area(self) -> Box:
        left = self.margin + self.binder
        top = self.margin + self.header
        return Box(left, top, self.width - left - self.margin, self.height - top - self.margin - self.footer)


@dataclass(frozen=True)
class Spacing:
    mount: float = 1.0  # margin around each item inside its space
    gap: float = 6.0  # between spaces in a row
    caption: float = 8.0  # under each space: catalogue numbers and face value
    row_gap: float = 4.0
    series_gap: float = 8.0
    per_page: bool = False  # each series starts on a page of its own (the in-app album)


@dataclass(frozen=True)
class SpaceInput:
    item_id: int
    geometry: Geometry


@dataclass(frozen=True)
class SeriesInput:
    series_id: int
    title_height: float  # mm taken by the series' title block (measured by the renderer)
    items: Sequence[SpaceInput]
    continued_height: float = 0.0  # mm of the "(continued)" header; default: title_height


@dataclass(frozen=True)
class SpaceBox:
    item_id: int
    series_id: int
    space: Box  # the item plus the mount margin: what the collector cuts or draws
    item: Box  # the item itself, centred in the space
    caption: Box
    geometry: Geometry
    scaled: bool = False


@dataclass(frozen=True)
class HeaderBox:
    series_id: int
    box: Box
    continued: bool


@dataclass
class Page:
    number: int
    headers: list[HeaderBox] = field(default_factory=list)
    spaces: list[SpaceBox] = field(default_factory=list)


@dataclass(frozen=True)
class _Row:
    sizes: list[tuple[SpaceInput, float, float, float]]  # input, item width, item height, scale
    height: float  # the tallest space plus the caption


def _rows(series: SeriesInput, area: Box, spacing: Spacing) -> list[_Row]:
    """Spaces of a series broken into rows that fit the area's width (catalogue order kept)."""
    rows: list[_Row] = []
    current: list[tuple[SpaceInput, float, float, float]] = []
    used = 0.0
    # A space must fit a page under its series' header, or it could never be placed.
    limit_h = area.height - spacing.caption - max(series.title_height, series.continued_height)
    for space in series.items:
        g = space.geometry
        outer_w, outer_h = g.width_mm + 2 * spacing.mount, g.height_mm + 2 * spacing.mount
        scale = min(1.0, area.width / outer_w, limit_h / outer_h)
        width, height = g.width_mm * scale, g.height_mm * scale
        need = width + 2 * spacing.mount * scale + (spacing.gap if current else 0.0)
        if current and used + need > area.width + 1e-9:
            rows.append(_finish(current, spacing))
            current, used = [], 0.0
            need -= spacing.gap
        current.append((space, width, height, scale))
        used += need
    if current:
        rows.append(_finish(current, spacing))
    return rows


def _finish(sizes: list[tuple[SpaceInput, float, float, float]], spacing: Spacing) -> _Row:
    tallest = max(h + 2 * spacing.mount * s for _i, _w, h, s in sizes)
    return _Row(sizes, tallest + spacing.caption)


def _place_row(page: Page, row: _Row, series_id: int, area: Box, y: float, spacing: Spacing) -> None:
    outer = [w + 2 * spacing.mount * s for _i, w, _h, s in row.sizes]
    x = area.x + (area.width - sum(outer) - spacing.gap * (len(outer) - 1)) / 2
    tallest = row.height - spacing.caption
    for (space, width, height, scale), outer_w in zip(row.sizes, outer):
        mount = spacing.mount * scale
        outer_h = height + 2 * mount
        top = y + (tallest - outer_h) / 2  # spaces of a row centred on its middle line
        box = Box(x, top, outer_w, outer_h)
        item = Box(x + mount, top + mount, width, height)
        caption = Box(x, y + tallest, outer_w, spacing.caption)
        page.spaces.append(SpaceBox(space.item_id, series_id, box, item, caption, space.geometry, scale < 1.0))
        x += outer_w + spacing.gap


def lay_out(series: Sequence[SeriesInput], page: PageSpec = PageSpec(), spacing: Spacing = Spacing()) -> list[Page]:
    """Pages with every series' header and spaces placed (boxes in mm from the paper's top left)."""
    area = page.area()
    pages: list[Page] = []
    y = area.bottom  # no page yet: the first series opens one

    def new_page() -> float:
        pages.append(Page(len(pages) + 1))
        return area.y

    for entry in series:
        rows = _rows(entry, area, spacing)
        block = entry.title_height + sum(r.height for r in rows) + spacing.row_gap * max(0, len(rows) - 1)
        gap = spacing.series_gap if pages and y > area.y else 0.0
        if spacing.per_page or not pages or y + gap + block > area.bottom:
            y, gap = new_page(), 0.0
        y += gap
        pages[-1].headers.append(HeaderBox(entry.series_id, Box(area.x, y, area.width, entry.title_height), False))
        y += entry.title_height
        first = True
        for row in rows:
            if not first:
                y += spacing.row_gap
            if y + row.height > area.bottom + 1e-9:
                y = new_page()
                height = entry.continued_height or entry.title_height
                pages[-1].headers.append(HeaderBox(entry.series_id, Box(area.x, y, area.width, height), True))
                y += height
            _place_row(pages[-1], row, entry.series_id, area, y, spacing)
            y += row.height
            first = False
    return pages
