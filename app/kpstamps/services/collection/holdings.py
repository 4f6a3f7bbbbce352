"""Holdings and the want list: ticking items owned or wanted, series completion, values.

The checklist works on each item's *first* holding and *first* want (lowest id): a collector
ticks an item owned in one condition; extra holdings added elsewhere are kept untouched.
Every change can be undone: `services.holding_undo` takes a snapshot before and puts it back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from kpstamps.db.models import CatalogueValue, Holding, Item, Series, Want
from kpstamps.domain.enums import Condition
from kpstamps.domain.titles import DEFAULT_NAME_ORDER, pick_title
from kpstamps.errors import CatalogueError

# Catalogues price an item mint, used or cancelled-to-order; holdings are finer grained.
VALUE_CONDITIONS = ("mint", "used", "cto")
VALUE_CONDITION_OF: dict[str, str | None] = {
    Condition.MINT_NEVER_HINGED.value: "mint",
    Condition.MINT_HINGED.value: "mint",
    Condition.USED.value: "used",
    Condition.CTO.value: "cto",
    Condition.DAMAGED.value: None,  # catalogues do not price damaged copies
}


@dataclass(frozen=True)
class HoldingData:
    condition: str
    quantity: int = 1
    price_cents: int | None = None
    price_currency: str | None = None
    acquired: str | None = None
    location: str = ""
    note: str = ""


@dataclass(frozen=True)
class WantData:
    condition: str = Condition.MINT_NEVER_HINGED.value
    quantity: int = 1
    max_price_cents: int | None = None
    currency: str | None = None
    note: str = ""




@dataclass(frozen=True)
class ValueEntry:
    condition: str
    amount_cents: int
    currency: str
    catalogue: str = "michel"
    edition: str = ""


@dataclass(frozen=True)
class ItemSnapshot:
    """Everything the checklist can change on one item, to put it back on undo."""

    item_id: int
    holdings: tuple[HoldingData, ...] = ()
    wants: tuple[WantData, ...] = ()
    values: tuple[ValueEntry, ...] = ()


@dataclass(frozen=True)
class ChecklistRow:
    item_id: int
    position: int
    kind: str
    title: str
    owned: bool
    condition: str
    quantity: int
    price_cents: int | None
    price_currency: str | None
    location: str
    wanted: bool
    want_quantity: int
    want_condition: str
    max_price_cents: int | None
    want_currency: str | None


@dataclass(frozen=True)
class Completion:
    owned: int
    total: int

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.owned == self.total

    @property
    def fraction(self) -> float:
        return self.owned / self.total if self.total else 0.0


@dataclass
class SeriesChecklist:
    series_id: int
    serial: str
    title: str
    rows: list[ChecklistRow] = field(default_factory=list)

    @property
    def completion(self) -> Completion:
        return Completion(sum(1 for r in self.rows if r.owned), len(self.rows))


def _check_condition(condition: str) -> str:
    try:
        return Condition(condition).value
    except ValueError:
        valid = ", ".join(c.value for c in Condition)
        raise CatalogueError(f"unknown condition {condition!r}; expected one of: {valid}") from None


def _check_quantity(quantity: int, minimum: int) -> int:
    if not isinstance(quantity, int) or quantity < minimum:
        raise CatalogueError(f"quantity must be a whole number of at least {minimum}, not {quantity!r}")
    return quantity


def _item(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise CatalogueError(f"no item with id {item_id}")
    return item


def _first(session: Session, model: type[Holding | Want], item_id: int):
    return session.scalars(select(model).where(model.item_id == item_id).order_by(model.id).limit(1)).first()


# -- reading ---------------------------------------------------------------------------------
def series_checklist(sessions: sessionmaker[Session], series_id: int,
                     name_order: Sequence[str] = DEFAULT_NAME_ORDER) -> SeriesChecklist:
    """The items of a series with their owned/wanted state, in catalogue order."""
    with sessions() as session:
        series = session.get(Series, series_id)
        if series is None:
            raise CatalogueError(f"no series with id {series_id}")
        result = SeriesChecklist(series.id, series.serial or "", pick_title(series.titles(), name_order))
        for item in series.items:
            holding = min(item.holdings, key=lambda h: h.id, default=None)
            want = min(item.wants, key=lambda w: w.id, default=None)
            result.rows.append(ChecklistRow(
                item_id=item.id, position=item.position, kind=item.kind,
                title=pick_title(item.titles(), name_order),
                owned=holding is not None and holding.quantity > 0,
                condition=holding.condition if holding else Condition.MINT_NEVER_HINGED.value,
                quantity=holding.quantity if holding else 0,
                price_cents=holding.price_cents if holding else None,
                price_currency=holding.price_currency if holding else None,
                location=holding.location if holding else "",
                wanted=want is not None,
                want_quantity=want.quantity if want else 0,
                want_condition=want.condition if want else Condition.MINT_NEVER_HINGED.value,
                max_price_cents=want.max_price_cents if want else None,
                want_currency=want.currency if want else None,
            ))
        return result


def item_label(sessions: sessionmaker[Session], item_id: int) -> str:
    """How the collector names an item in undo text: `Ba79 #1`."""
    with sessions() as session:
        item = _item(session, item_id)
        return f"{item.series.serial or pick_title(item.series.titles())} #{item.position}"


def series_completion(sessions: sessionmaker[Session], series_id: int) -> Completion:
    """Items of the series owned (at least one copy) out of all its items."""
    with sessions() as session:
        owned_item = select(Holding.item_id).where(Holding.quantity > 0)
        total, owned = session.execute(
            select(func.count(Item.id), func.count(case((Item.id.in_(owned_item), 1))))
            .where(Item.series_id == series_id)
        ).one()
        return Completion(int(owned or 0), int(total or 0))


def incomplete_series_where() -> ColumnElement[bool]:
    """A filter for `row_keys_query`: rows of series begun but not complete (0 < owned < total)."""
    owned_item = select(Holding.item_id).where(Holding.quantity > 0)
    counts = (
        select(Item.series_id)
        .group_by(Item.series_id)
        .having(and_(func.count(case((Item.id.in_(owned_item), 1))) > 0,
                     func.count(case((Item.id.in_(owned_item), 1))) < func.count(Item.id)))
    )
    return Series.id.in_(counts)


# -- changing --------------------------------------------------------------------------------
def set_owned(sessions: sessionmaker[Session], item_id: int, owned: bool,
              condition: str = Condition.MINT_NEVER_HINGED.value, quantity: int = 1) -> None:
    """Tick an item owned (one holding in `condition`) or not owned (its holdings removed)."""
    condition = _check_condition(condition)
    _check_quantity(quantity, 1)
    with sessions.begin() as session:
        _item(session, item_id)
        holdings = list(session.scalars(select(Holding).where(Holding.item_id == item_id)))
        if not owned:
            for holding in holdings:
                session.delete(holding)
        elif not any(h.quantity > 0 for h in holdings):
            if holdings:
                holdings[0].quantity = quantity
            else:
                session.add(Holding(item_id=item_id, condition=condition, quantity=quantity))


def set_wanted(sessions: sessionmaker[Session], item_id: int, wanted: bool,
               condition: str = Condition.MINT_NEVER_HINGED.value, quantity: int = 1) -> None:
    """Put an item on the want list or take it off."""
    condition = _check_condition(condition)
    _check_quantity(quantity, 1)
    with sessions.begin() as session:
        _item(session, item_id)
        wants = list(session.scalars(select(Want).where(Want.item_id == item_id)))
        if not wanted:
            for want in wants:
                session.delete(want)
        elif not wants:
            session.add(Want(item_id=item_id, condition=condition, quantity=quantity))


HOLDING_FIELDS = {"condition", "quantity", "price_cents", "price_currency", "acquired", "location", "note"}
WANT_FIELDS = {"condition", "quantity", "max_price_cents", "currency", "note"}


def _checked(values: dict, allowed: set[str], minimum_quantity: int) -> dict:
    unknown = set(values) - allowed
    if unknown:
        raise CatalogueError(f"cannot change {', '.join(sorted(unknown))}")
    if "condition" in values:
        values["condition"] = _check_condition(values["condition"])
    if "quantity" in values:
        _check_quantity(values["quantity"], minimum_quantity)
    for key in ("price_cents", "max_price_cents"):
        if values.get(key) is not None and values[key] < 0:
            raise CatalogueError("a price cannot be negative")
    for key in ("price_currency", "currency"):
        if values.get(key):
            values[key] = str(values[key]).strip().upper()
            if len(values[key]) != 3:
                raise CatalogueError(f"currency must be a three-letter code, not {values[key]!r}")
    return values


def update_holding(sessions: sessionmaker[Session], item_id: int, **values) -> None:
    """Change the item's first holding (condition, quantity, price paid, location, ...).

    An item not yet owned gets a holding, so typing a price paid also ticks it owned.
    """
    values = _checked(dict(values), HOLDING_FIELDS, 0)
    with sessions.begin() as session:
        _item(session, item_id)
        holding = _first(session, Holding, item_id)
        if holding is None:
            holding = Holding(item_id=item_id, condition=Condition.MINT_NEVER_HINGED.value, quantity=1)
            session.add(holding)
        for key, value in values.items():
            setattr(holding, key, value)


def update_want(sessions: sessionmaker[Session], item_id: int, **values) -> None:
    """Change the item's first want (quantity, condition, max price); creates it if needed."""
    values = _checked(dict(values), WANT_FIELDS, 1)
    with sessions.begin() as session:
        _item(session, item_id)
        want = _first(session, Want, item_id)
        if want is None:
            want = Want(item_id=item_id)
            session.add(want)
        for key, value in values.items():
            setattr(want, key, value)


# -- catalogue values --------------------------------------------------------------------------
def set_catalogue_value(sessions: sessionmaker[Session], item_id: int, entry: ValueEntry) -> None:
    """Record what a catalogue edition says the item is worth in a condition (replaces the same
    catalogue/edition/condition/currency)."""
    if entry.condition not in VALUE_CONDITIONS:
        raise CatalogueError(f"value condition must be one of {', '.join(VALUE_CONDITIONS)}, not {entry.condition!r}")
    if entry.amount_cents < 0:
        raise CatalogueError("a catalogue value cannot be negative")
    entry = replace(entry, currency=entry.currency.strip().upper())
    with sessions.begin() as session:
        _item(session, item_id)
        same = session.scalars(select(CatalogueValue).where(
            CatalogueValue.item_id == item_id, CatalogueValue.condition == entry.condition,
            CatalogueValue.catalogue == entry.catalogue, CatalogueValue.edition == entry.edition,
            CatalogueValue.currency == entry.currency))
        for row in same:
            session.delete(row)
        session.add(CatalogueValue(item_id=item_id, **entry.__dict__))


def catalogue_values(sessions: sessionmaker[Session], item_id: int) -> list[ValueEntry]:
    """The recorded values of an item, newest edition first."""
    with sessions() as session:
        return _value_entries(session, item_id)


def _value_entries(session: Session, item_id: int) -> list[ValueEntry]:
    rows = session.scalars(select(CatalogueValue).where(CatalogueValue.item_id == item_id)
                           .order_by(CatalogueValue.edition.desc(), CatalogueValue.condition, CatalogueValue.id))
    return [ValueEntry(r.condition, r.amount_cents, r.currency, r.catalogue, r.edition) for r in rows]


def remove_catalogue_value(sessions: sessionmaker[Session], item_id: int, entry: ValueEntry) -> None:
    """Forget a recorded value (same condition, currency, catalogue and edition)."""
    with sessions.begin() as session:
        for row in session.scalars(select(CatalogueValue).where(
                CatalogueValue.item_id == item_id, CatalogueValue.condition == entry.condition,
                CatalogueValue.catalogue == entry.catalogue, CatalogueValue.edition == entry.edition,
                CatalogueValue.currency == entry.currency)):
            session.delete(row)


def collection_value(sessions: sessionmaker[Session]) -> dict[str, int]:
    """Sum over holdings of quantity × catalogue value for the holding's condition, per currency.

    For each item, condition and currency the newest edition counts (editions are years or
    names that sort; ties go to the latest entry). Damaged copies and unpriced items add 0.
    """
    # One query: each holding joined to the newest value of its item/condition/currency.
    newer = aliased(CatalogueValue)
    value_condition = case(*[(Holding.condition == c, v) for c, v in VALUE_CONDITION_OF.items() if v],
                           else_=None)
    newest = ~exists().where(
        newer.item_id == CatalogueValue.item_id, newer.condition == CatalogueValue.condition,
        newer.currency == CatalogueValue.currency,
        or_(newer.edition > CatalogueValue.edition,
            and_(newer.edition == CatalogueValue.edition, newer.id > CatalogueValue.id)))
    query = (select(CatalogueValue.currency, func.sum(CatalogueValue.amount_cents * Holding.quantity))
             .select_from(Holding)  # drive from holdings: usually far fewer than values
             .join(CatalogueValue, and_(CatalogueValue.item_id == Holding.item_id,
                                        CatalogueValue.condition == value_condition))
             .where(Holding.quantity > 0, newest)
             .group_by(CatalogueValue.currency))
    with sessions() as session:
        return {currency: int(total or 0) for currency, total in session.execute(query)}
