"""Scans in the main window: attach (menu, drop, paste), gallery dock, viewer, check tool.

`install(window)` adds Edit → Attach scans…, Edit → Paste scan (Ctrl+Shift+V),
View → Gallery, Tools → Check scans…, drops on the table and detail pane, and a clean-up
of unused scan files when the window closes. Attaching and removing are undoable; dropped
and chosen files are copied in a worker thread (`scan_attach.AttachWorker`).
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMenu,
    QMessageBox,
)

from kpstamps.errors import CatalogueError
from kpstamps.services.browse.rows import RowKey
from kpstamps.services.scans.store import (
    AttachResult,
    PreparedFile,
    ScanInfo,
    cleanup_scans,
    detach_scans,
    move_scan,
    prepare_files,
    record_scans,
    restore_scans,
    scan_owner_labels,
    scans_for_keys,
    set_scan_role,
)
from kpstamps.ui.common.errors import message_for
from kpstamps.ui.common.file_places import remember, start_dir
from kpstamps.ui.common.undo_commands import ServiceCommand
from kpstamps.ui.scans.attach import AttachWorker
from kpstamps.ui.scans.gallery import GalleryModel, GalleryView, role_label
from kpstamps.ui.scans.thumbnail_loader import ThumbnailLoader

if TYPE_CHECKING:
    from kpstamps.ui.scans.check import CheckScansDialog
    from kpstamps.ui.scans.viewer import ScanViewer

IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp *.gif"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)


def _scans_command(feature: ScanFeature, scans: list[ScanInfo], attached: bool, text: str) -> ServiceCommand:
    """Attach (undo = remove rows) or remove (undo = put rows back); files stay until cleanup."""
    catalogue = feature.window.catalogue
    feature.touched.update(s.sha256 for s in scans)  # files this window may leave unused

    def apply(present: bool) -> None:
        if present:
            restore_scans(catalogue, scans)
        else:
            detach_scans(catalogue, [s.id for s in scans])

    # The work was done before the command is pushed (done=True).
    return ServiceCommand(text, lambda: apply(attached), lambda: apply(not attached), feature.window, done=True)


class ScanFeature(QObject):
    attached = Signal(list)  # list[AttachResult] of each attach, once its rows are in

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        catalogue = window.catalogue
        self.loader = ThumbnailLoader(catalogue.home.scans, catalogue.home.thumbnails, self)
        self.attacher = AttachWorker(catalogue.home.scans, self)
        self.attacher.prepared.connect(self._record)
        self.attacher.failed.connect(
            lambda exc: self.window.statusBar().showMessage(message_for(exc, catalogue.url), 30000))
        self.gallery_model = GalleryModel(self.loader, parent=self)
        self.gallery = GalleryView(self.gallery_model)
        self.gallery.scanActivated.connect(self.open_viewer)
        self.gallery.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.gallery.customContextMenuRequested.connect(self._gallery_menu)
        self.dock = QDockWidget(tr("Gallery"), window)
        self.dock.setObjectName("galleryDock")
        self.dock.setWidget(self.gallery)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._on_dock_visibility)
        self.viewers: list[ScanViewer] = []
        self.touched: set[str] = set()  # hashes of scans this window attached or removed
        self.last_results: list[AttachResult] = []
        self.message_box: QMessageBox | None = None
        self.check_dialog: CheckScansDialog | None = None
        self._add_actions()
        for widget in (window.table_view.viewport(), window.detail.viewport()):
            widget.setAcceptDrops(True)
            widget.installEventFilter(self)
        window.installEventFilter(self)
        window.table_model.modelReset.connect(self._on_rows_changed)

    def _add_actions(self) -> None:
        w = self.window
        self.attach_action = QAction(tr("&Attach scans…"), w)
        self.attach_action.triggered.connect(self.choose_files)
        self.paste_action = QAction(tr("&Paste scan"), w)
        self.paste_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.paste_action.triggered.connect(self.paste)
        w.menus["edit"].addActions([self.attach_action, self.paste_action])
        self.gallery_action = self.dock.toggleViewAction()
        self.gallery_action.setText(tr("&Gallery"))
        self.gallery_action.setShortcut(QKeySequence("Ctrl+G"))
        w.menus["view"].addAction(self.gallery_action)
        self.check_action = QAction(tr("Check &scans…"), w)
        self.check_action.triggered.connect(self.open_check)
        w.menus["tools"].addAction(self.check_action)

    # -- attaching ---------------------------------------------------------------------------
    def choose_files(self) -> None:
        key = self.window.current_key()
        if key is None:
            self.window.statusBar().showMessage(tr("Select a series or an item first."), 5000)
            return
        dialog = QFileDialog(self.window, tr("Attach scans"), start_dir("scans"),
                             tr("Images ({patterns})").format(patterns=IMAGE_PATTERNS))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(lambda files: remember("scans", files[0]) if files else None)
        dialog.filesSelected.connect(lambda files: self.attach_in_background(key, files))
        dialog.open()

    def attach_files(self, key: RowKey, files: Sequence[str | Path], names: Sequence[str] | None = None
                     ) -> list[AttachResult]:
        """Attach files to the row's item (or series) now; report per-file errors; undoable."""
        return self._record(key, prepare_files(self.window.catalogue.home.scans, files))

    def attach_in_background(self, key: RowKey, files: Sequence[str | Path]) -> None:
        """Attach files without freezing the window (drops, the file dialog); `attached` says when."""
        self.window.statusBar().showMessage(tr("Attaching %Ln file(s)…", "", len(files)))
        self.attacher.start(key, files)

    def _record(self, key: RowKey, prepared: list[PreparedFile]) -> list[AttachResult]:
        owner = {"item_id": key.item_id} if key.item_id is not None else {"series_id": key.series_id}
        try:
            results = record_scans(self.window.catalogue, prepared, **owner)
        except CatalogueError as exc:  # the row was deleted while its files were being copied
            results = [AttachResult(p.source, error=f"{p.source.name}: {exc}") for p in prepared]
        self.last_results = results
        attached = [r.scan for r in results if r.scan is not None]
        if attached:
            self.window.undo_stack.push(_scans_command(self, attached, True, tr("Attach %Ln scan(s)", "", len(attached))))
            self.window.catalogueChanged.emit()
            self.window.statusBar().showMessage(tr("Attached %Ln scan(s).", "", len(attached)), 5000)
        else:
            self.window.statusBar().clearMessage()  # no "Attaching…" left behind
        errors = [r.error for r in results if r.error]
        if errors:
            self._warn(tr("Some files were not attached"), "\n".join(errors))
        self.attached.emit(results)
        return results

    def paste(self) -> list[AttachResult]:
        key = self.window.current_key()
        mime = QGuiApplication.clipboard().mimeData()
        if key is None or mime is None:
            return []
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        if files:
            self.attach_in_background(key, files)
            return []
        image = QImage(mime.imageData()) if mime.hasImage() else QImage()
        if image.isNull():
            self.window.statusBar().showMessage(tr("The clipboard holds no image."), 5000)
            return []
        with tempfile.TemporaryDirectory(prefix="kpstamps-paste-") as temp:
            path = Path(temp) / "pasted.png"  # lossless, so the stored scan is what was copied
            if not image.save(str(path), "PNG"):
                self._warn(tr("Paste failed"), tr("The clipboard image could not be saved."))
                return []
            return self.attach_files(key, [path])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Close:
                # Files of removed scans go now, not before (undo needed them). In a folder shared
                # by a club only this window's own: another member may still undo a removal.
                catalogue = self.window.catalogue
                self.attacher.finish()  # files still being copied get their rows first
                cleanup_scans(catalogue, only=self.touched if catalogue.home.shared_scans else None)
            return False
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if event.mimeData().hasUrls() and self._drop_key(watched, event.position().toPoint()) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and event.mimeData().hasUrls():
            key = self._drop_key(watched, event.position().toPoint())
            files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
            if key is not None and files:
                event.acceptProposedAction()
                self.attach_in_background(key, files)
                return True
        return False

    def _drop_key(self, watched: QObject, pos: QPoint) -> RowKey | None:
        if watched is self.window.table_view.viewport():
            index = self.window.table_view.indexAt(pos)
            return self.window.table_model.row_key(index.row()) if index.isValid() else None
        return self.window.current_key()

    # -- gallery and viewer ------------------------------------------------------------------
    def refresh_gallery(self) -> None:
        catalogue = self.window.catalogue
        scans = scans_for_keys(catalogue, self.window.table_model.keys())
        self.gallery_model.set_scans(scans, scan_owner_labels(catalogue, scans, self.window.prefs.name_order))
        self.dock.setWindowTitle(tr("Gallery — %Ln scan(s)", "", self.gallery_model.rowCount()))

    def show_gallery(self) -> None:
        """Show the gallery dock (View → Gallery), filled with the scans of the rows shown."""
        if self.dock.isVisible():
            self.refresh_gallery()
        self.dock.show()
        self.dock.raise_()

    def _on_dock_visibility(self, visible: bool) -> None:
        if not visible:
            return
        window = self.window
        # Share the bottom area with other features' docks as tabs rather than squeezing them.
        others = [d for d in window.findChildren(QDockWidget) if d is not self.dock and not d.isFloating()
                  and d.isVisible() and window.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea]
        if others and not window.tabifiedDockWidgets(self.dock):
            window.tabifyDockWidget(others[0], self.dock)
            self.dock.raise_()
        window.resizeDocks([self.dock], [330], Qt.Orientation.Vertical)
        self.refresh_gallery()

    def _on_rows_changed(self) -> None:
        if self.dock.isVisible():
            self.refresh_gallery()

    def open_viewer(self, scan_id: int) -> ScanViewer | None:
        from kpstamps.ui.scans.viewer import (  # on first use
            ScanViewer,
            describe_scan_owner,
        )

        scans = self.gallery_model.scans()
        index = next((i for i, s in enumerate(scans) if s.id == scan_id), None)
        if index is None:
            return None
        viewer = ScanViewer(self.window.catalogue, scans, index,
                            describe_scan_owner(self.window.catalogue, self.window.prefs.name_order,
                                                self.window.ui_lang), self.window)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.destroyed.connect(lambda: self.viewers.remove(viewer) if viewer in self.viewers else None)
        self.viewers.append(viewer)
        viewer.show()
        return viewer

    def remove_scans(self, scan_ids: Sequence[int]) -> None:
        removed = detach_scans(self.window.catalogue, scan_ids)
        if removed:
            self.window.undo_stack.push(_scans_command(self, removed, False, tr("Remove %Ln scan(s)", "", len(removed))))
            self.window.catalogueChanged.emit()

    def set_role(self, scan_id: int, role: str) -> None:
        """Make a scan the front, back or a detail (undoable)."""
        catalogue = self.window.catalogue
        previous = set_scan_role(catalogue, scan_id, role)
        if previous != role:
            self.window.undo_stack.push(ServiceCommand(
                tr("Change scan role"), lambda: set_scan_role(catalogue, scan_id, role),
                lambda: set_scan_role(catalogue, scan_id, previous), self.window, done=True))

    def move(self, scan_id: int, offset: int) -> bool:
        """Move a scan earlier (-1) or later (+1) among its item's or series' scans (undoable)."""
        catalogue = self.window.catalogue
        if not move_scan(catalogue, scan_id, offset):
            return False
        self.window.undo_stack.push(ServiceCommand(
            tr("Move scan"), lambda: move_scan(catalogue, scan_id, offset),
            lambda: move_scan(catalogue, scan_id, -offset), self.window, done=True))
        return True

    def gallery_menu(self, ids: Sequence[int]) -> QMenu:
        menu = QMenu(self.gallery)
        menu.addAction(tr("Open"), lambda: self.open_viewer(ids[0]))
        if len(ids) == 1:
            current = next((s.role for s in self.gallery_model.scans() if s.id == ids[0]), None)
            roles = menu.addMenu(tr("Role"))
            for role in ("front", "back", "detail"):
                action = roles.addAction(role_label(role), lambda r=role: self.set_role(ids[0], r))
                action.setCheckable(True)
                action.setChecked(role == current)
            menu.addAction(tr("Move earlier"), lambda: self.move(ids[0], -1))
            menu.addAction(tr("Move later"), lambda: self.move(ids[0], 1))
        menu.addAction(tr("Remove scan(s)"), lambda: self.remove_scans(ids))
        return menu

    def _gallery_menu(self, pos: QPoint) -> None:
        ids = self.gallery.selected_scan_ids()
        if ids:
            self.gallery_menu(ids).popup(self.gallery.viewport().mapToGlobal(pos))

    # -- check tool and messages -------------------------------------------------------------
    def open_check(self) -> CheckScansDialog:
        from kpstamps.ui.scans.check import CheckScansDialog  # on first use

        self.check_dialog = CheckScansDialog(self.window.catalogue, self.window)
        self.check_dialog.repaired.connect(self.window.catalogueChanged.emit)
        # Files it deleted are gone for good: Undo must not bring back scans that would have none.
        self.check_dialog.filesDeleted.connect(self.window.undo_stack.clear)
        self.check_dialog.show()
        return self.check_dialog

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        self.message_box = box
        box.show()


def install(window) -> None:
    window.scan_feature = ScanFeature(window)
