"""Figures about the catalogue and the collection: by year, theme and kind, completion,
money spent and estimated value.

Everything is counted by SQL aggregates (GROUP BY), so 100,000 items never become Python
objects; only one small row per year, theme, kind or series comes back.

Interpretations (documented because a collector could read them otherwise):

* An item is *owned* when it has a holding with quantity > 0; *copies* add the quantities.
* An item is *wanted* when it has a want; wanted copies add the wants' quantities.
* *Money spent* sums `Holding.price_cents` per `Holding.price_currency` as entered: the price
  is what was paid for the holding row (all its copies together), so it is NOT multiplied by
  the quantity. Holdings without a price are counted in `unpriced_holdings`; a price entered
  without a currency is summed under the currency "" (shown as "no currency").
* *Estimated value* is `holdings.collection_value`: quantity × the newest catalogue value for
  the holding's condition, per currency (damaged copies and unpriced items add nothing).
* A series counts for a theme when the theme is assigned to it directly (not through a
  sub-theme); the chart then filters exactly the series it counted.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from sqlalchemy import String, case, cast, distinct, func, select
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db.models import HOLDING, SERIES, WANT, Holding, Item, Series, Theme, Want, series_theme, table
from kpstamps.domain.titles import DEFAULT_NAME_ORDER, pick_title
from kpstamps.services.collection.holdings import collection_value


@dataclass(frozen=True)
class YearFigures:
    year: int | None  # None: series without a known year
    series: int
    items: int
    owned_items: int


@dataclass(frozen=True)
class ThemeFigures:
    theme_id: int
    key: str
    name: str  # in the first language of the name order that has one
    series: int
    items: int


@dataclass(frozen=True)
class KindFigures:
    kind: str
    items: int
    owned_items: int


@dataclass(frozen=True)
class SeriesCompletion:
    series_id: int
    serial: str
    title: str
    year: int | None
    owned: int
    total: int

    @property
    def fraction(self) -> float:
        return self.owned / self.total if self.total else 0.0

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.owned == self.total


@dataclass(frozen=True)
class Totals:
    series: int
    items: int
    owned_items: int
    owned_copies: int
    wanted_items: int
    wanted_copies: int
    complete_series: int  # every item owned
    started_series: int  # at least one item owned, not complete
    unpriced_holdings: int


@dataclass
class Statistics:
    totals: Totals
    by_year: list[YearFigures] = field(default_factory=list)
    by_theme: list[ThemeFigures] = field(default_factory=list)
    by_kind: list[KindFigures] = field(default_factory=list)
    completion: list[SeriesCompletion] = field(default_factory=list)
    spent: dict[str, int] = field(default_factory=dict)  # currency -> cents paid
    value: dict[str, int] = field(default_factory=dict)  # currency -> estimated cents


def _owned_item_ids():
    return select(Holding.item_id).where(Holding.quantity > 0).distinct()


def items_by_year(session: Session) -> list[YearFigures]:
    """Series, items and owned items per issue year (unknown years last)."""
    owned = case((Item.id.in_(_owned_item_ids()), 1))
    rows = session.execute(
        select(Series.year, func.count(distinct(Series.id)), func.count(Item.id), func.count(owned))
        .outerjoin(Item, Item.series_id == Series.id)
        .group_by(Series.year)
    ).all()
    figures = [YearFigures(year, int(s), int(i), int(o)) for year, s, i, o in rows]
    return sorted(figures, key=lambda f: (f.year is None, f.year or 0))


def items_by_theme(session: Session, top: int = 10,
                   name_order: Sequence[str] = DEFAULT_NAME_ORDER) -> list[ThemeFigures]:
    """The `top` themes with the most series (ties: most items, then key); names in `name_order`."""
    items_per_series = (select(Item.series_id, func.count(Item.id).label("n"))
                        .group_by(Item.series_id).subquery())
    rows = session.execute(
        select(Theme, func.count(series_theme.c.series_id).label("series"),
               func.coalesce(func.sum(items_per_series.c.n), 0).label("items"))
        .join(series_theme, series_theme.c.theme_id == Theme.id)
        .outerjoin(items_per_series, items_per_series.c.series_id == series_theme.c.series_id)
        .group_by(Theme.id)
        .order_by(func.count(series_theme.c.series_id).desc(),
                  func.coalesce(func.sum(items_per_series.c.n), 0).desc(), Theme.key)
        .limit(max(top, 0))
    ).all()
    return [ThemeFigures(theme.id, theme.key, pick_title(theme.names(), name_order) or theme.key,
                         int(series), int(items)) for theme, series, items in rows]


def items_by_kind(session: Session) -> list[KindFigures]:
    """Items and owned items per kind, most numerous first."""
    owned = case((Item.id.in_(_owned_item_ids()), 1))
    rows = session.execute(
        select(Item.kind, func.count(Item.id), func.count(owned)).group_by(Item.kind)
        .order_by(func.count(Item.id).desc(), Item.kind)
    ).all()
    return [KindFigures(kind, int(n), int(o)) for kind, n, o in rows]


def series_completion(session: Session, name_order: Sequence[str] = DEFAULT_NAME_ORDER) -> list[SeriesCompletion]:
    """Owned items out of all items for every series that has items, in catalogue order (date, serial)."""
    owned = case((Item.id.in_(_owned_item_ids()), 1))
    rows = session.execute(
        select(Series.id, Series.serial, Series.year, Series.title_ko, Series.title_en, Series.title_zh,
               Series.title_ru, func.count(owned), func.count(Item.id))
        .join(Item, Item.series_id == Series.id)
        .group_by(Series.id)
        .order_by(func.coalesce(Series.issue_date, Series.announced, cast(Series.year, String), ""),
                  Series.serial_sort, Series.id)
    ).all()
    result = []
    for sid, serial, year, ko, en, zh, ru, n_owned, total in rows:
        title = pick_title({"ko": ko, "en": en, "zh": zh, "ru": ru}, name_order)
        result.append(SeriesCompletion(sid, serial or "", title, year, int(n_owned), int(total)))
    return result


def money_spent(session: Session) -> tuple[dict[str, int], int]:
    """Prices paid per currency (see the module notes) and the number of holdings without a price."""
    # One expression object in SELECT and GROUP BY: PostgreSQL sees the same parameter in both.
    currency = func.coalesce(func.upper(Holding.price_currency), "")
    rows = session.execute(
        select(currency, func.sum(Holding.price_cents)).where(Holding.price_cents.is_not(None)).group_by(currency)
    ).all()
    unpriced = session.scalar(select(func.count(Holding.id)).where(Holding.price_cents.is_(None))) or 0
    return {currency: int(cents) for currency, cents in sorted(rows)}, int(unpriced)


def totals(session: Session, completion: Sequence[SeriesCompletion] | None = None) -> Totals:
    """Counts of series, items, owned and wanted items and copies, complete and started series."""
    completion = series_completion(session) if completion is None else completion
    series = session.scalar(select(func.count(Series.id))) or 0
    items = session.scalar(select(func.count(Item.id))) or 0
    owned_items, owned_copies = session.execute(
        select(func.count(distinct(Holding.item_id)), func.coalesce(func.sum(Holding.quantity), 0))
        .where(Holding.quantity > 0)).one()
    wanted_items, wanted_copies = session.execute(
        select(func.count(distinct(Want.item_id)), func.coalesce(func.sum(Want.quantity), 0))).one()
    unpriced = session.scalar(select(func.count(Holding.id)).where(Holding.price_cents.is_(None))) or 0
    return Totals(
        series=int(series), items=int(items), owned_items=int(owned_items), owned_copies=int(owned_copies),
        wanted_items=int(wanted_items), wanted_copies=int(wanted_copies),
        complete_series=sum(1 for c in completion if c.complete),
        started_series=sum(1 for c in completion if 0 < c.owned < c.total),
        unpriced_holdings=int(unpriced),
    )


def collection_statistics(sessions: sessionmaker[Session], top_themes: int = 10,
                          name_order: Sequence[str] = DEFAULT_NAME_ORDER) -> Statistics:
    """All figures at once, read in one session (safe to call from a worker thread)."""
    with sessions() as session:
        completion = series_completion(session, name_order)
        spent, _unpriced = money_spent(session)
        stats = Statistics(
            totals=totals(session, completion),
            by_year=items_by_year(session),
            by_theme=items_by_theme(session, top_themes, name_order),
            by_kind=items_by_kind(session),
            completion=completion,
            spent=spent,
        )
    stats.value = collection_value(sessions)
    return stats


CSV_HEADER = ("section", "key", "label", "measure", "value")


def figure_rows(stats: Statistics) -> list[tuple[str, str, str, str, int]]:
    """The figures as long-format rows: (section, key, label, measure, value)."""
    rows: list[tuple[str, str, str, str, int]] = []
    for name in ("series", "items", "owned_items", "owned_copies", "wanted_items", "wanted_copies",
                 "complete_series", "started_series", "unpriced_holdings"):
        rows.append(("totals", name, name, "count", getattr(stats.totals, name)))
    for y in stats.by_year:
        key = "" if y.year is None else str(y.year)
        rows += [("by_year", key, key, m, getattr(y, m)) for m in ("series", "items", "owned_items")]
    for t in stats.by_theme:
        rows += [("by_theme", t.key, t.name, m, getattr(t, m)) for m in ("series", "items")]
    for k in stats.by_kind:
        rows += [("by_kind", k.kind, k.kind, m, getattr(k, m)) for m in ("items", "owned_items")]
    for c in stats.completion:
        rows += [("completion", str(c.series_id), c.serial or c.title, m, getattr(c, m)) for m in ("owned", "total")]
    rows += [("spent", currency, currency, "cents", cents) for currency, cents in sorted(stats.spent.items())]
    rows += [("value", currency, currency, "cents", cents) for currency, cents in sorted(stats.value.items())]
    return rows


def write_csv(stats: Statistics, target: Path | str | TextIO, sections: Sequence[str] | None = None) -> int:
    """Write the figures as CSV (UTF-8, header `section,key,label,measure,value`); returns the row count.

    `sections` limits the output to some of: totals, by_year, by_theme, by_kind, completion,
    spent, value. Amounts are integer cents, so the file sums exactly in a spreadsheet.
    """
    rows = [r for r in figure_rows(stats) if sections is None or r[0] in sections]
    if isinstance(target, (str, Path)):
        with open(target, "w", encoding="utf-8", newline="") as handle:
            return _write_rows(handle, rows)
    return _write_rows(target, rows)


def _write_rows(handle: TextIO, rows: list[tuple[str, str, str, str, int]]) -> int:
    writer = csv.writer(handle)
    writer.writerow(CSV_HEADER)
    writer.writerows(rows)
    return len(rows)


def catalogue_counts(sessions: sessionmaker[Session]) -> dict[str, int]:
    """Series and items in the catalogue, items owned and wanted (the window's status line), and
    the countries the series come from (a Country column above one): one statement, of Core
    columns (it compiles without configuring the mappers: `db.models.table`)."""
    counts = {
        "series": select(func.count()).select_from(table(Series)),
        "items": select(func.count()).select_from(table(Item)),
        "owned": select(func.count(func.distinct(HOLDING.item_id))),
        "wanted": select(func.count(func.distinct(WANT.item_id))),
        "countries": select(func.count(func.distinct(SERIES.country))),
    }
    with sessions() as session:
        row = session.execute(select(*(query.scalar_subquery().label(name) for name, query in counts.items()))).one()
    return {name: int(value or 0) for name, value in row._mapping.items()}
