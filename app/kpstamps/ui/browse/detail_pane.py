"""The pane beside the table: the selected series or item in full."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from kpstamps.db.session import Sessions
from kpstamps.services.browse.rows import RowKey
from kpstamps.services.catalogue import glossary
from kpstamps.services.catalogue.details import (
    ItemView,
    SeriesView,
    SourceView,
    item_view,
    series_view,
)
from kpstamps.ui.common.formatting import (
    format_date,
    format_integer,
    localise_money_text,
)
from kpstamps.ui.common.i18n import tr

LANG_NAMES = {"ko": "한국어", "en": "English", "zh": "中文", "ru": "Русский"}
PICTURE_URL = QUrl("kpstamps-scan:front")
PICTURE_WIDTH = 240  # logical pixels of the front scan at the top of the pane



class DetailPane(QTextBrowser):
    def __init__(self, sessions: Sessions, name_order: Sequence[str], ui_lang: str = "en",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._sessions = sessions
        self._name_order = list(name_order)
        self._ui_lang = ui_lang
        # The scans feature sets this: key -> (front scan image or None while it is made, its sha256).
        self.picture: Callable[[RowKey], tuple[QImage | None, str]] | None = None
        self.waiting_for = ""  # sha256 of the front scan being made for the row shown
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)  # a source's link opens in the browser, never inside the pane
        self.anchorClicked.connect(_open_web_link)
        self.setAccessibleName(tr("Details of the selected series or item"))
        self.show_key(None)

    def set_name_order(self, order: Sequence[str]) -> None:
        self._name_order = list(order)

    def show_key(self, key: RowKey | None) -> None:
        if key is None:
            self.setHtml("<p><i>" + escape(tr("Select a series or an item to see its details.")) + "</i></p>")
            return
        with self._sessions() as session:
            series = series_view(session, key.series_id, self._name_order)
            item = item_view(session, key.item_id, self._name_order) if key.item_id else None
        if series is None:
            self.setHtml("")
            return
        self.setHtml(self._picture_html(key) + self._series_html(series)
                     + (self._item_html(item) if item else self._items_list_html(series)))

    def _picture_html(self, key: RowKey) -> str:
        """The row's front scan, once its thumbnail is ready (the pane is redrawn then)."""
        self.waiting_for = ""
        if self.picture is None:
            return ""
        image, sha256 = self.picture(key)
        if image is None or image.isNull():
            self.waiting_for = sha256
            return ""
        self.document().addResource(QTextDocument.ResourceType.ImageResource, PICTURE_URL, image)
        room = max(self.viewport().width() - 24, 80)  # never wider than the pane
        width = min(PICTURE_WIDTH, room, round(image.width() / max(image.devicePixelRatio(), 1.0)))
        return f"<p><img src='{PICTURE_URL.toString()}' width='{width}'></p>"

    def _kind(self, kind: str) -> str:
        return glossary.term(f"kind.{kind}", self._ui_lang)

    def _series_html(self, s: SeriesView) -> str:
        head = escape(s.title or tr("(untitled series)"))
        serial = f"<b>{escape(s.serial)}</b> · " if s.serial else ""
        dates = []
        if s.issue_date:
            dates.append(escape(tr("Issued")) + f" {escape(format_date(s.issue_date))}")
        if s.announced:
            dates.append(escape(tr("Announced")) + f" {escape(format_date(s.announced))}")
        if not dates and s.year:
            dates.append(str(s.year))
        parts = [f"<h2>{serial}{head}</h2>", f"<p>{' · '.join(dates)}</p>", _status_html(s.status),
                 _titles_table(s.titles)]
        if s.themes:
            parts.append("<p><b>" + escape(tr("Themes")) + f":</b> {escape(', '.join(s.themes))}</p>")
        owned = s.owned_items
        if s.items:
            parts.append("<p><b>" + escape(tr("Completion")) + f":</b> {format_integer(owned)} / {format_integer(len(s.items))}</p>")
        if s.notes:
            parts.append("<p>" + escape(s.notes).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>")
        if s.sources:
            parts.append(_sources_html(s.sources))
        elif s.source:
            parts.append("<p><small>" + escape(tr("Source")) + f": {escape(s.source)}</small></p>")
        return "".join(parts)

    def _items_list_html(self, s: SeriesView) -> str:
        if not s.items:
            return "<p><i>" + escape(tr("No items catalogued yet.")) + "</i></p>"
        rows = "".join(
            f"<tr><td>{i.position}</td><td>{escape(self._kind(i.kind))}</td><td>{escape(i.title)}</td>"
            f"<td>{escape(', '.join(i.numbers))}</td></tr>"
            for i in s.items
        )
        return "<h3>" + escape(tr("Items")) + f"</h3><table cellspacing='4'>{rows}</table>"

    def _item_html(self, i: ItemView) -> str:
        parts = [f"<h3>{i.position}. {escape(self._kind(i.kind))}" + (f" — {escape(i.title)}" if i.title else "") + "</h3>"]
        if any(i.titles.values()):
            parts.append(_titles_table(i.titles))
        facts = [(tr("Face value"), localise_money_text(i.face_value)), (tr("Perforation"), i.perforation), (tr("Format"), i.format),
                 (tr("Catalogue numbers"), ", ".join(i.numbers)), (tr("Description"), i.description)]
        parts.append("".join(f"<p><b>{escape(k)}:</b> {escape(v)}</p>" for k, v in facts if v))
        if i.holdings:
            rows = "".join(
                f"<li>{h.quantity} × {escape(glossary.term(f'condition.{h.condition}', self._ui_lang))}"
                + (f", {escape(localise_money_text(h.price))}" if h.price else "") + (f", {escape(h.location)}" if h.location else "") + "</li>"
                for h in i.holdings
            )
            parts.append("<p><b>" + escape(tr("Owned")) + f":</b></p><ul>{rows}</ul>")
        else:
            parts.append("<p>" + escape(tr("Not owned.")) + "</p>")
        if i.wanted:
            parts.append("<p><b>" + escape(tr("Wanted")) + f":</b> {i.wanted}</p>")
        if i.scans:
            parts.append("<p><b>" + escape(tr("Scans")) + f":</b> {i.scans}</p>")
        return "".join(parts)


def _status_html(status: str) -> str:
    """Planned and announced series say so plainly: a plan may change."""
    if status == "planned":
        text = tr("Planned: in KSC's issuing plan, not verified as issued; the plan may change.")
    elif status == "announced":
        text = tr("Announced: not verified as issued yet.")
    else:
        return ""
    return f"<p style='color:#a05a00'><b>{escape(text)}</b></p>"


def _sources_html(sources: Sequence[SourceView]) -> str:
    rows = []
    for source in sources:
        title = escape(source.title or source.url)
        if source.url.startswith(("http://", "https://")):
            title += f" — <a href='{escape(source.url, quote=True)}'>{escape(source.url)}</a>"
        elif source.url:
            title += f" — {escape(source.url)}"
        rows.append(f"<li>{title}" + (f" <small>({escape(source.date)})</small>" if source.date else "") + "</li>")
    return "<h3>" + escape(tr("Sources")) + f"</h3><ul>{''.join(rows)}</ul>"


def _open_web_link(url: QUrl) -> None:
    if url.scheme() in ("http", "https"):
        QDesktopServices.openUrl(url)


def _titles_table(titles: dict[str, str]) -> str:
    rows = "".join(
        f"<tr><td><small>{escape(LANG_NAMES[lang])}</small></td><td>{escape(text)}</td></tr>"
        for lang, text in titles.items() if text
    )
    return f"<table cellspacing='3'>{rows}</table>" if rows else ""
