"""The in-app album: one page at a time, spaces at their real size and shape, at a zoom.

The page is painted by the same `printing.album.paint_page` as the printed album; the view
adds what only a screen can show: owned / wanted / missing marks, the current space, and
front scans from the thumbnail loader (made off the GUI thread, painted when ready).
Keys: arrows move between spaces (across pages), Page Up/Down and Home/End between pages,
O ticks owned, W wanted; a click selects a space, a right click offers the same ticks.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QMenu, QScrollArea, QWidget

from kpstamps.domain.album.layout import SpaceBox
from kpstamps.printing.album import (
    AlbumLayout,
    AlbumOptions,
    build_layout,
    paint_page,
    shape_path,
)
from kpstamps.services.album.pages import AlbumItem, AlbumSeries
from kpstamps.services.scans.thumbnails import thumbnail_size
from kpstamps.ui.common.i18n import tr

STATUS_COLOURS = {"owned": QColor(46, 140, 60), "wanted": QColor(220, 140, 20), "missing": QColor(170, 170, 170)}



class AlbumCanvas(QWidget):
    """Paints the current page; knows where each space is, for clicks and keys."""

    spaceActivated = Signal(int, int)  # series id, item id: the current space changed
    tickRequested = Signal(int, str)  # item id, "owned" or "wanted"
    keepRequested = Signal(int, int)  # item id, copies to keep (the rest go on the swap list)
    pageChanged = Signal(int, int)  # page number, page count

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("albumCanvas")
        self.setAccessibleName(tr("Album page"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.layout_: AlbumLayout | None = None
        self.page_index = 0
        self.current_item: int | None = None
        self.zoom = 1.0
        self.images = None  # callable(item) -> QImage | None (the thumbnail loader's)

    # -- content ---------------------------------------------------------------------------
    def show_album(self, album: Sequence[AlbumSeries], options: AlbumOptions) -> None:
        self.layout_ = build_layout(album, options, self)
        if self.current_item is not None and self._page_of(self.current_item) is None:
            self.current_item = None
        self.page_index = min(self.page_index, max(0, len(self.layout_.pages) - 1))
        self._resize()
        self.pageChanged.emit(self.page_index + 1, self.page_count())

    def page_count(self) -> int:
        return len(self.layout_.pages) if self.layout_ else 0

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(0.25, min(4.0, zoom))
        self._resize()

    def mm(self) -> float:
        return self.logicalDpiX() / 25.4 * self.zoom

    def _resize(self) -> None:
        spec = self.layout_.spec if self.layout_ else AlbumOptions().page_spec()
        self.setFixedSize(QSize(round(spec.width * self.mm()) + 1, round(spec.height * self.mm()) + 1))
        self.update()

    def spaces(self) -> list[SpaceBox]:
        if not self.layout_ or not self.layout_.pages:
            return []
        return self.layout_.pages[self.page_index].spaces

    def space_rect(self, item_id: int) -> QRectF | None:
        """Where a space of the current page is on the widget (pixels)."""
        mm = self.mm()
        for space in self.spaces():
            if space.item_id == item_id:
                b = space.space
                return QRectF(b.x * mm, b.y * mm, b.width * mm, b.height * mm)
        return None

    def _page_of(self, item_id: int) -> int | None:
        for index, page in enumerate(self.layout_.pages if self.layout_ else []):
            if any(s.item_id == item_id for s in page.spaces):
                return index
        return None

    # -- moving ----------------------------------------------------------------------------
    def go_to_page(self, index: int) -> None:
        if not self.page_count():
            return
        index = max(0, min(self.page_count() - 1, index))
        if index != self.page_index:
            self.page_index = index
            self.update()
        self.pageChanged.emit(self.page_index + 1, self.page_count())

    def select_item(self, item_id: int | None, notify: bool = True) -> None:
        """Make `item_id` the current space (turning to its page)."""
        if item_id is None or not self.layout_:
            return
        page = self._page_of(item_id)
        if page is None:
            return
        self.current_item = item_id
        self.go_to_page(page)
        self.update()
        if notify:
            self.spaceActivated.emit(self.layout_.items[item_id].series_id, item_id)

    def _all_spaces(self) -> list[int]:
        return [s.item_id for page in (self.layout_.pages if self.layout_ else []) for s in page.spaces]

    def _step(self, offset: int) -> None:
        order = self._all_spaces()
        if not order:
            return
        if self.current_item not in order:
            self.select_item(self.spaces()[0].item_id if self.spaces() else order[0])
            return
        index = max(0, min(len(order) - 1, order.index(self.current_item) + offset))
        self.select_item(order[index])

    def _vertical(self, down: bool) -> None:
        """The nearest space in the row below (or above) on this page, else the next (previous) one."""
        spaces = self.spaces()
        now = next((s for s in spaces if s.item_id == self.current_item), None)
        if now is None:
            self._step(1 if down else -1)
            return
        centre = now.space.x + now.space.width / 2
        others = [s for s in spaces if (s.space.y >= now.space.bottom if down else s.space.bottom <= now.space.y)]
        if not others:
            self._step(1 if down else -1)
            return
        nearest_row = min(others, key=lambda s: abs(s.space.y - now.space.y)).space.y
        row = [s for s in others if abs(s.space.y - nearest_row) < 1e-6] or others
        self.select_item(min(row, key=lambda s: abs(s.space.x + s.space.width / 2 - centre)).item_id)

    # -- events ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {Qt.Key.Key_Right: lambda: self._step(1), Qt.Key.Key_Left: lambda: self._step(-1),
                 Qt.Key.Key_Down: lambda: self._vertical(True), Qt.Key.Key_Up: lambda: self._vertical(False),
                 Qt.Key.Key_PageDown: lambda: self.turn(1), Qt.Key.Key_PageUp: lambda: self.turn(-1),
                 Qt.Key.Key_Home: lambda: self.turn_to(0), Qt.Key.Key_End: lambda: self.turn_to(self.page_count() - 1)}
        if key in moves:
            moves[key]()
        elif key in (Qt.Key.Key_O, Qt.Key.Key_W) and self.current_item is not None:
            self.tickRequested.emit(self.current_item, "owned" if key == Qt.Key.Key_O else "wanted")
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def turn(self, offset: int) -> None:
        self.turn_to(self.page_index + offset)

    def turn_to(self, index: int) -> None:
        self.go_to_page(index)
        if self.spaces() and self.current_item not in {s.item_id for s in self.spaces()}:
            self.select_item(self.spaces()[0].item_id)

    def space_at(self, point: QPointF) -> int | None:
        mm = self.mm()
        for space in self.spaces():
            if space.space.contains(point.x() / mm, point.y() / mm):
                return space.item_id
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        item_id = self.space_at(event.position())
        if item_id is not None:
            self.select_item(item_id)
        super().mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item_id = self.space_at(QPointF(event.pos()))
        if item_id is None:
            return
        self.select_item(item_id)
        item = self.layout_.items[item_id]
        menu = QMenu(self)
        menu.setObjectName("albumSpaceMenu")
        owned = menu.addAction(tr("Owned") + "\tO")
        owned.setCheckable(True)
        owned.setChecked(item.owned > 0)
        owned.triggered.connect(lambda: self.tickRequested.emit(item_id, "owned"))
        wanted = menu.addAction(tr("Wanted") + "\tW")
        wanted.setCheckable(True)
        wanted.setChecked(item.wanted > 0)
        wanted.triggered.connect(lambda: self.tickRequested.emit(item_id, "wanted"))
        keep = menu.addMenu(tr("Copies to keep"))
        keep.setObjectName("albumKeepMenu")
        for count in range(6):
            action = keep.addAction(str(count))
            action.setCheckable(True)
            action.setChecked(count == item.keep)
            action.triggered.connect(lambda _checked=False, n=count: self.keepRequested.emit(item_id, n))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    # -- painting --------------------------------------------------------------------------
    def _image(self, item: AlbumItem, _w: float, _h: float) -> QImage | None:
        return self.images(item, thumbnail_size(self.devicePixelRatioF())) if self.images else None

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if not self.layout_ or not self.layout_.pages:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("Nothing to show: no series matches the search."))
            return
        page = self.layout_.pages[self.page_index]
        painter.scale(self.zoom, self.zoom)
        paint_page(painter, self.layout_, page, self, self._image)
        base = self.logicalDpiX() / 25.4
        for space in page.spaces:
            self._mark(painter, space, self.layout_.items[space.item_id], base)
        painter.end()

    def _mark(self, painter: QPainter, space: SpaceBox, item: AlbumItem, mm: float) -> None:
        rect = QRectF(space.space.x * mm, space.space.y * mm, space.space.width * mm, space.space.height * mm)
        colour = STATUS_COLOURS[item.status]
        if item.status != "missing":
            tint = QColor(colour)
            tint.setAlpha(40 if item.scan is None else 0)
            painter.fillPath(shape_path(space.geometry.shape, rect), tint)
        dot = QRectF(rect.right() - 3.2 * mm, rect.top() + 0.8 * mm, 2.4 * mm, 2.4 * mm)
        painter.setPen(QPen(Qt.GlobalColor.white, 0.3 * mm))
        painter.setBrush(colour)
        painter.drawEllipse(dot)
        if item.id == self.current_item:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.palette().highlight().color(), 0.9 * mm))
            painter.drawPath(shape_path(space.geometry.shape, rect.adjusted(-0.8 * mm, -0.8 * mm, 0.8 * mm, 0.8 * mm)))


class AlbumScroll(QScrollArea):
    """The canvas in a scroll area that keeps the current space in sight."""

    def __init__(self, canvas: AlbumCanvas, parent: QWidget | None = None):
        super().__init__(parent)
        self.canvas = canvas
        self.setWidget(canvas)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setBackgroundRole(self.backgroundRole())
        canvas.spaceActivated.connect(self._follow)

    def _follow(self, _series_id: int, item_id: int) -> None:
        rect = self.canvas.space_rect(item_id)
        if rect is not None:
            self.ensureVisible(round(rect.center().x()), round(rect.center().y()),
                               round(rect.width() / 2) + 20, round(rect.height() / 2) + 40)
