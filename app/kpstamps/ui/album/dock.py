"""The album dock's contents (built on first use, see actions.py) and the album and list printing.

The dock follows the table's search (the same row filter) and the current row; a click on a
space selects that item everywhere, O / W and the context menu tick owned / wanted as
undoable steps (through the checklist's edit when that feature is installed). The dock reads
its album in the background (ui/common/tasks.py), so typing a search never waits for it; it
shows the first MAX_SERIES series, printing reads them all when asked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, Qt, QTimer
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kpstamps.errors import CatalogueError
from kpstamps.printing.album import (
    AlbumOptions,
    paint_album,
    parse_paper,
    render_album_pdf,
    scan_images,
)
from kpstamps.printing.lists import paint_list, render_list_pdf
from kpstamps.services.album.lists import build_list, set_keep_quantity, write_csv
from kpstamps.services.album.pages import AlbumSeries, read_first_series
from kpstamps.services.browse.rows import RowKey
from kpstamps.services.collection import holdings
from kpstamps.ui.album.print_dialog import PrintOptionsDialog
from kpstamps.ui.album.view import AlbumCanvas, AlbumScroll
from kpstamps.ui.common.i18n import tr
from kpstamps.ui.common.tasks import Task, run_task
from kpstamps.ui.common.undo_commands import ServiceCommand
from kpstamps.ui.scans.thumbnail_loader import ThumbnailLoader

MAX_SERIES = 200  # the dock shows the first series of a broad search; printing takes them all
ZOOMS = (0.5, 0.75, 1.0, 1.5, 2.0)


class AlbumPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("albumPanel")
        self.canvas = AlbumCanvas(self)
        self.scroll = AlbumScroll(self.canvas, self)
        self.previous = QToolButton(self, text="◀", objectName="albumPrevious", toolTip=tr("Previous page (Page Up)"))
        self.next = QToolButton(self, text="▶", objectName="albumNext", toolTip=tr("Next page (Page Down)"))
        self.page = QLabel(self, objectName="albumPage")
        self.zoom = QComboBox(self, objectName="albumZoom")
        for zoom in ZOOMS:
            self.zoom.addItem(f"{zoom:.0%}", zoom)
        self.zoom.setCurrentIndex(ZOOMS.index(0.75))
        self.zoom.setAccessibleName(tr("Zoom"))
        self.note = QLabel(self, objectName="albumNote")
        bar = QHBoxLayout()
        for widget in (self.previous, self.page, self.next, self.zoom, self.note):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self.previous.clicked.connect(lambda: self.canvas.turn(-1))
        self.next.clicked.connect(lambda: self.canvas.turn(1))
        self.zoom.currentIndexChanged.connect(lambda _i: self.canvas.set_zoom(self.zoom.currentData()))
        self.canvas.pageChanged.connect(lambda n, total: self.page.setText(tr("Page {n} of {total}").format(n=n, total=total)))
        self.canvas.set_zoom(self.zoom.currentData())


class AlbumDock:
    """The album dock's contents and its work: built the first time the dock is shown or an
    album or list is printed (see actions.py)."""

    def __init__(self, window, dock: QDockWidget):
        self.window = window
        self.dock = dock
        self.panel = AlbumPanel(dock)
        self.canvas = self.panel.canvas
        home = window.catalogue.home
        self.loader = ThumbnailLoader(home.scans, home.thumbnails, window)
        self.loader.thumbnailReady.connect(lambda _sha: self.canvas.update())
        self.canvas.images = lambda item, size: self.loader.image(item.scan, size)
        dock.setWidget(self.panel)
        self.printer: QPrinter | None = None  # kept here: the preview uses it after print_album returns
        self.dialog: PrintOptionsDialog | None = None
        self._generation = 0  # of the newest reload; older reads' outcomes are dropped
        self._task: Task | None = None
        self._timer = QTimer(window, singleShot=True, interval=120)
        self._timer.timeout.connect(self.reload)
        dock.visibilityChanged.connect(lambda shown: shown and self._timer.start())
        window.table_model.modelReset.connect(self._timer.start)
        window.catalogueChanged.connect(self._timer.start)
        window.currentKeyChanged.connect(self.show_key)
        self.canvas.spaceActivated.connect(self._select_row)
        self.canvas.tickRequested.connect(self.tick)
        self.canvas.keepRequested.connect(self.keep)
        if dock.isVisible():
            self._timer.start()

    # -- the dock --------------------------------------------------------------------------
    def title_lang(self) -> str:
        return (self.window.prefs.name_order or ["en"])[0]

    def album(self, limit: int | None = MAX_SERIES) -> list[AlbumSeries]:
        """The series of the table's rows (its search and filters), in catalogue order (read
        here, in the calling thread: printing asks for it on demand)."""
        with self.window.catalogue.sessions() as session:
            return read_first_series(session, self.window.table_model.row_filter.where, limit)

    def reload(self) -> None:
        """Read the album of the table's rows in the background; the canvas keeps the previous
        album until it arrives, and a newer reload drops the outcome of an older one."""
        if not self.dock.isVisible():
            return
        self._generation += 1
        generation, where = self._generation, self.window.table_model.row_filter.where
        if self._task is not None and self._task.running:
            self._task.cancel()  # its outcome is dropped below either way
        self._task = run_task(lambda job: read_first_series(job.session, where, MAX_SERIES), parent=self.panel,
                              sessions=self.window.catalogue.sessions,
                              on_result=lambda album: self._show(generation, album),
                              on_error=lambda exc: self._failed(generation, exc))

    def loading(self) -> bool:
        """Whether an album read is under way."""
        return self._task is not None and self._task.running

    def _show(self, generation: int, album: list[AlbumSeries]) -> None:
        if generation != self._generation:
            return
        total = len(album)
        self.canvas.show_album(album, AlbumOptions(lang=self.title_lang(), per_page=True, header="", footer=False))
        self.panel.note.setText(tr("first {n} series of the search").format(n=MAX_SERIES) if total >= MAX_SERIES else "")
        key = self.window.current_key()
        if key is not None and key.item_id is not None:
            self.canvas.select_item(key.item_id, notify=False)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.panel.note.setText(tr("The album could not be read: {error}").format(error=exc))

    def show_key(self, key: RowKey | None) -> None:
        if key is not None and key.item_id is not None and key.item_id != self.canvas.current_item:
            self.canvas.select_item(key.item_id, notify=False)

    def _select_row(self, series_id: int, item_id: int) -> None:
        self.window.select_key(RowKey(series_id, item_id))

    def tick(self, item_id: int, what: str) -> None:
        """Toggle owned or wanted for an item, as an undoable step when the checklist is there."""
        item = self.canvas.layout_.items.get(item_id) if self.canvas.layout_ else None
        if item is None:
            return
        sessions = self.window.catalogue.sessions
        on = not (item.owned if what == "owned" else item.wanted)
        change = (lambda: holdings.set_owned(sessions, item_id, on)) if what == "owned" else (
            lambda: holdings.set_wanted(sessions, item_id, on))
        feature = getattr(self.window, "holdings_feature", None)
        text = (tr("Owned: {item}") if what == "owned" else tr("Wanted: {item}")).format(item=item.numbers or f"#{item_id}")
        if feature is not None:
            feature.edit(text, item_id, change)
        else:
            try:
                change()
            except CatalogueError as exc:
                self.window.statusBar().showMessage(str(exc), 5000)
                return
            self.window.catalogueChanged.emit()

    def keep(self, item_id: int, count: int) -> None:
        """How many copies to keep (the swap list offers the rest), as an undoable step."""
        item = self.canvas.layout_.items.get(item_id) if self.canvas.layout_ else None
        if item is None or item.keep == count:
            return
        sessions, before = self.window.catalogue.sessions, item.keep
        try:
            set_keep_quantity(sessions, item_id, count)
        except CatalogueError as exc:
            self.window.statusBar().showMessage(str(exc), 5000)
            return
        self.window.undo_stack.push(ServiceCommand(
            tr("Keep {n}: {item}").format(n=count, item=item.numbers or f"#{item_id}"),
            lambda: set_keep_quantity(sessions, item_id, count), lambda: set_keep_quantity(sessions, item_id, before),
            self.window, done=True))

    # -- printing --------------------------------------------------------------------------
    def _collection_name(self) -> str:
        return getattr(self.window.prefs.customer, "name", "") or ""

    def print_album(self) -> PrintOptionsDialog:
        return self._open_dialog(lists=False)

    def print_list(self) -> PrintOptionsDialog:
        return self._open_dialog(lists=True)

    def _open_dialog(self, lists: bool) -> PrintOptionsDialog:
        dialog = PrintOptionsDialog(self.title_lang(), lists, "", self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda action: self._run(dialog, action))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _run(self, dialog: PrintOptionsDialog, action: str) -> None:
        options = dialog.options()
        try:
            if dialog.lists:
                printed = build_list(self.window.catalogue.sessions, dialog.list_kind(), options.lang,
                                     where=self.window.table_model.row_filter.where)
                self._output(action, options, lambda device: paint_list(printed, device, collection=options.header),
                             lambda path: render_list_pdf(printed, path, options.paper, options.header).pages,
                             lambda path: write_csv(printed, path), printed.title())
            else:
                album = self.album(limit=None)
                images = scan_images(self.window.catalogue.home.scans, self.window.catalogue.home.thumbnails,
                                     options.image_dpi)
                self._output(action, options, lambda device: paint_album(album, options, device, images),
                             lambda path: render_album_pdf(album, path, options, images).pages, None, "album")
        except (CatalogueError, OSError) as exc:
            dialog.error.setText(str(exc))

    def _output(self, action: str, options: AlbumOptions, paint, save_pdf, save_csv, name: str) -> None:
        if action == "preview":
            self.preview(options, paint)
            return
        suffix = ".csv" if action == "csv" else ".pdf"
        path, _f = QFileDialog.getSaveFileName(self.window, tr("Save as"), f"{name}{suffix}",
                                               tr("CSV files (*.csv)") if action == "csv" else tr("PDF files (*.pdf)"))
        if not path:
            return
        result = (save_csv if action == "csv" else save_pdf)(Path(path))
        self.window.statusBar().showMessage(tr("Saved {path} ({n}).").format(path=path, n=result), 5000)

    def preview(self, options: AlbumOptions, paint) -> QPrintPreviewDialog:
        width, height = parse_paper(options.paper)
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setFullPage(True)  # the album's own margins apply
        self.printer.setPageLayout(QPageLayout(QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter),
                                               QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        preview = QPrintPreviewDialog(self.printer, self.window)
        preview.setObjectName("albumPreview")
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.paintRequested.connect(paint)
        preview.open()
        self.preview_dialog = preview
        return preview
