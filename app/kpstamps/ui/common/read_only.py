"""The window on a catalogue that cannot be written: a banner saying so, and no editing actions.

A catalogue on read-only media (a CD, a read-only share, a locked folder) is opened for
reading only (services/catalogue/opening.py); searching, exporting and printing work.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from kpstamps.ui.common.i18n import tr

_WRITING_ACTIONS = ("transfer_import", "transfer_restore")


def show_read_only(window, reason: str) -> QLabel:
    """Put a banner above the table and keep the actions that would write disabled."""
    banner = QLabel(tr("Read-only: {reason} You can browse, search, export and print; changes are off.")
                    .format(reason=reason), window)
    banner.setObjectName("readOnlyBanner")
    banner.setWordWrap(True)
    banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    banner.setStyleSheet("QLabel#readOnlyBanner { background: #fff3c4; color: #3d3000; padding: 6px;"
                         " border-bottom: 1px solid #d8c070; }")
    banner.setAccessibleName(tr("Read-only catalogue"))
    central = window.takeCentralWidget()
    holder = QWidget(window)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(central, 1)
    window.setCentralWidget(holder)
    window.setWindowTitle(tr("{title} (read-only)").format(title=window.windowTitle()))
    for action in _writing_actions(window):
        _keep_disabled(action)
    return banner


def _writing_actions(window) -> list[QAction]:
    actions = list(window.menus["edit"].actions())
    named = [a for a in window.findChildren(QAction) if a.objectName() in _WRITING_ACTIONS]
    new = QKeySequence(QKeySequence.StandardKey.New)
    new_series = [a for a in window.menus["file"].actions() if new in a.shortcuts()]
    return [a for a in actions + named + new_series if not a.isSeparator() and not a.menu()]


def _keep_disabled(action: QAction) -> None:
    action.setEnabled(False)
    action.changed.connect(lambda: action.isEnabled() and action.setEnabled(False))
