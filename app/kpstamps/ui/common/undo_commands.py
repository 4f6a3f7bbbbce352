"""Thin undo commands: the data work is in services (plain functions and snapshots).

`ServiceCommand` runs any pair of callables; `SnapshotCommand` swaps the database between
two `Snapshot`s. Both tell the window the catalogue changed. Commands pushed after the
work was already done pass `done=True`, so the stack's first `redo()` does not repeat it.
A step that fails, or that would overwrite someone else's newer save (`UndoRefused`), is
made obsolete: QUndoStack then drops that one step and keeps the others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from kpstamps.errors import CatalogueError, UndoRefused
from kpstamps.services.editing.snapshots import Snapshot
from kpstamps.services.editing.themes import ThemeSnapshot, delete_theme, restore_theme
from kpstamps.services.editing.undo_guard import guarded_restore, ledger_for
from kpstamps.ui.common.conflict import local_time
from kpstamps.ui.common.i18n import tr

log = logging.getLogger(__name__)
REFUSAL_TIMEOUT_MS = 30000  # long enough to read who changed what


def refusal_text(refused: UndoRefused, what: str, undoing: bool) -> str:
    """"Cannot undo “Edit series Ba79”: series Ba79 was changed by bob at 2026-11-02 14:02. …" """
    things = {"series": tr("series {name}"), "order": tr("order {name}")}
    thing = things.get(refused.kind, tr("item {name}")).format(name=refused.name)
    if refused.deleted:
        text = (tr("Cannot undo “{what}”: {thing} was deleted by someone else meanwhile. "
                   "This step was removed from the undo history.") if undoing else
                tr("Cannot redo “{what}”: {thing} was deleted by someone else meanwhile. "
                   "This step was removed from the undo history."))
        return text.format(what=what, thing=thing)
    text = (tr("Cannot undo “{what}”: {thing} was changed by {who} at {when}. Their version is kept; "
               "this step was removed from the undo history.") if undoing else
            tr("Cannot redo “{what}”: {thing} was changed by {who} at {when}. Their version is kept; "
               "this step was removed from the undo history."))
    return text.format(what=what, thing=thing, who=refused.updated_by or tr("someone else"),
                       when=local_time(refused.updated_at) or tr("an unknown time"))


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
            self._run(self._redo_fn, undoing=False)
        self._window.catalogueChanged.emit()

    def undo(self) -> None:
        self._run(self._undo_fn, undoing=True)
        self._window.catalogueChanged.emit()

    def _run(self, fn: Callable[[], object], *, undoing: bool) -> None:
        try:
            fn()
        except UndoRefused as refused:  # someone else's newer save wins; nothing was written
            log.info("%s of %r refused: %s", "undo" if undoing else "redo", self.text(), refused)
            self.setObsolete(True)
            self._window.statusBar().showMessage(refusal_text(refused, self.text(), undoing), REFUSAL_TIMEOUT_MS)
        except Exception as exc:  # a failed undo must not crash the app
            log.exception("undo/redo of %r failed", self.text())
            self.setObsolete(True)
            message = QCoreApplication.translate("Undo", "Could not undo/redo “{what}”: {error}")
            self._window.statusBar().showMessage(message.format(what=self.text(), error=exc), 10000)


class SnapshotCommand(ServiceCommand):
    """Undo puts back `before`, redo puts back `after` (rows with their ids and links).

    `created_themes`: ids of themes the edit created (new themes typed in the series dialog);
    undo deletes them too (unless someone else uses them by then), redo brings them back with
    the same ids before the links.

    Undo and redo apply only while the series and items are still as this command left them
    (kpstamps.services.editing.undo_guard). If someone else saved or deleted one of them meanwhile,
    nothing is written, the status bar says who changed it and when, and the command becomes
    obsolete, so QUndoStack drops this one step: it can no longer be undone without destroying
    their work, while the other steps (other series, and the steps around it) stay usable.
    Ctrl+Z again goes on with the next step down, which refuses too if it touches the same rows.
    """

    def __init__(self, text: str, sessions, before: Snapshot, after: Snapshot, window, *, done: bool = True,
                 created_themes: tuple[int, ...] = ()):
        ledger = ledger_for(sessions)  # states now, while `after` is what the database holds
        before_state, after_state = ledger.state(before), ledger.state(after)
        gone: list[ThemeSnapshot] = []

        def undo() -> None:
            guarded_restore(sessions, before, before_state, after, after_state)
            gone[:] = _delete_unused_themes(sessions, created_themes)

        def redo() -> None:
            for theme in gone:
                restore_theme(sessions, theme)
            try:
                guarded_restore(sessions, after, after_state, before, before_state)
            except UndoRefused:
                _delete_unused_themes(sessions, tuple(theme.id for theme in gone))
                raise
            gone.clear()

        super().__init__(text, redo, undo, window, done=done)
        self.before, self.after = before, after


def _delete_unused_themes(sessions, theme_ids: tuple[int, ...]) -> list[ThemeSnapshot]:
    """Delete these themes; one that someone else has used meanwhile stays (with their links)."""
    deleted = []
    for theme_id in theme_ids:
        try:
            deleted.append(delete_theme(sessions, theme_id))
        except CatalogueError as exc:
            log.info("theme %s stays: %s", theme_id, exc)
    return deleted
