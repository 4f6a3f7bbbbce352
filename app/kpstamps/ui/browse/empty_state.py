"""The message over an empty result table: "No series or items match …", and a "Did you mean"
link built from the catalogue's own words (services.browse.suggest) that runs the corrected
search when clicked. It hides itself as soon as the table has rows again."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from kpstamps.ui.common.i18n import tr


class EmptyState(QLabel):
    """A centred note on the table's viewport; `run(query)` is called for the suggestion link."""

    def __init__(self, view: QAbstractItemView, run: Callable[[str], None]):
        super().__init__(view.viewport())
        self.setObjectName("emptyState")
        self._view, self._run = view, run
        self.suggestion: str | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setAccessibleName(tr("No results"))
        self.linkActivated.connect(lambda _href: self._run(self.suggestion or ""))
        view.viewport().installEventFilter(self)
        view.model().modelReset.connect(self._hide_when_rows)
        self.hide()

    def show_for(self, query: str, suggestion: str | None) -> None:
        """Say the search found nothing; offer `suggestion` (a search that does find rows)."""
        self.suggestion = suggestion
        parts = ["<p>" + escape(tr("No series or items match “{query}”.").format(query=query.strip())) + "</p>"]
        if suggestion:
            link = f"<a href='suggestion'>{escape(suggestion)}</a>"
            parts.append("<p>" + tr("Did you mean {suggestion}?").format(suggestion=link) + "</p>")
        else:
            parts.append("<p>" + escape(tr("Check the spelling, or press ? for the search syntax.")) + "</p>")
        self.setText("".join(parts))
        self._fit()
        self.show()
        self.raise_()

    def _hide_when_rows(self) -> None:
        if self._view.model().rowCount() > 0:
            self.hide()

    def _fit(self) -> None:
        area = self._view.viewport().rect()
        self.setGeometry(area.adjusted(24, 24, -24, -24).intersected(area.adjusted(0, 0, 0, -area.height() // 2)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit()
        return False
