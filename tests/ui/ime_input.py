"""Typing through an input method in tests: what an OS IME (Hangul, Pinyin, Cyrillic layouts
with dead keys) sends to a Qt widget is a pre-edit string while composing, then a commit
string. `ime_type` sends exactly those QInputMethodEvents, so a field that only handled key
presses would fail here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QWidget,
)


def ime_type(widget: QWidget, text: str) -> None:
    """Compose `text` (pre-edit of its first half, then the whole commit) into `widget`."""
    widget.setFocus()
    assert widget.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled), f"{widget} refuses input methods"
    composing = QInputMethodEvent(text[: max(1, len(text) // 2)], [])
    QApplication.sendEvent(widget, composing)
    commit = QInputMethodEvent("", [])
    commit.setCommitString(text)
    QApplication.sendEvent(widget, commit)


def ime_type_in_cell(view: QAbstractItemView, row: int, column: int, text: str) -> None:
    """Open the cell's line-edit editor, compose `text` into it (replacing it) and commit."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, f"cell ({row}, {column}) has no single line-edit editor: {editors!r}"
    editor = editors[0]
    editor.selectAll()
    ime_type(editor, text)
    view.commitData(editor)
    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
