from kpstamps.ui.common.shortcuts import ShortcutsDialog
from PySide6.QtGui import QAction, QKeySequence


def _open(main_window) -> ShortcutsDialog:
    action = next(a for a in main_window.menus["help"].actions() if a.objectName() == "actionKeyboardShortcuts")
    action.trigger()
    dialog = main_window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    return dialog


def test_lists_quit_undo_redo_with_keys(main_window):
    dialog = _open(main_window)
    commands = dict(dialog.commands())
    native = QKeySequence.SequenceFormat.NativeText
    quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
    assert commands["Quit"].startswith(quit_keys[0].toString(native))  # platform key, else Ctrl+Q
    assert commands["Undo"] == QKeySequence(QKeySequence.StandardKey.Undo).toString(native)
    assert commands["Redo"].startswith(QKeySequence("Ctrl+Shift+Z").toString(native))
    assert "Keyboard shortcuts" in commands
    dialog.close()


def test_menus_are_read_at_open_time_including_submenus(main_window):
    sub = main_window.menus["tools"].addMenu("&Later feature")
    late = QAction("Do &something", main_window)
    late.setShortcut(QKeySequence("Ctrl+Alt+J"))
    sub.addAction(late)
    dialog = _open(main_window)
    assert ("Do something", QKeySequence("Ctrl+Alt+J").toString(QKeySequence.SequenceFormat.NativeText)) \
        in dialog.commands()
    dialog.filter.setText("something")
    visible = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())
               if not dialog.tree.topLevelItem(i).isHidden()]
    assert [g.text(0) for g in visible] == ["Tools › Later feature"]
    dialog.close()


FREQUENT = ("Find", "New series", "Edit", "Delete", "Undo", "Redo", "Preferences", "Quit", "Import",
            "Export catalogue", "Backup now", "Checklist", "Gallery", "Only incomplete series", "Statistics",
            "Attach scans", "Paste scan", "New order from selection", "Orders", "Themes", "Keyboard shortcuts")


def test_every_frequent_command_has_a_unique_shortcut(main_window):
    dialog = _open(main_window)
    commands = dict(dialog.commands())
    missing = [name for name in FREQUENT if not commands.get(name)]
    assert not missing, f"frequent commands without a shortcut: {missing}"
    seen: dict[str, str] = {}
    for action in main_window.findChildren(QAction):
        for key in action.shortcuts():
            other = seen.setdefault(key.toString(), action.text())
            assert other == action.text(), f"{key.toString()} is both {other!r} and {action.text()!r}"
    dialog.close()


def test_find_puts_the_cursor_in_the_search_box(main_window, qtbot):
    main_window.activateWindow()
    main_window.table_view.setFocus()
    main_window.search_bar.edit.setText("sport")
    find = next(a for a in main_window.findChildren(QAction) if a.objectName() == "actionFind")
    find.trigger()
    qtbot.waitUntil(lambda: main_window.search_bar.edit.hasFocus())
    assert main_window.search_bar.edit.selectedText() == "sport"
