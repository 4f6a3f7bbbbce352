"""Bulk edit: one change of holdings and wants over many items, undone as one step.

A collector selects rows (or whole series) and sets the condition, storage location or price
paid of their copies, ticks them owned, or puts them on (or takes them off) the want list.
Everything happens in one transaction; `BulkResult` keeps every item's holdings and wants
before and after (`ItemSnapshot`), so `undo_bulk` puts all of them back at once, and only
while none of them was changed by someone else meanwhile (else `UndoRefused`, nothing written).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db.models import Holding, Item, Want
from kpstamps.domain.enums import Condition
from kpstamps.errors import CatalogueError, UndoRefused
from kpstamps.services.browse.rows import RowKey
from kpstamps.services.collection.holding_undo import (
    _last_change,
    _restore_in,
    _snapshot_in,
)
from kpstamps.services.collection.holdings import ItemSnapshot, _check_condition
from kpstamps.services.editing.undo_guard import lock_rows

MAX_ITEMS = 100_000


@dataclass(frozen=True)
class BulkChange:
    """What to set; None leaves a field as it is.

    `condition`, `location` and `price_cents` (with `price_currency`) change every holding of
    the items that are owned (or become owned through `owned=True`); items not owned keep
    having none. `owned=False` removes the holdings, `wanted` adds or removes the want.
    `wanted=True` skips items already owned (a want list holds what is missing).
    """

    owned: bool | None = None
    wanted: bool | None = None
    condition: str | None = None
    location: str | None = None
    price_cents: int | None = None
    price_currency: str | None = None

    def is_empty(self) -> bool:
        return all(v is None for v in (self.owned, self.wanted, self.condition, self.location, self.price_cents))


@dataclass(frozen=True)
class BulkResult:
    before: tuple[ItemSnapshot, ...]
    after: tuple[ItemSnapshot, ...]

    @property
    def changed(self) -> int:
        """How many items the change actually altered."""
        return sum(b != a for b, a in zip(self.before, self.after, strict=True))


def item_ids_for(sessions: sessionmaker[Session], keys: Iterable[RowKey], whole_series: bool = False) -> list[int]:
    """The items of the selected rows (a row without an item: every item of its series), in
    order, each once. With `whole_series`, every item of the rows' series."""
    keys = list(keys)
    series = {k.series_id for k in keys if whole_series or k.item_id is None}
    ids = [k.item_id for k in keys if k.item_id is not None and not whole_series]
    if series:
        with sessions() as session:
            ids += session.scalars(select(Item.id).where(Item.series_id.in_(series))
                                   .order_by(Item.series_id, Item.position, Item.id))
    return list(dict.fromkeys(ids))


def _check(change: BulkChange, item_ids: Sequence[int]) -> BulkChange:
    if change.is_empty():
        raise CatalogueError("nothing to change: choose at least one field")
    if not item_ids:
        raise CatalogueError("no items selected")
    if len(item_ids) > MAX_ITEMS:
        raise CatalogueError(f"at most {MAX_ITEMS} items at once")
    if change.condition is not None:
        _check_condition(change.condition)
    if change.price_cents is not None:
        if change.price_cents < 0:
            raise CatalogueError("a price cannot be negative")
        currency = (change.price_currency or "").strip().upper()
        if currency and (len(currency) != 3 or not currency.isalpha()):
            raise CatalogueError(f"currency must be a three-letter code, not {currency!r}")
    return change


def apply_bulk(sessions: sessionmaker[Session], item_ids: Sequence[int], change: BulkChange) -> BulkResult:
    """Apply `change` to every item in one transaction; returns the snapshots for undo."""
    _check(change, item_ids)
    with sessions.begin() as session:
        lock_rows(session, [], list(item_ids))
        found = set(session.scalars(select(Item.id).where(Item.id.in_(item_ids))))
        missing = [i for i in item_ids if i not in found]
        if missing:
            raise CatalogueError(f"{len(missing)} of the selected items no longer exist; nothing was changed")
        before = tuple(_snapshot_in(session, i) for i in item_ids)
        for item_id in item_ids:
            _apply_one(session, item_id, change)
        session.flush()
        after = tuple(_snapshot_in(session, i) for i in item_ids)
    return BulkResult(before, after)


def _apply_one(session: Session, item_id: int, change: BulkChange) -> None:
    holdings = list(session.scalars(select(Holding).where(Holding.item_id == item_id).order_by(Holding.id)))
    if change.owned is False:
        for holding in holdings:
            session.delete(holding)
        holdings = []
    elif change.owned and not any(h.quantity > 0 for h in holdings):
        if holdings:
            holdings[0].quantity = 1
        else:
            holding = Holding(item_id=item_id, condition=change.condition or Condition.MINT_NEVER_HINGED.value,
                              quantity=1)
            session.add(holding)
            holdings = [holding]
    for holding in holdings:
        if change.condition is not None:
            holding.condition = change.condition
        if change.location is not None:
            holding.location = change.location.strip()
        if change.price_cents is not None:
            holding.price_cents = change.price_cents
            holding.price_currency = (change.price_currency or "").strip().upper() or None
    if change.wanted is not None:
        wants = list(session.scalars(select(Want).where(Want.item_id == item_id)))
        if not change.wanted:
            for want in wants:
                session.delete(want)
        elif not wants and not any(h.quantity > 0 for h in holdings):
            session.add(Want(item_id=item_id))


def undo_bulk(sessions: sessionmaker[Session], target: Sequence[ItemSnapshot],
              expected: Sequence[ItemSnapshot]) -> None:
    """Put every item back to `target` if all of them still are exactly `expected`; else
    raise UndoRefused for the first item changed or deleted meanwhile and write nothing."""
    with sessions.begin() as session:
        lock_rows(session, [], [s.item_id for s in target])
        for want in expected:
            item = session.get(Item, want.item_id)
            if item is None:
                raise UndoRefused("item", f"#{want.item_id}", deleted=True)
            if _snapshot_in(session, want.item_id) != want:
                name = f"{item.series.serial or item.series_id} #{item.position}"
                raise UndoRefused("item", name, "", _last_change(session, want.item_id))
        for state in target:
            _restore_in(session, state)
