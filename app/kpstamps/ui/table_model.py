"""The main table's model: holds row ids only and fetches the visible rows page by page."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)

from kpstamps.db.session import Sessions
from kpstamps.services.browse.rows import (
    CatalogueRow,
    RowKey,
    SortKey,
    fetch_rows,
    row_keys,
)
from kpstamps.services.browse.view import PAGE, RowFilter, first_page
from kpstamps.services.catalogue import glossary
from kpstamps.ui.common.formatting import (
    format_date,
    format_integer,
    localise_money_text,
)
from kpstamps.ui.common.tasks import run_task

PAGE_SIZE = PAGE
PAGES_KEPT = 16

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
    # Shown only when the catalogue holds series of more than one country (see main_window).
    (QT_TRANSLATE_NOOP("CatalogueTable", "Country"), "country", SortKey.COUNTRY),
)
COUNTRY_COLUMN = len(COLUMNS) - 1
ROW_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY, _TOOLTIP, _ALIGNMENT = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                  Qt.ItemDataRole.TextAlignmentRole)
_NUMERIC = ("position", "face_value", "owned", "wanted")
_ALIGNMENTS = tuple(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if attribute in _NUMERIC else None
                    for _title, attribute, _sort in COLUMNS)


PREFETCH_DELAY_MS = 300  # read the remaining keys once typing has paused this long


def _find(keys: Sequence[RowKey], key: RowKey) -> int:
    try:
        return keys.index(key)
    except ValueError:
        return -1


class CatalogueTableModel(QAbstractTableModel):
    """Rows are `RowKey`s; `CatalogueRow`s are fetched `PAGE_SIZE` at a time and cached.

    `keysRead` is emitted when every key of the result has been read.

    A reload reads the row count and the first page of keys only (`services.view.first_page`);
    every key of the result is read the first time a row past that page, the whole key list or
    a key's row is asked for (select all, `keys()`); painting rows past the page only starts
    the read-ahead and shows them blank until it ends (it also starts after a pause in typing).
    """

    keysRead = Signal()

    def __init__(self, sessions: Sessions, name_order: Sequence[str], ui_lang: str = "en", parent=None):
        super().__init__(parent)
        self._sessions = sessions
        self._name_order = list(name_order)
        self._ui_lang = ui_lang
        self._keys: Sequence[RowKey] = []
        self._count = 0
        self._complete = True  # every key of the result is in _keys
        self._pages: OrderedDict[int, tuple[list[CatalogueRow], list[tuple[str, ...]]]] = OrderedDict()
        self._filter = RowFilter()
        self._sort = SortKey.CATALOGUE
        self._descending = False
        self.pages_fetched = 0  # for tests and benchmarks
        self.key_loads = 0  # reads of every key of a result in the GUI thread (for tests)
        self.keys_read_ahead = 0  # the same, done by the read-ahead (for tests)
        self._generation = 0
        self._reading = -1  # the generation whose keys the pool is reading
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._read_ahead = QTimer(self, singleShot=True, interval=PREFETCH_DELAY_MS)
        self._read_ahead.timeout.connect(self._start_read_ahead)
        self.tr_header: Callable[[str], str] = lambda text: text

    @property
    def row_filter(self) -> RowFilter:
        """The filter of the rows shown (search and named filters): the album follows it."""
        return self._filter

    # -- loading -------------------------------------------------------------------------
    def reload(self, row_filter: RowFilter | None = None, keys: Sequence[RowKey] | None = None) -> None:
        """Re-read the rows (optionally with a new filter, or given keys directly)."""
        if row_filter is not None:
            self._filter = row_filter
        self.beginResetModel()
        self._pages.clear()
        if keys is None:
            first = first_page(self._sessions, self._filter, sort=self._sort, descending=self._descending,
                               name_order=self._name_order, size=PAGE_SIZE)
            self._keys, self._count = first.keys, first.count
            if first.rows:  # read while the rows were counted
                self._store(0, first.rows)
        else:
            self._keys, self._count = keys, len(keys)
        self._complete = len(self._keys) >= self._count
        self._generation += 1
        self.endResetModel()
        if not self._complete:  # scrolling on will not have to wait for the rest
            self._read_ahead.start()
        else:
            self._read_ahead.stop()

    def _key_options(self) -> dict:
        return {"sort": self._sort, "descending": self._descending, "where": self._filter.where,
                "name_lang": self._name_order[0]}

    def _start_read_ahead(self) -> None:
        """Read the remaining keys in the pool (once per reload)."""
        self._read_ahead.stop()
        if not self._complete and self._reading != self._generation:
            self._reading = self._generation
            generation, options = self._generation, self._key_options()
            # A failed read-ahead costs nothing but speed: the keys are read when needed.
            run_task(lambda job: row_keys(job.session, **options), parent=self, pool=self._pool,
                     sessions=self._sessions, on_result=lambda keys: self._on_keys_read_ahead(generation, keys),
                     on_error=lambda exc: logging.getLogger(__name__).warning(
                         "Reading the table's row ids ahead failed: %s", exc))

    def _on_keys_read_ahead(self, generation: int, keys: Sequence[RowKey]) -> None:
        if generation != self._generation or self._complete:
            return  # a newer search, or already read
        self.keys_read_ahead += 1
        self._take_all_keys(keys)
        if self._count > PAGE_SIZE:  # rows painted blank while their keys were read
            QTimer.singleShot(0, self.refresh_rows)

    def _load_all_keys(self) -> None:
        """Read every key of the current result (once per reload)."""
        with self._sessions() as session:
            keys = row_keys(session, **self._key_options())
        self.key_loads += 1
        self._take_all_keys(keys)

    def _take_all_keys(self, keys: Sequence[RowKey]) -> None:
        self._keys, self._complete = keys, True
        # Later, not now: this may run while the view paints.
        QTimer.singleShot(0, self._resize_to_keys)  # rows changed by someone else since the count
        QTimer.singleShot(0, self.keysRead.emit)

    def _resize_to_keys(self) -> None:
        if self._complete and len(self._keys) != self._count:
            self.beginResetModel()
            self._pages.clear()
            self._count = len(self._keys)
            self.endResetModel()

    def _keys_up_to(self, row: int) -> Sequence[RowKey]:
        if row >= len(self._keys) and not self._complete:
            self._load_all_keys()
        return self._keys

    def refresh_rows(self) -> None:
        """Forget cached pages (after an edit) and repaint, keeping the row ids."""
        self._pages.clear()
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))

    def set_name_order(self, order: Sequence[str]) -> None:
        self._name_order = list(order)
        self.refresh_rows()

    def row_key(self, row: int) -> RowKey | None:
        if not 0 <= row < self._count:
            return None
        keys = self._keys_up_to(row)
        return keys[row] if row < len(keys) else None

    @property
    def complete(self) -> bool:
        """Whether every key of the result has been read."""
        return self._complete

    def row_for(self, key: RowKey, read_all: bool = True) -> int:
        """The row of `key`, or -1; reads every key if it is not among those read, unless
        `read_all` is False (then -1 may only mean "not read yet", see `keysRead`)."""
        row = _find(self._keys, key)
        if row < 0 and read_all and not self._complete:
            self._load_all_keys()
            row = _find(self._keys, key)
        return row

    def keys(self) -> list[RowKey]:
        return list(self._keys_up_to(self._count))

    def row_values(self, row: int) -> CatalogueRow | None:
        page = self._page_of(row)
        return page[0][row % PAGE_SIZE] if page else None

    def _page_of(self, row: int) -> tuple[list[CatalogueRow], list[tuple[str, ...]]] | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        return page if row % PAGE_SIZE < len(page[0]) else None

    def _page(self, number: int) -> tuple[list[CatalogueRow], list[tuple[str, ...]]]:
        """A page's rows and their cell texts (made once: painting asks for each cell often)."""
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        keys = self._keys_up_to(min(self._count, (number + 1) * PAGE_SIZE) - 1)
        with self._sessions() as session:
            rows = fetch_rows(session, keys[number * PAGE_SIZE:(number + 1) * PAGE_SIZE], self._name_order)
        return self._store(number, rows)

    def _store(self, number: int, rows: list[CatalogueRow]) -> tuple[list[CatalogueRow], list[tuple[str, ...]]]:
        self.pages_fetched += 1
        page = self._pages[number] = (rows, [self._cells(row) for row in rows])
        while len(self._pages) > PAGES_KEPT:
            self._pages.popitem(last=False)
        return page

    def _cells(self, row: CatalogueRow) -> tuple[str, ...]:
        def text(attribute: str) -> str:
            value = getattr(row, attribute)
            if attribute == "kind":
                return glossary.term(f"kind.{value}", self._ui_lang) if value else ""
            if attribute in ("owned", "wanted"):
                return format_integer(value) if value else ""
            if attribute == "date":
                return format_date(value)
            if attribute == "face_value":
                return localise_money_text(value or "")
            if attribute == "item_title" and not value and row.item_id is not None:
                return row.series_title
            return "" if value is None else str(value)

        return tuple(text(attribute) for _title, attribute, _sort in COLUMNS)

    # -- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return self.tr_header(COLUMNS[section][0])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == _DISPLAY or role == _TOOLTIP:
            if not index.isValid():
                return None
            if index.row() >= len(self._keys) and not self._complete:
                self._start_read_ahead()  # painting never waits for the keys: blank until they come
                return None
            page = self._page_of(index.row())
            return page[1][index.row() % PAGE_SIZE][index.column()] if page else None
        if role == _ALIGNMENT:
            return _ALIGNMENTS[index.column()] if index.isValid() and index.row() < self._count else None
        if role == ROW_KEY_ROLE and index.isValid():
            return self.row_key(index.row())
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = COLUMNS[column][2]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
