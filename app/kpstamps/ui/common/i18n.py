"""`tr()` for module-level code and plain functions.

pyside6-lupdate files a bare `tr("text")` call under the empty context, so this looks it up
there; inside QObject subclasses prefer `self.tr()` (context: the class name).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)
