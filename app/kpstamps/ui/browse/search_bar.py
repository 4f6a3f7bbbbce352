"""The toolbar search box: find-as-you-type (debounced), history, syntax help, hints, saved searches."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from kpstamps.services.browse import search as search_service
from kpstamps.services.browse.suggest import did_you_mean
from kpstamps.ui.browse.empty_state import EmptyState
from kpstamps.ui.common.messages import translated_all

DEBOUNCE_MS = 200
HISTORY_SIZE = 20


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def help_text() -> str:
    return tr(
        "<b>Search</b><br>"
        "words match titles (ko/en/zh/ru), notes, serials, numbers; <i>chinson</i> finds 친선<br>"
        "<code>\"table tennis\"</code> phrase &nbsp; <code>-word</code> exclude &nbsp; <code>a OR b</code><br>"
        "<code>theme:sport</code> &nbsp; <code>year:2024</code> &nbsp; <code>year:2020..2024</code> &nbsp; "
        "<code>kind:postcard</code><br>"
        "<code>serial:Ba79</code> &nbsp; <code>mi:6789</code> &nbsp; <code>cat:\"Mi 6789\"</code> &nbsp; "
        "<code>scott:</code> <code>sg:</code> <code>yv:</code> <code>ksc:</code> <code>colnect:</code><br>"
        "<code>owned</code> &nbsp; <code>wanted</code> &nbsp; <code>missing</code> &nbsp; <code>condition:used</code>"
    )


class SearchBar:
    """Wires a line edit in the toolbar to `window.reload(where=...)`."""

    def __init__(self, window):
        self.window = window
        self.sessions = window.catalogue.sessions
        self.dialect = search_service.search_mode(window.catalogue.engine)
        self.history: list[str] = []
        self.edit = QLineEdit(window)
        self.edit.setPlaceholderText(tr("Search (theme:sport year:2024 mi:6789 …)"))
        self.edit.setAccessibleName(tr("Search the catalogue"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(260)
        self.history_model = QStringListModel([], window)
        self.edit.setCompleter(QCompleter(self.history_model, window))
        self.timer = QTimer(window, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.apply)
        self.edit.textChanged.connect(lambda _text: self.timer.start())
        self.edit.returnPressed.connect(self.commit)
        self.help_button = QToolButton(window)
        self.help_button.setText("?")
        self.help_button.setAccessibleName(tr("Search syntax help"))
        self.help_popup, self.help_label = self._make_help_menu(window)
        # A menu closes on Escape, on a click outside and on the button again (a QLabel popup
        # ignored all three and held every input until the app was killed).
        self.help_button.setMenu(self.help_popup)
        self.help_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.help_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")  # just "?"
        self.filter_button = QToolButton(window)
        self.filter_button.setText(tr("Filters"))
        self.filter_button.setAccessibleName(tr("Show the filter panel"))
        self.filter_button.clicked.connect(self.show_filters)
        self.hint_label = QLabel(window)
        self.hint_label.setAccessibleName(tr("Search hint"))
        window.toolbar.addWidget(self.edit)
        window.toolbar.addWidget(self.help_button)
        window.toolbar.addWidget(self.filter_button)
        window.statusBar().addWidget(self.hint_label)
        self.filters = None
        layout = getattr(window, "sidebar_layout", None)
        if layout is not None:
            from kpstamps.ui.browse.filter_panel import FilterPanel

            self.filters = FilterPanel(window, self.sessions)
            self.filters.changed.connect(self.timer.start)
            self.filters.cleared.connect(self.edit.clear)  # "Clear filters" shows every row
            layout.addWidget(self.filters.widget, 1)  # the theme tree gets the room
            window.catalogueChanged.connect(self.filters.refresh_themes)
        self._make_saved_list()
        self.empty_state = EmptyState(window.table_view, self.run_suggestion)

    def apply(self) -> None:
        """Filter the table by the current text (called after typing pauses)."""
        self.timer.stop()
        query = self.query()
        row_filter, hints = search_service.row_filter(query, self.dialect)
        self.window.reload(where=row_filter)
        self.hint_label.setText(" ".join(translated_all(hints)))
        if query.strip() and self.window.table_model.rowCount() == 0:
            typed = self.edit.text()
            self.empty_state.show_for(typed or query, did_you_mean(self.sessions, typed, self.dialect) if typed else None)
        else:
            self.empty_state.hide()

    def run_suggestion(self, text: str) -> None:
        """The "Did you mean" link: search for the corrected text."""
        if text:
            self.edit.setText(text)
            self.commit()

    def set_query(self, text: str) -> None:
        """Put `text` in the box and search now (a filter chosen elsewhere, e.g. statistics)."""
        self.edit.setText(text)
        self.apply()

    def query(self) -> str:
        """The typed text and the filter panel's terms, as one search."""
        extra = self.filters.query() if self.filters is not None else ""
        text = self.edit.text()
        return f"({text}) {extra}" if text.strip() and extra else (text or extra)

    def show_filters(self) -> None:
        self.window.sidebar.show()

    def commit(self) -> None:
        """Enter: search now and remember the text in the history."""
        self.apply()
        text = self.edit.text().strip()
        if text:
            self.history = [text, *(h for h in self.history if h != text)][:HISTORY_SIZE]
            self.history_model.setStringList(self.history)

    @staticmethod
    def _make_help_menu(window) -> tuple[QMenu, QLabel]:
        menu = QMenu(window)
        menu.setObjectName("searchHelp")
        label = QLabel(help_text(), menu)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setMargin(8)
        text = QWidgetAction(menu)
        text.setDefaultWidget(label)
        menu.addAction(text)
        return menu, label

    def show_help(self) -> None:
        """Open the syntax help under the "?" button (what clicking the button does)."""
        self.help_button.showMenu()

    # Saved searches ------------------------------------------------------------------------
    def _make_saved_list(self) -> None:
        layout = getattr(self.window, "sidebar_layout", None)
        if layout is None:
            return
        self.saved_label = QLabel(tr("Saved searches"), self.window)
        layout.addWidget(self.saved_label)
        self.saved_list = QListWidget(self.window)
        self.saved_list.setAccessibleName(tr("Saved searches"))
        self.saved_list.itemActivated.connect(self._use_saved)
        self.saved_list.itemClicked.connect(self._use_saved)
        layout.addWidget(self.saved_list)
        self.save_button = QPushButton(tr("Save this search"), self.window)
        self.save_button.clicked.connect(lambda: self.save_current())
        layout.addWidget(self.save_button)
        self.refresh_saved()

    def refresh_saved(self) -> None:
        self.saved_list.clear()
        for saved in search_service.list_saved_searches(self.sessions):
            item = QListWidgetItem(saved.name, self.saved_list)
            item.setData(Qt.ItemDataRole.UserRole, saved.query)
            item.setToolTip(saved.query)
        # No saved search yet: no empty box taking the theme tree's room.
        count = self.saved_list.count()
        self.saved_label.setVisible(count > 0)
        self.saved_list.setVisible(count > 0)
        rows = min(count, 6)
        self.saved_list.setMaximumHeight(rows * self.saved_list.sizeHintForRow(0) + 2 * self.saved_list.frameWidth()
                                         if count else 0)

    def save_current(self, name: str | None = None) -> None:
        """Save the current search (named by its text unless `name` is given) and show the sidebar."""
        text = self.edit.text().strip()
        if not text:
            self.hint_label.setText(tr("Type a search first, then save it."))
            return
        search_service.save_search(self.sessions, name or text[:120], text)
        self.refresh_saved()
        self.window.sidebar.show()

    def _use_saved(self, item: QListWidgetItem) -> None:
        self.edit.setText(item.data(Qt.ItemDataRole.UserRole))
        self.apply()


def install(window) -> None:
    window.search_bar = SearchBar(window)
    QWidget.setTabOrder(window.search_bar.edit, window.table_view)
