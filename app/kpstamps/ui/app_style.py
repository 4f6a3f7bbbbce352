"""Fusion with check boxes that stay visible on a dark palette.

Fusion outlines a check box with the window colour made darker, which on the dark palette is
about the colour of the box itself: unticked boxes (themes in the series dialog, Owned and
Wanted in the checklist) vanished. This proxy draws the same boxes, then, when the palette is
dark, a frame in a muted text colour around them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

_INDICATORS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


class KPStampsStyle(QProxyStyle):
    def __init__(self):
        super().__init__(QStyleFactory.create("Fusion"))

    def name(self) -> str:  # what app.style().name() reports (tests, theme_palette)
        return "fusion"

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _INDICATORS and is_dark(option.palette):
            frame = QColor(option.palette.color(QPalette.ColorRole.Text))
            frame.setAlpha(150 if option.state & QStyle.StateFlag.State_Enabled else 70)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(frame, 1))
            painter.setBrush(QColor(0, 0, 0, 0))
            side = min(option.rect.width(), option.rect.height())
            box = QRectF(option.rect.x(), option.rect.y() + (option.rect.height() - side) / 2, side, side)
            painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 1.5, 1.5)
            painter.restore()
