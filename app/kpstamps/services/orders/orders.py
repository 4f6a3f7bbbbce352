"""Orders to the Korea Stamp Corporation (or an agent): build, save, change status, receive.

An order is edited as an `OrderDraft` (plain values); `save_order` writes it with its lines
and records each status change as an `OrderEvent`. What the printed form shows is resolved
in the sibling module `form_data` (`order_form`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any, Protocol

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db.models import (
    Holding,
    Item,
    Order,
    OrderEvent,
    OrderLine,
    Recipient,
    Series,
    Want,
)
from kpstamps.domain.enums import Condition, OrderStatus
from kpstamps.errors import CatalogueError
from kpstamps.services.browse.rows import RowKey
from kpstamps.services.catalogue.reference import reference_data
from kpstamps.services.settings.preferences import CustomerProfile

FORM_LANGUAGES = ("en", "zh", "ru")
ORDER_CONDITIONS = (Condition.MINT_NEVER_HINGED, Condition.CTO, Condition.USED)

# Which status may follow which: a received order is final; a cancelled one can be revived.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    OrderStatus.DRAFT: (OrderStatus.SENT, OrderStatus.CANCELLED),
    OrderStatus.SENT: (OrderStatus.RECEIVED, OrderStatus.CANCELLED),
    OrderStatus.RECEIVED: (),
    OrderStatus.CANCELLED: (OrderStatus.DRAFT,),
}


@dataclass
class LineDraft:
    """One line: an item, or a whole series when `item_id` is None."""

    series_id: int | None
    item_id: int | None = None
    condition: str = Condition.MINT_NEVER_HINGED.value
    quantity: int = 1
    unit_price_cents: int = 0
    note: str = ""

    @property
    def total_cents(self) -> int:
        return self.quantity * self.unit_price_cents


class _PricedLine(Protocol):
    @property
    def total_cents(self) -> int: ...


class OrderTotals:
    """Subtotal and total of an order's lines plus shipping: the draft and its printed form."""

    lines: Sequence[_PricedLine]
    shipping_cents: int

    @property
    def subtotal_cents(self) -> int:
        return sum(line.total_cents for line in self.lines)

    @property
    def total_cents(self) -> int:
        return self.subtotal_cents + self.shipping_cents


@dataclass
class OrderDraft(OrderTotals):
    number: str
    order_date: str
    language: str = "en"
    currency: str = "EUR"
    recipient_id: int | None = None
    shipping_route: str = ""
    shipping_cents: int = 0
    customer: CustomerProfile = field(default_factory=CustomerProfile)
    remarks: str = ""
    lines: list[LineDraft] = field(default_factory=list)
    status: str = OrderStatus.DRAFT.value
    id: int | None = None


@dataclass(frozen=True)
class ShippingRoute:
    key: str
    names: dict[str, str]
    facts: tuple[str, ...]
    since: str = ""
    source: str = ""

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("en") or self.key


@cache
def shipping_routes() -> tuple[ShippingRoute, ...]:
    """The routes of resources/reference/shipping_routes.json, with their recorded facts."""
    data = reference_data("shipping_routes.json")
    return tuple(ShippingRoute(r["key"], dict(r["names"]), tuple(r.get("facts", ())), r.get("since", ""),
                               r.get("source", "")) for r in data["routes"])


def shipping_route(key: str) -> ShippingRoute | None:
    return next((r for r in shipping_routes() if r.key == key), None)


def add_recipient(sessions: sessionmaker[Session], name: str, **details: str) -> int:
    """Add an agent to send orders to (address, country, email, phone); returns its id."""
    if not name.strip():
        raise CatalogueError("the recipient needs a name")
    with sessions.begin() as session:
        recipient = Recipient(name=name.strip(), **{k: v.strip() for k, v in details.items()})
        session.add(recipient)
        session.flush()
        return recipient.id


def check_draft(draft: OrderDraft) -> None:
    """Refuse a draft that cannot be saved, with one clear line (nothing is lost)."""
    if draft.language not in FORM_LANGUAGES:
        raise CatalogueError(f"form language {draft.language!r} is not one of {', '.join(FORM_LANGUAGES)}")
    if not draft.number.strip():
        raise CatalogueError("the order needs a number")
    if draft.shipping_route and shipping_route(draft.shipping_route) is None:
        raise CatalogueError(f"unknown shipping route {draft.shipping_route!r}")
    if draft.shipping_cents < 0:
        raise CatalogueError("shipping cannot be negative")
    for position, line in enumerate(draft.lines, start=1):
        if line.quantity < 1:
            raise CatalogueError(f"line {position}: quantity must be at least 1")
        if line.unit_price_cents < 0:
            raise CatalogueError(f"line {position}: the unit price cannot be negative")
        if line.item_id is None and line.series_id is None:
            raise CatalogueError(f"line {position}: neither an item nor a series")


def next_order_number(session: Session, year: int) -> str:
    """The next free number of `year`: 2026-001, 2026-002, …"""
    prefix = f"{year}-"
    taken = session.scalars(select(Order.number).where(Order.number.like(f"{prefix}%"))).all()
    highest = max((int(n[len(prefix):]) for n in taken if n[len(prefix):].isdigit()), default=0)
    return f"{prefix}{highest + 1:03d}"


def new_order(sessions: sessionmaker[Session], lines: Sequence[LineDraft], customer: CustomerProfile,
              *, currency: str = "EUR", language: str | None = None, today: dt.date | None = None) -> OrderDraft:
    """A new unsaved draft to the KSC, numbered after the existing orders of the year."""
    today = today or dt.date.today()
    with sessions() as session:
        number = next_order_number(session, today.year)
        ksc = session.scalar(select(Recipient.id).where(Recipient.key == "ksc"))
    lang = language or customer.form_language or "en"
    return OrderDraft(number=number, order_date=today.isoformat(), language=lang if lang in FORM_LANGUAGES else "en",
                      currency=currency.upper(), recipient_id=ksc, customer=customer, lines=list(lines))


def lines_from_wants(session: Session, currency: str = "EUR") -> list[LineDraft]:
    """One line per want (its price limit becomes the unit price when in `currency`)."""
    query = (select(Want, Item.series_id).join(Item, Want.item_id == Item.id)
             .join(Series, Item.series_id == Series.id)
             .order_by(Series.issue_date, Series.announced, Series.serial_sort, Series.id, Item.position, Want.id))
    lines = []
    for want, series_id in session.execute(query):
        price = want.max_price_cents if want.max_price_cents and want.currency == currency.upper() else 0
        lines.append(LineDraft(series_id, want.item_id, want.condition, max(want.quantity, 1), price or 0, want.note))
    return lines


def lines_from_keys(keys: Iterable[RowKey], quantity: int = 1,
                    condition: str = Condition.MINT_NEVER_HINGED.value) -> list[LineDraft]:
    """Lines for the selected table rows (a series row without items orders the series)."""
    return [LineDraft(key.series_id, key.item_id, condition, quantity) for key in keys]


def find_series(session: Session, spec: str) -> Series:
    """A series by KSC serial (Ba79), by `#id`, or by its title in any language."""
    text = spec.strip()
    if text.startswith("#") and text[1:].isdigit():
        found = session.get(Series, int(text[1:]))
    else:
        found = session.scalar(select(Series).where(func.lower(Series.serial) == text.lower()))
        if found is None:
            titles = (Series.title_en, Series.title_ko, Series.title_zh, Series.title_ru)
            # SQLite's lower() folds ASCII only, so Cyrillic titles must also match exactly.
            matches = [c for t in titles for c in (t == text, func.lower(t) == text.lower())]
            found = session.scalars(select(Series).where(or_(*matches))
                                    .order_by(Series.id)).first()
    if found is None:
        raise CatalogueError(f"no series {spec!r} (give a serial such as Ba79, #id, or an exact title)")
    return found


def lines_from_series(session: Session, specs: Sequence[str], quantity: int = 1,
                      condition: str = Condition.MINT_NEVER_HINGED.value) -> list[LineDraft]:
    """Everything of each series, `quantity` each; a series without items is one line."""
    lines: list[LineDraft] = []
    for spec in specs:
        series = find_series(session, spec)
        items = sorted(series.items, key=lambda i: (i.position, i.id))
        if not items:
            lines.append(LineDraft(series.id, None, condition, quantity))
        lines.extend(LineDraft(series.id, item.id, condition, quantity) for item in items)
    return lines


def save_order(sessions: sessionmaker[Session], draft: OrderDraft, note: str = "") -> OrderDraft:
    """Insert or update the order and its lines; a new order gets its first history event."""
    check_draft(draft)
    with sessions.begin() as session:
        clash = session.scalar(select(Order.id).where(Order.number == draft.number))
        if clash is not None and clash != draft.id:
            raise CatalogueError(f"order number {draft.number} is already used")
        order = session.get(Order, draft.id) if draft.id else None
        if order is None:
            order = Order(status=draft.status)
            order.events.append(OrderEvent(status=draft.status, note=note or "created"))
            session.add(order)
        for name in ("number", "order_date", "language", "currency", "recipient_id", "shipping_route",
                     "shipping_cents", "remarks"):
            setattr(order, name, getattr(draft, name))
        order.customer_json = json.dumps(asdict(draft.customer), ensure_ascii=False)
        order.lines.clear()
        session.flush()
        order.lines.extend(OrderLine(position=i, item_id=l.item_id, series_id=l.series_id, condition=l.condition,
                                     quantity=l.quantity, unit_price_cents=l.unit_price_cents, note=l.note)
                           for i, l in enumerate(draft.lines, start=1))
        session.flush()
        draft.id = order.id
    return draft


def _draft_from(order: Order) -> OrderDraft:
    try:
        data: Any = json.loads(order.customer_json or "{}")
    except ValueError:
        data = {}
    known = CustomerProfile.__dataclass_fields__
    customer = CustomerProfile(**{k: str(v) for k, v in (data if isinstance(data, dict) else {}).items()
                                  if k in known})
    lines = [LineDraft(l.series_id, l.item_id, l.condition, l.quantity, l.unit_price_cents, l.note) for l in order.lines]
    return OrderDraft(number=order.number, order_date=order.order_date, language=order.language,
                      currency=order.currency, recipient_id=order.recipient_id, shipping_route=order.shipping_route,
                      shipping_cents=order.shipping_cents, customer=customer, remarks=order.remarks, lines=lines,
                      status=order.status, id=order.id)


def load_order(sessions: sessionmaker[Session], number: str) -> OrderDraft:
    """The saved order with this number (or `#id`)."""
    with sessions() as session:
        if number.startswith("#") and number[1:].isdigit():
            order = session.get(Order, int(number[1:]))
        else:
            order = session.scalar(select(Order).where(Order.number == number))
        if order is None:
            raise CatalogueError(f"no order {number!r}")
        return _draft_from(order)


@dataclass(frozen=True)
class OrderSummary:
    id: int
    number: str
    order_date: str
    status: str
    language: str
    currency: str
    lines: int
    total_cents: int


def list_orders(sessions: sessionmaker[Session]) -> list[OrderSummary]:
    """All orders, newest number first."""
    with sessions() as session:
        orders = session.scalars(select(Order).order_by(Order.number.desc())).all()
        return [OrderSummary(o.id, o.number, o.order_date, o.status, o.language, o.currency, len(o.lines),
                             sum(l.quantity * l.unit_price_cents for l in o.lines) + o.shipping_cents)
                for o in orders]


def order_status(sessions: sessionmaker[Session], order_id: int) -> str | None:
    """The saved status of an order (None when it is gone): what an open order window shows."""
    with sessions() as session:
        return session.scalar(select(Order.status).where(Order.id == order_id))


def order_history(sessions: sessionmaker[Session], order_id: int) -> list[tuple[dt.datetime, str, str]]:
    with sessions() as session:
        return [(e.at, e.status, e.note) for e in
                session.scalars(select(OrderEvent).where(OrderEvent.order_id == order_id).order_by(OrderEvent.id))]


def set_status(sessions: sessionmaker[Session], order_id: int, status: str, *, note: str = "",
               add_to_holdings: bool = False, today: dt.date | None = None) -> int:
    """Move the order to `status` and record it; receiving can add the lines to holdings (and
    take them off the want list; `receiving.receive_order` does the same as an undoable step).

    Returns the number of holdings added. A change the order's status does not allow is
    refused with a clear message.
    """
    new = OrderStatus(status)
    with sessions.begin() as session:
        order = session.get(Order, order_id)
        if order is None:
            raise CatalogueError(f"no order #{order_id}")
        if new.value not in TRANSITIONS[OrderStatus(order.status)]:
            raise CatalogueError(f"order {order.number} is {order.status}; it cannot become {new.value}")
        order.status = new.value
        order.events.append(OrderEvent(status=new.value, note=note))
        if new is OrderStatus.RECEIVED and add_to_holdings:
            return receive_in(session, order, (today or dt.date.today()).isoformat())
    return 0


def _received_quantities(session: Session, order: Order) -> dict[int, list[tuple[OrderLine, int]]]:
    """item id → (line, quantity) for every item the order's lines bring (a series line: all its items)."""
    found: dict[int, list[tuple[OrderLine, int]]] = {}
    for line in order.lines:
        if line.item_id is not None:
            item_ids = [line.item_id]
        elif line.series_id is not None:
            item_ids = list(session.scalars(select(Item.id).where(Item.series_id == line.series_id)
                                            .order_by(Item.position, Item.id)))
        else:
            item_ids = []
        for item_id in item_ids:
            found.setdefault(item_id, []).append((line, line.quantity))
    return found


def _take_off_want_list(session: Session, item_id: int, quantity: int) -> None:
    """Lower the item's wants by the copies received; a want fully met is removed."""
    for want in session.scalars(select(Want).where(Want.item_id == item_id).order_by(Want.id)):
        if quantity <= 0:
            break
        taken = min(want.quantity, quantity)
        quantity -= taken
        if want.quantity - taken <= 0:
            session.delete(want)
        else:
            want.quantity -= taken


def receive_in(session: Session, order: Order, acquired: str) -> int:
    """Add the order's lines to the holdings and take them off the want list; returns holdings added."""
    added = 0
    for item_id, lines in _received_quantities(session, order).items():
        for line, quantity in lines:
            session.add(Holding(item_id=item_id, condition=line.condition, quantity=quantity,
                                price_cents=line.unit_price_cents if line.item_id else None,
                                price_currency=order.currency, acquired=acquired, note=f"order {order.number}"))
            added += 1
        _take_off_want_list(session, item_id, sum(q for _line, q in lines))
    return added
