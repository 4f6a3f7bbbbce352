"""The checklist of a series: one row per item, owned/wanted ticked in place.

The model never writes to the catalogue itself: every change goes to `edit(text, item_id,
change)`, which the holdings feature turns into an undoable command. Bad input (a price that
is not an amount) is refused with `errorOccurred` and the value stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from kpstamps.db.session import Sessions
from kpstamps.domain.enums import Condition
from kpstamps.domain.money import Money
from kpstamps.errors import CatalogueError
from kpstamps.services.catalogue import glossary
from kpstamps.services.collection import holdings
from kpstamps.services.collection.holdings import ChecklistRow, SeriesChecklist
from kpstamps.ui.common.formatting import format_amount
from kpstamps.ui.common.i18n import tr

# (key, title): the key is also the name used in edits
COLUMNS: tuple[tuple[str, str], ...] = (
    ("position", QT_TRANSLATE_NOOP("Checklist", "#")),
    ("title", QT_TRANSLATE_NOOP("Checklist", "Item")),
    ("owned", QT_TRANSLATE_NOOP("Checklist", "Owned")),
    ("condition", QT_TRANSLATE_NOOP("Checklist", "Condition")),
    ("quantity", QT_TRANSLATE_NOOP("Checklist", "Qty")),
    ("price", QT_TRANSLATE_NOOP("Checklist", "Price paid")),
    ("location", QT_TRANSLATE_NOOP("Checklist", "Location")),
    ("wanted", QT_TRANSLATE_NOOP("Checklist", "Wanted")),
    ("want_quantity", QT_TRANSLATE_NOOP("Checklist", "Want qty")),
    ("want_condition", QT_TRANSLATE_NOOP("Checklist", "Wanted condition")),
    ("max_price", QT_TRANSLATE_NOOP("Checklist", "Max price")),
)
CHECK_COLUMNS = ("owned", "wanted")
CONDITION_COLUMNS = ("condition", "want_condition")
EDIT_COLUMNS = ("condition", "quantity", "price", "location", "want_quantity", "want_condition", "max_price")
Change = Callable[[], None]



def column_title(key: str) -> str:
    return QCoreApplication.translate("Checklist", dict(COLUMNS)[key])


def column_of(key: str) -> int:
    return [c[0] for c in COLUMNS].index(key)


def _money_text(cents: int | None, currency: str | None) -> str:
    if cents is None:
        return ""
    amount = format_amount(cents, grouping=False)  # edited in place: Money.parse reads it back
    return f"{amount} {currency}" if currency else amount


class ChecklistModel(QAbstractTableModel):
    errorOccurred = Signal(str)
    completionChanged = Signal(int, int)  # owned, total

    def __init__(self, sessions: Sessions, edit: Callable[[str, int, Change], None],
                 name_order: Sequence[str] = ("en",), ui_lang: str = "en", currency: str = "EUR", parent=None):
        super().__init__(parent)
        self._sessions = sessions
        self._edit = edit
        self.name_order = list(name_order)
        self.ui_lang = ui_lang
        self.currency = currency
        self.series_id: int | None = None
        self.checklist: SeriesChecklist | None = None

    # -- loading -------------------------------------------------------------------------
    def show_series(self, series_id: int | None) -> None:
        self.series_id = series_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        try:
            self.checklist = (holdings.series_checklist(self._sessions, self.series_id, self.name_order)
                              if self.series_id is not None else None)
        except CatalogueError:  # the series was deleted (or an undo took it away): show nothing
            self.series_id, self.checklist = None, None
        self.endResetModel()
        done = self.checklist.completion if self.checklist else holdings.Completion(0, 0)
        self.completionChanged.emit(done.owned, done.total)

    def row(self, row: int) -> ChecklistRow | None:
        rows = self.checklist.rows if self.checklist else []
        return rows[row] if 0 <= row < len(rows) else None

    def label(self, row: ChecklistRow) -> str:
        serial = self.checklist.serial if self.checklist and self.checklist.serial else (
            self.checklist.title if self.checklist else "")
        return f"{serial} #{row.position}"

    # -- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.checklist else len(self.checklist.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return column_title(COLUMNS[section][0]) if 0 <= section < len(COLUMNS) else None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        key = COLUMNS[index.column()][0]
        if key in CHECK_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif key in EDIT_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.CheckStateRole and key in CHECK_COLUMNS:
            return Qt.CheckState.Checked if getattr(row, key) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, key)
        return None

    def _edit_value(self, row: ChecklistRow, key: str):
        return {
            "condition": row.condition, "want_condition": row.want_condition,
            "quantity": row.quantity, "want_quantity": max(row.want_quantity, 1),
            "price": _money_text(row.price_cents, row.price_currency),
            "max_price": _money_text(row.max_price_cents, row.want_currency),
            "location": row.location,
        }.get(key)

    def _display(self, row: ChecklistRow, key: str) -> str:
        if key == "position":
            return str(row.position)
        if key == "title":
            kind = glossary.term(f"kind.{row.kind}", self.ui_lang)
            return f"{row.title} ({kind})" if row.title else kind
        if key in CHECK_COLUMNS:
            return ""
        if key == "condition":
            return glossary.term(f"condition.{row.condition}", self.ui_lang) if row.owned else ""
        if key == "want_condition":
            return glossary.term(f"condition.{row.want_condition}", self.ui_lang) if row.wanted else ""
        if key == "quantity":
            return str(row.quantity) if row.owned else ""
        if key == "want_quantity":
            return str(row.want_quantity) if row.wanted else ""
        value = self._edit_value(row, key)
        return "" if value is None else str(value)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return False
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.CheckStateRole and key in CHECK_COLUMNS:
            return self.toggle(index.row(), key, _is_checked(value))
        if role != Qt.ItemDataRole.EditRole or key not in EDIT_COLUMNS:
            return False
        try:
            text, change = self._change_for(row, key, value)
        except ValueError as exc:
            self.errorOccurred.emit(tr("Not changed: {error}").format(error=exc))
            return False
        self._edit(text, row.item_id, change)
        return True

    # -- edits -------------------------------------------------------------------------------
    def toggle(self, row_number: int, key: str = "owned", checked: bool | None = None) -> bool:
        """Tick or untick owned/wanted of a row (flips it when `checked` is None)."""
        row = self.row(row_number)
        if row is None or key not in CHECK_COLUMNS:
            return False
        current = getattr(row, key)
        checked = (not current) if checked is None else checked
        if checked == current:
            return False
        item_id, label, sessions = row.item_id, self.label(row), self._sessions
        if key == "owned":
            text = (tr("Mark {item} owned") if checked else tr("Mark {item} not owned")).format(item=label)
            self._edit(text, item_id, lambda: holdings.set_owned(sessions, item_id, checked))
        else:
            text = (tr("Mark {item} wanted") if checked else tr("Mark {item} not wanted")).format(item=label)
            self._edit(text, item_id, lambda: holdings.set_wanted(sessions, item_id, checked))
        return True

    def _change_for(self, row: ChecklistRow, key: str, value) -> tuple[str, Change]:
        sessions, item_id, label = self._sessions, row.item_id, self.label(row)
        if key in ("condition", "quantity", "location"):
            if key == "quantity":
                value = _whole_number(value)
            values = {key: value}
            update = holdings.update_holding
        elif key == "price":
            cents, currency = self._parse_money(value, row.price_currency)
            values, update = {"price_cents": cents, "price_currency": currency}, holdings.update_holding
        elif key == "max_price":
            cents, currency = self._parse_money(value, row.want_currency)
            values, update = {"max_price_cents": cents, "currency": currency}, holdings.update_want
        else:
            name = {"want_quantity": "quantity", "want_condition": "condition"}[key]
            values = {name: _whole_number(value) if name == "quantity" else value}
            update = holdings.update_want
        if key in CONDITION_COLUMNS and values.get("condition", values.get(key)) not in {c.value for c in Condition}:
            raise ValueError(tr("unknown condition {value}").format(value=value))
        text = tr("Change {what} of {item}").format(what=column_title(key).lower(), item=label)
        return text, lambda: update(sessions, item_id, **values)

    def _parse_money(self, value, currency: str | None) -> tuple[int | None, str | None]:
        text = str(value or "").strip()
        if not text:
            return None, None
        parts = text.split()
        if len(parts) == 2 and parts[1].isalpha():
            text, currency = parts[0], parts[1]
        elif len(parts) == 2 and parts[0].isalpha():
            currency, text = parts
        money = Money.parse(text, (currency or self.currency).upper())
        if len(money.currency) != 3:
            raise ValueError(tr("currency must be a three-letter code"))
        return money.cents, money.currency


def _is_checked(value) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value


def _whole_number(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ValueError(tr("{value} is not a whole number").format(value=value)) from None


class ConditionDelegate(QStyledItemDelegate):
    """A drop-down of the conditions, named in the UI language."""

    def __init__(self, ui_lang: str = "en", parent=None):
        super().__init__(parent)
        self.ui_lang = ui_lang

    def createEditor(self, parent: QWidget, _option, _index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(tr("Condition"))
        for condition in Condition:
            combo.addItem(glossary.term(f"condition.{condition.value}", self.ui_lang), condition.value)
        return combo

    def setEditorData(self, editor: QWidget, index) -> None:
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
