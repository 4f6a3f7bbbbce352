"""Holdings and the want list: a checklist dock for the selected series and an
"incomplete series" filter. Every tick or edit is an undoable command on window.undo_stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeyEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpstamps.db.session import CatalogueError
from kpstamps.services import holdings
from kpstamps.services.browse import RowKey
from kpstamps.ui.checklist_model import CHECK_COLUMNS, COLUMNS, ChecklistModel, ConditionDelegate, column_of


def tr(text: str) -> str:
    return QCoreApplication.translate("Holdings", text)


class AppliedCommand(QUndoCommand):
    """An undo step for a change already made: the first redo() (from push) does nothing.

    Doing the change before pushing means a refused change (CatalogueError) never lands on
    the stack. `after` runs after every undo/redo, e.g. to refresh views.
    """

    def __init__(self, text: str, redo_fn: Callable[[], None], undo_fn: Callable[[], None],
                 after: Callable[[], None] | None = None):
        super().__init__(text)
        self._redo, self._undo, self._after = redo_fn, undo_fn, after
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
        else:
            self._redo()
        if self._after:
            self._after()

    def undo(self) -> None:
        self._undo()
        if self._after:
            self._after()


def push_applied(stack: QUndoStack, text: str, do: Callable[[], None], undo: Callable[[], None],
                 redo: Callable[[], None] | None = None, after: Callable[[], None] | None = None) -> None:
    """Run `do` now; when it succeeds push an undo step (errors propagate, nothing is pushed)."""
    do()
    stack.push(AppliedCommand(text, redo or do, undo, after))


class ChecklistView(QTableView):
    """Space on any cell of a row ticks the row owned (or wanted in the Wanted column)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select) and index.isValid() \
                and self.state() != QAbstractItemView.State.EditingState:
            key = COLUMNS[index.column()][0]
            self.model().toggle(index.row(), key if key in CHECK_COLUMNS else "owned")
            event.accept()
            return
        super().keyPressEvent(event)


class ChecklistPanel(QWidget):
    """Completion header (owned/total and a bar) over the checklist table."""

    def __init__(self, model: ChecklistModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.summary = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumHeight(12)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(tr("Series completion"))
        self.message = QLabel(self)
        self.message.setObjectName("checklistMessage")
        self.message.setWordWrap(True)
        self.view = ChecklistView(self)
        self.view.setObjectName("checklistView")
        self.view.setModel(model)
        self.view.setAccessibleName(tr("Checklist of the series: owned and wanted items"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.verticalHeader().hide()
        delegate = ConditionDelegate(model.ui_lang, self.view)
        for key in ("condition", "want_condition"):
            self.view.setItemDelegateForColumn(column_of(key), delegate)
        header = QHBoxLayout()
        header.addWidget(self.summary)
        header.addWidget(self.bar, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        model.completionChanged.connect(self._show_completion)
        model.errorOccurred.connect(self.message.setText)
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._restore_current)
        self._current = (0, 0)
        self._show_completion(0, 0)

    def _show_completion(self, owned: int, total: int) -> None:
        self.summary.setText(tr("{owned}/{total} owned").format(owned=owned, total=total) if total
                             else tr("No items"))
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(owned)

    def _remember_current(self) -> None:
        index = self.view.currentIndex()
        self._current = (index.row(), index.column()) if index.isValid() else (0, 0)

    def _restore_current(self) -> None:
        # Keep the cursor where the collector was ticking, so Space, Down, Space... works.
        index = self.model.index(*self._current)
        if index.isValid():
            self.view.setCurrentIndex(index)


class HoldingsFeature:
    def __init__(self, window):
        self.window = window
        sessions = window.catalogue.sessions
        self.model = ChecklistModel(sessions, self.edit, window.prefs.name_order, window.ui_lang,
                                    window.prefs.default_currency, window)
        self.panel = ChecklistPanel(self.model)
        self.dock = QDockWidget(tr("Checklist"), window)
        self.dock.setObjectName("checklistDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.menus["view"].addAction(self.dock.toggleViewAction())
        self.incomplete_action = QAction(tr("Only &incomplete series"), window)
        self.incomplete_action.setObjectName("incompleteSeriesFilter")
        self.incomplete_action.setCheckable(True)
        self.incomplete_action.toggled.connect(self.filter_incomplete)
        window.menus["view"].addAction(self.incomplete_action)
        window.currentKeyChanged.connect(self.show_key)
        window.catalogueChanged.connect(self._refresh)

    def show_key(self, key: RowKey | None) -> None:
        series_id = key.series_id if key is not None else None
        if series_id != self.model.series_id:
            self.model.show_series(series_id)

    def _refresh(self) -> None:
        if self.model.series_id is not None:
            self.model.reload()

    def filter_incomplete(self, on: bool) -> None:
        self.window.reload(where=holdings.incomplete_series_where() if on else None)

    def edit(self, text: str, item_id: int, change: Callable[[], None]) -> None:
        """Apply `change` to an item as an undoable step named `text`."""
        sessions = self.window.catalogue.sessions
        before = holdings.snapshot(sessions, item_id)
        after: list[holdings.ItemSnapshot] = []

        def do() -> None:
            change()
            after.append(holdings.snapshot(sessions, item_id))

        try:
            push_applied(self.window.undo_stack, text, do,
                         undo=lambda: holdings.restore(sessions, before),
                         redo=lambda: holdings.restore(sessions, after[0]),
                         after=self.window.catalogueChanged.emit)
        except CatalogueError as exc:
            self.panel.message.setText(tr("Not changed: {error}").format(error=exc))
            return
        self.panel.message.clear()


def install(window) -> None:
    window.holdings_feature = HoldingsFeature(window)
