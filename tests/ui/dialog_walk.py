"""Open the main window's dialogs without blocking, and list the inputs in a widget tree.

Shared by the accessibility and tab-order tests: each opener returns a shown top-level
widget (dialog or tool window) of the running `main_window`.
"""

from __future__ import annotations

from kpstamps.ui.collection.bar_chart import BarChart
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

INPUT_TYPES = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractButton, QTextEdit,
               QPlainTextEdit, BarChart)
# Inputs that are parts of another input (a spin box's line edit, a line edit's clear button,
# a table's corner button, the tab bar's scroll arrows, the toolbar's overflow button).
PART_OF = (QAbstractSpinBox, QComboBox, QLineEdit, QAbstractItemView, QScrollBar, QTabBar)


def _select_serial(window, serial: str) -> None:
    model = window.table_model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == serial)
    window.table_view.selectRow(row)


def _trigger(window, object_name: str, widget_type) -> QWidget:
    from PySide6.QtGui import QAction

    action = next(a for a in window.findChildren(QAction) if a.objectName() == object_name)
    action.trigger()
    return next(w for w in window.findChildren(widget_type) if w.isVisible())


def open_new_series(window):
    return window.editing.new_series()


def open_edit_series(window):
    _select_serial(window, "Ba79")
    return window.editing.edit_current()


def open_preferences(window):
    return window.preferences_feature.open_dialog()


def open_theme_manager(window):
    return window.themes_feature.open_manager()


def open_order_editor(window):
    feature = window.orders_feature
    feature.ask_text = lambda *a, **k: ("Ba79, Ba80", True)
    feature.ask_int = lambda *a, **k: (1, True)
    editor = feature.from_series()
    editor.save()  # saved: closing it (and the window) at the end of a test asks nothing
    return editor


def open_orders_list(window):
    return window.orders_feature.show_orders()


def open_check_scans(window):
    return window.scan_feature.open_check()


def open_import(window, path):
    from kpstamps.ui.transfer.actions import TransferActions

    path.write_text("Title;Mi\nTable tennis;6789\n", encoding="utf-8")
    return window.findChild(TransferActions, "transfer").open_import_dialog(path)


def open_shortcuts(window):
    from kpstamps.ui.common.shortcuts import ShortcutsDialog

    return _trigger(window, "actionKeyboardShortcuts", ShortcutsDialog)


def open_statistics(window):
    from kpstamps.ui.collection.statistics import StatisticsWindow

    return _trigger(window, "actionStatistics", StatisticsWindow)


OPENERS = {
    "new series": open_new_series, "edit series": open_edit_series, "preferences": open_preferences,
    "themes": open_theme_manager, "order editor": open_order_editor, "orders": open_orders_list,
    "check scans": open_check_scans, "import": open_import, "shortcuts": open_shortcuts,
    "statistics": open_statistics,
}


def is_part_of_another_input(widget: QWidget, top: QWidget) -> bool:
    """A spin box's line edit, a table's header or corner button, a tab bar's arrows... but not
    a widget placed in a table cell (a real input: its parent is the view's viewport)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractItemView) and widget.parentWidget() is parent.viewport():
            return False
        if isinstance(parent, PART_OF):
            return True
        parent = parent.parentWidget()
    return False


def reachable_without_tab(widget: QWidget) -> bool:
    """Toolbar buttons (not in Qt's Tab chain on any platform) whose command is in a menu or has
    a shortcut, and a dock's float/close buttons (View menu toggles the dock)."""
    if widget.objectName().startswith(("qt_dockwidget_", "qt_toolbar_ext_button")):
        return True
    if isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), QToolBar):
        action = widget.defaultAction()
        return action is not None and (bool(action.shortcuts()) or bool(action.associatedObjects()[1:]))
    return False


def inputs(top: QWidget) -> list[QWidget]:
    """The visible, enabled inputs of `top` (its own window only), in no particular order."""
    found = []
    for widget in top.findChildren(QWidget):
        if (isinstance(widget, INPUT_TYPES) and widget.window() is top and widget.isVisibleTo(top)
                and widget.isEnabled() and not is_part_of_another_input(widget, top)):
            found.append(widget)
    return found


def tab_inputs(top: QWidget) -> list[QWidget]:
    """The inputs that must be in the Tab chain."""
    return [w for w in inputs(top) if not reachable_without_tab(w)]


def buddied(top: QWidget) -> set[int]:
    return {id(label.buddy()) for label in top.findChildren(QLabel) if label.buddy() is not None}


def has_accessible_name(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName().strip() or id(widget) in buddies:
        return True
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().replace("&", "").strip()) or bool(widget.toolTip().strip())
    return False


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
    return f"{type(widget).__name__}(objectName={widget.objectName()!r}, text={text!r}, " \
           f"placeholder={getattr(widget, 'placeholderText', lambda: '')()!r})"


def tab_focusable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
