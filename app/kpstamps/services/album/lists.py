"""Checklist, want list and swap list: their rows, and CSV for trading partners.

A swap list offers the copies held beyond what the collector keeps (`item.keep_quantity`,
NULL meaning one; 0 puts every copy up for swap).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db.models import Holding, Item, Want
from kpstamps.domain.money import Money
from kpstamps.errors import CatalogueError
from kpstamps.services.album.labels import label
from kpstamps.services.album.pages import AlbumItem, AlbumSeries, album_keys, read_album
from kpstamps.services.catalogue.glossary import term

LIST_KINDS = ("checklist", "wanted", "swap")
LANGUAGES = ("ko", "en", "zh", "ru")


@dataclass(frozen=True)
class ListRow:
    series: AlbumSeries
    item: AlbumItem
    owned: bool = False
    quantity: int = 0  # wanted: copies wanted; swap: copies offered
    condition: str = ""
    max_price: str = ""
    keep: int = 1
    note: str = ""


@dataclass(frozen=True)
class PrintedList:
    kind: str  # checklist, wanted, swap
    language: str
    rows: list[ListRow]

    def title(self) -> str:
        return label(f"list.{self.kind}", self.language)

    def columns(self) -> list[str]:
        """Column keys, in order (labels via `heading`)."""
        middle = {"checklist": ["col.owned"], "wanted": ["form.condition", "form.qty_short", "col.max_price", "col.note"],
                  "swap": ["form.condition", "col.keep", "col.spare"]}[self.kind]
        first = ["col.tick"] if self.kind == "checklist" else []
        return [*first, "form.serial", "col.year", "col.series", "form.item", "form.catalogue_numbers",
                "col.face_value", *middle]

    def heading(self, key: str) -> str:
        return label(key, self.language)

    def cells(self, row: ListRow) -> dict[str, str]:
        lang = self.language
        item_title = row.item.titles.get(lang) or term(f"kind.{row.item.kind}", lang)
        return {"col.tick": "☑" if row.owned else "☐", "form.serial": row.series.serial,
                "col.year": str(row.series.year or ""), "col.series": row.series.title(lang),
                "form.item": f"{row.item.position}. {item_title}", "form.catalogue_numbers": row.item.numbers,
                "col.face_value": row.item.face_value, "col.owned": str(row.item.owned or ""),
                "form.condition": term(f"condition.{row.condition}", lang) if row.condition else "",
                "form.qty_short": str(row.quantity), "col.max_price": row.max_price, "col.note": row.note,
                "col.keep": str(row.keep), "col.spare": str(row.quantity)}


def _check(kind: str, lang: str) -> None:
    if kind not in LIST_KINDS:
        raise CatalogueError(f"unknown list {kind!r}; expected one of: {', '.join(LIST_KINDS)}")
    if lang not in LANGUAGES:
        raise CatalogueError(f"unknown language {lang!r}; expected one of: {', '.join(LANGUAGES)}")


def build_list(sessions: sessionmaker[Session], kind: str, lang: str, query: str = "",
               series: Sequence[str] = (), where: ColumnElement[bool] | None = None) -> PrintedList:
    """The rows of a checklist, want list or swap list over the items a search (or `where`) keeps."""
    _check(kind, lang)
    with sessions() as session:
        album = read_album(session, album_keys(session, query, series, where))
        items = {item.id: (s, item) for s in album for item in s.items}
        if kind == "checklist":
            rows = [ListRow(s, item, owned=item.owned > 0) for s in album for item in s.items]
        elif kind == "wanted":
            rows = _wanted_rows(session, items)
        else:
            rows = _swap_rows(session, items)
    return PrintedList(kind, lang, rows)


def _wanted_rows(session: Session, items: dict) -> list[ListRow]:
    wants = session.scalars(select(Want).where(Want.item_id.in_(list(items))).order_by(Want.id)) if items else []
    by_item: dict[int, list[Want]] = {}
    for want in wants:
        by_item.setdefault(want.item_id, []).append(want)
    rows = []
    for item_id, (series, item) in items.items():  # catalogue order
        for want in by_item.get(item_id, []):
            price = str(Money(want.max_price_cents, want.currency or "EUR")) if want.max_price_cents is not None else ""
            rows.append(ListRow(series, item, quantity=want.quantity, condition=want.condition, max_price=price,
                                note=want.note))
    return rows


def _swap_rows(session: Session, items: dict) -> list[ListRow]:
    if not items:
        return []
    keep = dict(session.execute(select(Item.id, Item.keep_quantity).where(Item.id.in_(list(items)))).all())
    held: dict[int, list[tuple[str, int]]] = {}
    query = (select(Holding.item_id, Holding.condition, func.sum(Holding.quantity))
             .where(Holding.item_id.in_(list(items))).group_by(Holding.item_id, Holding.condition)
             .order_by(Holding.item_id, Holding.condition))
    for item_id, condition, quantity in session.execute(query):
        held.setdefault(item_id, []).append((condition, int(quantity or 0)))
    rows = []
    for item_id, (series, item) in items.items():
        kept = 1 if keep.get(item_id) is None else int(keep[item_id])
        for condition, quantity in held.get(item_id, []):  # the first condition's copies are kept first
            spare = max(0, quantity - kept)
            kept = max(0, kept - quantity)
            if spare:
                rows.append(ListRow(series, item, quantity=spare, condition=condition,
                                    keep=1 if keep.get(item_id) is None else int(keep[item_id])))
    return rows


def write_csv(printed: PrintedList, path: Path | str) -> int:
    """Write the list as UTF-8 CSV (with a BOM, so spreadsheets read Hangul); returns its rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    columns = [c for c in printed.columns() if c != "col.tick"]  # "Owned" says it in CSV
    writer.writerow([printed.heading(c) for c in columns])
    for row in printed.rows:
        cells = printed.cells(row)
        writer.writerow([cells[c] for c in columns])
    Path(path).write_text("\ufeff" + buffer.getvalue(), encoding="utf-8")
    return len(printed.rows)


def set_keep_quantity(sessions: sessionmaker[Session], item_id: int, keep: int | None) -> None:
    """How many copies of an item the collector keeps (None: one); the rest go on the swap list."""
    if keep is not None and keep < 0:
        raise CatalogueError("the number of copies to keep cannot be negative")
    with sessions.begin() as session:
        item = session.get(Item, item_id)
        if item is None:
            raise CatalogueError(f"no item #{item_id}")
        item.keep_quantity = keep
