"""Default keyboard shortcuts for the frequent commands, in one table, plus Edit → Find.

Features create their own actions; this feature (installed after them) gives a shortcut to
each frequent command that has none yet, so the keys are chosen in one place and cannot
collide. Platform keys (QKeySequence.StandardKey) come first where the platform has one;
the explicit keys after them cover platforms whose theme has none (e.g. Preferences on
Linux). Help → Keyboard shortcuts lists them all.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from kpstamps.ui.common.i18n import tr

_S = QKeySequence.StandardKey

# action objectName → keys (the first ones the platform knows are used; duplicates dropped)
DEFAULT_KEYS: dict[str, tuple] = {
    "actionFind": (_S.Find, "Ctrl+F"),
    "openPreferences": (_S.Preferences, "Ctrl+,"),
    "actionQuit": (_S.Quit, "Ctrl+Q"),
    "transfer_import": ("Ctrl+I",),
    "transfer_export": ("Ctrl+E",),
    "transfer_backup": ("Ctrl+B",),
    "actionStatistics": ("Ctrl+Shift+S",),
    "incompleteSeriesFilter": ("Ctrl+Shift+I",),
    "actionChecklist": ("Ctrl+L",),
    "actionAttachScans": ("Ctrl+Shift+A",),
    "orders_list": ("Ctrl+Shift+O",),
    "orders_from_selection": ("Ctrl+Shift+N",),
    "openThemeManager": ("Ctrl+T",),
}


def key_sequences(keys: tuple) -> list[QKeySequence]:
    found: list[QKeySequence] = []
    for key in keys:
        sequences = QKeySequence.keyBindings(key) if isinstance(key, _S) else [QKeySequence(key)]
        found += [s for s in sequences if not s.isEmpty() and s not in found]
    return found


def _name_unnamed_actions(window) -> None:
    """Object names for actions that features created without one (used by the tables here)."""
    holdings = getattr(window, "holdings_feature", None)
    dock = getattr(holdings, "dock", None)
    if dock is not None and not dock.toggleViewAction().objectName():
        dock.toggleViewAction().setObjectName("actionChecklist")
    scans = getattr(window, "scan_feature", None)
    attach = getattr(scans, "attach_action", None)
    if attach is not None and not attach.objectName():
        attach.setObjectName("actionAttachScans")
    editing = getattr(window, "editing", None)
    if editing is not None and not editing.new_action.objectName():
        editing.new_action.setObjectName("actionNewSeries")


def focus_search(window) -> None:
    bar = getattr(window, "search_bar", None)
    if bar is not None:
        bar.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        bar.edit.selectAll()


def _add_find_action(window) -> None:
    if getattr(window, "search_bar", None) is None:
        return
    action = QAction(tr("&Find…"), window)
    action.setObjectName("actionFind")
    action.setStatusTip(tr("Put the cursor in the search box"))
    action.triggered.connect(lambda: focus_search(window))
    edit_menu = window.menus["edit"]
    edit_menu.addSeparator()
    edit_menu.addAction(action)


def install(window) -> None:
    _add_find_action(window)
    _name_unnamed_actions(window)
    actions = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName()}
    taken = {s.toString() for a in window.findChildren(QAction) for s in a.shortcuts()}
    for name, keys in DEFAULT_KEYS.items():
        action = actions.get(name)
        if action is None or action.shortcuts():
            continue
        free = [s for s in key_sequences(keys) if s.toString() not in taken]
        if free:
            action.setShortcuts(free)
            taken.update(s.toString() for s in free)
