"""A non-modal window showing one scan large: zoom, pan, front/back, next/previous,
with the item's (or series') titles and catalogue numbers beside it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kpstamps.errors import ScanError
from kpstamps.services.catalogue.opening import Catalogue
from kpstamps.services.scans.images import open_for_display
from kpstamps.services.scans.store import ScanInfo, scan_file
from kpstamps.ui.common.screen_fit import fit_to_screen
from kpstamps.ui.common.tasks import run_task
from kpstamps.ui.scans.gallery import role_label

ZOOM_STEP = 1.25


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def pil_to_qimage(image: Image.Image) -> QImage:
    """An RGB/RGBA Pillow image as a QImage that owns its pixels."""
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    fmt = QImage.Format.Format_RGBA8888 if image.mode == "RGBA" else QImage.Format.Format_RGB888
    data = image.tobytes()
    bytes_per_line = image.width * (4 if image.mode == "RGBA" else 3)
    return QImage(data, image.width, image.height, bytes_per_line, fmt).copy()


def _load(path: Path) -> tuple[QImage, str]:
    """Decode a full-size scan (in a pool thread: a 12-megapixel JPEG takes a while)."""
    try:
        return pil_to_qimage(open_for_display(path)), ""
    except ScanError as exc:
        return QImage(), str(exc)


class ImageView(QGraphicsView):
    """Zoom with the wheel (around the cursor), pan by dragging."""

    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setAccessibleName(tr("Scan image"))
        self._fit = True

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self._item.setPixmap(pixmap)
        self.scene().setSceneRect(self._item.boundingRect())
        self.fit() if self._fit else self.set_zoom(self.zoom())

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(0.02, min(factor, 32.0))
        self._fit = False
        self.resetTransform()
        self.scale(factor, factor)
        self.zoomChanged.emit(factor)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit(self) -> None:
        self._fit = True
        if not self._item.pixmap().isNull():
            self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoomChanged.emit(self.zoom())

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self.zoom() * ZOOM_STEP ** steps)
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()


class ScanViewer(QDialog):
    """Shows `scans[index]`; `describe(scan)` returns the HTML shown beside it."""

    imageLoaded = Signal()

    def __init__(self, catalogue: Catalogue, scans: Sequence[ScanInfo], index: int = 0,
                 describe: Callable[[ScanInfo], str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scanViewer")
        self.setModal(False)
        self.setWindowTitle(tr("Scan"))
        fit_to_screen(self, 1100, 750)
        self._catalogue = catalogue
        self._scans = list(scans)
        self._index = index
        self._describe = describe or (lambda _scan: "")
        self.image_view = ImageView(self)
        self.info = QTextBrowser(self)
        self.info.setAccessibleName(tr("Titles and catalogue numbers"))
        self.status = QLabel(self)
        splitter = QSplitter(self)
        splitter.addWidget(self.image_view)
        splitter.addWidget(self.info)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 280])
        layout = QVBoxLayout(self)
        layout.addLayout(self._buttons())
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.image_view.zoomChanged.connect(self._show_status)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._request = 0
        self._error = ""
        self.loading = False
        self.show_index(index)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        specs = [
            ("previous", tr("◀ Previous"), self.previous, QKeySequence(Qt.Key.Key_PageUp)),
            ("next", tr("Next ▶"), self.next, QKeySequence(Qt.Key.Key_PageDown)),
            ("flip", tr("Flip front/back"), self.flip, QKeySequence(Qt.Key.Key_F)),
            ("fit", tr("Fit"), self.image_view.fit, QKeySequence(Qt.Key.Key_0)),
            ("actual", tr("100 %"), self.image_view.actual_size, QKeySequence(Qt.Key.Key_1)),
            ("zoom_in", tr("Zoom in"), lambda: self.image_view.set_zoom(self.image_view.zoom() * ZOOM_STEP),
             QKeySequence(QKeySequence.StandardKey.ZoomIn)),
            ("zoom_out", tr("Zoom out"), lambda: self.image_view.set_zoom(self.image_view.zoom() / ZOOM_STEP),
             QKeySequence(QKeySequence.StandardKey.ZoomOut)),
        ]
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot, shortcut in specs:
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.setShortcut(shortcut)
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        return row

    def current(self) -> ScanInfo | None:
        return self._scans[self._index] if 0 <= self._index < len(self._scans) else None

    def show_index(self, index: int) -> None:
        """Show scan `index` (wrapping round); the image arrives from a worker (`imageLoaded`)."""
        if not self._scans:
            return
        self._index = index % len(self._scans)
        scan = self._scans[self._index]
        self._request += 1
        self._error = ""
        self.loading = True
        path = scan_file(self._catalogue.home.scans, scan.sha256, scan.extension)
        number = self._request
        run_task(lambda _job: _load(path), parent=self, pool=self._pool,
                 on_result=lambda loaded: self._on_loaded(number, *loaded),
                 on_error=lambda exc: self._on_loaded(number, QImage(), f"{type(exc).__name__}: {exc}"))
        self.info.setHtml(self._describe(scan))
        self.setWindowTitle(tr("Scan {n} of {total} — {name}").format(
            n=self._index + 1, total=len(self._scans), name=scan.original_name or role_label(scan.role)))
        self.status.setText(tr("Loading…"))
        for name in ("previous", "next"):
            self.buttons[name].setEnabled(len(self._scans) > 1)
        self.buttons["flip"].setEnabled(self._partner() is not None)

    def _on_loaded(self, number: int, image: QImage, error: str) -> None:
        if number != self._request:
            return  # the person has moved on to another scan
        self.loading = False
        self._error = error
        self.image_view.set_pixmap(QPixmap() if image.isNull() else QPixmap.fromImage(image))
        self._show_status(self.image_view.zoom())
        self.imageLoaded.emit()

    def next(self) -> None:
        self.show_index(self._index + 1)

    def previous(self) -> None:
        self.show_index(self._index - 1)

    def _partner(self) -> int | None:
        """The index of the other side (front ↔ back) of the current scan's item or series."""
        scan = self.current()
        if scan is None:
            return None
        wanted = "back" if scan.role != "back" else "front"
        for index, other in enumerate(self._scans):
            if (other.item_id, other.series_id) == (scan.item_id, scan.series_id) and other.role == wanted:
                return index
        return None

    def flip(self) -> None:
        partner = self._partner()
        if partner is not None:
            self.show_index(partner)

    def _show_status(self, zoom: float) -> None:
        scan = self.current()
        if scan is None or self.loading:
            return
        if self._error:
            self.status.setText(self._error)
            return
        size = f"{scan.width} × {scan.height} px · " if scan.width else ""
        self.status.setText(tr("{role} · {size}{zoom} %").format(
            role=role_label(scan.role), size=size, zoom=round(zoom * 100)))


def describe_scan_owner(catalogue: Catalogue, name_order: Sequence[str], ui_lang: str = "en"
                        ) -> Callable[[ScanInfo], str]:
    """HTML with the series, the titles and the catalogue numbers of a scan's item or series."""
    from kpstamps.db.models import Item
    from kpstamps.services.catalogue import glossary
    from kpstamps.services.catalogue.details import item_view, series_view
    from kpstamps.ui.browse.detail_pane import LANG_NAMES

    def describe(scan: ScanInfo) -> str:
        with catalogue.sessions() as session:
            item = item_view(session, scan.item_id, name_order) if scan.item_id is not None else None
            series_id = session.get(Item, scan.item_id).series_id if item is not None else scan.series_id
            series = series_view(session, series_id, name_order) if series_id is not None else None
        if series is None:
            return ""
        parts = [f"<h3>{escape(' · '.join(p for p in (series.serial, series.title) if p))}</h3>"]
        titles = series.titles
        if item is not None:
            kind = glossary.term(f"kind.{item.kind}", ui_lang)
            parts.append(f"<p><b>{item.position}.</b> {escape(' · '.join(t for t in (kind, item.title) if t))}</p>")
            titles = item.titles if any(item.titles.values()) else titles
        rows = "".join(f"<tr><td style='color:gray; padding-right:10px'>{escape(LANG_NAMES.get(lang, lang))}</td>"
                       f"<td>{escape(text)}</td></tr>" for lang, text in titles.items() if text)
        if rows:
            parts.append(f"<table>{rows}</table>")
        if item is not None and item.numbers:
            parts.append("<p><b>" + escape(tr("Catalogue numbers")) + f":</b> {escape(', '.join(item.numbers))}</p>")
        if series.issue_date:
            parts.append("<p>" + escape(tr("Issued")) + f" {escape(series.issue_date)}</p>")
        elif series.announced:
            parts.append("<p>" + escape(tr("Announced")) + f" {escape(series.announced)}</p>")
        return "".join(parts)

    return describe
