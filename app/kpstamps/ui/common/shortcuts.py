"""Help → Keyboard shortcuts: every menu command with its keys, read from the menus when opened.

The menus are walked at open time (not at install time), so the commands that features add
after this one, or later in the session, are listed too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpstamps.ui.common.screen_fit import fit_to_screen


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersands and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def menu_commands(menu: QMenu, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], QAction]]:
    """(menu path, action) for every command in `menu` and its sub-menus, in menu order."""
    found: list[tuple[tuple[str, ...], QAction]] = []
    here = (*path, _plain(menu.title()))
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += menu_commands(sub, here)
        elif action.text():
            found.append((here, action))
    return found


def typeable(key: QKeySequence) -> bool:
    """False for a bare special key few keyboards have (Find, Redo, New...): not worth listing."""
    if key.count() != 1:
        return True
    combined = key[0]
    return combined.keyboardModifiers() != Qt.KeyboardModifier.NoModifier or combined.key() < Qt.Key.Key_Back


def shortcut_text(action: QAction) -> str:
    """The keys of `action` as a person types them, each once ("Ctrl+F", not "Ctrl+F, Find")."""
    keys: list[str] = []
    for key in action.shortcuts():
        text = key.toString(QKeySequence.SequenceFormat.NativeText)
        if text and typeable(key) and text not in keys:
            keys.append(text)
    return ", ".join(keys)


class ShortcutsDialog(QDialog):
    """A non-modal list: menu, command, shortcut; a filter box narrows it."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        self._window = window
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.setModal(False)
        fit_to_screen(self, 560, 520)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Filter commands"))
        self.filter.setAccessibleName(tr("Filter commands"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(tr("Commands and their shortcuts"))
        self.tree.setHeaderLabels([tr("Command"), tr("Shortcut")])
        self.tree.setRootIsDecorated(True)
        self.tree.setColumnWidth(0, 340)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def rebuild(self) -> None:
        """Re-read the window's menus (features may have added commands since)."""
        self.tree.clear()
        groups: dict[tuple[str, ...], QTreeWidgetItem] = {}
        for menu in self._window.menus.values():
            for path, action in menu_commands(menu):
                group = groups.get(path)
                if group is None:
                    group = groups[path] = QTreeWidgetItem(self.tree, [" › ".join(path), ""])
                    group.setFirstColumnSpanned(True)
                item = QTreeWidgetItem(group, [_plain(action.text()), shortcut_text(action)])
                item.setToolTip(0, action.statusTip() or action.toolTip())
        self.tree.expandAll()
        self._apply_filter(self.filter.text())

    def commands(self) -> list[tuple[str, str]]:
        """(command, shortcut) pairs as listed (for tests and screen readers)."""
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            rows += [(group.child(j).text(0), group.child(j).text(1)) for j in range(group.childCount())]
        return rows

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            visible = 0
            for j in range(group.childCount()):
                child = group.child(j)
                hit = not needle or needle in child.text(0).casefold() or needle in child.text(1).casefold()
                child.setHidden(not hit)
                visible += hit
            group.setHidden(visible == 0)


def install(window) -> None:
    """Help → Keyboard shortcuts…"""
    holder: dict[str, ShortcutsDialog] = {}

    def open_dialog() -> None:
        dialog = holder.get("dialog")
        if dialog is None:
            dialog = holder["dialog"] = ShortcutsDialog(window, window)
        dialog.rebuild()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    action = QAction(tr("&Keyboard shortcuts…"), window)
    action.setObjectName("actionKeyboardShortcuts")
    action.setShortcut(QKeySequence("Ctrl+/"))
    action.triggered.connect(open_dialog)
    help_menu = window.menus["help"]
    first = help_menu.actions()[0] if help_menu.actions() else None
    help_menu.insertAction(first, action)  # before About
