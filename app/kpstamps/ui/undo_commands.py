"""Thin undo commands: the data work is in services (plain functions and snapshots).

`ServiceCommand` runs any pair of callables; `SnapshotCommand` swaps the database between
two `Snapshot`s. Both tell the window the catalogue changed. Commands pushed after the
work was already done pass `done=True`, so the stack's first `redo()` does not repeat it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from kpstamps.services.snapshots import Snapshot, restore
from kpstamps.services.themes import ThemeSnapshot, delete_theme, restore_theme

log = logging.getLogger(__name__)


class ServiceCommand(QUndoCommand):
    """An undoable step made of two callables (usually service calls)."""

    def __init__(self, text: str, redo_fn: Callable[[], object], undo_fn: Callable[[], object], window,
                 *, done: bool = False):
        super().__init__(text)
        self._redo_fn, self._undo_fn = redo_fn, undo_fn
        self._window = window
        self._skip_redo = done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
        else:
            self._run(self._redo_fn)
        self._window.catalogueChanged.emit()

    def undo(self) -> None:
        self._run(self._undo_fn)
        self._window.catalogueChanged.emit()

    def _run(self, fn: Callable[[], object]) -> None:
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - a failed undo must not crash the app
            log.exception("undo/redo of %r failed", self.text())
            self.setObsolete(True)
            message = QCoreApplication.translate("Undo", "Could not undo/redo “{what}”: {error}")
            self._window.statusBar().showMessage(message.format(what=self.text(), error=exc), 10000)


class SnapshotCommand(ServiceCommand):
    """Undo puts back `before`, redo puts back `after` (rows with their ids and links).

    `created_themes`: ids of themes the edit created (new themes typed in the series dialog);
    undo deletes them too, redo brings them back with the same ids before the links.
    """

    def __init__(self, text: str, sessions, before: Snapshot, after: Snapshot, window, *, done: bool = True,
                 created_themes: tuple[int, ...] = ()):
        gone: list[ThemeSnapshot] = []

        def undo() -> None:
            restore(sessions, before)
            gone[:] = [delete_theme(sessions, theme_id) for theme_id in created_themes]

        def redo() -> None:
            for theme in gone:
                restore_theme(sessions, theme)
            gone.clear()
            restore(sessions, after)

        super().__init__(text, redo, undo, window, done=done)
        self.before, self.after = before, after
