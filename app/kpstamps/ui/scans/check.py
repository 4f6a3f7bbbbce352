"""Tools → Check scans…: the dialog that lists missing and unused scan files and repairs them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from kpstamps.services.scans.store import ScanHealth, repair_scans, scan_health


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)


class CheckScansDialog(QDialog):
    """Tools → Check scans…: lists missing and unused files; Repair (after reading the list) fixes them."""

    repaired = Signal()
    filesDeleted = Signal()

    def __init__(self, catalogue, parent=None):
        super().__init__(parent)
        self.setObjectName("checkScansDialog")
        self.setWindowTitle(tr("Check scans"))
        self._catalogue = catalogue
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(tr("Problems found"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.repair_button = self.buttons.addButton(tr("Repair"), QDialogButtonBox.ButtonRole.ActionRole)
        self.repair_button.setAccessibleName(tr("Remove scans without a file and delete unused files"))
        self.repair_button.clicked.connect(self.repair)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 360)
        self.health = self.check()

    def check(self) -> ScanHealth:
        self.health = health = scan_health(self._catalogue)
        lines = [tr("Missing file: {path} (scan of {owner}, was “{name}”)").format(
            path=s.relative_path, name=s.original_name,
            owner=tr("item {id}").format(id=s.item_id) if s.item_id is not None else tr("series {id}").format(
                id=s.series_id)) for s in health.missing]
        lines += [tr("Unused file: {path}").format(path=p) for p in health.orphans]
        self.details.setPlainText("\n".join(lines))
        if health.healthy:
            self.summary.setText(tr("All scans have their files and there are no unused files."))
        else:
            self.summary.setText(" ".join((
                tr("%Ln scan(s) lost their file.", "", len(health.missing)),
                tr("%Ln file(s) not used.", "", len(health.orphans)),
                tr("Repair removes those scans from the catalogue and deletes the unused files."),
                tr("Deleted files cannot be brought back with Undo."))))
        self.repair_button.setEnabled(not health.healthy)
        return health

    def repair(self) -> None:
        result = repair_scans(self._catalogue)
        self.check()
        self.summary.setText(" ".join((tr("Removed %Ln scan(s) without a file.", "", result.removed_rows),
                                       tr("Deleted %Ln unused file(s).", "", result.deleted_files))))
        self.repaired.emit()
        if result.deleted_files:
            self.filesDeleted.emit()
