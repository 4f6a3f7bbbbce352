"""Filter side panel: theme tree with counts, year range, kind, owned/wanted.

The panel turns its choices into search terms (`services.search.filter_query`); the search bar
combines them with the typed text, so both always describe one query.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpstamps.domain.enums import ItemKind
from kpstamps.domain.titles import pick_title
from kpstamps.services.browse import search as search_service
from kpstamps.services.catalogue import glossary
from kpstamps.ui.common.formatting import format_integer

FIRST_YEAR, LAST_YEAR = 1946, 2100


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class FilterPanel(QObject):
    changed = Signal()
    cleared = Signal()  # "Clear filters": the search bar empties its box too

    def __init__(self, window, sessions):
        super().__init__(window)
        self.sessions = sessions
        self.lang = getattr(window, "ui_lang", "en")
        self.widget = QWidget(window)
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(tr("<b>Filters</b>"), self.widget))
        self.themes = QTreeWidget(self.widget)
        self.themes.setHeaderLabels([tr("Theme"), tr("Series")])
        self.themes.setAccessibleName(tr("Theme filter"))
        self.themes.setIndentation(12)
        header = self.themes.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.themes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.themes.itemSelectionChanged.connect(self.changed)
        column.addWidget(self.themes, 1)  # the tree takes the panel's height; the rest is compact
        form = QFormLayout()
        column.addLayout(form)
        years = QHBoxLayout()
        self.year_from, self.year_to = QSpinBox(self.widget), QSpinBox(self.widget)
        for box, name in ((self.year_from, tr("From year")), (self.year_to, tr("To year"))):
            box.setRange(FIRST_YEAR - 1, LAST_YEAR)
            box.setSpecialValueText(tr("any"))  # the minimum means "no limit"
            box.setValue(FIRST_YEAR - 1)
            box.setAccessibleName(name)
            box.valueChanged.connect(self.changed)
            years.addWidget(box)
        form.addRow(tr("Years"), years)
        self.kind = QComboBox(self.widget)
        self.kind.setAccessibleName(tr("Kind filter"))
        self.kind.addItem(tr("Any kind"), None)
        for kind in ItemKind:
            self.kind.addItem(glossary.term(f"kind.{kind.value}", getattr(window, "ui_lang", "en")), kind.value)
        self.kind.currentIndexChanged.connect(self.changed)
        form.addRow(tr("Kind"), self.kind)
        self.owned, self.wanted = QCheckBox(tr("Owned"), self.widget), QCheckBox(tr("Wanted"), self.widget)
        flags = QHBoxLayout()  # side by side: the height goes to the theme tree
        for box in (self.owned, self.wanted):
            box.toggled.connect(self.changed)
            flags.addWidget(box)
        flags.addStretch(1)
        form.addRow(flags)
        clear = QPushButton(tr("Clear filters"), self.widget)
        clear.clicked.connect(self.clear)
        form.addRow(clear)
        # The counts are read when the panel is first shown (it starts hidden in the sidebar:
        # counting every theme's series is no part of the first paint) and after edits.
        self._themes_stale = True
        self.widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.widget and event.type() == QEvent.Type.Show and self._themes_stale:
            self._read_themes()
        return False

    def refresh_themes(self) -> None:
        """The theme tree and its series counts are out of date (after every edit or import):
        re-read them now if the panel is shown, else when it is next shown."""
        self._themes_stale = True
        if self.widget.isVisible():
            self._read_themes()

    def _read_themes(self) -> None:
        """Re-read the theme tree and its counts, keeping the selected theme and the scroll
        position; re-reading is no new filter choice."""
        self._themes_stale = False
        selected = self.selected_theme()
        scroll = self.themes.verticalScrollBar().value()
        self.themes.blockSignals(True)
        try:
            self.themes.clear()
            items: dict[str, QTreeWidgetItem] = {}
            order = [self.lang, "en", "ko", "zh", "ru"]
            for theme in search_service.theme_counts(self.sessions):
                parent = items.get(theme.parent_key or "")
                name = pick_title(theme.names, order) or theme.key
                item = QTreeWidgetItem(parent or self.themes, [name, format_integer(theme.series)])
                item.setData(0, Qt.ItemDataRole.UserRole, theme.key)
                item.setToolTip(0, name)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                items[theme.key] = item
            self.themes.expandAll()
            if selected in items:
                items[selected].setSelected(True)
        finally:
            self.themes.blockSignals(False)
        self.themes.verticalScrollBar().setValue(scroll)

    def selected_theme(self) -> str | None:
        selected = self.themes.selectedItems()
        return selected[0].data(0, Qt.ItemDataRole.UserRole) if selected else None

    def count_of(self, key: str) -> str:
        """The series count shown for theme `key` (tests)."""
        if self._themes_stale:
            self._read_themes()
        found = [i for i in self.themes.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
                 if i.data(0, Qt.ItemDataRole.UserRole) == key]
        return found[0].text(1) if found else ""

    def query(self) -> str:
        return search_service.filter_query(
            theme=self.selected_theme(),
            year_from=self.year_from.value() if self.year_from.value() >= FIRST_YEAR else None,
            year_to=self.year_to.value() if self.year_to.value() >= FIRST_YEAR else None,
            kind=self.kind.currentData(),
            owned=self.owned.isChecked(),
            wanted=self.wanted.isChecked(),
        )

    def clear(self) -> None:
        self.blockSignals(True)
        self.themes.clearSelection()
        self.year_from.setValue(FIRST_YEAR - 1)
        self.year_to.setValue(FIRST_YEAR - 1)
        self.kind.setCurrentIndex(0)
        self.owned.setChecked(False)
        self.wanted.setChecked(False)
        self.blockSignals(False)
        self.cleared.emit()
        self.changed.emit()
