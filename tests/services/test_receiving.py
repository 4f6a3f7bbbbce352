"""Receiving an order clears the want list and can be undone; the want-list order skips what is
owned or already ordered. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from kpstamps.db.models import Holding, Item, Order, Series, Want
from kpstamps.errors import CatalogueError, UndoRefused
from kpstamps.services.collection.holdings import set_owned, update_want
from kpstamps.services.orders.orders import (
    lines_from_series,
    new_order,
    save_order,
    set_status,
)
from kpstamps.services.orders.receiving import (
    receive_order,
    undo_receipt,
    want_list_lines,
)
from kpstamps.services.settings.preferences import CustomerProfile
from pg_server import engine_catalogue, engine_url  # noqa: F401  (fixtures)
from sqlalchemy import func, select, update

TODAY = dt.date(2026, 3, 1)


@pytest.fixture
def catalogue(engine_catalogue):  # noqa: F811
    return engine_catalogue


def _items(catalogue, title: str = "New Year 2025") -> list[int]:
    with catalogue.sessions() as session:
        return list(session.scalars(select(Item.id).join(Series).where(Series.title_en == title)
                                    .order_by(Item.position)))


def _want(catalogue, item_id: int, quantity: int) -> None:
    update_want(catalogue.sessions, item_id, quantity=quantity)


def _wants(catalogue) -> dict[int, int]:
    with catalogue.sessions() as session:
        return dict(session.execute(select(Want.item_id, Want.quantity)).all())


def _holdings(catalogue) -> int:
    with catalogue.sessions() as session:
        return session.scalar(select(func.count()).select_from(Holding))


def _order_from_wants(catalogue):
    with catalogue.sessions() as session:
        found = want_list_lines(session)
    draft = new_order(catalogue.sessions, found.lines, CustomerProfile(), today=TODAY)
    return save_order(catalogue.sessions, draft), found


def test_receiving_takes_the_items_off_the_want_list_and_undo_puts_everything_back(catalogue):
    first, second = _items(catalogue)[:2]
    _want(catalogue, first, 1)
    _want(catalogue, second, 3)
    draft, found = _order_from_wants(catalogue)
    assert [line.item_id for line in found.lines] == [first, second]
    draft.lines[1].quantity = 2  # two of the three wanted copies are ordered
    save_order(catalogue.sessions, draft)
    set_status(catalogue.sessions, draft.id, "sent")

    receipt = receive_order(catalogue.sessions, draft.id, today=TODAY)
    assert receipt.added == 2
    assert _wants(catalogue) == {second: 1}  # fully met want gone, the other lowered
    assert _holdings(catalogue) == 2
    with catalogue.sessions() as session:
        assert session.scalar(select(Order.status).where(Order.id == draft.id)) == "received"

    undo_receipt(catalogue.sessions, receipt)
    assert _wants(catalogue) == {first: 1, second: 3}
    assert _holdings(catalogue) == 0
    with catalogue.sessions() as session:
        assert session.scalar(select(Order.status).where(Order.id == draft.id)) == "sent"
    # and it can be received again (redo)
    assert receive_order(catalogue.sessions, draft.id, today=TODAY).added == 2


def test_undo_of_a_receipt_is_refused_after_someone_changed_its_items(catalogue):
    item = _items(catalogue)[0]
    _want(catalogue, item, 1)
    draft, _found = _order_from_wants(catalogue)
    set_status(catalogue.sessions, draft.id, "sent")
    receipt = receive_order(catalogue.sessions, draft.id, today=TODAY)
    set_owned(catalogue.sessions, item, False)  # someone removed the holding meanwhile
    with pytest.raises(UndoRefused):
        undo_receipt(catalogue.sessions, receipt)
    with catalogue.sessions() as session:
        assert session.scalar(select(Order.status).where(Order.id == draft.id)) == "received"


def test_want_list_order_leaves_out_owned_and_already_ordered_items(catalogue):
    items = _items(catalogue)
    for item in items[:3]:
        _want(catalogue, item, 1)
    first, _found = _order_from_wants(catalogue)  # an open draft with all three
    assert len(first.lines) == 3
    set_owned(catalogue.sessions, items[2], True)  # owned (mint never hinged, the wanted condition)
    first.lines = first.lines[:1]  # the open order keeps only the first item
    save_order(catalogue.sessions, first)

    with catalogue.sessions() as session:
        found = want_list_lines(session)
    assert [line.item_id for line in found.lines] == [items[1]]
    assert found.on_order == [("New Year 2025 #1", first.number)]
    assert found.owned == ["New Year 2025 #3"]


def test_a_received_order_is_no_longer_open_so_its_items_are_not_flagged(catalogue):
    item = _items(catalogue)[0]
    _want(catalogue, item, 1)
    draft, _found = _order_from_wants(catalogue)
    set_status(catalogue.sessions, draft.id, "sent")
    receive_order(catalogue.sessions, draft.id, today=TODAY)
    with catalogue.sessions() as session:
        found = want_list_lines(session)
    assert found.lines == [] and found.on_order == [] and found.owned == []


def test_a_draft_cannot_be_received_directly(catalogue):
    with catalogue.sessions() as session:
        lines = lines_from_series(session, ["Ba79"])
    draft = save_order(catalogue.sessions, new_order(catalogue.sessions, lines, CustomerProfile(), today=TODAY))
    with pytest.raises(CatalogueError, match="cannot become received"):
        receive_order(catalogue.sessions, draft.id)


def test_set_status_received_also_clears_wants(catalogue):
    item = _items(catalogue)[0]
    _want(catalogue, item, 2)
    draft, _found = _order_from_wants(catalogue)
    set_status(catalogue.sessions, draft.id, "sent")
    assert set_status(catalogue.sessions, draft.id, "received", add_to_holdings=True, today=TODAY) == 1
    assert _wants(catalogue) == {}


def test_undo_of_a_receipt_names_the_order_when_its_status_changed(catalogue):
    item = _items(catalogue)[0]
    _want(catalogue, item, 1)
    draft, _found = _order_from_wants(catalogue)
    set_status(catalogue.sessions, draft.id, "sent")
    receipt = receive_order(catalogue.sessions, draft.id, today=TODAY)
    with catalogue.sessions.begin() as session:  # another program set the order back to sent meanwhile
        session.execute(update(Order).where(Order.id == draft.id).values(status="sent"))
    with pytest.raises(UndoRefused, match=rf"^Order {receipt.number} was changed by"):
        undo_receipt(catalogue.sessions, receipt)
