"""Receiving an order and ordering from the want list without ordering things twice.

Receiving adds the lines to the holdings and takes them off the want list (a want for 3
copies of which 2 arrived becomes a want for 1), as one step that can be undone:
`receive_order` returns a `Receipt` with the items' holdings and wants before and after,
and `undo_receipt` puts them and the order's status back, unless someone changed those
items meanwhile (then `UndoRefused`, nothing written).

`want_list_lines` builds the lines of a new order from the want list and leaves out what
is already owned in the wanted condition or already on an open (draft or sent) order,
naming what it left out so the window can say so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db.models import Holding, Item, Order, OrderEvent, OrderLine, Series, Want
from kpstamps.domain.enums import OrderStatus
from kpstamps.domain.titles import pick_title
from kpstamps.errors import CatalogueError, UndoRefused
from kpstamps.services.collection.holding_undo import _restore_in, _snapshot_in
from kpstamps.services.collection.holdings import ItemSnapshot
from kpstamps.services.editing.undo_guard import lock_rows
from kpstamps.services.orders.orders import (
    TRANSITIONS,
    LineDraft,
    _received_quantities,
    receive_in,
)

OPEN_STATUSES = (OrderStatus.DRAFT.value, OrderStatus.SENT.value)


@dataclass(frozen=True)
class Receipt:
    """What receiving an order changed, to undo it as one step."""

    order_id: int
    number: str
    previous_status: str
    added: int
    before: tuple[ItemSnapshot, ...]
    after: tuple[ItemSnapshot, ...]


def receive_order(sessions: sessionmaker[Session], order_id: int, *, add_to_holdings: bool = True,
                  note: str = "", today: dt.date | None = None) -> Receipt:
    """Mark the order received; with `add_to_holdings`, its lines become holdings and leave the
    want list. Returns the `Receipt` that `undo_receipt` takes."""
    with sessions.begin() as session:
        order = session.get(Order, order_id)
        if order is None:
            raise CatalogueError(f"no order #{order_id}")
        if OrderStatus.RECEIVED.value not in TRANSITIONS[OrderStatus(order.status)]:
            raise CatalogueError(f"order {order.number} is {order.status}; it cannot become received")
        item_ids = sorted(_received_quantities(session, order)) if add_to_holdings else []
        lock_rows(session, [], item_ids)
        before = tuple(_snapshot_in(session, item_id) for item_id in item_ids)
        previous = order.status
        order.status = OrderStatus.RECEIVED.value
        order.events.append(OrderEvent(status=order.status, note=note))
        added = receive_in(session, order, (today or dt.date.today()).isoformat()) if add_to_holdings else 0
        session.flush()
        after = tuple(_snapshot_in(session, item_id) for item_id in item_ids)
        return Receipt(order.id, order.number, previous, added, before, after)


def undo_receipt(sessions: sessionmaker[Session], receipt: Receipt) -> None:
    """Put the holdings, wants and status back as they were before `receipt`.

    Refused (UndoRefused, nothing written) when the order is no longer received or one of its
    items' holdings or wants changed since, so someone else's newer work is never lost.
    """
    with sessions.begin() as session:
        order = session.get(Order, receipt.order_id)
        if order is None:
            raise UndoRefused("order", receipt.number, deleted=True)
        lock_rows(session, [], [s.item_id for s in receipt.after])
        if order.status != OrderStatus.RECEIVED.value:
            raise UndoRefused("order", receipt.number)
        for expected in receipt.after:
            if session.get(Item, expected.item_id) is None or _snapshot_in(session, expected.item_id) != expected:
                raise UndoRefused("item", f"#{expected.item_id}")
        for state in receipt.before:
            _restore_in(session, state)
        order.status = receipt.previous_status
        order.events.append(OrderEvent(status=order.status, note="receipt undone"))


@dataclass(frozen=True)
class WantListLines:
    """The lines of a want-list order and what was left out (labels such as `Ba79 #1`)."""

    lines: list[LineDraft]
    owned: list[str]
    on_order: list[tuple[str, str]]  # (item label, order number)


def _label(series: Series, item: Item) -> str:
    return f"{series.serial or pick_title(series.titles())} #{item.position}"


def want_list_lines(session: Session, currency: str = "EUR") -> WantListLines:
    """One line per want, except items owned in the wanted condition or on an open order."""
    on_order: dict[int, str] = {}
    open_lines = (select(OrderLine.item_id, OrderLine.series_id, Order.number).join(Order, OrderLine.order_id == Order.id)
                  .where(Order.status.in_(OPEN_STATUSES)))
    for item_id, series_id, number in session.execute(open_lines):
        ids = [item_id] if item_id is not None else list(session.scalars(select(Item.id).where(Item.series_id == series_id)))
        for found in ids:
            on_order.setdefault(found, number)
    owned = {(i, c) for i, c in session.execute(select(Holding.item_id, Holding.condition).where(Holding.quantity > 0))}
    query = (select(Want, Item, Series).join(Item, Want.item_id == Item.id).join(Series, Item.series_id == Series.id)
             .order_by(Series.issue_date, Series.announced, Series.serial_sort, Series.id, Item.position, Want.id))
    result = WantListLines([], [], [])
    for want, item, series in session.execute(query):
        if item.id in on_order:
            result.on_order.append((_label(series, item), on_order[item.id]))
        elif (item.id, want.condition) in owned:
            result.owned.append(_label(series, item))
        else:
            price = want.max_price_cents if want.max_price_cents and want.currency == currency.upper() else 0
            result.lines.append(LineDraft(series.id, item.id, want.condition, max(want.quantity, 1), price or 0,
                                          want.note))
    return result
