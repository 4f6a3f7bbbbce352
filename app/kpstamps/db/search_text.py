"""Keep `series.search_text` and `item.search_text` right on every ORM flush.

Registered on the Session class when kpstamps.db.models is imported, so reference loading,
editing and import all maintain it. Core bulk inserts must call `series_search_text` /
`item_search_text` themselves (see services/synthetic.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import event
from sqlalchemy.orm import Session

from kpstamps.db.models import CatalogueNumber, Item, Series
from kpstamps.domain.enums import CATALOGUE_ABBREVIATIONS, CatalogueName
from kpstamps.domain.normalise import search_text


def series_search_text(titles: Iterable[str], serial: str | None, notes: str | None) -> str:
    return search_text(*titles, serial, notes)


def number_text(catalogue: str, number: str) -> str:
    try:
        abbreviation = CATALOGUE_ABBREVIATIONS[CatalogueName(catalogue)]
    except ValueError:
        abbreviation = ""
    return f"{abbreviation} {number}".strip()


def item_search_text(titles: Iterable[str], description: str | None, numbers: Iterable[tuple[str, str]]) -> str:
    return search_text(*titles, description, *(number_text(c, n) for c, n in numbers))


def _item_text(session: Session, item: Item) -> str:
    numbers = [(n.catalogue, n.number) for n in item.numbers if n not in session.deleted]
    return item_search_text(item.titles().values(), item.description, numbers)


@event.listens_for(Session, "before_flush")
def _update_search_text(session: Session, _context, _instances) -> None:
    items: set[Item] = set()
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Series):
            text = series_search_text(obj.titles().values(), obj.serial, obj.notes)
            if obj.search_text != text:
                obj.search_text = text
        elif isinstance(obj, Item):
            items.add(obj)
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, CatalogueNumber) and obj.item is not None and obj.item not in session.deleted:
            items.add(obj.item)
    for item in items:
        if item in session.deleted:
            continue
        text = _item_text(session, item)
        if item.search_text != text:
            item.search_text = text
