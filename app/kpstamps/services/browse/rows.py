"""Rows of the main table: ids for the whole result, plain row values for one page at a time.

The table holds only `RowKey`s (two ints per row); `fetch_rows` turns the visible page into
`CatalogueRow`s with four small queries, so 100,000 items never become 100,000 objects.
A series without catalogued items is one row with `item_id` None.

The statements here are built from the tables' Core columns (`db.models.table`), so the first
page compiles without configuring the ORM mappers; a `where` from a search may still be ORM.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    any_,
    func,
    literal,
    select,
)
from sqlalchemy.orm import Session

from kpstamps.db.models import (
    HOLDING,
    ITEM,
    NUMBER,
    SERIES,
    WANT,
    Item,
    Scan,
    Series,
    catalogue_date,
    table,
)
from kpstamps.domain.enums import CATALOGUE_ABBREVIATIONS, CatalogueName
from kpstamps.domain.money import Money
from kpstamps.domain.titles import DEFAULT_NAME_ORDER, pick_title


class SortKey(StrEnum):
    CATALOGUE = "catalogue"  # issue date, serial, position
    SERIAL = "serial"
    DATE = "date"
    SERIES_TITLE = "series_title"
    KIND = "kind"
    ITEM_TITLE = "item_title"
    FACE_VALUE = "face_value"
    NUMBER = "number"
    OWNED = "owned"
    WANTED = "wanted"
    COUNTRY = "country"


class RowKey(NamedTuple):
    """One table row: a series and one of its items (None for a series without items)."""

    series_id: int
    item_id: int | None


@dataclass(frozen=True, slots=True)
class CatalogueRow:
    series_id: int
    item_id: int | None
    serial: str
    date: str
    year: int | None
    series_title: str
    position: int | None
    kind: str
    item_title: str
    face_value: str
    numbers: str
    owned: int
    wanted: int
    scans: int
    country: str = "KP"  # ISO 3166 code of the series' country


def _quantity_total(columns):
    """Copies owned (`HOLDING`) or wanted (`WANT`) of the row's item: 0 when none."""
    return select(func.coalesce(func.sum(columns.quantity), 0)).where(columns.item_id == ITEM.id).scalar_subquery()


def _sort_columns(sort: SortKey, name_lang: str) -> tuple[list[ColumnElement], list[ColumnElement]]:
    """The chosen column (none for CATALOGUE) and the catalogue order that breaks its ties."""
    first_number = select(func.min(NUMBER.sort_key)).where(NUMBER.item_id == ITEM.id).scalar_subquery()
    catalogue = [catalogue_date(), SERIES.serial_sort, SERIES.id, ITEM.position, ITEM.id]
    by = {
        SortKey.CATALOGUE: [],
        SortKey.SERIAL: [SERIES.serial_sort],
        SortKey.DATE: [catalogue_date()],
        SortKey.SERIES_TITLE: [SERIES[f"title_{name_lang}"]],
        SortKey.KIND: [ITEM.kind],
        SortKey.ITEM_TITLE: [ITEM[f"title_{name_lang}"]],
        SortKey.FACE_VALUE: [ITEM.face_value_cents],
        SortKey.NUMBER: [first_number],
        SortKey.OWNED: [_quantity_total(HOLDING)],
        SortKey.WANTED: [_quantity_total(WANT)],
        SortKey.COUNTRY: [SERIES.country],
    }[sort]
    return by, catalogue


def row_keys_query(
    sort: SortKey = SortKey.CATALOGUE,
    descending: bool = False,
    where: ColumnElement[bool] | None = None,
    name_lang: str = "en",
) -> Select:
    """SELECT series_id, item_id for every row, sorted; `where` filters (search, filters)."""
    query = select(SERIES.id, ITEM.id).select_from(table(Series)).outerjoin(table(Item), ITEM.series_id == SERIES.id)
    if where is not None:
        query = query.where(where)
    by, catalogue = _sort_columns(sort, name_lang)
    # The catalogue order is never NULL where it matters (a series without items is a single
    # row), so it is sorted plainly: both engines then read ix_series_catalogue_order, either
    # way (PostgreSQL's index cannot give ASC NULLS FIRST). Reversed as a whole for CATALOGUE.
    if not by:
        return query.order_by(*(c.desc() if descending else c.asc() for c in catalogue))
    # The chosen column reverses; its ties stay in catalogue order. SQLite puts NULLs first
    # ascending, PostgreSQL last: say it, so both engines agree (empty values first ascending,
    # last descending, as SQLite always did).
    first = by[0].desc().nulls_last() if descending else by[0].asc().nulls_first()
    return query.order_by(first, *(c.asc() for c in catalogue))


class RowKeys(Sequence[RowKey]):
    """Row keys kept as the driver's rows; a `RowKey` is made only for the rows asked for.

    Making a named tuple for every row of a large result up front would slow the window's start.
    """

    __slots__ = ("_rows",)

    def __init__(self, rows: Sequence[Sequence[int | None]]):
        self._rows = rows

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [RowKey._make(row) for row in self._rows[index]]
        return RowKey._make(self._rows[index])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or len(other) != len(self):
            return False
        return all(tuple(mine) == tuple(theirs) for mine, theirs in zip(self._rows, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"RowKeys({list(self)!r})"

    def index(self, key, start: int = 0, stop: int | None = None) -> int:  # type: ignore[override]
        wanted = tuple(key)
        for position in range(start, len(self._rows) if stop is None else stop):
            if tuple(self._rows[position]) == wanted:
                return position
        raise ValueError(f"{key!r} is not shown")


def row_keys(session: Session, **options) -> RowKeys:
    """All row keys for the table, sorted (see `row_keys_query` for the options)."""
    # Core rows only: no ORM objects (and no named tuples) for 100,000 rows.
    return RowKeys(session.connection().execute(row_keys_query(**options)).all())


_TITLES = ("title_ko", "title_en", "title_zh", "title_ru")
_SERIES_COLUMNS = (SERIES.id, SERIES.serial, SERIES.issue_date, SERIES.announced, SERIES.year, SERIES.country,
                   *(SERIES[t] for t in _TITLES))


def _item_columns():
    """An item's columns with its owned, wanted and scan counts (index lookups per item)."""
    scans = select(func.count()).where(table(Scan).c.item_id == ITEM.id).scalar_subquery()
    return (ITEM.id, ITEM.position, ITEM.kind, ITEM.face_value_cents, ITEM.currency,
            *(ITEM[t] for t in _TITLES),
            _quantity_total(HOLDING).label("owned"), _quantity_total(WANT).label("wanted"), scans.label("scans"))


_ITEM_COLUMNS = _item_columns()


def _titles(row) -> dict[str, str]:
    """Like `Titled.titles()`, for a row of `_SERIES_COLUMNS` / `_ITEM_COLUMNS`."""
    return {"ko": row.title_ko, "en": row.title_en, "zh": row.title_zh, "ru": row.title_ru}


def _id_in(session: Session, column, ids) -> ColumnElement[bool]:
    """`column IN ids`; on PostgreSQL one array parameter (`= ANY(:ids)`) instead of 200 separate
    ones, which psycopg would otherwise convert one by one for every page."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import ARRAY  # not imported on SQLite (20 ms)

        return column == any_(literal(list(ids), ARRAY(Integer)))
    return column.in_(ids)


def fetch_rows(session: Session, keys: Sequence[RowKey], name_order: Sequence[str] = DEFAULT_NAME_ORDER) -> list[CatalogueRow]:
    """Plain values for `keys`, in the same order (three queries for a page)."""
    item_ids = [k.item_id for k in keys if k.item_id is not None]
    series_ids = {k.series_id for k in keys}
    # Core rows, not ORM objects or an ORM execute: a page is read-only, and this is a third
    # of the cost.
    run = session.connection().execute
    series = {s.id: s for s in run(select(*_SERIES_COLUMNS).where(_id_in(session, SERIES.id, series_ids)))}
    items = {i.id: i for i in run(select(*_ITEM_COLUMNS).where(_id_in(session, ITEM.id, item_ids)))} if item_ids else {}
    numbers = _numbers_by_item(session, item_ids)
    return [_row(series[key.series_id], key, items.get(key.item_id), numbers, name_order) for key in keys]


def _row(s, key: RowKey, item, numbers: dict[int, str], name_order: Sequence[str]) -> CatalogueRow:
    return CatalogueRow(
        series_id=s.id,
        item_id=key.item_id,
        serial=s.serial or "",
        date=s.issue_date or s.announced or (str(s.year) if s.year else ""),
        year=s.year,
        series_title=pick_title(_titles(s), name_order),
        position=item.position if item else None,
        kind=item.kind if item else "",
        item_title=pick_title(_titles(item), name_order) if item else "",
        face_value=str(Money(item.face_value_cents, item.currency)) if item and item.face_value_cents is not None else "",
        numbers=numbers.get(key.item_id, "") if key.item_id is not None else "",
        owned=int(item.owned) if item else 0,
        wanted=int(item.wanted) if item else 0,
        scans=int(item.scans) if item else 0,
        country=s.country,
    )


def _abbreviation(catalogue: str) -> str:
    try:
        return CATALOGUE_ABBREVIATIONS[CatalogueName(catalogue)]
    except ValueError:
        return catalogue


def format_number(catalogue: str, number: str) -> str:
    return f"{_abbreviation(catalogue)} {number}".strip()


def _numbers_by_item(session: Session, item_ids: list[int]) -> dict[int, str]:
    if not item_ids:
        return {}
    found: dict[int, list[str]] = defaultdict(list)
    query = (select(NUMBER.item_id, NUMBER.catalogue, NUMBER.number)
             .where(_id_in(session, NUMBER.item_id, item_ids))
             .order_by(NUMBER.item_id, NUMBER.catalogue, NUMBER.sort_key))
    for item_id, catalogue, number in session.connection().execute(query):
        found[item_id].append(format_number(catalogue, number))
    return {k: ", ".join(v) for k, v in found.items()}
