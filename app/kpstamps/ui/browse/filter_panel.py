"""Filter side panel: theme tree with counts, year range, kind, owned/wanted.

The panel turns its choices into search terms (`services.search.filter_query`); the search bar
combines them with the typed text, so both always describe one query.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from kpstamps.domain.enums import ItemKind
from kpstamps.domain.titles import pick_title
from kpstamps.services.browse import search as search_service
from kpstamps.services.catalogue import glossary

FIRST_YEAR, LAST_YEAR = 1946, 2100


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class FilterPanel(QObject):
    changed = Signal()

    def __init__(self, window, sessions):
        super().__init__(window)
        self.sessions = sessions
        self.widget = QWidget(window)
        form = QFormLayout(self.widget)
        form.addRow(QLabel(tr("<b>Filters</b>"), self.widget))
        self.themes = QTreeWidget(self.widget)
        self.themes.setHeaderLabels([tr("Theme"), tr("Series")])
        self.themes.setAccessibleName(tr("Theme filter"))
        self.themes.itemSelectionChanged.connect(self.changed)
        form.addRow(self.themes)
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
        for box in (self.owned, self.wanted):
            box.toggled.connect(self.changed)
            form.addRow(box)
        clear = QPushButton(tr("Clear filters"), self.widget)
        clear.clicked.connect(self.clear)
        form.addRow(clear)
        self.refresh_themes(getattr(window, "ui_lang", "en"))

    def refresh_themes(self, lang: str = "en") -> None:
        """Re-read the theme tree and its series counts."""
        self.themes.clear()
        items: dict[str, QTreeWidgetItem] = {}
        order = [lang, "en", "ko", "zh", "ru"]
        for theme in search_service.theme_counts(self.sessions):
            parent = items.get(theme.parent_key or "")
            item = QTreeWidgetItem(parent or self.themes, [pick_title(theme.names, order) or theme.key, str(theme.series)])
            item.setData(0, Qt.ItemDataRole.UserRole, theme.key)
            items[theme.key] = item
        self.themes.expandAll()

    def query(self) -> str:
        selected = self.themes.selectedItems()
        return search_service.filter_query(
            theme=selected[0].data(0, Qt.ItemDataRole.UserRole) if selected else None,
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
        self.changed.emit()
