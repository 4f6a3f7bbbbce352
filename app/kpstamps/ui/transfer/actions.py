"""File → Import…, Export…, Backup now, Restore… and the backup when the app quits."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kpstamps.errors import CatalogueError
from kpstamps.services.transfer.backup import backup_on_close, create_backup
from kpstamps.services.transfer.restoring import restore_catalogue
from kpstamps.ui.common.file_places import remember, start_dir

if TYPE_CHECKING:
    from kpstamps.ui.common.tasks import Task
    from kpstamps.ui.transfer.import_dialog import ImportDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class TransferActions(QObject):
    """The File menu's transfer actions; a child of the window, so it goes when the window goes."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.pool = QThreadPool.globalInstance()
        self.dialog: ImportDialog | None = None
        self.worker: Task | None = None
        menu = window.menus["file"]
        self.actions: dict[str, QAction] = {}
        for key, label, slot in (("import", tr("&Import…"), self.import_file),
                                 ("export", tr("&Export catalogue…"), self.export_all),
                                 ("export_search", tr("Export current &search…"), self.export_search),
                                 ("backup", tr("&Backup now"), self.backup_now),
                                 ("restore", tr("&Restore from backup…"), self.restore)):
            action = QAction(label, window)
            action.setObjectName(f"transfer_{key}")
            action.triggered.connect(slot)
            menu.addAction(action)
            self.actions[key] = action
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.backup_at_quit)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    def open_import_dialog(self, path: Path) -> ImportDialog:
        from kpstamps.ui.transfer.import_dialog import ImportDialog  # the importers: on first use

        self.dialog = ImportDialog(self.window.catalogue.sessions, path, self.window, self.pool,
                                   scans_dir=self.window.catalogue.home.scans, ui_lang=self.window.ui_lang)
        self.dialog.imported.connect(lambda _report: self.window.catalogueChanged.emit())
        self.dialog.open()
        return self.dialog

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Import"), start_dir("import"), tr(
            "Collections (*.csv *.json *.tc *.xml *.gcs);;All files (*)"))
        remember("import", path)
        if path:
            self.open_import_dialog(Path(path))

    def export_keys(self, path: Path, keys) -> Task:
        """Export in the background; JSON for .json, CSV (with a BOM, for spreadsheets) otherwise."""
        from kpstamps.services.transfer.exporting import export_csv, export_json

        sessions = self.window.catalogue.sessions

        def job(_progress, _cancel):
            if path.suffix.lower() == ".json":
                return export_json(sessions, path, keys)
            return export_csv(sessions, path, keys, bom=True)

        return self._run(job, lambda count: self._status(tr("Exported {count} to {path}").format(count=count, path=path)))

    def _ask_export_path(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Export"), start_dir("export"),
                                              tr("CSV (*.csv);;JSON (*.json)"))
        remember("export", path)
        return Path(path) if path else None

    def export_all(self) -> None:
        path = self._ask_export_path()
        if path:
            self.export_keys(path, None)

    def export_search(self) -> None:
        path = self._ask_export_path()
        if path:
            self.export_keys(path, self.window.table_model.keys())

    def backup_now(self) -> Task:
        catalogue = self.window.catalogue
        return self._run(lambda _p, _c: create_backup(catalogue),
                         lambda path: self._status(tr("Backup written to {path}").format(path=path)))

    def _run(self, job, done) -> Task:
        from kpstamps.ui.transfer.import_dialog import run_transfer

        self.worker = run_transfer(job, self, self.pool, done, self._status)
        return self.worker

    def restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Restore"), start_dir("backup"), tr("Backups (*.zip)"))
        remember("backup", path)
        if not path:
            return
        answer = QMessageBox.question(self.window, tr("Restore"), tr(
            "Replace the catalogue with this backup? The current catalogue is kept in the backups folder."))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_from(Path(path))

    def restore_from(self, path: Path) -> str:
        """Swap in a backup (the current catalogue is kept) and show it; returns the message shown.

        The window closes its own catalogue for the swap and opens it again (see
        services/transfer/restoring.py); another process with it open makes it refuse.
        """
        catalogue = self.window.catalogue
        try:
            result = restore_catalogue(catalogue.home, path, own=catalogue)
            message = tr("Restored {path}; the previous catalogue is in {previous}").format(
                path=path.name, previous=result.previous)
        except CatalogueError as exc:
            message = str(exc)
        self.window.catalogueChanged.emit()
        self._status(message)
        return message

    def backup_at_quit(self) -> None:
        try:
            backup_on_close(self.window.catalogue, self.window.prefs)
        except (CatalogueError, OSError) as exc:  # quitting must not fail because of a backup
            print(f"kpstamps: backup on close failed: {exc}")


def install(window) -> TransferActions:
    actions = TransferActions(window)
    actions.setObjectName("transfer")
    return actions
