"""The gallery: thumbnails of the scans of the rows shown, in a QListView in icon mode.

The model holds scan ids (with their plain `ScanInfo`); thumbnails come from the
`ThumbnailLoader`, so a placeholder shows until each is ready and scrolling never waits.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from kpstamps.services.scans.store import ScanInfo
from kpstamps.services.scans.thumbnails import THUMBNAIL_SIZE, thumbnail_size
from kpstamps.ui.scans.thumbnail_loader import ThumbnailLoader

ScanIdRole = Qt.ItemDataRole.UserRole + 1
ScanInfoRole = Qt.ItemDataRole.UserRole + 2
FRAMED_BYTES = 64 << 20  # square thumbnail pixmaps kept for painting: 256 at 256 px, 64 at 512 px


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def role_label(role: str) -> str:
    return {"front": tr("front"), "back": tr("back"), "detail": tr("detail")}.get(role, role)


class GalleryModel(QAbstractListModel):
    def __init__(self, loader: ThumbnailLoader, logical_size: int = THUMBNAIL_SIZE, parent=None):
        super().__init__(parent)
        self._loader = loader
        self._scans: list[ScanInfo] = []
        self._owners: dict[int, str] = {}
        self._rows_by_sha: dict[str, list[int]] = {}
        self._logical = logical_size
        self.item_size = QSize()  # set by the view: room for the icon and two lines of caption
        self._ratio = 1.0
        self._placeholder: QPixmap | None = None
        self._framed: OrderedDict[tuple[str, int], QPixmap] = OrderedDict()  # painted thumbnails, most recent last
        self._broken: QPixmap | None = None
        loader.thumbnailReady.connect(self._on_ready)
        loader.thumbnailFailed.connect(lambda sha, _msg: self._on_ready(sha))

    def set_device_pixel_ratio(self, ratio: float) -> None:
        if ratio != self._ratio:
            self._ratio = ratio
            self._placeholder = self._broken = None
            self._framed.clear()
            self._changed_all()

    @property
    def pixel_size(self) -> int:
        return thumbnail_size(self._ratio, self._logical)

    def set_scans(self, scans: Sequence[ScanInfo], owners: Mapping[int, str] | None = None) -> None:
        """Show `scans`; `owners` names each scan's series or item by scan id (see `scan_owner_labels`)."""
        self.beginResetModel()
        self._loader.forget_pending()
        self._loader.forget_failures()
        self._scans = list(scans)
        self._owners = dict(owners or {})
        self._rows_by_sha = {}
        for row, scan in enumerate(self._scans):
            self._rows_by_sha.setdefault(scan.sha256, []).append(row)
        self.endResetModel()

    def scans(self) -> list[ScanInfo]:
        return list(self._scans)

    def scan_ids(self) -> list[int]:
        return [s.id for s in self._scans]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._scans)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._scans):
            return None
        scan = self._scans[index.row()]
        owner = self._owners.get(scan.id, "")
        if role == Qt.ItemDataRole.DisplayRole:
            return " · ".join(p for p in (owner or scan.original_name, role_label(scan.role)) if p)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pixmap(scan)
        if role == Qt.ItemDataRole.ToolTipRole:
            error = self._loader.error(scan.sha256)
            size = f"{scan.width}×{scan.height}" if scan.width else ""
            return error or " · ".join(p for p in (owner, scan.original_name, role_label(scan.role), size) if p)
        if role == Qt.ItemDataRole.SizeHintRole and self.item_size.isValid():
            # Uniform item sizes take the first item's size: make it two lines, so long captions wrap.
            return self.item_size
        if role == ScanIdRole:
            return scan.id
        if role == ScanInfoRole:
            return scan
        return None

    def _pixmap(self, scan: ScanInfo) -> QPixmap:
        image = self._loader.image(scan, self.pixel_size)
        if image is None:
            broken = self._loader.error(scan.sha256) is not None
            return self._marker(broken)
        size = self.pixel_size
        key = (scan.sha256, size)
        pixmap = self._framed.get(key)
        if pixmap is None:
            # Square, with the thumbnail at the bottom centre: captions line up under portrait and landscape scans.
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.drawImage((size - image.width()) // 2, size - image.height(), image)
            painter.end()
            pixmap.setDevicePixelRatio(self._ratio)
            self._framed[key] = pixmap
            while len(self._framed) > max(1, FRAMED_BYTES // (4 * size * size)):
                self._framed.popitem(last=False)
        else:
            self._framed.move_to_end(key)
        return pixmap

    def _marker(self, broken: bool) -> QPixmap:
        cached = self._broken if broken else self._placeholder
        if cached is not None:
            return cached
        size = self.pixel_size
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor("#f2dede") if broken else QColor("#eeeeee"))
        painter = QPainter(pixmap)
        painter.setPen(QColor("#a94442") if broken else QColor("#999999"))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "✕" if broken else "…")
        painter.end()
        pixmap.setDevicePixelRatio(self._ratio)
        if broken:
            self._broken = pixmap
        else:
            self._placeholder = pixmap
        return pixmap

    def _on_ready(self, sha256: str) -> None:
        for row in self._rows_by_sha.get(sha256, []):
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole])

    def _changed_all(self) -> None:
        if self._scans:
            self.dataChanged.emit(self.index(0), self.index(len(self._scans) - 1))


class GalleryView(QListView):
    """Icon grid of scans; `scanActivated(scan_id)` on double-click or Enter."""

    scanActivated = Signal(int)

    def __init__(self, model: GalleryModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scanGallery")
        self.setAccessibleName(tr("Gallery of scans"))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        # Uniform sizes: the view never asks every row for its size, so it stays lazy.
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setSpacing(6)
        logical = THUMBNAIL_SIZE
        self.setIconSize(QSize(logical, logical))
        self.setGridSize(QSize(logical + 16, logical + 2 * self.fontMetrics().height() + 12))
        model.item_size = QSize(logical + 8, logical + 2 * self.fontMetrics().height() + 8)
        self.setModel(model)
        model.set_device_pixel_ratio(self.devicePixelRatioF() or QGuiApplication.primaryScreen().devicePixelRatio())
        self.activated.connect(self._on_activated)

    def event(self, event: QEvent) -> bool:
        # Moved to a screen with another scale: render thumbnails for its pixel ratio.
        if event.type() in (QEvent.Type.DevicePixelRatioChange, QEvent.Type.ScreenChangeInternal):
            self.gallery_model().set_device_pixel_ratio(self.devicePixelRatioF())
        return super().event(event)

    def gallery_model(self) -> GalleryModel:
        return self.model()  # type: ignore[return-value]

    def selected_scan_ids(self) -> list[int]:
        return [i.data(ScanIdRole) for i in sorted(self.selectedIndexes(), key=lambda i: i.row())]

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.scanActivated.emit(index.data(ScanIdRole))
