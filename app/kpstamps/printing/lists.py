"""Checklist, want list and swap list as printed tables, on any paged device.

The same approach as the order form: text blocks from `printing.text`, rows that never
split, the column headings repeated on every page and "page X of Y" at the foot.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen

from kpstamps.printing.album import AlbumOptions, pdf_writer
from kpstamps.printing.fonts import pdf_font_family, tag_subset_fonts
from kpstamps.printing.text import TextBlock, printing_font
from kpstamps.services.album.lists import PrintedList
from kpstamps.services.catalogue.glossary import term

# Share of the table width per column; what is left goes to the item title.
_SHARES = {"col.tick": 0.04, "form.serial": 0.06, "col.year": 0.05, "col.series": 0.18,
           "form.catalogue_numbers": 0.13, "col.face_value": 0.09, "col.owned": 0.06, "form.condition": 0.11,
           "form.qty_short": 0.05, "col.max_price": 0.09, "col.note": 0.1, "col.keep": 0.06, "col.spare": 0.07}
_RIGHT = {"col.owned", "form.qty_short", "col.max_price", "col.keep", "col.spare", "col.face_value"}
_GREY = QColor(90, 90, 90)


def _widths(printed: PrintedList, total: float) -> list[float]:
    columns = printed.columns()
    fixed = sum(_SHARES.get(c, 0.0) for c in columns if c != "form.item")
    return [(_SHARES[c] if c != "form.item" else max(0.12, 1.0 - fixed)) * total for c in columns]


def _row(printed: PrintedList, texts: list[str], widths: list[float], device, font, pad: float):
    cells = []
    for key, text, width in zip(printed.columns(), texts, widths):
        align = Qt.AlignmentFlag.AlignRight if key in _RIGHT else Qt.AlignmentFlag.AlignLeft
        cells.append(TextBlock(text, font, max(1.0, width - 2 * pad), device, align))
    return cells, max(c.height for c in cells) + 2 * pad


def paint_list(printed: PrintedList, device: QPagedPaintDevice, painter: QPainter | None = None,
               collection: str = "") -> int:
    """Paint the list on `device` (full-page QPdfWriter or QPrinter); returns the page count."""
    own = painter is None
    painter = painter or QPainter(device)
    try:
        return _paint(printed, device, painter, collection)
    finally:
        if own:
            painter.end()


def _paint(printed: PrintedList, device: QPagedPaintDevice, painter: QPainter, collection: str) -> int:
    mm = device.logicalDpiX() / 25.4
    page = device.pageLayout().fullRectPixels(device.logicalDpiX())
    left, top = 15 * mm, 12 * mm
    width, bottom = page.width() - 27 * mm, page.height() - 18 * mm
    family = pdf_font_family()
    font, bold, small = printing_font(7.5, False, family), printing_font(7.5, True, family), printing_font(7, False, family)
    pad, widths = 0.8 * mm, _widths(printed, width)
    heading = " — ".join(s for s in (printed.title(), collection) if s)
    title = TextBlock(heading, printing_font(14, True, family), width, device)
    head_cells, head_height = _row(printed, [printed.heading(c) for c in printed.columns()], widths, device, bold, pad)
    rows = [_row(printed, [printed.cells(r)[c] for c in printed.columns()], widths, device, font, pad)
            for r in printed.rows]
    pages: list[list[tuple]] = [[]]
    y = top + title.height + 3 * mm + head_height
    for row in rows:
        if y + row[1] > bottom and pages[-1]:
            pages.append([])
            y = top + head_height
        pages[-1].append(row)
        y += row[1]
    for number, page_rows in enumerate(pages, start=1):
        if number > 1:
            device.newPage()
        y = top
        if number == 1:
            title.draw(painter, left, y)
            y += title.height + 3 * mm
        painter.fillRect(QRectF(left, y, width, head_height), QColor(235, 235, 235))
        for cells, height in [(head_cells, head_height), *page_rows]:
            x = left
            for cell, w in zip(cells, widths):
                cell.draw(painter, x + pad, y + pad)
                x += w
            y += height
            painter.setPen(QPen(QColor(140, 140, 140), 0.15 * mm))
            painter.drawLine(QPointF(left, y), QPointF(left + width, y))
            painter.setPen(Qt.GlobalColor.black)
        foot = TextBlock(term("form.page", printed.language, page=number, pages=len(pages)), small, width,
                         device, Qt.AlignmentFlag.AlignRight, _GREY)
        foot.draw(painter, left, page.height() - 12 * mm)
    return len(pages)


@dataclass(frozen=True)
class ListResult:
    path: Path
    pages: int
    size_bytes: int
    seconds: float


def render_list_pdf(printed: PrintedList, path: Path | str, paper: str = "a4", collection: str = "") -> ListResult:
    """Write the list as a PDF and report its pages, size and render time."""
    started = time.perf_counter()
    path = Path(path)
    writer = pdf_writer(path, AlbumOptions(lang=printed.language, paper=paper), printed.title())
    pages = paint_list(printed, writer, collection=collection)
    del writer
    tag_subset_fonts(path)
    return ListResult(path, pages, path.stat().st_size, time.perf_counter() - started)
