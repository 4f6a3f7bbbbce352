"""Holdings and the want list: a checklist dock for the selected series and an
"incomplete series" filter. Every tick or edit is an undoable command on window.undo_stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpstamps.domain.enums import CatalogueName
from kpstamps.domain.money import CURRENCIES, Money
from kpstamps.errors import CatalogueError
from kpstamps.services.browse.rows import RowKey
from kpstamps.services.browse.view import RowFilter
from kpstamps.services.catalogue import glossary
from kpstamps.services.collection import holding_undo, holdings
from kpstamps.services.collection.holdings import ItemSnapshot
from kpstamps.ui.collection.checklist_model import (
    CHECK_COLUMNS,
    COLUMNS,
    ChecklistModel,
    ConditionDelegate,
    column_of,
)
from kpstamps.ui.common.formatting import format_money
from kpstamps.ui.common.i18n import tr
from kpstamps.ui.common.undo_commands import ServiceCommand


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
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self._lay_out_columns()
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

    def _lay_out_columns(self) -> None:
        """Owned and Wanted right after the item (visual order; the model's stays), the item's
        name takes the room left, the rest are narrow enough to fit a 1366-pixel screen."""
        header = self.view.horizontalHeader()
        for visual, key in enumerate(("position", "title", "owned", "wanted")):
            header.moveSection(header.visualIndex(column_of(key)), visual)
        widths = {"position": 32, "owned": 56, "wanted": 60, "quantity": 44, "want_quantity": 64,
                  "condition": 110, "want_condition": 110, "price": 84, "location": 120, "max_price": 80}
        for key, width in widths.items():
            self.view.setColumnWidth(column_of(key), width)
        header.setMinimumSectionSize(28)
        header.setSectionResizeMode(column_of("title"), QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)

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


class ValuesPanel(QWidget):
    """Catalogue values of the checklist's current item: mint, used and CTO, per edition."""

    errorOccurred = Signal(str)

    def __init__(self, sessions, edit: Callable[[str, int, Callable[[], None]], None], currency: str,
                 parent: QWidget | None = None, ui_lang: str = "en"):
        super().__init__(parent)
        self._sessions, self._edit = sessions, edit
        self.item_id: int | None = None
        self.label = ""
        self.values = QListWidget(self)
        self.values.setObjectName("catalogueValues")
        self.values.setAccessibleName(tr("Catalogue values of the item"))
        self.values.setMaximumHeight(self.values.fontMetrics().height() * 2 + 12)  # two values, then a scroll bar
        self.condition = QComboBox(self)
        # Used and CTO are the glossary's conditions; "mint" covers both of its mint conditions.
        for key, title in (("mint", tr("Mint")), ("used", glossary.term("condition.used", ui_lang)),
                           ("cto", glossary.term("condition.cto", ui_lang))):
            self.condition.addItem(title, key)
        self.catalogue = QComboBox(self)
        for name in CatalogueName:
            self.catalogue.addItem(glossary.term(f"catalogue.{name.value}", ui_lang), name.value)
        self.catalogue.setCurrentIndex(self.catalogue.findData(CatalogueName.MICHEL.value))
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(tr("Amount"))
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(list(CURRENCIES))
        self.currency.setCurrentText(currency)
        self.edition = QLineEdit(self)
        self.edition.setPlaceholderText(tr("Edition, e.g. 2024"))
        self.add_button = QPushButton(tr("Set &value"), self)
        self.remove_button = QPushButton(tr("Remove"), self)
        for widget, name in ((self.condition, tr("Value condition")), (self.catalogue, tr("Catalogue")),
                             (self.amount, tr("Catalogue value")), (self.currency, tr("Currency")),
                             (self.edition, tr("Catalogue edition"))):
            widget.setAccessibleName(name)
        self.add_button.clicked.connect(self.add_value)
        self.remove_button.clicked.connect(self.remove_value)
        row = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setObjectName("catalogueValueHeading")
        for widget in (self.heading, self.condition, self.catalogue, self.amount,
                       self.currency, self.edition, self.add_button, self.remove_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.values)
        self.show_item(None)

    def show_item(self, item_id: int | None, label: str = "") -> None:
        self.item_id, self.label = item_id, label
        self.values.clear()
        for entry in holdings.catalogue_values(self._sessions, item_id) if item_id is not None else []:
            text = "{condition}: {money} · {catalogue} {edition}".format(
                condition=self.condition.itemText(max(self.condition.findData(entry.condition), 0)),
                money=format_money(Money(entry.amount_cents, entry.currency)), catalogue=entry.catalogue.capitalize(),
                edition=entry.edition)
            item = QListWidgetItem(text.strip())
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.values.addItem(item)
        self.values.setVisible(self.values.count() > 0)  # no empty box taking the checklist's rows
        self.heading.setText(tr("Catalogue value of {item}:").format(item=label) if item_id is not None
                             else tr("Catalogue value:"))
        self.setEnabled(item_id is not None)

    def add_value(self) -> str:
        """Record the typed value; returns an error message ('' when it worked)."""
        if self.item_id is None:
            return ""
        try:
            money = Money.parse(self.amount.text(), self.currency.currentText().strip())
        except ValueError as exc:
            return self._refuse(str(exc))
        entry = holdings.ValueEntry(self.condition.currentData(), money.cents, money.currency,
                                    self.catalogue.currentData(), self.edition.text().strip())
        item_id, sessions = self.item_id, self._sessions
        self._edit(tr("Set catalogue value of {item}").format(item=self.label), item_id,
                   lambda: holdings.set_catalogue_value(sessions, item_id, entry))
        self.amount.clear()
        return ""

    def remove_value(self) -> None:
        current = self.values.currentItem()
        if current is None or self.item_id is None:
            return
        entry, item_id, sessions = current.data(Qt.ItemDataRole.UserRole), self.item_id, self._sessions
        self._edit(tr("Remove catalogue value of {item}").format(item=self.label), item_id,
                   lambda: holdings.remove_catalogue_value(sessions, item_id, entry))

    def _refuse(self, error: str) -> str:
        message = tr("Not changed: {error}").format(error=error)
        self.errorOccurred.emit(message)
        return message


class HoldingsFeature:
    def __init__(self, window):
        self.window = window
        sessions = window.catalogue.sessions
        self.model = ChecklistModel(sessions, self.edit, window.prefs.name_order, window.ui_lang,
                                    window.prefs.default_currency, window)
        self.panel = ChecklistPanel(self.model)
        self.values_panel = ValuesPanel(sessions, self.edit, window.prefs.default_currency, self.panel, window.ui_lang)
        self.panel.layout().insertWidget(2, self.values_panel)  # under the table, over the message
        self.values_panel.errorOccurred.connect(self.panel.message.setText)
        self.panel.view.selectionModel().currentChanged.connect(self._show_values)
        self.model.modelReset.connect(self._show_values)
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

    def _show_values(self, *_args) -> None:
        row = self.model.row(self.panel.view.currentIndex().row())
        self.values_panel.show_item(row.item_id if row else None, self.model.label(row) if row else "")

    def _refresh(self) -> None:
        # Preferences may have changed (title order, currency) along with the catalogue.
        self.model.name_order = list(self.window.prefs.name_order)
        if self.model.currency != self.window.prefs.default_currency:  # a new default, not every edit
            self.model.currency = self.window.prefs.default_currency
            self.values_panel.currency.setCurrentText(self.model.currency)
        if self.model.series_id is not None:
            self.model.reload()

    def filter_incomplete(self, on: bool) -> None:
        # A named filter: it combines with the search instead of replacing it.
        self.window.set_filter("incomplete_series", RowFilter.of(holdings.incomplete_series_where()) if on else None)

    def edit(self, text: str, item_id: int, change: Callable[[], None]) -> None:
        """Apply `change` to an item as an undoable step named `text`."""
        sessions = self.window.catalogue.sessions
        after: list[ItemSnapshot] = []

        # Do the change first: a refused change (CatalogueError, also for an item deleted
        # meanwhile) never lands on the stack.
        try:
            before = holding_undo.snapshot(sessions, item_id)
            change()
            after.append(holding_undo.snapshot(sessions, item_id))
        except CatalogueError as exc:
            self.panel.message.setText(tr("Not changed: {error}").format(error=exc))
            return
        self.panel.message.clear()
        self.window.undo_stack.push(ServiceCommand(
            # Each way only over what the step left: never over someone else's newer change.
            text, lambda: holding_undo.guarded_restore(sessions, after[0], before),
            lambda: holding_undo.guarded_restore(sessions, before, after[0]),
            self.window, done=True))


def install(window) -> None:
    window.holdings_feature = HoldingsFeature(window)
