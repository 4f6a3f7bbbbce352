"""The order form's data: `order_form` turns an `OrderDraft` into the plain `OrderForm` the
renderer (kpstamps.printing.order_form) paints, resolved from the catalogue in the form's
language: titles (with the Korean title beside them), catalogue numbers, the recipient.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db.models import CatalogueNumber, Item, Recipient, Series
from kpstamps.domain.titles import pick_title
from kpstamps.services.browse.rows import format_number
from kpstamps.services.catalogue.glossary import keys as glossary_keys
from kpstamps.services.catalogue.glossary import term
from kpstamps.services.catalogue.reference import reference_data
from kpstamps.services.orders.orders import OrderDraft, OrderTotals, ShippingRoute, shipping_route


@dataclass(frozen=True)
class FormLine:
    """A line as printed: the title in the form's language with the Korean title beside it."""

    serial: str
    title: str
    title_ko: str
    numbers: str
    kind: str  # an ItemKind value, or "" for a whole series
    condition: str
    quantity: int
    unit_price_cents: int

    @property
    def total_cents(self) -> int:
        return self.quantity * self.unit_price_cents


@dataclass(frozen=True)
class OrderForm(OrderTotals):
    number: str
    order_date: str
    language: str
    currency: str
    recipient: dict[str, str]
    customer: dict[str, str]
    route: ShippingRoute | None
    shipping_cents: int
    remarks: str
    lines: tuple[FormLine, ...]


def order_form(sessions: sessionmaker[Session], draft: OrderDraft) -> OrderForm:
    """Everything the form prints, resolved from the catalogue in the form's language."""
    order = (draft.language, "en", "ko")
    with sessions() as session:
        item_ids = [l.item_id for l in draft.lines if l.item_id]
        series_ids = {l.series_id for l in draft.lines if l.series_id}
        items = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_(item_ids)))} if item_ids else {}
        series_ids |= {i.series_id for i in items.values()}
        series = {s.id: s for s in session.scalars(select(Series).where(Series.id.in_(series_ids)))} if series_ids else {}
        numbers = _numbers(session, item_ids)
        lines = []
        for line in draft.lines:
            item = items.get(line.item_id) if line.item_id else None
            owner = series.get(item.series_id if item else (line.series_id or 0))  # ids start at 1
            titles = item.titles() if item and pick_title(item.titles()) else (owner.titles() if owner else {})
            lines.append(FormLine(serial=owner.serial or "" if owner else "", title=pick_title(titles, order),
                                  title_ko=titles.get("ko", ""), numbers=numbers.get(line.item_id or 0, ""),
                                  kind=item.kind if item else "", condition=line.condition, quantity=line.quantity,
                                  unit_price_cents=line.unit_price_cents))
        recipient = session.get(Recipient, draft.recipient_id) if draft.recipient_id else None
        to = _recipient_in(recipient, draft.language) if recipient else {}
    return OrderForm(draft.number, draft.order_date, draft.language, draft.currency, to, asdict(draft.customer),
                     shipping_route(draft.shipping_route), draft.shipping_cents, draft.remarks, tuple(lines))


def _recipient_in(recipient: Recipient, lang: str) -> dict[str, str]:
    """The recipient as printed: the built-in KSC in the form's language (glossary), where its
    stored name, address and country are still the reference data's English ones."""
    to = {k: getattr(recipient, k) or "" for k in ("name", "address", "country", "email", "phone")}
    if recipient.key:
        seeded: dict[str, str] = next((r for r in reference_data().get("recipients", []) if r.get("key") == recipient.key), {})
        for field_name in ("name", "address", "country"):
            key = f"recipient.{recipient.key}.{field_name}"
            if to[field_name] == seeded.get(field_name) and key in glossary_keys("recipient."):
                to[field_name] = term(key, lang)
    return to


def _numbers(session: Session, item_ids: list[int]) -> dict[int, str]:
    found: dict[int, list[str]] = {}
    if not item_ids:
        return {}
    query = (select(CatalogueNumber.item_id, CatalogueNumber.catalogue, CatalogueNumber.number)
             .where(CatalogueNumber.item_id.in_(item_ids))
             .order_by(CatalogueNumber.item_id, CatalogueNumber.catalogue, CatalogueNumber.sort_key))
    for item_id, catalogue, number in session.execute(query):
        # "Mi 7003" must not break between the catalogue and the number on the printed form
        found.setdefault(item_id, []).append(format_number(catalogue, number).replace(" ", "\u00a0", 1))
    return {k: ", ".join(v) for k, v in found.items()}
