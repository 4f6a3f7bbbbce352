"""`tr()` for module-level code and plain functions.

pyside6-lupdate files a bare `tr("text")` call under the empty context, so this looks it up
there; inside QObject subclasses prefer `self.tr()` (context: the class name).

Counts use Qt's numerus forms: `tr("%Ln item(s)", "", n)` picks the form for `n` by the
plural rules of the .qm's language (one/many in English; one/few/many in Russian, so
1, 21 предмет · 2 предмета · 5 предметов; one form in Korean and Chinese) and writes `n`
with the locale's digit grouping (%Ln). The English .ts carries the English forms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)
