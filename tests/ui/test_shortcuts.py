from PySide6.QtGui import QAction, QKeySequence

from kpstamps.ui.shortcuts import ShortcutsDialog


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
    assert commands["Quit"] == QKeySequence(QKeySequence.StandardKey.Quit).toString(native)
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
