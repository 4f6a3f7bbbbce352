"""Album pages: the series laid out by `domain.album.layout`, painted on any paged device.

The same renderer approach as the order form (`printing.order_form`): one painter on a
QPdfWriter, a QPrinter or a print preview, text from `printing.text`. Pages are measured in
millimetres and painted at the device's resolution; `paint_page` also serves the in-app album
view, which adds the owned / wanted / missing marks and the selection on top.

Scans are optional (an illustrated album) and downsampled to `image_dpi` before they are
drawn, so a page of 4000×3000 scans stays small; without them only the outlines are printed,
for mounting.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPolygonF,
)

from kpstamps.domain.album.geometry import Shape, format_size
from kpstamps.domain.album.layout import (
    Box,
    Page,
    PageSpec,
    SeriesInput,
    SpaceBox,
    SpaceInput,
    Spacing,
    lay_out,
)
from kpstamps.errors import CatalogueError
from kpstamps.printing.fonts import pdf_font_family, tag_subset_fonts
from kpstamps.printing.text import TextBlock, printing_font
from kpstamps.services.album.labels import label
from kpstamps.services.album.pages import AlbumItem, AlbumSeries
from kpstamps.services.catalogue.glossary import term

PAPERS_MM = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
_CUSTOM = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*mm\s*$", re.IGNORECASE)
_GREY = QColor(110, 110, 110)
_LINE = QColor(40, 40, 40)
ImageSource = Callable[[AlbumItem, float, float], QImage | None]  # item, width and height in mm


def parse_paper(text: str) -> tuple[float, float]:
    """"a4", "letter" or a custom "WxHmm" (e.g. 230x300mm) → (width, height) in mm."""
    key = text.strip().lower()
    if key in PAPERS_MM:
        return PAPERS_MM[key]
    match = _CUSTOM.match(key)
    if match is None:
        raise CatalogueError(f"unknown paper {text!r}; expected a4, letter or WxHmm such as 230x300mm")
    width, height = float(match.group(1)), float(match.group(2))
    if not (80 <= width <= 1000 and 80 <= height <= 1000):
        raise CatalogueError(f"paper {text!r} must be between 80 and 1000 mm on each side")
    return width, height


@dataclass(frozen=True)
class AlbumOptions:
    lang: str = "en"
    paper: str = "a4"
    images: bool = False  # scans inside the spaces (illustrated) or outlines only
    mount_mm: float = 1.0
    margin_mm: float = 12.0
    binder_mm: float = 10.0  # added to the margin on the hole side (left)
    border: bool = True
    header: str = ""  # the collection's name at the head of each page ("" for none)
    footer: bool = True  # page numbers
    image_dpi: int = 150  # scans in an illustrated album (150 dpi keeps 100 pages of scans under 25 MB)
    per_page: bool = False  # each series on a page of its own

    def page_spec(self) -> PageSpec:
        width, height = parse_paper(self.paper)
        return PageSpec(width, height, self.margin_mm, self.binder_mm,
                        header=7.0 if self.header else 0.0, footer=6.0 if self.footer else 0.0)

    def spacing(self) -> Spacing:
        if not 0 <= self.mount_mm <= 20:
            raise CatalogueError(f"mount margin {self.mount_mm:g} mm must be between 0 and 20 mm")
        return Spacing(mount=self.mount_mm, per_page=self.per_page)


@dataclass
class AlbumLayout:
    """Pages with their boxes (mm), and the series and items they show, by id."""

    pages: list[Page]
    series: dict[int, AlbumSeries]
    items: dict[int, AlbumItem]
    spec: PageSpec
    options: AlbumOptions
    titles: dict[int, tuple[TextBlock, ...]] = field(default_factory=dict)


class _Fonts:
    def __init__(self) -> None:
        family = pdf_font_family()
        self.title = printing_font(13, True, family)
        self.korean = printing_font(9, False, family)
        self.facts = printing_font(7.5, False, family)
        self.caption = printing_font(6.5, False, family)
        self.size = printing_font(6, False, family)
        self.page = printing_font(7.5, False, family)


def _title_blocks(series: AlbumSeries, lang: str, width: float, device: QPaintDevice, fonts: _Fonts,
                  continued: bool = False) -> tuple[TextBlock, ...]:
    """Title in `lang`, the Korean title beneath it smaller (as KSC prints), then year · serial."""
    title = series.title(lang) or series.serial or f"#{series.id}"
    if continued:
        return (TextBlock(f"{title} {label('continued', lang)}", fonts.korean, width, device),)
    blocks = [TextBlock(title, fonts.title, width, device)]
    korean = series.titles.get("ko", "")
    if korean and korean != title:
        blocks.append(TextBlock(korean, fonts.korean, width, device, color=_GREY))
    facts = " · ".join(s for s in (series.date or (str(series.year) if series.year else ""), series.serial) if s)
    if facts:
        blocks.append(TextBlock(facts, fonts.facts, width, device, color=_GREY))
    return tuple(blocks)


def build_layout(album: Sequence[AlbumSeries], options: AlbumOptions, device: QPaintDevice) -> AlbumLayout:
    """Measure the titles on `device` and place every series and space (boxes in mm)."""
    spec, spacing = options.page_spec(), options.spacing()
    mm = device.logicalDpiX() / 25.4
    fonts = _Fonts()
    width_px = spec.area().width * mm
    inputs, titles = [], {}
    for series in album:
        blocks = _title_blocks(series, options.lang, width_px, device, fonts)
        cont = _title_blocks(series, options.lang, width_px, device, fonts, continued=True)
        titles[series.id] = blocks
        inputs.append(SeriesInput(series.id, sum(b.height for b in blocks) / mm + 3.0,
                                  [SpaceInput(i.id, i.geometry) for i in series.items],
                                  continued_height=cont[0].height / mm + 3.0))
    pages = lay_out(inputs, spec, spacing)
    return AlbumLayout(pages, {s.id: s for s in album}, {i.id: i for s in album for i in s.items}, spec, options, titles)


def shape_path(shape: Shape, rect: QRectF) -> QPainterPath:
    """The outline of `shape` filling `rect` (a triangle points up, a diamond touches each side)."""
    path = QPainterPath()
    if shape in (Shape.OVAL, Shape.ROUND):
        path.addEllipse(rect)
    elif shape is Shape.TRIANGLE:
        path.addPolygon(QPolygonF([QPointF(rect.center().x(), rect.top()), rect.bottomRight(), rect.bottomLeft()]))
        path.closeSubpath()
    elif shape is Shape.DIAMOND:
        c = rect.center()
        path.addPolygon(QPolygonF([QPointF(c.x(), rect.top()), QPointF(rect.right(), c.y()),
                                   QPointF(c.x(), rect.bottom()), QPointF(rect.left(), c.y())]))
        path.closeSubpath()
    else:
        path.addRect(rect)
    return path


def _rect(box: Box, mm: float) -> QRectF:
    return QRectF(box.x * mm, box.y * mm, box.width * mm, box.height * mm)


def _paint_space(painter: QPainter, space: SpaceBox, item: AlbumItem, mm: float, lang: str,
                 image: QImage | None, fonts: _Fonts, device: QPaintDevice) -> None:
    outline, inner = _rect(space.space, mm), _rect(space.item, mm)
    shape = space.geometry.shape
    if image is not None and not image.isNull():
        painter.save()
        painter.setClipPath(shape_path(shape, inner))
        size = QSizeF(image.size()).scaled(inner.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding)
        target = QRectF(inner.center().x() - size.width() / 2, inner.center().y() - size.height() / 2,
                        size.width(), size.height())
        painter.drawImage(target, image)
        painter.restore()
    else:
        g = space.geometry
        text = ("≈ " if g.assumed else "") + format_size(g.width_mm, g.height_mm) + " mm"
        mark = TextBlock(text, fonts.size, inner.width(), device, Qt.AlignmentFlag.AlignHCenter, _GREY)
        mark.draw(painter, inner.left(), inner.center().y() - mark.height / 2)
    painter.setPen(QPen(_LINE, 0.25 * mm))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(shape_path(shape, outline))
    caption = _rect(space.caption, mm)
    metrics = QFontMetricsF(fonts.caption, device)
    lines = [item.numbers or term(f"kind.{item.kind}", lang), item.face_value]
    y = caption.top() + 0.6 * mm
    for line in (s for s in lines if s):
        elided = metrics.elidedText(line, Qt.TextElideMode.ElideRight, caption.width())
        block = TextBlock(elided, fonts.caption, caption.width(), device, Qt.AlignmentFlag.AlignHCenter)
        block.draw(painter, caption.left(), y)
        y += block.height


def paint_page(painter: QPainter, layout: AlbumLayout, page: Page, device: QPaintDevice,
               image_for: ImageSource | None = None, page_count: int | None = None) -> None:
    """Paint one page at the device's resolution, the paper's top left at the painter's origin."""
    mm = device.logicalDpiX() / 25.4
    fonts, spec, options = _Fonts(), layout.spec, layout.options
    area = spec.area()
    if options.border:
        painter.setPen(QPen(_LINE, 0.35 * mm))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # 3 mm outside the spaces' area (inside the margins), so titles and spaces never touch it.
        painter.drawRect(_rect(Box(area.x - 3, spec.margin, area.width + 6, spec.height - 2 * spec.margin), mm))
    if options.header:
        head = TextBlock(options.header, fonts.page, area.width * mm - 4 * mm, device, color=_GREY)
        head.draw(painter, (area.x + 2) * mm, (spec.margin + 1.5) * mm)
    if options.footer:
        total = page_count or len(layout.pages)
        foot = TextBlock(term("form.page", options.lang, page=page.number, pages=total), fonts.page,
                         area.width * mm, device, Qt.AlignmentFlag.AlignHCenter, _GREY)
        foot.draw(painter, area.x * mm, (spec.height - spec.margin - 1.5) * mm - foot.height)
    for header in page.headers:
        series = layout.series[header.series_id]
        blocks = (_title_blocks(series, options.lang, header.box.width * mm, device, fonts, continued=True)
                  if header.continued else layout.titles.get(series.id)
                  or _title_blocks(series, options.lang, header.box.width * mm, device, fonts))
        y = header.box.y * mm
        for block in blocks:
            block.draw(painter, header.box.x * mm, y)
            y += block.height
    for space in page.spaces:
        item = layout.items[space.item_id]
        image = image_for(item, space.item.width, space.item.height) if image_for and item.scan else None
        _paint_space(painter, space, item, mm, options.lang, image, fonts, device)


class ScanImages:
    """Front scans downsampled to `dpi` for the space they fill (cached thumbnails, by content).

    `prefetch` makes the thumbnails of a whole album in parallel (Pillow decodes outside the
    GIL); a scan that cannot be read gives None, and its space is printed as an outline.
    """

    def __init__(self, scans_dir: Path, cache_dir: Path, dpi: int = 200):
        self.scans_dir, self.cache_dir, self.dpi = scans_dir, cache_dir, dpi
        self._paths: dict[tuple[str, int], Path | None] = {}

    def _longest(self, item: AlbumItem, width_mm: float, height_mm: float) -> int:
        iw, ih = item.scan.width or 4, item.scan.height or 3
        mm_per_pixel = max(width_mm / iw, height_mm / ih)  # the image covers the whole space
        return max(16, round(max(iw, ih) * mm_per_pixel / 25.4 * self.dpi))

    def _thumbnail(self, key: tuple[str, int], item: AlbumItem) -> Path | None:
        from kpstamps.errors import ScanError
        from kpstamps.services.album.pages import scan_path
        from kpstamps.services.scans.thumbnails import make_thumbnail

        try:
            return make_thumbnail(scan_path(self.scans_dir, item.scan), key[1], self.cache_dir, item.scan.sha256)
        except (ScanError, OSError):
            return None

    def prefetch(self, wanted: Sequence[tuple[AlbumItem, float, float]]) -> None:
        jobs = {}
        for item, width, height in wanted:
            if item.scan is not None:
                jobs.setdefault((item.scan.sha256, self._longest(item, width, height)), item)
        with ThreadPoolExecutor(max_workers=max(1, os.cpu_count() or 1)) as pool:
            for key, path in zip(jobs, pool.map(lambda k: self._thumbnail(k, jobs[k]), jobs)):
                self._paths[key] = path

    def __call__(self, item: AlbumItem, width_mm: float, height_mm: float) -> QImage | None:
        if item.scan is None:
            return None
        key = (item.scan.sha256, self._longest(item, width_mm, height_mm))
        if key not in self._paths:
            self._paths[key] = self._thumbnail(key, item)
        path = self._paths[key]
        image = QImage(str(path)) if path is not None else None
        return None if image is None or image.isNull() else image


def scan_images(scans_dir: Path, cache_dir: Path, dpi: int = 200) -> ScanImages:
    return ScanImages(scans_dir, cache_dir, dpi)


@dataclass(frozen=True)
class AlbumResult:
    path: Path | None
    pages: int
    size_bytes: int
    seconds: float
    layout: AlbumLayout


def paint_album(album: Sequence[AlbumSeries], options: AlbumOptions, device: QPagedPaintDevice,
                image_for: ImageSource | None = None, painter: QPainter | None = None) -> AlbumLayout:
    """Paint every page on `device` (a QPdfWriter or QPrinter set to full page); returns the layout."""
    layout = build_layout(album, options, device)
    prefetch = getattr(image_for, "prefetch", None)
    if options.images and prefetch is not None:
        prefetch([(layout.items[s.item_id], s.item.width, s.item.height) for p in layout.pages for s in p.spaces])
    own = painter is None
    painter = painter or QPainter(device)
    try:
        for index, page in enumerate(layout.pages):
            if index:
                device.newPage()
            paint_page(painter, layout, page, device, image_for if options.images else None)
    finally:
        if own:
            painter.end()
    return layout


def pdf_writer(path: Path, options: AlbumOptions, title: str) -> QPdfWriter:
    """A writer for the whole paper (the album's own margins apply), at 300 dpi."""
    width, height = parse_paper(options.paper)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("KP Stamps")
    return writer


def render_album_pdf(album: Sequence[AlbumSeries], path: Path | str, options: AlbumOptions,
                     image_for: ImageSource | None = None) -> AlbumResult:
    """Write the album as a PDF and report its pages, size and render time."""
    started = time.perf_counter()
    path = Path(path)
    parse_paper(options.paper)  # a clear error before the file is created
    writer = pdf_writer(path, options, label("album", options.lang))
    layout = paint_album(album, options, writer, image_for)
    del writer  # the file is complete once the writer is gone
    tag_subset_fonts(path)
    return AlbumResult(path, len(layout.pages), path.stat().st_size, time.perf_counter() - started, layout)
