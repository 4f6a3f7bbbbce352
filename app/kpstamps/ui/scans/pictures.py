"""A picture where people look for one: thumbnails beside the table's rows and the front scan
in the detail pane.

View ▸ Thumbnails in the table (off by default, remembered) shows each row's front scan (an
item's, or a series row's own) in the table's row header, so the table model, its columns
and their saved widths stay as they are. Nothing here waits while painting: which scan is a
row's front is looked up by a worker (its own session) for the rows being painted, and the
thumbnails come from the existing `ThumbnailLoader` (pool threads, cache in cache/thumbnails).
A row whose picture is not there yet is painted empty and repainted when it arrives.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRect,
    QSettings,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QImage, QPainter
from PySide6.QtWidgets import QHeaderView

from kpstamps.services.browse.rows import RowKey
from kpstamps.services.scans.store import ScanInfo, scans_for_keys
from kpstamps.services.scans.thumbnails import thumbnail_size
from kpstamps.ui.common.tasks import run_task
from kpstamps.ui.scans.thumbnail_loader import ThumbnailLoader

ROW_PICTURE = 40  # logical pixels of a thumbnail in the table
PANE_PICTURE = 256  # in the detail pane
SETTING = "view/tableThumbnails"
_NONE = object()  # looked up: the row has no scan


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def front_scans(catalogue, keys: Sequence[RowKey]) -> dict[RowKey, ScanInfo]:
    """The front scan of each row (role "front", else its first scan); rows without scans left out."""
    found: dict[RowKey, ScanInfo] = {}
    by_owner = {(("i", k.item_id) if k.item_id is not None else ("s", k.series_id)): k for k in keys}
    for scan in scans_for_keys(catalogue, list(keys)):
        owner = ("i", scan.item_id) if scan.item_id is not None else ("s", scan.series_id)
        key = by_owner.get(owner)
        if key is not None and (key not in found or (scan.role == "front" and found[key].role != "front")):
            found[key] = scan
    return found


class FrontScans(QObject):
    """Which scan is each row's front, looked up in the background and remembered."""

    changed = Signal()

    def __init__(self, catalogue, parent: QObject | None = None):
        super().__init__(parent)
        self._catalogue = catalogue
        self._known: dict[RowKey, object] = {}
        self._wanted: set[RowKey] = set()
        self._asked: set[RowKey] = set()
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._ask)

    def scan_for(self, key: RowKey) -> ScanInfo | None:
        """The row's front scan if known; None when it has none or is not looked up yet."""
        known = self._known.get(key)
        if known is None:
            if key not in self._asked:
                self._wanted.add(key)
                self._timer.start()
            return None
        return None if known is _NONE else known  # type: ignore[return-value]

    def forget(self) -> None:
        """After an edit: look every row up again (scans attached, removed or reordered)."""
        self._generation += 1
        self._known.clear()
        self._asked.clear()
        self.changed.emit()

    def wait(self) -> None:
        """Tests: until every lookup asked for so far has reported."""
        self._pool.waitForDone()

    def _ask(self) -> None:
        keys = list(self._wanted)
        self._wanted.clear()
        if keys:
            self._asked.update(keys)
            generation, catalogue = self._generation, self._catalogue
            # A failed lookup leaves those rows without pictures (their own session, in the pool).
            run_task(lambda _job: front_scans(catalogue, keys), parent=self, pool=self._pool,
                     on_result=lambda found: self._on_found(generation, keys, found),
                     on_error=lambda _exc: self._on_found(generation, keys, {}))

    def _on_found(self, generation: int, keys: list, found: dict) -> None:
        if generation != self._generation:
            return
        for key in keys:
            self._known[key] = found.get(key, _NONE)
        self.changed.emit()


class ThumbnailHeader(QHeaderView):
    """The table's row header, painting each row's front-scan thumbnail."""

    def __init__(self, window, fronts: FrontScans, loader: ThumbnailLoader):
        super().__init__(Qt.Orientation.Vertical)  # no parent until shown: the view adopts it
        self._model = window.table_model
        self._fronts, self._loader = fronts, loader
        self.setObjectName("thumbnailHeader")
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultSectionSize(ROW_PICTURE + 4)
        self.setFixedWidth(ROW_PICTURE + 6)
        self.setHighlightSections(False)
        fronts.changed.connect(self.viewport().update)
        loader.thumbnailReady.connect(lambda _sha: self.viewport().update())

    def sizeHint(self) -> QSize:
        return QSize(ROW_PICTURE + 6, super().sizeHint().height())

    def pixel_size(self) -> int:
        return thumbnail_size(self.devicePixelRatioF(), ROW_PICTURE)

    def picture(self, row: int) -> QImage | None:
        """The row's thumbnail if it is ready (never waits)."""
        key = self._model.row_key(row)
        scan = self._fronts.scan_for(key) if key is not None else None
        return self._loader.image(scan, self.pixel_size()) if scan is not None else None

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        painter.save()
        painter.fillRect(rect, self.palette().base())
        image = self.picture(logicalIndex)
        if image is not None:
            box = QSize(ROW_PICTURE, ROW_PICTURE)
            size = image.size().scaled(box, Qt.AspectRatioMode.KeepAspectRatio) if not image.isNull() else box
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(rect.center())
            painter.drawImage(target, image)
        painter.restore()


class Pictures(QObject):
    """The View toggle, the row header and the detail pane's front scan of one window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        catalogue = window.catalogue
        self.loader = ThumbnailLoader(catalogue.home.scans, catalogue.home.thumbnails, self)
        self.fronts = FrontScans(catalogue, self)
        self.header = ThumbnailHeader(window, self.fronts, self.loader)
        self._plain_header = window.table_view.verticalHeader()
        self.action = QAction(tr("&Thumbnails in the table"), window)
        self.action.setObjectName("actionTableThumbnails")
        self.action.setCheckable(True)
        self.action.toggled.connect(self.show_thumbnails)
        window.menus["view"].addAction(self.action)
        window.catalogueChanged.connect(self.fronts.forget)
        window.detail.picture = self.pane_picture
        self.loader.thumbnailReady.connect(self._pane_picture_ready)
        self.action.setChecked(QSettings().value(SETTING, False, type=bool))

    def show_thumbnails(self, on: bool) -> None:
        view = self.window.table_view
        if on:
            self._plain_header.setParent(None)  # the view deletes a replaced header; keep ours
            view.setVerticalHeader(self.header)
            self.header.show()
        elif view.verticalHeader() is self.header:
            self.header.setParent(None)
            view.setVerticalHeader(self._plain_header)
            self._plain_header.hide()
        QSettings().setValue(SETTING, on)

    def pane_picture(self, key: RowKey) -> tuple[QImage | None, str]:
        """The detail pane's front scan (image when ready, and its sha256 to wait for)."""
        scan = front_scans(self.window.catalogue, [key]).get(key)
        if scan is None:
            return None, ""
        size = thumbnail_size(self.window.detail.devicePixelRatioF(), PANE_PICTURE)
        return self.loader.image(scan, size), scan.sha256

    def _pane_picture_ready(self, sha256: str) -> None:
        if sha256 and self.window.detail.waiting_for == sha256:
            self.window.detail.show_key(self.window.current_key())


def install(window) -> None:
    window.pictures = Pictures(window)
