"""What the main table shows first: how many rows a filter keeps, and the first page of them.

A filter change must feel instant at 100,000 items, so the table does not read every row key
up front (sorting tens of thousands of rows is noticeable). It asks `first_page`, which
counts the rows and reads one page of keys at the same time, on two connections: SQLite and
psycopg release the GIL while the database works, so on two cores the wait is the longer of
the two, not their sum. The table reads every key only when the user goes past that page.

A broad filter (`RowFilter.broad`: a theme, a kind, "owned") on SQLite, in catalogue order, is
read along `ix_series_catalogue_order` and stops after one page; SQLite's planner would rather
fetch every matching row by its id and sort them, so the condition is hidden from it.
A narrow one (words, numbers, years) keeps the planner's plan: few rows, quickly sorted.
"""

from __future__ import annotations

import atexit
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db.models import ITEM, SERIES, Item, Series, table
from kpstamps.services.browse.rows import (
    CatalogueRow,
    RowKeys,
    SortKey,
    fetch_rows,
    row_keys_query,
)

PAGE = 100  # rows read for the first screen (a 4K screen shows about 100 table rows)

_COUNTER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kpstamps-count")
atexit.register(_COUNTER.shutdown, wait=False, cancel_futures=True)


@dataclass(frozen=True)
class RowFilter:
    """A condition on the table's rows, and whether it probably keeps many of them."""

    where: ColumnElement[bool] | None = None
    broad: bool = True  # no condition keeps every row

    @classmethod
    def of(cls, where: ColumnElement[bool] | None) -> RowFilter:
        """A condition of unknown reach (treated as narrow, the planner's choice)."""
        return cls(where, broad=where is None)

    @classmethod
    def combine(cls, filters: Iterable[RowFilter]) -> RowFilter:
        """All of `filters` (AND); broad only if each is."""
        parts = [f for f in filters if f.where is not None]
        if not parts:
            return cls()
        where = parts[0].where if len(parts) == 1 else and_(*(f.where for f in parts))
        return cls(where, broad=all(f.broad for f in parts))


@dataclass(frozen=True)
class FirstPage:
    count: int  # rows the filter keeps
    keys: RowKeys  # the first of them, in table order (all of them when count <= page size)
    rows: list[CatalogueRow] | None = None  # their values, when asked for


def count_query(where: ColumnElement[bool] | None) -> Select:
    """SELECT the number of table rows (series × items, or a series without items) `where` keeps."""
    query = select(func.count()).select_from(table(Series)).outerjoin(table(Item), ITEM.series_id == SERIES.id)
    return query if where is None else query.where(where)


def count_rows(session: Session, where: ColumnElement[bool] | None) -> int:
    return int(session.execute(count_query(where)).scalar_one())


def page_query(row_filter: RowFilter, dialect: str, sort: SortKey = SortKey.CATALOGUE,
               descending: bool = False, name_lang: str = "en") -> Select:
    """The sorted row keys of `row_filter`, planned for reading only the first rows (add a LIMIT)."""
    where = row_filter.where
    if where is not None and row_filter.broad and sort == SortKey.CATALOGUE and dialect == "sqlite":
        # In a CASE the condition cannot drive the plan: SQLite walks the catalogue order index.
        where = case((where, 1), else_=0) == 1
    return row_keys_query(sort=sort, descending=descending, where=where, name_lang=name_lang)


def _count(sessions: sessionmaker[Session], where: ColumnElement[bool] | None) -> int:
    with sessions() as session:
        return count_rows(session, where)


def first_page(sessions: sessionmaker[Session], row_filter: RowFilter, *, sort: SortKey = SortKey.CATALOGUE,
               descending: bool = False, name_order: Sequence[str] | None = None, size: int = PAGE) -> FirstPage:
    """The row count of `row_filter` and its first `size` keys, read at the same time; with
    `name_order` (titles' language order, its first also sorts titles) the values of those
    rows too, read while the count still runs."""
    name_lang = name_order[0] if name_order else "en"
    counting = _COUNTER.submit(_count, sessions, row_filter.where)
    rows = None
    try:
        with sessions() as session:
            query = page_query(row_filter, session.get_bind().dialect.name, sort, descending, name_lang)
            keys = RowKeys(session.connection().execute(query.limit(size)).all())
            if name_order:
                rows = fetch_rows(session, keys, name_order)
    finally:
        count = counting.result()  # also when the page failed: no count left running
    # Fewer rows than a page: that is the count (the counter's own snapshot may be a moment older).
    return FirstPage(len(keys) if len(keys) < size else max(count, len(keys)), keys, rows)
