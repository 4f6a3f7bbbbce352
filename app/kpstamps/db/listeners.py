"""Flush hooks that keep bookkeeping columns right: `search_text` and `updated_by` of series and items.

They are registered on the catalogue's own sessionmaker (`install`, called by
db/session.make_sessions), not on SQLAlchemy's global Session class, so only sessions of a
catalogue get them. Core bulk inserts bypass them and compute the same values with
kpstamps.domain.search_text (import, synthetic catalogues).
"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db.editors import session_editor
from kpstamps.db.models import CatalogueNumber, Item, Series
from kpstamps.domain.search_text import item_search_text, series_search_text


def install(sessions: sessionmaker[Session]) -> None:
    """Register the flush hooks on a new sessionmaker (make_sessions calls it once for each).

    No `event.contains` check first: SQLAlchemy's registry is keyed by object ids, and a
    collected sessionmaker's id can be reused by a new one, which then looked hooked already.
    """
    for hook in (_update_search_text, _stamp_editor):
        event.listen(sessions, "before_flush", hook)


def _item_text(session: Session, item: Item) -> str:
    numbers = [(n.catalogue, n.number) for n in item.numbers if n not in session.deleted]
    return item_search_text(item.titles().values(), item.description, numbers)


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


def _stamp_editor(session: Session, _context, _instances) -> None:
    editor = None
    for obj in (*session.new, *session.dirty):
        if not isinstance(obj, Series | Item):
            continue
        if obj not in session.new and not session.is_modified(obj, include_collections=False):
            continue
        editor = editor if editor is not None else session_editor(session)
        if obj.updated_by != editor:
            obj.updated_by = editor
