"""A save that met someone else's newer save: say who changed what, offer Reload or Keep editing.

Shown (window-modal, never blocking: `open()`) over the series dialog when
`editing.save_series` raises SeriesConflict. *Reload their version* puts the series as it
is now into the dialog, discarding the person's changes; *Keep editing* leaves their
values in place and makes the next OK save them over the other version, knowingly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from kpstamps.errors import SeriesConflict
from kpstamps.ui.common.formatting import format_datetime


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def local_time(when: dt.datetime | None) -> str:
    """A stored UTC time as the person's local time, to the minute ("" if unknown)."""
    if when is None:
        return ""
    return format_datetime(when.replace(tzinfo=dt.UTC).astimezone())


def conflict_text(conflict: SeriesConflict) -> str:
    if conflict.deleted:
        return tr("Series {name} was deleted by someone else since you opened it. Your changes were not saved."
                  ).format(name=conflict.name)
    who = conflict.updated_by or tr("someone else")
    when = local_time(conflict.updated_at)
    text = tr("Series {name} was changed by {who} at {when} since you opened it. Your changes were not saved.")
    return text.format(name=conflict.name, who=who, when=when or tr("an unknown time"))


def conflict_details(conflict: SeriesConflict) -> str:
    if conflict.deleted:
        return tr("Cancel to close the dialog; undo in the other window can bring the series back.")
    changed = "\n".join(f"• {change}" for change in conflict.changes) or tr("• nothing that the dialog shows")
    return (tr("They changed:") + "\n" + changed + "\n\n"
            + tr("Reload their version (your changes are discarded), or keep editing: "
                 "OK then saves your version over theirs."))


class ConflictBox(QMessageBox):
    """The question after a conflicting save; `on_reload` / `on_keep` run on the answer."""

    def __init__(self, conflict: SeriesConflict, parent: QWidget | None, *,
                 on_reload: Callable[[], None], on_keep: Callable[[], None]):
        super().__init__(parent)
        self.setObjectName("conflictBox")
        self.conflict = conflict
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(tr("Changed by someone else"))
        self.setText(conflict_text(conflict))
        self.setInformativeText(conflict_details(conflict))
        self.reload_button = None
        if not conflict.deleted:
            self.reload_button = self.addButton(tr("Reload their version"), QMessageBox.ButtonRole.DestructiveRole)
        self.keep_button = self.addButton(tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.keep_button)
        self._on_reload, self._on_keep = on_reload, on_keep
        self.buttonClicked.connect(self._answered)

    def _answered(self, button: QAbstractButton) -> None:
        if button is self.reload_button:
            self._on_reload()
        else:
            self._on_keep()
