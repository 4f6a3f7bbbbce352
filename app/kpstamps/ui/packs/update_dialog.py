"""The dialog of File ▸ Update from catalogue pack…: what the pack would do, conflicts, apply.

It shows the dry run's figures and one row per conflict (a row the user edited that the pack
would change) with a "take the pack's version" box, unticked (= keep mine). Apply runs the
update in one transaction and pushes ONE undo step (a snapshot of every row it touched,
services/editing/snapshots.py); undo removes the series and items it added too.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpstamps.errors import CatalogueError
from kpstamps.services.editing.snapshots import Snapshot, snapshot
from kpstamps.services.packs.exchange import update_from_pack
from kpstamps.services.packs.updating import THEIRS, UpdateReport
from kpstamps.ui.common.i18n import tr


class PackUpdateDialog(QDialog):
    applied = Signal(object)  # UpdateReport

    def __init__(self, window, path: Path, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setWindowTitle(tr("Update from catalogue pack"))
        self.setObjectName("packUpdateDialog")
        self.window_, self.path = window, Path(path)
        self.catalogue = window.catalogue
        self.preview: UpdateReport = update_from_pack(self.catalogue, self.path, dry_run=True)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.conflicts = QTableWidget(len(self.preview.conflicts), 3, self)
        self.conflicts.setObjectName("packConflicts")
        self.conflicts.setHorizontalHeaderLabels([tr("Row"), tr("Values that differ"), tr("Take the pack's version")])
        self.conflicts.setAccessibleName(tr("Conflicts: rows you edited that the pack would change"))
        for row, conflict in enumerate(self.preview.conflicts):
            self.conflicts.setItem(row, 0, _cell(f"{conflict.kind} {conflict.label}"))
            self.conflicts.setItem(row, 1, _cell(", ".join(conflict.fields)))
            choice = QTableWidgetItem(tr("take theirs"))
            choice.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            choice.setCheckState(Qt.CheckState.Unchecked)
            choice.setData(Qt.ItemDataRole.UserRole, conflict.pack_id)
            self.conflicts.setItem(row, 2, choice)
        self.conflicts.resizeColumnsToContents()
        self.conflicts.setVisible(bool(self.preview.conflicts))
        layout.addWidget(self.conflicts)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show_summary()
        self.resize(640, 420 if self.preview.conflicts else 220)

    def _show_summary(self) -> None:
        p = self.preview
        text = tr("<b>{name}</b> {version}: {summary}.").format(
            name=escape(p.pack), version=escape(p.version), summary=escape(p.summary()))
        note = tr("Your holdings, wants and orders are not touched. Rows you edited are kept unless you tick "
                  "“take theirs”.")
        self.summary.setText(f"<p>{text}</p><p><small>{escape(note)}</small></p>")

    def resolutions(self) -> dict[str, str]:
        chosen = {}
        for row in range(self.conflicts.rowCount()):
            cell = self.conflicts.item(row, 2)
            if cell.checkState() == Qt.CheckState.Checked:
                chosen[cell.data(Qt.ItemDataRole.UserRole)] = THEIRS
        return chosen

    def apply(self) -> None:
        """Apply the pack; one undo step; the status bar says what happened."""
        from kpstamps.ui.common.undo_commands import SnapshotCommand

        resolutions = self.resolutions()
        sessions = self.catalogue.sessions
        try:
            dry = update_from_pack(self.catalogue, self.path, dry_run=True, resolutions=resolutions)
            before = snapshot(sessions, dry.series_ids - dry.added_series_ids, dry.item_ids - dry.added_item_ids)
            report = update_from_pack(self.catalogue, self.path, resolutions=resolutions)
        except CatalogueError as exc:
            nothing = tr("Nothing was changed:")
            self.summary.setText(f"<p><b>{escape(nothing)}</b> {escape(str(exc))}</p>")
            return
        after = snapshot(sessions, report.series_ids, report.item_ids)
        undo_before = Snapshot(after.series_ids, after.item_ids, before.rows)
        text = tr("Update from pack {name}").format(name=report.pack)
        self.window_.undo_stack.push(SnapshotCommand(text, sessions, undo_before, after, self.window_, done=True,
                                                     created_themes=tuple(report.created_theme_ids)))
        self.window_.statusBar().showMessage(
            tr("Updated from {name}: {summary}.").format(name=report.pack, summary=report.summary()), 15000)
        self.applied.emit(report)
        self.accept()


def _cell(text: str) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return cell
