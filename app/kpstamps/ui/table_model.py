"""The main table's model: holds row ids only and fetches the visible rows page by page.

Row ids themselves come in chunks of `CHUNK_SIZE` (Qt's `canFetchMore`/`fetchMore`: the view
asks for more as it scrolls), and the status bar's count stops at `COUNT_CAP` ("10,000+"), so a
search over 100,000 items waits for one chunk, a capped count and one page, not every row id.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.services import glossary
from kpstamps.services.browse import (
    CatalogueRow, RowKey, SortKey, count_rows, fetch_rows, has_row, row_keys, row_keys_chunk,
)

PAGE_SIZE = 200
PAGES_KEPT = 16
CHUNK_SIZE = 1000  # row ids read at a time (a multiple of PAGE_SIZE)
COUNT_CAP = 10_000  # the status bar says "10,000+" beyond this

# (title, row attribute, sort key)
COLUMNS: tuple[tuple[str, str, SortKey], ...] = (
    (QT_TRANSLATE_NOOP("CatalogueTable", "Serial"), "serial", SortKey.SERIAL),
    (QT_TRANSLATE_NOOP("CatalogueTable", "Date"), "date", SortKey.DATE),
    (QT_TRANSLATE_NOOP("CatalogueTable", "Series"), "series_title", SortKey.SERIES_TITLE),
    (QT_TRANSLATE_NOOP("CatalogueTable", "#"), "position", SortKey.CATALOGUE),
    (QT_TRANSLATE_NOOP("CatalogueTable", "Kind"), "kind", SortKey.KIND),
    (QT_TRANSLATE_NOOP("CatalogueTable", "Title"), "item_title", SortKey.ITEM_TITLE),
    (QT_TRANSLATE_NOOP("CatalogueTable", "Face value"), "face_value", SortKey.FACE_VALUE),
    (QT_TRANSLATE_NOOP("CatalogueTable", "Catalogue numbers"), "numbers", SortKey.NUMBER),
    (QT_TRANSLATE_NOOP("CatalogueTable", "Owned"), "owned", SortKey.OWNED),
    (QT_TRANSLATE_NOOP("CatalogueTable", "Wanted"), "wanted", SortKey.WANTED),
)
ROW_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class CatalogueTableModel(QAbstractTableModel):
    """Rows are `RowKey`s; `CatalogueRow`s are fetched `PAGE_SIZE` at a time and cached."""

    def __init__(self, sessions: sessionmaker[Session], name_order: Sequence[str], ui_lang: str = "en", parent=None):
        super().__init__(parent)
        self._sessions = sessions
        self._name_order = list(name_order)
        self._ui_lang = ui_lang
        self._keys: list[RowKey] = []  # the row ids read so far, sorted
        self._complete = True  # every row id is in `_keys`
        self._count = 0  # rows selected, up to `count_cap` + 1
        self.chunk_size = CHUNK_SIZE
        self.count_cap = COUNT_CAP
        self._pages: OrderedDict[int, list[CatalogueRow]] = OrderedDict()
        self._where: ColumnElement[bool] | None = None
        self._sort = SortKey.CATALOGUE
        self._descending = False
        self.pages_fetched = 0  # for tests and benchmarks
        self.chunks_fetched = 0
        self.tr_header: Callable[[str], str] = lambda text: text

    # -- loading -------------------------------------------------------------------------
    def reload(self, where: ColumnElement[bool] | None = ..., keys: list[RowKey] | None = None) -> None:
        """Re-read the first chunk of row ids and the (capped) count, optionally with a new
        filter; or show the given keys directly."""
        if where is not ...:
            self._where = where
        self.beginResetModel()
        self._pages.clear()
        if keys is not None:
            self._keys, self._complete, self._count = list(keys), True, len(keys)
        else:
            with self._sessions() as session:
                self._keys = list(self._read_keys(session, self.chunk_size))
                self._complete = len(self._keys) < self.chunk_size
                self._count = len(self._keys) if self._complete else count_rows(
                    session, self._where, self.count_cap + 1)
        self.endResetModel()

    def _options(self) -> dict:
        return {"sort": self._sort, "descending": self._descending, "where": self._where,
                "name_lang": self._name_order[0]}

    def _read_keys(self, session: Session, limit: int | None, offset: int = 0) -> list[RowKey]:
        self.chunks_fetched += 1
        return row_keys_chunk(session, limit, offset, **self._options())

    def _append_keys(self, limit: int | None) -> None:
        """Read the next `limit` row ids (None: all the rest) and add their rows."""
        if self._complete:
            return
        with self._sessions() as session:
            more = self._read_keys(session, limit, len(self._keys))
        self._complete = limit is None or len(more) < limit
        if more:
            self._pages.pop(len(self._keys) // PAGE_SIZE, None)  # the last page read may be short
            self.beginInsertRows(QModelIndex(), len(self._keys), len(self._keys) + len(more) - 1)
            self._keys.extend(more)
            self.endInsertRows()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not parent.isValid():
            self._append_keys(self.chunk_size)

    def fetch_all(self) -> None:
        """Add every row not read yet (one query)."""
        self._append_keys(None)

    def count_text(self) -> str:
        """The number of rows for the status bar: exact up to `count_cap`, then "10,000+"."""
        if self._count > self.count_cap:
            return f"{self.count_cap:,}+"
        return str(self._count)

    def refresh_rows(self) -> None:
        """Forget cached pages (after an edit) and repaint, keeping the row ids."""
        self._pages.clear()
        if self._keys:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._keys) - 1, len(COLUMNS) - 1))

    def set_name_order(self, order: Sequence[str]) -> None:
        self._name_order = list(order)
        self.refresh_rows()

    def row_key(self, row: int) -> RowKey | None:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def row_for(self, key: RowKey) -> int:
        """The row of `key` (-1 if not shown), reading the rest of the row ids if it is shown
        but not among those read yet."""
        key = RowKey._make(key)
        if key not in self._keys:
            if self._complete:
                return -1
            with self._sessions() as session:
                if not has_row(session, key, self._where):
                    return -1
            self.fetch_all()
        return self._keys.index(key) if key in self._keys else -1

    def keys(self) -> list[RowKey]:
        """Every row's key, sorted, also those not read yet (the model itself does not grow)."""
        if self._complete:
            return list(self._keys)
        with self._sessions() as session:
            return list(row_keys(session, **self._options()))

    def row_values(self, row: int) -> CatalogueRow | None:
        if not 0 <= row < len(self._keys):
            return None
        page = self._page(row // PAGE_SIZE)
        return page[row % PAGE_SIZE]

    def _page(self, number: int) -> list[CatalogueRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        keys = self._keys[number * PAGE_SIZE:(number + 1) * PAGE_SIZE]
        with self._sessions() as session:
            page = fetch_rows(session, keys, self._name_order)
        self.pages_fetched += 1
        self._pages[number] = page
        while len(self._pages) > PAGES_KEPT:
            self._pages.popitem(last=False)
        return page

    # -- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return self.tr_header(COLUMNS[section][0])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        if role == ROW_KEY_ROLE:
            return self._keys[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole):
            return None
        attribute = COLUMNS[index.column()][1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = attribute in ("position", "face_value", "owned", "wanted")
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if numeric else None
        row = self.row_values(index.row())
        value = getattr(row, attribute)
        if attribute == "kind":
            return glossary.term(f"kind.{value}", self._ui_lang) if value else ""
        if attribute in ("owned", "wanted"):
            return str(value) if value else ""
        if attribute == "item_title" and not value and row.item_id is not None:
            return row.series_title
        return "" if value is None else str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = COLUMNS[column][2]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
