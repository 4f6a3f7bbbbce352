"""Plain-text blocks measured and painted on a paged device: shared by every printed form.

Text is laid out with QTextLayout as plain text, so `<`, `&` and quotes in titles are printed
literally and can never inject markup. `printing_font` gives the bundled CJK font (Latin,
Cyrillic, Hangul and Chinese), unhinted so that PDF and printer measure alike.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPaintDevice,
    QPainter,
    QTextLayout,
    QTextOption,
)

from kpstamps.printing.fonts import pdf_font_family


def printing_font(points: float, bold: bool = False, family: str | None = None) -> QFont:
    font = QFont(family or pdf_font_family())
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


class TextBlock:
    """A wrapped block of plain text, measured for the device it will be painted on."""

    def __init__(self, text: str, font: QFont, width: float, device: QPaintDevice,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, color: QColor | None = None,
                 max_lines: int = 0):
        self.color = color
        self.width = width
        self._lay_out(text, font, width, device, align, max_lines)

    def _lay_out(self, text: str, font: QFont, width: float, device: QPaintDevice,
                 align: Qt.AlignmentFlag, max_lines: int) -> None:
        # Plain text: a newline becomes a line separator, which QTextLayout breaks on.
        self.layout = QTextLayout(text.replace("\r\n", "\n").replace("\n", "\u2028"), font, device)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.layout.setTextOption(option)
        self.height = 0.0
        self.layout.beginLayout()
        lines = 0
        while (line := self.layout.createLine()).isValid():
            line.setLineWidth(width)
            line.setPosition(QPointF(0, self.height))
            lines += 1
            if max_lines and lines > max_lines:
                line.setNumColumns(0)  # beyond the limit: laid out empty, not drawn
                continue
            self.height += line.height()
        self.layout.endLayout()

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        if self.color is not None:
            painter.setPen(self.color)
        self.layout.draw(painter, QPointF(x, y))
        if self.color is not None:
            painter.setPen(Qt.GlobalColor.black)
