"""The order form renderer: one layout painted on any paged device (PDF writer or printer).

Text is laid out with QTextLayout as plain text, so `<`, `&` and quotes in titles or
remarks are printed literally and can never inject markup. Every font is the bundled
Noto Sans CJK SC, which covers Latin, Cyrillic, Hangul and Chinese; Qt embeds only the
glyphs used. Pages: the table header repeats, rows never split, "page X of Y" at the
foot of every page and the totals on the last one.
"""

from __future__ import annotations

import errno
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from kpstamps.errors import CatalogueError, from_os_error
from kpstamps.printing.fonts import pdf_font_family, tag_subset_fonts
from kpstamps.printing.text import TextBlock as _Text
from kpstamps.printing.text import printing_font
from kpstamps.services.catalogue.glossary import term
from kpstamps.services.orders.form_data import FormLine, OrderForm

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
_LOCALES = {"en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
            "zh": (QLocale.Language.Chinese, QLocale.Country.China),
            "ru": (QLocale.Language.Russian, QLocale.Country.Russia)}
_DATE_FORMATS = {"en": "d MMMM yyyy", "zh": "yyyy年M月d日", "ru": "d MMMM yyyy 'г.'"}
# Column keys (glossary form.*) and their share of the table width.
COLUMNS = (("line_no", 0.045), ("serial", 0.07), ("item", 0.28), ("catalogue_numbers", 0.115),
           ("kind", 0.08), ("condition", 0.13), ("qty_short", 0.07), ("unit_price", 0.10), ("line_total", 0.10))
_RIGHT = {"line_no", "qty_short", "unit_price", "line_total"}
_GREY = QColor(90, 90, 90)


def form_locale(lang: str) -> QLocale:
    language, country = _LOCALES.get(lang, _LOCALES["en"])
    return QLocale(language, country)


def format_date(iso: str, lang: str) -> str:
    """The order date as people write it in the form's language (ISO text if unparsable)."""
    date = QDate.fromString(iso, "yyyy-MM-dd")
    return form_locale(lang).toString(date, _DATE_FORMATS.get(lang, "d MMMM yyyy")) if date.isValid() else iso


def format_amount(cents: int, lang: str) -> str:
    return form_locale(lang).toString(cents / 100, "f", 2)


@dataclass
class _Row:
    cells: list[list[_Text]]
    height: float
    bold: bool = False


@dataclass
class _Page:
    header: bool  # the first page carries the form header
    rows: list[_Row] = field(default_factory=list)
    totals: bool = False


class _Layout:
    """Measures and paints one order form on one device."""

    def __init__(self, form: OrderForm, device: QPagedPaintDevice):
        self.family = pdf_font_family()
        self.form, self.device, self.lang = form, device, form.language
        rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
        self.width, self.height = float(rect.width()), float(rect.height())
        self.mm = device.logicalDpiX() / 25.4
        self.pad = 0.8 * self.mm
        self.font = self._font(8)
        self.small = self._font(7)
        self.bold = self._font(8, bold=True)
        self.widths = [share * self.width for _key, share in COLUMNS]

    def _font(self, points: float, bold: bool = False) -> QFont:
        return printing_font(points, bold, self.family)

    def text(self, text: str, font: QFont, width: float, align=Qt.AlignmentFlag.AlignLeft, color=None) -> _Text:
        return _Text(text, font, max(width, 1.0), self.device, align, color)

    def t(self, key: str, **values: object) -> str:
        return term(f"form.{key}", self.lang, **values)

    # -- measuring -------------------------------------------------------------------------
    def _row(self, texts: list[list[tuple[str, QFont, QColor | None]]], bold: bool = False) -> _Row:
        cells = []
        for (key, _share), width, parts in zip(COLUMNS, self.widths, texts):
            align = Qt.AlignmentFlag.AlignRight if key in _RIGHT else Qt.AlignmentFlag.AlignLeft
            cells.append([self.text(s, f, width - 2 * self.pad, align, c) for s, f, c in parts if s])
        height = max(sum(t.height for t in cell) for cell in cells) + 2 * self.pad
        return _Row(cells, height, bold)

    def header_row(self) -> _Row:
        return self._row([[(self.t(key), self.bold, None)] for key, _share in COLUMNS], bold=True)

    def line_row(self, number: int, line: FormLine) -> _Row:
        kind = term(f"kind.{line.kind}", self.lang) if line.kind else self.t("whole_series")
        item: list[tuple[str, QFont, QColor | None]] = [(line.title, self.font, None)]
        if line.title_ko and line.title_ko != line.title:
            item.append((line.title_ko, self.small, _GREY))
        return self._row([[(form_locale(self.lang).toString(number), self.font, None)],
                          [(line.serial, self.font, None)], item, [(line.numbers, self.small, None)],
                          [(kind, self.small, None)], [(term(f"condition.{line.condition}", self.lang), self.small, None)],
                          [(form_locale(self.lang).toString(line.quantity), self.font, None)],
                          [(self.price(line.unit_price_cents), self.font, None)],
                          [(self.price(line.total_cents), self.font, None)]])

    def price(self, cents: int) -> str:
        """A price of 0 means "not priced yet": left blank for the issuer to fill in."""
        return format_amount(cents, self.lang) if cents else ""

    def paginate(self, rows: list[_Row], head_height: float, totals_height: float, foot: float) -> list[_Page]:
        """Rows never split: a row that does not fit starts a new page under a repeated header."""
        usable = self.height - foot
        table_head = self.header_row().height
        pages = [_Page(header=True)]
        y = head_height + table_head
        for row in rows:
            if y + row.height > usable and pages[-1].rows:
                pages.append(_Page(header=False))
                y = table_head
            pages[-1].rows.append(row)
            y += row.height
        if y + totals_height > usable:
            pages.append(_Page(header=False))
        pages[-1].totals = True
        return pages


def _sep(lang: str) -> str:
    return "：" if lang == "zh" else ": "


def _head_blocks(lay: _Layout) -> tuple[list[tuple[_Text, float, float]], float]:
    """The first-page header: title, number/date/currency, recipient and customer."""
    form, sep, half = lay.form, _sep(lay.lang), lay.width / 2
    placed: list[tuple[_Text, float, float]] = []
    title = lay.text(lay.t("title"), lay._font(16, bold=True), half)
    facts = "\n".join([f"{lay.t('order_no')}{sep}{form.number}", f"{lay.t('date')}{sep}{format_date(form.order_date, lay.lang)}",
                       f"{lay.t('currency')}{sep}{form.currency}"])
    right = lay.text(facts, lay.font, half, Qt.AlignmentFlag.AlignRight)
    placed += [(title, 0.0, 0.0), (right, half, 0.0)]
    y = max(title.height, right.height) + 4 * lay.mm
    parties = []
    for key, data, x in (("recipient", form.recipient, 0.0), ("customer", form.customer, half)):
        label = lay.text(lay.t(key), lay.bold, half - 4 * lay.mm)
        lines = [data.get("name", ""), data.get("address", ""), data.get("country", "")]
        lines += [f"{lay.t(k)}{sep}{data[k]}" for k in ("email", "phone") if data.get(k)]
        body = lay.text("\n".join(s for s in lines if s.strip()), lay.font, half - 4 * lay.mm)
        parties += [(label, x, y), (body, x, y + label.height)]
    placed += parties
    y = max(t_y + t.height for t, _x, t_y in parties) + 3 * lay.mm
    if form.route is not None:
        route = lay.text(f"{lay.t('route')}{sep}{form.route.name(lay.lang)}", lay.font, lay.width)
        placed.append((route, 0.0, y))
        y += route.height + 2 * lay.mm
    return placed, y + 2 * lay.mm


def _totals_blocks(lay: _Layout) -> tuple[list[tuple[_Text, float, float]], float]:
    """Subtotal, shipping and total under the table, then remarks and the signature line."""
    form, sep = lay.form, _sep(lay.lang)
    label_x, label_w = lay.width * 0.45, lay.width * 0.33
    value_w = lay.width - label_x - label_w
    placed, y = [], 3 * lay.mm
    for key, cents, font in (("subtotal", form.subtotal_cents, lay.font), ("shipping", form.shipping_cents, lay.font),
                             ("total", form.total_cents, lay._font(10, bold=True))):
        label = lay.text(lay.t(key), font, label_w, Qt.AlignmentFlag.AlignRight)
        value = lay.text(f"{format_amount(cents, lay.lang)} {form.currency}", font, value_w, Qt.AlignmentFlag.AlignRight)
        placed += [(label, label_x, y), (value, label_x + label_w, y)]
        y += max(label.height, value.height) + lay.mm
    if any(not line.unit_price_cents for line in form.lines):
        note = lay.text(lay.t("unpriced"), lay.small, lay.width)
        placed.append((note, 0.0, y + 2 * lay.mm))
        y += note.height + 2 * lay.mm
    if form.remarks.strip():
        remarks = lay.text(f"{lay.t('remarks')}{sep}{form.remarks}", lay.font, lay.width)
        placed.append((remarks, 0.0, y + 2 * lay.mm))
        y += remarks.height + 2 * lay.mm
    signature = lay.text(f"{lay.t('signature')}{sep}" + "_" * 30, lay.font, lay.width, Qt.AlignmentFlag.AlignRight)
    placed.append((signature, 0.0, y + 8 * lay.mm))
    return placed, y + 8 * lay.mm + signature.height


def _paint_row(lay: _Layout, painter: QPainter, row: _Row, y: float) -> None:
    if row.bold:
        painter.fillRect(QRectF(0, y, lay.width, row.height), QColor(235, 235, 235))
    x = 0.0
    for width, cell in zip(lay.widths, row.cells):
        cy = y + lay.pad
        for text in cell:
            text.draw(painter, x + lay.pad, cy)
            cy += text.height
        x += width
    painter.setPen(QPen(QColor(120, 120, 120), 0.15 * lay.mm))
    painter.drawLine(QPointF(0, y + row.height), QPointF(lay.width, y + row.height))
    painter.setPen(Qt.GlobalColor.black)


def _paint_pages(lay: _Layout, painter: QPainter) -> int:
    head, head_height = _head_blocks(lay)
    totals, totals_height = _totals_blocks(lay)
    foot_height = lay.text("0", lay.small, lay.width).height + 2 * lay.mm
    table_head = lay.header_row()
    rows = [lay.line_row(n, line) for n, line in enumerate(lay.form.lines, start=1)]
    pages = lay.paginate(rows, head_height, totals_height, foot_height)
    for number, page in enumerate(pages, start=1):
        if number > 1:
            lay.device.newPage()
        y = 0.0
        if page.header:
            for text, x, ty in head:
                text.draw(painter, x, ty)
            y = head_height
        if page.rows or page.header:
            for row in (table_head, *page.rows):
                _paint_row(lay, painter, row, y)
                y += row.height
        if page.totals:
            for text, x, ty in totals:
                text.draw(painter, x, y + ty)
        foot = lay.text(f"{lay.form.number} · " + lay.t("page", page=number, pages=len(pages)), lay.small,
                        lay.width, Qt.AlignmentFlag.AlignRight, _GREY)
        foot.draw(painter, 0.0, lay.height - foot.height)
    return len(pages)


def paint_order_form(form: OrderForm, device: QPagedPaintDevice, painter: QPainter | None = None) -> int:
    """Paint the whole form on `device` (a QPdfWriter or QPrinter); returns the page count.

    Pass `painter` when one is already active on the device; otherwise one is opened and ended.
    """
    layout = _Layout(form, device)
    own = painter is None
    painter = painter or QPainter(device)
    try:
        return _paint_pages(layout, painter)
    finally:
        if own:
            painter.end()


@dataclass(frozen=True)
class RenderResult:
    path: Path
    pages: int
    size_bytes: int
    seconds: float


def render_pdf(form: OrderForm, path: Path | str, paper: str = "a4",
               on_device: Callable[[QPdfWriter], None] | None = None) -> RenderResult:
    """Write the form as a PDF (A4 or Letter) and report its pages, size and render time.

    The PDF is written to a hidden `.<name>.part` beside `path` and renamed only when the
    painter and the writer succeeded and the file is complete, so a full disk never leaves
    an empty or cut PDF under the asked name. Raises CatalogueError (DiskFull) with one line.
    """
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}; expected one of: {', '.join(PAPERS)}")
    started = time.perf_counter()
    path = Path(path)
    partial = path.with_name(f".{path.name}.part")
    try:
        pages = _write_pdf(form, partial, paper, on_device)
        tag_subset_fonts(partial)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError as exc:
        raise from_os_error(exc, f"cannot write {path}") from None
    except OverflowError as exc:
        raise CatalogueError(f"cannot write {path}: a number on the form is too large ({exc})") from None
    finally:
        partial.unlink(missing_ok=True)
    return RenderResult(path, pages, path.stat().st_size, time.perf_counter() - started)


def _write_pdf(form: OrderForm, partial: Path, paper: str, on_device) -> int:
    """Paint into `partial`; raises unless Qt reports success and the file ends like a PDF."""
    writer = _pdf_writer(form, partial, paper)
    if on_device:
        on_device(writer)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(errno.EIO, "the PDF file cannot be opened for writing", str(partial))
    try:
        pages = paint_order_form(form, writer, painter)
    finally:
        ended = painter.end()
    del writer  # the file is complete once the writer is gone
    if not ended or not _complete_pdf(partial):
        full = shutil.disk_usage(partial.parent).free < (1 << 20)
        raise OSError(errno.ENOSPC if full else errno.EIO, "the PDF came out incomplete", str(partial))
    return pages


def _complete_pdf(path: Path) -> bool:
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            handle.seek(max(0, size - 1024))
            return size > 0 and b"%%EOF" in handle.read()
    except OSError:
        return False


def _pdf_writer(form: OrderForm, path: Path, paper: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setTitle(f"{term('form.title', form.language)} {form.number}")
    writer.setCreator("KP Stamps")
    return writer

