"""Child process of test_action_crawl.py: open the real app and press everything.

    python crawl_app.py LANG HOME

Builds the main window as kpstamps.ui.app does, on a catalogue with holdings, wants, a scan
and an order; then triggers every enabled command of every menu, the toolbar, the gallery's
context menu and every tool button, twice: once closing what each opened (Escape, as a
person does; Discard when an unsaved order asks), once leaving windows open so later commands
act on them. A timer dismisses every popup and modal dialog with Escape while commands run
(also inside their own event loops). Prints one line per problem and exits 1 if there was
any: a traceback, an "Unexpected error" box, a popup or dialog that ignores Escape, a Qt warning.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from crawl_catalogue import crawl_catalogue
from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

problems: list[str] = []
# Qt messages that are not defects of this app (each with the reason).
HARMLESS = (
    "QXcbConnection: XCB error",  # Xvfb lacks some extensions the xcb plugin probes
    "This plugin does not support",  # offscreen fallback: no window activation/positioning
)
ESCAPES_BEFORE_FAILING = 4


def on_qt_message(kind: QtMsgType, _context, message: str) -> None:
    if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg and not message.startswith(HARMLESS):
        problems.append(f"Qt warning: {message}")


class Dismisser:
    """Every 40 ms: Escape to the active popup or modal dialog; remember what will not close."""

    def __init__(self, unexpected: str):
        self.unexpected = unexpected
        self.closing = False  # pass 1: answer "Discard" when an unsaved order asks
        self.tries: dict[int, int] = {}
        self.timer = QTimer()
        self.timer.setInterval(40)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    paused = False

    def tick(self) -> None:
        if Dismisser.paused:
            return
        target = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if target is None:
            return
        if isinstance(target, QMessageBox) and self.unexpected in target.text():
            problems.append(f"error box: {target.text()} {target.detailedText()[-600:]}")
        key = id(target)
        self.tries[key] = self.tries.get(key, 0) + 1
        if self.tries[key] == 1:
            use_preview(target)
        if self.tries[key] > ESCAPES_BEFORE_FAILING:
            problems.append(f"{type(target).__name__} {target.objectName()!r} {target.windowTitle()!r} ignores Escape")
            target.close() if not isinstance(target, QDialog) else target.done(0)
            target.hide()
            return
        discard = target.button(QMessageBox.StandardButton.Discard) if isinstance(target, QMessageBox) else None
        if self.closing and discard is not None:
            QTest.mouseClick(discard, Qt.MouseButton.LeftButton)
        else:
            QTest.keyClick(target, Qt.Key.Key_Escape)


def use_preview(dialog: QWidget) -> None:
    """In a print preview, click the view and orientation buttons (they repaint the pages, as
    a person looking at the form does; a preview painting on a deleted printer crashed here)."""
    if dialog.findChild(QPrintPreviewWidget) is None:
        return
    for button in dialog.findChildren(QToolButton):
        action = button.defaultAction()
        if action is not None and action.isCheckable() and action.isEnabled() and button.isVisible():
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
            QTest.qWait(30)


def wait_until(condition, ms: int = 3000) -> bool:
    for _ in range(ms // 50):
        if condition():
            return True
        QTest.qWait(50)
    return bool(condition())


def first_item_key(window):
    wait_until(lambda: any(k.item_id is not None for k in window.table_model.keys()))
    return next(k for k in window.table_model.keys() if k.item_id is not None)


def settle(ms: int = 120) -> None:
    QTest.qWait(ms)


def commands(window) -> list[tuple[str, QAction]]:
    from kpstamps.ui.common.shortcuts import menu_commands

    found: list[tuple[str, QAction]] = []
    for menu in window.menus.values():
        found += [(" › ".join(path) + " › " + action.text(), action) for path, action in menu_commands(menu)]
    seen = {id(a) for _n, a in found}
    found += [(f"toolbar › {a.text()}", a) for a in window.toolbar.actions()
              if not a.isSeparator() and id(a) not in seen and not a.menu() and a.text()]
    return [(name, a) for name, a in found if a.objectName() not in ("actionQuit",)]


def shown(widget: QWidget) -> bool:
    return isValid(widget) and widget.isVisible()  # closed with WA_DeleteOnClose: gone


def open_windows() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


def close_new_windows(before: set[int], window) -> None:
    """Close what a command opened: Escape on a dialog, the close button on other windows."""
    for widget in [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before]:
        if widget is window or isinstance(widget, QMenu):
            continue
        name = f"{type(widget).__name__} {widget.windowTitle()!r}"
        if isinstance(widget, QDialog):
            widget.activateWindow()
            QTest.keyClick(widget, Qt.Key.Key_Escape)
            settle(150)
            if shown(widget):
                problems.append(f"{name} ignores Escape")
        if shown(widget):
            widget.close()
            settle(150)
        if shown(widget):
            problems.append(f"{name} does not close")
            widget.hide()


def trigger_all(window, dismisser: Dismisser, closing: bool) -> int:
    done = 0
    dismisser.closing = closing
    for name, action in commands(window):
        if not action.isEnabled() or not action.isVisible():
            continue
        before = open_windows()
        print(f"{'close' if closing else 'keep'}: {name}", flush=True)
        action.trigger()
        settle()
        done += 1
        if closing:
            close_new_windows(before, window)
            if action.isCheckable():  # a toggle (a filter, a dock) back as it was: both states run
                action.trigger()
                settle()
                close_new_windows(before, window)
        window.activateWindow()
    return done


def press_shortcuts(window, dismisser: Dismisser) -> int:
    """Every command's keys pressed on the main window (a key bound twice warns "Ambiguous")."""
    done = 0
    dismisser.closing = True
    from kpstamps.ui.common.shortcuts import typeable

    for name, action in commands(window):
        for key in action.shortcuts():
            if not action.isEnabled() or key.isEmpty() or not typeable(key):  # QTest cannot type "Find"
                continue
            window.activateWindow()
            window.table_view.setFocus()
            before = open_windows()
            print(f"key {key.toString()}: {name}", flush=True)
            QTest.keySequence(window, key)
            settle()
            close_new_windows(before, window)
            done += 1
    return done


def edit_checklist_cells(window) -> int:
    """Double-click each cell of the checklist's first row (editors open) and leave with Escape."""
    view = window.holdings_feature.panel.view
    window.holdings_feature.dock.show()
    window.select_key(first_item_key(window))
    settle(200)
    model, done = view.model(), 0
    for column in range(model.columnCount()):
        index = model.index(0, column)
        if not index.isValid():
            continue
        view.scrollTo(index)
        point = view.visualRect(index).center()
        print(f"checklist cell: {model.headerData(column, Qt.Orientation.Horizontal)}", flush=True)
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        settle(80)
        focus = QApplication.focusWidget()
        if focus is not None:
            QTest.keyClick(focus, Qt.Key.Key_Escape)
        settle(40)
        done += 1
    return done


def click_tool_buttons(window) -> int:
    done = 0
    for button in window.findChildren(QToolButton):
        if (not button.isVisible() or not button.isEnabled() or button.window() is not window
                or button.objectName().startswith(("qt_toolbar_ext_button", "qt_dockwidget_"))):
            continue
        print(f"tool button: {button.text() or button.accessibleName()}", flush=True)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        settle()
        done += 1
    return done


def choose_each_context_command(widget: QWidget, point_of, name: str) -> int:
    """Open `widget`'s context menu at `point_of()` and click each of its commands in turn
    (a sub-menu's first command too), as a person choosing them one after another."""
    done, position = 0, 0
    while True:
        point = point_of()
        if point is None:
            return done
        QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point)))
        menu = QApplication.activePopupWidget()  # at once: the Escape timer would close it
        if not isinstance(menu, QMenu):
            problems.append(f"the {name}'s context menu did not open")
            return done
        actions = [a for a in menu.actions() if not a.isSeparator() and a.isEnabled()]
        if position >= len(actions):
            QTest.keyClick(menu, Qt.Key.Key_Escape)
            return done
        action = actions[position]
        print(f"context menu ({name}): {action.text()}", flush=True)
        if action.menu() is not None:  # a sub-menu: open it, choose its first command
            sub = action.menu()
            Dismisser.paused = True  # the sub-menu is open on purpose
            try:
                QTest.mouseClick(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                 menu.actionGeometry(action).center())
                wait_until(sub.isVisible, 1000)
                first = next((a for a in sub.actions() if a.isEnabled() and not a.isSeparator()), None)
                if sub.isVisible() and first is not None:
                    QTest.mouseClick(sub, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                     sub.actionGeometry(first).center())
                else:
                    problems.append(f"the {name}'s sub-menu {action.text()!r} did not open")
            finally:
                Dismisser.paused = False
        else:
            QTest.mouseClick(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             menu.actionGeometry(action).center())
        settle(200)
        while isinstance(QApplication.activePopupWidget(), QMenu):
            QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
            settle(40)
        position, done = position + 1, done + 1


def context_menus(window) -> int:
    """The context menus of the gallery (on its scan) and of the album (on an item's space)."""
    window.select_key(first_item_key(window))
    scans = window.scan_feature
    scans.dock.show()
    settle(300)
    view = scans.gallery
    if view.model().rowCount() == 0:
        problems.append("the gallery shows no scan for the crawl's item")
        done = 0
    else:
        def on_scan():
            if view.model().rowCount() == 0:  # a command removed the scan
                return None
            view.setCurrentIndex(view.model().index(0, 0))
            return view.visualRect(view.model().index(0, 0)).center()

        done = choose_each_context_command(view.viewport(), on_scan, "gallery")
    scans.dock.hide()
    album = next((d for d in window.findChildren(QDockWidget) if d.objectName() == "albumDock"), None)
    if album is not None:
        album.show()

        def album_page():
            return next((w for w in album.findChildren(QWidget) if hasattr(w, "space_rect") and w.isVisible()), None)

        # The dock reads its album in the background: wait for it as a person would (up to 5 s).
        wait_until(lambda: album_page() is not None and bool(album_page().spaces()), 5000)
        page = album_page()
        if page is None or not page.spaces():
            problems.append("the album shows no item space")
        else:
            def on_space():
                settle(100)
                if not wait_until(lambda: bool(page.spaces())):  # a tick re-lays the album out
                    problems.append("the album lost its item spaces after a context command")
                    return None
                rect = page.space_rect(page.spaces()[0].item_id)
                return rect.center().toPoint() if rect is not None else None

            done += choose_each_context_command(page, on_space, "album")
        album.hide()
    return done


def main(lang: str, home: Path) -> int:
    from kpstamps.startup import import_qt

    import_qt()  # as `kpstamps` starts the window: the app's modules load without PySide6's import hook
    os.environ["KPSTAMPS_LANG"] = lang
    app = QApplication(["kpstamps-crawl"])
    qInstallMessageHandler(on_qt_message)
    from kpstamps.services.settings.preferences import Preferences
    from kpstamps.ui.app import open_main_window, prepare_application

    prefs = Preferences()
    prepare_application(app, prefs)
    catalogue = crawl_catalogue(home)
    window = open_main_window(app, catalogue, prefs)
    app_hook = sys.excepthook

    def hook(kind, exc, tb):
        problems.append("traceback: " + "".join(traceback.format_exception(kind, exc, tb)))
        app_hook(kind, exc, tb)

    sys.excepthook = hook
    window.show()
    window.activateWindow()
    settle(300)
    row = next(r for r in range(window.table_model.rowCount()) if window.table_model.row_key(r).item_id)
    window.table_view.selectRow(row)
    unexpected = QCoreApplication.translate("Errors", "Unexpected error: {error}").split("{")[0].strip()
    dismisser = Dismisser(unexpected)
    counts = {"close": trigger_all(window, dismisser, closing=True)}
    counts["context"] = context_menus(window)
    counts["checklist"] = edit_checklist_cells(window)
    counts["tool buttons"] = click_tool_buttons(window)
    counts["keys"] = press_shortcuts(window, dismisser)
    counts["keep"] = trigger_all(window, dismisser, closing=False)
    dismisser.closing = True
    for widget in QApplication.topLevelWidgets():
        if widget is not window and shown(widget):
            widget.close()
    settle(300)
    window.close()
    settle(100)
    catalogue.close()
    print(f"crawled {lang}: {counts}", flush=True)
    for problem in problems:
        print(f"PROBLEM: {problem}", flush=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
