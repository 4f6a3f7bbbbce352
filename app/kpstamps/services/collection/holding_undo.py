"""Undo for the checklist: an item's holdings, wants and catalogue values put back.

A checklist step (ticking owned or wanted, a price paid, a catalogue value) is undone by
writing the item's previous holdings, wants and values back. On a shared catalogue someone
else may have changed them meanwhile: `guarded_restore` writes only while they are still
exactly what the step left (compared as values, in the transaction that writes), and
otherwise raises `UndoRefused` and writes nothing, as series undo does (services.undo_guard).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db.models import CatalogueValue, Holding, Item, Want
from kpstamps.domain.titles import pick_title
from kpstamps.errors import UndoRefused
from kpstamps.services.collection.holdings import (
    HoldingData,
    ItemSnapshot,
    WantData,
    _item,
    _value_entries,
)
from kpstamps.services.editing.undo_guard import lock_rows

_MODELS = (Holding, Want, CatalogueValue)


def snapshot(sessions: sessionmaker[Session], item_id: int) -> ItemSnapshot:
    """The holdings, wants and catalogue values of an item as plain values."""
    with sessions() as session:
        _item(session, item_id)
        return _snapshot_in(session, item_id)


def _snapshot_in(session: Session, item_id: int) -> ItemSnapshot:
    holdings = session.scalars(select(Holding).where(Holding.item_id == item_id).order_by(Holding.id))
    wants = session.scalars(select(Want).where(Want.item_id == item_id).order_by(Want.id))
    return ItemSnapshot(
        item_id,
        tuple(HoldingData(h.condition, h.quantity, h.price_cents, h.price_currency, h.acquired, h.location, h.note)
              for h in holdings),
        tuple(WantData(w.condition, w.quantity, w.max_price_cents, w.currency, w.note) for w in wants),
        tuple(_value_entries(session, item_id)),
    )


def restore(sessions: sessionmaker[Session], state: ItemSnapshot) -> None:
    """Put an item's holdings, wants and catalogue values back exactly as in `state`."""
    with sessions.begin() as session:
        _item(session, state.item_id)
        _restore_in(session, state)


def _restore_in(session: Session, state: ItemSnapshot) -> None:
    for model in _MODELS:
        for row in session.scalars(select(model).where(model.item_id == state.item_id)):
            session.delete(row)
    session.flush()
    for h in state.holdings:
        session.add(Holding(item_id=state.item_id, **h.__dict__))
    for w in state.wants:
        session.add(Want(item_id=state.item_id, **w.__dict__))
    for v in state.values:
        session.add(CatalogueValue(item_id=state.item_id, **v.__dict__))


def guarded_restore(sessions: sessionmaker[Session], target: ItemSnapshot, expected: ItemSnapshot) -> None:
    """Put `target` back if the item still holds exactly `expected`, else raise UndoRefused."""
    with sessions.begin() as session:
        lock_rows(session, [], [target.item_id])
        item = session.get(Item, target.item_id)
        if item is None:
            raise UndoRefused("item", f"#{target.item_id}", deleted=True)
        if _snapshot_in(session, target.item_id) != expected:
            raise UndoRefused("item", _name(item), "", _last_change(session, target.item_id))
        _restore_in(session, target)


def _name(item: Item) -> str:
    return f"{item.series.serial or pick_title(item.series.titles())} #{item.position}"


def _last_change(session: Session, item_id: int) -> dt.datetime | None:
    """When the item's holdings, wants or values were last written (None when all are gone)."""
    times = [session.scalar(select(func.max(model.updated_at)).where(model.item_id == item_id)) for model in _MODELS]
    return max((t for t in times if t is not None), default=None)
