"""File ▸ Export catalogue pack… and File ▸ Update from catalogue pack…; the reference update note.

Opening a catalogue applies a newer bundled reference (services/catalogue/opening.py); the
window only reports it here, in the status bar, once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from kpstamps.errors import CatalogueError
from kpstamps.ui.common.i18n import tr

if TYPE_CHECKING:  # the dialogs and services load when first used, not before the window shows
    from kpstamps.services.packs.exchange import ExportResult
    from kpstamps.ui.packs.update_dialog import PackUpdateDialog


class ExportPackDialog(QDialog):
    """Name, publisher, version, only the current search, with scans; then where to save."""

    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(tr("Export catalogue pack"))
        self.setObjectName("exportPackDialog")
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.publisher = QLineEdit(self)
        self.version = QLineEdit(self)
        self.only_search = QCheckBox(tr("Only the series of the current search"), self)
        self.scans = QCheckBox(tr("Include scans"), self)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Publisher"), self.publisher)
        form.addRow(tr("Version"), self.version)
        form.addRow("", self.only_search)
        form.addRow("", self.scans)
        note = QLabel(tr("Holdings, wants, orders and prices paid are never written to a pack."), self)
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class PackActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None
        menu = window.menus["file"]
        menu.addSeparator()
        self.actions: dict[str, QAction] = {}
        for key, label, slot in (("export", tr("Export catalogue pac&k…"), self.ask_export),
                                 ("update", tr("&Update from catalogue pack…"), self.ask_update)):
            action = QAction(label, window)
            action.setObjectName(f"pack_{key}")
            action.triggered.connect(slot)
            menu.addAction(action)
            self.actions[key] = action
        self._report_reference_update()

    def _report_reference_update(self) -> None:
        report = getattr(self.window.catalogue, "reference_update", None)
        if report is not None and (report.changed or report.conflicts):
            self.window.statusBar().showMessage(
                tr("Reference catalogue updated to {version}: {summary}.").format(
                    version=report.version, summary=report.summary()), 20000)

    # --- export -----------------------------------------------------------------------------
    def ask_export(self) -> ExportPackDialog:
        dialog = ExportPackDialog(self.window)
        dialog.accepted.connect(lambda: self._choose_export_path(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _choose_export_path(self, dialog: ExportPackDialog) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Export catalogue pack"), "", tr("Catalogue packs (*.kpspack *.zip);;All files (*)"))
        if path:
            self.export_to(Path(path), name=dialog.name.text(), publisher=dialog.publisher.text(),
                           version=dialog.version.text(), only_search=dialog.only_search.isChecked(),
                           scans=dialog.scans.isChecked())

    def export_to(self, path: Path, *, name: str = "", publisher: str = "", version: str = "",
                  only_search: bool = False, scans: bool = False) -> ExportResult | None:
        from kpstamps.services.packs.exchange import export_pack

        query = self.window.search_bar.query() if only_search and hasattr(self.window, "search_bar") else None
        try:
            result = export_pack(self.window.catalogue, path, name=name.strip() or path.stem, publisher=publisher,
                                 version=version, query=query or None, scans=scans)
        except (CatalogueError, OSError) as exc:
            QMessageBox.warning(self.window, tr("Export catalogue pack"), str(exc))
            return None
        self.window.statusBar().showMessage(
            tr("Exported {series} series and {items} items to {path}").format(
                series=result.series, items=result.items, path=path), 10000)
        return result

    # --- update -----------------------------------------------------------------------------
    def ask_update(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Update from catalogue pack"), "",
                                              tr("Catalogue packs (*.kpspack *.zip);;All files (*)"))
        if path:
            self.open_update(Path(path))

    def open_update(self, path: Path) -> PackUpdateDialog | None:
        """The update dialog for the pack at `path`, or a message when the pack is refused."""
        from kpstamps.ui.packs.update_dialog import PackUpdateDialog

        try:
            dialog = PackUpdateDialog(self.window, path)
        except CatalogueError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, tr("Update from catalogue pack"),
                              tr("The pack was refused; nothing was changed.") + "\n" + str(exc),
                              QMessageBox.StandardButton.Ok, self.window)
            box.setObjectName("packRefused")
            self.dialog = box
            box.open()
            return None
        self.dialog = dialog
        dialog.applied.connect(lambda _report: self.window.catalogueChanged.emit())
        dialog.open()
        return dialog


def install(window) -> PackActions:
    actions = PackActions(window)
    actions.setObjectName("packs")
    return actions
