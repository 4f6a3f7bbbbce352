"""The editable table of a series' items inside the series dialog.

One row per item; the kind, perforation and currency cells edit through combo boxes, the
catalogue-number cell is text ("Mi 6789, Sc 5123") read by kpstamps.domain.entry.
The table holds ItemDrafts' values only; nothing is saved from here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kpstamps.domain.album.geometry import Shape
from kpstamps.domain.enums import LANGS, ItemKind, Perforation
from kpstamps.domain.money import CURRENCIES, DEFAULT_CURRENCY
from kpstamps.services.catalogue.glossary import term
from kpstamps.services.editing.series import ItemDraft

VALUE = Qt.ItemDataRole.UserRole  # the stored value of a combo cell (e.g. "stamp")
ITEM_ID = Qt.ItemDataRole.UserRole + 1  # the item's id, on the kind cell


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


# (key, header) in column order.
def _columns() -> list[tuple[str, str]]:
    titles = {"ko": tr("Title (Korean)"), "en": tr("Title (English)"), "zh": tr("Title (Chinese)"),
              "ru": tr("Title (Russian)")}
    return [("kind", tr("Kind")), ("face_value", tr("Face value")), ("currency", tr("Currency")),
            ("perforation", tr("Perforation")), ("perf_gauge", tr("Gauge")), ("format", tr("Format")),
            ("size", tr("Size (mm)")), ("shape", tr("Shape")), *((f"title_{lang}", titles[lang]) for lang in LANGS),
            ("numbers", tr("Catalogue numbers"))]


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of (label, value) choices; the value goes in VALUE, the label is shown."""

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QWidget | None = None, editable: bool = False):
        super().__init__(parent)
        self.choices = list(choices)
        self.editable = editable

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, _index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(self.editable)
        for label, value in self.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex | QPersistentModelIndex) -> None:
        position = editor.findData(index.data(VALUE))
        if position >= 0:
            editor.setCurrentIndex(position)
        elif self.editable:
            editor.setEditText(index.data(VALUE) or "")

    def setModelData(self, editor: QComboBox, model: QAbstractItemModel, index) -> None:
        value = editor.currentData() if editor.currentIndex() >= 0 else None
        if self.editable and editor.currentText() != editor.itemText(editor.currentIndex()):
            value = editor.currentText().strip().upper()
        model.setData(index, value or "", VALUE)
        model.setData(index, self.label(value or ""), Qt.ItemDataRole.DisplayRole)

    def label(self, value: str) -> str:
        return next((label for label, v in self.choices if v == value), value)


class ItemsTable(QTableWidget):
    """Rows of ItemDrafts; `changed` fires on any edit, row added or row removed."""

    changed = Signal()

    def __init__(self, ui_lang: str = "en", parent: QWidget | None = None):
        self.columns = _columns()
        super().__init__(0, len(self.columns), parent)
        self.setObjectName("itemsTable")
        self.setAccessibleName(tr("Items of the series"))
        self.setHorizontalHeaderLabels([header for _key, header in self.columns])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        kinds = [(term(f"kind.{k.value}", ui_lang), k.value) for k in ItemKind]
        perforations = [(tr("—"), ""), (tr("perforated"), Perforation.PERFORATED.value),
                        (tr("imperforate"), Perforation.IMPERFORATE.value)]
        self.delegates = {
            "kind": ChoiceDelegate([(tr("(choose)"), ""), *kinds], self),
            "perforation": ChoiceDelegate(perforations, self),
            "currency": ChoiceDelegate([(c, c) for c in CURRENCIES], self, editable=True),
            "shape": ChoiceDelegate([(tr("—"), ""), (tr("rectangle"), Shape.RECTANGLE.value), (tr("oval"), Shape.OVAL.value),
                                     (tr("round"), Shape.ROUND.value), (tr("triangle"), Shape.TRIANGLE.value),
                                     (tr("diamond"), Shape.DIAMOND.value)], self),
        }
        for key, delegate in self.delegates.items():
            self.setItemDelegateForColumn(self.column(key), delegate)
        # Narrow enough that the catalogue numbers (the last, stretching column) show at 1280 px.
        widths = {"kind": 120, "face_value": 75, "currency": 65, "perforation": 100, "perf_gauge": 55,
                  "format": 80, "size": 70, "shape": 80, **{f"title_{lang}": 150 for lang in LANGS}}
        for key, width in widths.items():
            self.setColumnWidth(self.column(key), width)
        self.horizontalHeader().setStretchLastSection(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def column(self, key: str) -> int:
        return [k for k, _h in self.columns].index(key)

    # -- reading and writing rows ----------------------------------------------------------
    def set_items(self, items: Sequence[ItemDraft]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for item in items:
            self._append(item)
        self.blockSignals(False)
        self.changed.emit()

    def add_items(self, items: Sequence[ItemDraft]) -> None:
        self.blockSignals(True)
        for item in items:
            self._append(item)
        self.blockSignals(False)
        self.changed.emit()

    def _append(self, item: ItemDraft) -> None:
        row = self.rowCount()
        self.insertRow(row)
        values = {"kind": item.kind, "face_value": item.face_value, "currency": item.currency,
                  "perforation": item.perforation, "perf_gauge": item.perf_gauge, "format": item.format,
                  "size": item.size, "shape": item.shape, "numbers": item.numbers, **{f"title_{lang}": item.titles.get(lang, "") for lang in LANGS}}
        for key, value in values.items():
            self.set_value(row, key, value)
        self.item(row, self.column("kind")).setData(ITEM_ID, item.id)
        self.item(row, self.column("size")).setToolTip(tr("Width×height in mm, e.g. 40×30; empty: the album "
                                                          "assumes the kind's usual size"))

    def set_value(self, row: int, key: str, value: str) -> None:
        """Set one cell (a combo cell by its stored value)."""
        cell = self.item(row, self.column(key))
        if cell is None:
            cell = QTableWidgetItem()
            self.setItem(row, self.column(key), cell)
        delegate = self.delegates.get(key)
        if delegate is not None:
            cell.setData(VALUE, value)
            cell.setText(delegate.label(value))
        else:
            cell.setText(value)

    def value(self, row: int, key: str) -> str:
        cell = self.item(row, self.column(key))
        if cell is None:
            return ""
        if key in self.delegates:
            return cell.data(VALUE) or ""
        return cell.text()

    def items(self) -> list[ItemDraft]:
        return [self._draft(row) for row in range(self.rowCount())]

    def _draft(self, row: int) -> ItemDraft:
        item_id = self.item(row, self.column("kind")).data(ITEM_ID)
        return ItemDraft(
            id=int(item_id) if item_id is not None else None, kind=self.value(row, "kind"),
            face_value=self.value(row, "face_value").strip(),
            currency=self.value(row, "currency") or DEFAULT_CURRENCY, perforation=self.value(row, "perforation"),
            perf_gauge=self.value(row, "perf_gauge"), format=self.value(row, "format"),
            size=self.value(row, "size").strip(), shape=self.value(row, "shape"),
            titles={lang.value: self.value(row, f"title_{lang}") for lang in LANGS},
            numbers=self.value(row, "numbers"),
        )

    # -- actions ---------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.selectedIndexes()})

    def remove_rows(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.removeRow(row)
        self.changed.emit()

    def copy_titles(self, titles: dict[str, str], rows: Sequence[int] | None = None) -> None:
        """Put the series titles into the title cells of `rows` (all rows if None)."""
        self.blockSignals(True)
        for row in rows if rows else range(self.rowCount()):
            for lang in LANGS:
                self.set_value(row, f"title_{lang}", titles.get(lang, ""))
        self.blockSignals(False)
        self.changed.emit()
