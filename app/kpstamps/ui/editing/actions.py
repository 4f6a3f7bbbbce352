"""Catalogue editing in the main window: New series…, Edit…, Delete… with undo/redo.

Every change goes through window.undo_stack as a SnapshotCommand: the services take
snapshots of the rows before and after, so undo puts rows back with their ids and links.
`controller.confirm` asks yes/no questions; tests replace it so nothing blocks.
The editing services and the series dialog are imported on first use, not at start-up (20 ms
before the window's first paint otherwise).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from kpstamps.errors import CatalogueError
from kpstamps.services.browse.rows import RowKey
from kpstamps.ui.common.undo_commands import SnapshotCommand

if TYPE_CHECKING:
    from kpstamps.services.editing.series import Impact, SeriesConflict, SeriesDraft, Snapshot
    from kpstamps.ui.common.conflict import ConflictBox
    from kpstamps.ui.editing.series_dialog import SeriesDialog


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)


def ask_yes_no(parent: QWidget) -> Callable[[str], bool]:
    def confirm(question: str) -> bool:
        answer = QMessageBox.question(parent, tr("KP Stamps"), question)
        return answer == QMessageBox.StandardButton.Yes

    return confirm


def describe_impact(impact: Impact) -> str:
    """'Delete 1 series and 7 items? This also deletes 2 holdings, …' in the UI language."""
    items = tr("%Ln item(s)", "", impact.items)
    what = tr("Delete {series} and {items}?").format(series=tr("%Ln series", "", impact.series), items=items)
    if impact.series == 0:
        what = tr("Delete {items}?").format(items=items)
    parts = [text for n, text in (
        (impact.holdings, tr("%Ln holding(s)", "", impact.holdings)),
        (impact.wants, tr("%Ln want(s)", "", impact.wants)),
        (impact.scans, tr("%Ln scan(s)", "", impact.scans)),
        (impact.catalogue_values, tr("%Ln catalogue value(s)", "", impact.catalogue_values))) if n]
    if parts:
        what += " " + tr("This also deletes {parts}.").format(parts=", ".join(parts))
    if impact.order_lines:
        what += " " + tr("%Ln order line(s) will no longer point at them.", "", impact.order_lines)
    return what + " " + tr("(Edit ▸ Undo brings everything back.)")


class EditingController:
    """The New/Edit/Delete actions of one main window."""

    def __init__(self, window):
        self.window = window
        self.sessions = window.catalogue.sessions
        self.confirm: Callable[[str], bool] = ask_yes_no(window)
        self.dialog: SeriesDialog | None = None
        self.conflict_box: ConflictBox | None = None  # the last stale-save question shown
        self.new_action = self._action(tr("&New series…"), [QKeySequence.StandardKey.New], self.new_series)
        self.edit_action = self._action(tr("&Edit…"), [QKeySequence("F2")], self.edit_current)
        self.delete_action = self._action(tr("&Delete…"), [QKeySequence.StandardKey.Delete], self.delete_selected)
        self.delete_series_action = self._action(tr("Delete whole &series…"), [QKeySequence("Shift+Del")],
                                                 self.delete_selected_series)
        window.menus["file"].insertAction(window.menus["file"].actions()[0], self.new_action)
        window.menus["file"].insertSeparator(window.menus["file"].actions()[1])
        window.menus["edit"].addActions([self.edit_action, self.delete_action, self.delete_series_action])
        window.toolbar.addAction(self.new_action)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), window.table_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_current)
        window.table_view.doubleClicked.connect(lambda _index: self.edit_current())
        # Connected before later features: a model reset emits no selectionChanged, so when an
        # edit or undo removed the current row, panels following it must hear it is gone first.
        window.catalogueChanged.connect(self._forget_vanished_row)

    def _forget_vanished_row(self) -> None:
        if self.window.current_key() is None:
            self.window.currentKeyChanged.emit(None)

    def _action(self, text: str, keys: list, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- new and edit ----------------------------------------------------------------------
    def new_series(self) -> SeriesDialog:
        from kpstamps.services.editing.series import SeriesDraft

        return self.open_dialog(SeriesDraft())

    def edit_current(self) -> SeriesDialog | None:
        from kpstamps.services.editing import series as editing

        key = self.window.current_key()
        if key is None:
            return None
        dialog = self.open_dialog(editing.load_draft(self.sessions, key.series_id))
        if key.item_id is not None:
            ids = [d.id for d in dialog.table.items()]
            if key.item_id in ids:
                dialog.table.selectRow(ids.index(key.item_id))
        return dialog

    def open_dialog(self, draft: SeriesDraft) -> SeriesDialog:
        from kpstamps.services.editing import series as editing
        from kpstamps.ui.editing.series_dialog import SeriesDialog

        dialog = SeriesDialog(draft, editing.theme_choices(self.sessions),
                              validate=lambda d: editing.validate(self.sessions, d),
                              save=lambda d: self.save(d, dialog),
                              confirm=lambda question: self.confirm(question), ui_lang=self.window.ui_lang,
                              parent=self.window)
        dialog.loaded_draft = copy.deepcopy(draft)  # what was opened: a conflict says what others changed
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def save(self, draft: SeriesDraft, dialog: SeriesDialog | None = None) -> str | None:
        """Save through the undo stack; returns an error message or None."""
        from kpstamps.services.editing import series as editing

        before = editing.snapshot(self.sessions, series_ids=[draft.id]) if draft.id is not None else None
        themes_before = {choice.key for choice in editing.theme_choices(self.sessions)}
        try:
            series_id = editing.save_series(self.sessions, draft, getattr(dialog, "loaded_draft", None))
        except editing.SeriesConflict as conflict:
            self.show_conflict(conflict, dialog)
            return str(conflict)
        except CatalogueError as exc:
            return str(exc)
        after = editing.snapshot(self.sessions, series_ids=[series_id])
        name = draft.serial or draft.titles.get("en") or next((t for t in draft.titles.values() if t), "")
        text = tr("Add series {name}") if before is None else tr("Edit series {name}")
        new_keys = [key.strip() for key in draft.new_themes if key.strip() not in themes_before]
        created = editing.theme_ids(self.sessions, new_keys)  # undo takes them away too
        self.window.undo_stack.push(SnapshotCommand(text.format(name=name), self.sessions,
                                                    before or after.emptied(), after, self.window,
                                                    created_themes=created))
        self.window.select_key(RowKey(series_id, None)) or self._select_first_item(series_id)
        return None

    def show_conflict(self, conflict: SeriesConflict, dialog: SeriesDialog | None) -> ConflictBox:
        """Who changed what; Reload puts their version into the dialog, Keep editing keeps mine."""
        from kpstamps.services.editing import series as editing
        from kpstamps.ui.common.conflict import ConflictBox

        def rebase(keep_mine: bool) -> None:
            if dialog is None or conflict.current is None:
                return
            dialog.loaded_draft = copy.deepcopy(conflict.current)
            dialog.rebase(conflict.current, keep_mine=keep_mine, themes=editing.theme_choices(self.sessions))
            if keep_mine:
                dialog.messages.setText(tr("Your version is kept: OK saves it over theirs."))
                dialog.messages.setVisible(True)

        box = ConflictBox(conflict, dialog or self.window, on_reload=lambda: rebase(False),
                          on_keep=lambda: rebase(True))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.conflict_box = box
        box.open()
        # The table may show stale rows too: their save is in the database now.
        self.window.catalogueChanged.emit()
        return box

    def _select_first_item(self, series_id: int) -> None:
        from kpstamps.services.editing import series as editing

        draft = editing.load_draft(self.sessions, series_id)
        if draft.items:
            self.window.select_key(RowKey(series_id, draft.items[0].id))

    # -- delete ----------------------------------------------------------------------------
    def delete_selected(self) -> bool:
        keys = self.window.selected_keys()
        series_ids = sorted({k.series_id for k in keys if k.item_id is None})
        item_ids = sorted({k.item_id for k in keys if k.item_id is not None})
        return self.delete(series_ids, item_ids)

    def delete_selected_series(self) -> bool:
        return self.delete(sorted({k.series_id for k in self.window.selected_keys()}), [])

    def delete(self, series_ids: list[int], item_ids: list[int]) -> bool:
        """Delete (asking first when holdings, wants or scans go too); True if done."""
        from kpstamps.services.editing import series as editing

        if not series_ids and not item_ids:
            return False
        impact = editing.delete_impact(self.sessions, series_ids, item_ids)
        if impact.needs_confirmation and not self.confirm(describe_impact(impact)):
            return False
        before = editing.snapshot(self.sessions, series_ids, item_ids)
        editing.delete(self.sessions, series_ids, item_ids)
        self.window.undo_stack.push(SnapshotCommand(self._delete_text(before), self.sessions, before,
                                                    before.emptied(), self.window))
        return True

    @staticmethod
    def _delete_text(snap: Snapshot) -> str:
        if len(snap.series_ids) == 1 and not snap.item_ids:
            row = snap.rows["series"][0] if snap.rows.get("series") else {}
            return tr("Delete series {name}").format(name=row.get("serial") or row.get("title_en") or "")
        if snap.series_ids:
            return tr("Delete {series} and {items}").format(
                series=tr("%Ln series", "", len(snap.series_ids)), items=tr("%Ln item(s)", "", len(snap.item_ids)))
        return tr("Delete {items}").format(items=tr("%Ln item(s)", "", len(snap.item_ids)))


def install(window) -> None:
    window.editing = EditingController(window)
