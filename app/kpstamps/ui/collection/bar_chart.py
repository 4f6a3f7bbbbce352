"""A small horizontal bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials).

Every bar carries its value as text beside it, and an optional second value (e.g. "owned")
is drawn hatched inside the bar, so nothing is told by colour alone. Bars are activated by a
click or from the keyboard (Up/Down, Home/End, Enter/Space); `barActivated` sends the bar's key.
The same painting code draws on screen, into a PNG (`grab`) and into an SVG file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

try:  # QtSvg ships with PySide6-Essentials; keep the chart usable if a build lacks it
    from PySide6.QtSvg import QSvgGenerator
except ImportError:  # pragma: no cover
    QSvgGenerator = None

MARGIN = 8
GAP = 6


@dataclass(frozen=True)
class Bar:
    key: object  # what `barActivated` sends
    label: str
    value: int
    part: int | None = None  # drawn hatched inside the bar (e.g. owned of all items)
    text: str = ""  # the value as text; defaults to str(value)

    @property
    def value_text(self) -> str:
        return self.text or str(self.value)


class BarChart(QWidget):
    barActivated = Signal(object)

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._title = title
        self._bars: list[Bar] = []
        self._current = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(title)
        self.setMouseTracking(True)

    # -- data ------------------------------------------------------------------------------
    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        self._current = 0 if self._bars else -1
        summary = "; ".join(f"{b.label}: {b.value_text}" for b in self._bars)
        self.setAccessibleDescription(summary)
        self.setToolTip("")
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def title(self) -> str:
        return self._title

    def current_index(self) -> int:
        return self._current

    # -- geometry --------------------------------------------------------------------------
    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _top(self) -> int:
        return MARGIN + (self._row_height() if self._title else 0)

    def sizeHint(self) -> QSize:
        rows = max(len(self._bars), 1)
        return QSize(480, self._top() + rows * self._row_height() + MARGIN)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _columns(self, metrics: QFontMetrics, width: int) -> tuple[int, int, int]:
        """x of the bars, their full length, and the width kept for the value text."""
        label_w = max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0)
        label_w = min(label_w, int(width * 0.4))
        value_w = max((metrics.horizontalAdvance(b.value_text) for b in self._bars), default=0)
        x = MARGIN + label_w + GAP
        return x, max(width - x - GAP - value_w - MARGIN, 10), value_w

    def row_rect(self, index: int) -> QRect:
        """The whole clickable row of bar `index` (label, bar and value)."""
        return QRect(0, self._top() + index * self._row_height(), self.width(), self._row_height())

    def bar_rect(self, index: int) -> QRect:
        """The drawn bar of `index` (at least 1 pixel wide, so there is always a place to click)."""
        return self._bar_rectf(index, self.fontMetrics(), self.width()).toAlignedRect()

    def _bar_rectf(self, index: int, metrics: QFontMetrics, width: int) -> QRectF:
        x, length, _value_w = self._columns(metrics, width)
        top = self._top() + index * self._row_height() + 3
        biggest = max((b.value for b in self._bars), default=0) or 1
        bar_length = max(length * self._bars[index].value / biggest, 1.0)
        return QRectF(x, top, bar_length, self._row_height() - 6)

    def index_at(self, y: int) -> int:
        if y < self._top():
            return -1
        index = (y - self._top()) // self._row_height()
        return index if 0 <= index < len(self._bars) else -1

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter, self.width(), self.height(), focus=self.hasFocus())
        finally:
            painter.end()

    def paint(self, painter: QPainter, width: int, height: int, focus: bool = False) -> None:
        """Draw the chart on any paint device (the widget, an image, an SVG generator)."""
        palette = self.palette()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRect(0, 0, width, height), palette.base())
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        text_pen = QPen(palette.text().color())
        if self._title:
            painter.setPen(text_pen)
            title_font = self.font()
            title_font.setBold(True)
            painter.setFont(title_font)
            painter.drawText(QRect(MARGIN, MARGIN, width - 2 * MARGIN, self._row_height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._title)
            painter.setFont(self.font())
        x, _length, _value_w = self._columns(metrics, width)
        fill = palette.highlight().color()
        for index, bar in enumerate(self._bars):
            row = QRect(0, self._top() + index * self._row_height(), width, self._row_height())
            painter.setPen(text_pen)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, x - MARGIN - GAP)
            painter.drawText(QRect(MARGIN, row.top(), x - MARGIN - GAP, row.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            rect = self._bar_rectf(index, metrics, width)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill if bar.value else QColor(0, 0, 0, 0))
            painter.drawRect(rect)
            if bar.part:
                part = QRectF(rect)
                part.setWidth(rect.width() * min(bar.part / bar.value, 1.0) if bar.value else 0)
                painter.setBrush(QBrush(palette.highlightedText().color(), Qt.BrushStyle.BDiagPattern))
                painter.drawRect(part)
            painter.setPen(text_pen)
            painter.drawText(QRectF(rect.right() + GAP, row.top(), width, row.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar.value_text)
            if focus and index == self._current:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(palette.text().color(), 1, Qt.PenStyle.DotLine))
                painter.drawRect(row.adjusted(1, 1, -2, -2))

    # -- interaction -----------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(int(event.position().y()))
        if index >= 0:
            bar = self._bars[index]
            self.setToolTip(f"{bar.label}: {bar.value_text}")
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.setToolTip("")
            self.unsetCursor()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(int(event.position().y()))
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self._current = index
            self.update()
            self.barActivated.emit(self._bars[index].key)
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {Qt.Key.Key_Up: self._current - 1, Qt.Key.Key_Down: self._current + 1,
                 Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(self._bars) - 1}
        if event.key() in moves and self._bars:
            self._current = max(0, min(moves[event.key()], len(self._bars) - 1))
            bar = self._bars[self._current]
            self.setAccessibleDescription(f"{bar.label}: {bar.value_text}")
            self.update()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._current >= 0:
            self.barActivated.emit(self._bars[self._current].key)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # -- export ----------------------------------------------------------------------------
    def export_png(self, path: Path | str) -> None:
        if not self.grab().save(str(path), "PNG"):
            raise OSError(f"could not write {path}")

    def export_svg(self, path: Path | str) -> None:
        if QSvgGenerator is None:  # pragma: no cover
            raise OSError("SVG export needs PySide6.QtSvg, which this installation lacks")
        size = QSize(max(self.width(), self.sizeHint().width()), self.sizeHint().height())
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle(self._title)
        painter = QPainter(generator)
        try:
            self.paint(painter, size.width(), size.height())
        finally:
            painter.end()
        if not Path(path).is_file():
            raise OSError(f"could not write {path}")
