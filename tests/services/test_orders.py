"""Orders: numbering, lines from wants/series/selection, saving, status history, receiving."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest
from kpstamps.db.models import CatalogueNumber, Holding, Item, Series, Want
from kpstamps.errors import CatalogueError
from kpstamps.services.browse.rows import RowKey
from kpstamps.services.orders.form_data import order_form
from kpstamps.services.orders.orders import (
    add_recipient,
    find_series,
    lines_from_keys,
    lines_from_series,
    lines_from_wants,
    list_orders,
    load_order,
    new_order,
    order_history,
    save_order,
    set_status,
    shipping_routes,
)
from kpstamps.services.settings.preferences import CustomerProfile
from pg_server import engine_catalogue, engine_url  # noqa: F401  (fixtures)
from sqlalchemy import func, select


@pytest.fixture
def catalogue(engine_catalogue):  # noqa: F811
    """Every test here runs on SQLite and on PostgreSQL (a fresh database each)."""
    return engine_catalogue


TODAY = dt.date(2026, 3, 1)
CUSTOMER = CustomerProfile(name="Анна Иванова", address="Тверская 1\nМосква", country="Россия", form_language="ru")


def _series_draft(catalogue, *specs, quantity=2):
    with catalogue.sessions() as session:
        lines = lines_from_series(session, list(specs), quantity)
    return new_order(catalogue.sessions, lines, CUSTOMER, today=TODAY)


def test_new_order_is_numbered_per_year_and_goes_to_the_ksc(catalogue):
    draft = _series_draft(catalogue, "Ba79")
    assert draft.number == "2026-001"
    assert draft.language == "ru"  # from the customer profile
    assert draft.recipient_id is not None
    save_order(catalogue.sessions, draft)
    assert _series_draft(catalogue, "Ba80").number == "2026-002"


def test_lines_from_series_take_everything_of_each_series(catalogue):
    draft = _series_draft(catalogue, "Ba79", "ba80", "New Year 2025", quantity=2)
    # Ba79 and Ba80 have no catalogued items: each is one "complete series" line.
    assert [(l.item_id is None, l.quantity) for l in draft.lines[:2]] == [(True, 2), (True, 2)]
    assert len(draft.lines) == 2 + 6
    assert all(l.quantity == 2 for l in draft.lines)


def test_find_series_by_title_in_any_language_or_id(catalogue):
    with catalogue.sessions() as session:
        by_ru = find_series(session, "Новый 2025 год")
        assert by_ru.title_en == "New Year 2025"
        assert find_series(session, f"#{by_ru.id}").id == by_ru.id
        with pytest.raises(CatalogueError, match="no series 'Ba999'"):
            find_series(session, "Ba999")


def test_lines_from_wants_use_the_price_limit_in_the_order_currency(catalogue):
    with catalogue.sessions.begin() as session:
        items = session.scalars(select(Item).order_by(Item.id).limit(2)).all()
        session.add_all([Want(item_id=items[0].id, quantity=3, condition="cto", max_price_cents=250, currency="EUR"),
                         Want(item_id=items[1].id, quantity=1, condition="used", max_price_cents=900, currency="USD")])
    with catalogue.sessions() as session:
        lines = lines_from_wants(session, "EUR")
    assert [(l.quantity, l.condition, l.unit_price_cents) for l in lines] == [(3, "cto", 250), (1, "used", 0)]


def test_lines_from_selected_rows():
    lines = lines_from_keys([RowKey(1, 5), RowKey(2, None)], quantity=4, condition="used")
    assert [(l.series_id, l.item_id, l.quantity, l.condition) for l in lines] == [(1, 5, 4, "used"), (2, None, 4, "used")]


def test_save_and_load_round_trip_with_customer_snapshot_and_route(catalogue):
    draft = _series_draft(catalogue, "New Year 2025")
    draft.lines[0].unit_price_cents = 150
    draft.shipping_route, draft.shipping_cents, draft.remarks = "russian_post_parcel", 1200, "<b> & \"x\""
    save_order(catalogue.sessions, draft)
    loaded = load_order(catalogue.sessions, "2026-001")
    assert loaded.customer == CUSTOMER
    assert (loaded.shipping_route, loaded.shipping_cents, loaded.remarks) == ("russian_post_parcel", 1200, "<b> & \"x\"")
    assert loaded.subtotal_cents == 150 * 2
    assert loaded.total_cents == 300 + 1200
    [summary] = list_orders(catalogue.sessions)
    assert (summary.number, summary.lines, summary.total_cents) == ("2026-001", 6, 1500)


def test_bad_drafts_are_refused_with_a_clear_message(catalogue):
    draft = _series_draft(catalogue, "Ba79")
    draft.lines[0].quantity = 0
    with pytest.raises(CatalogueError, match="line 1: quantity must be at least 1"):
        save_order(catalogue.sessions, draft)
    draft.lines[0].quantity = 1
    draft.shipping_route = "by pigeon"
    with pytest.raises(CatalogueError, match="unknown shipping route"):
        save_order(catalogue.sessions, draft)
    draft.shipping_route = ""
    save_order(catalogue.sessions, draft)
    other = _series_draft(catalogue, "Ba80")
    other.number = draft.number
    with pytest.raises(CatalogueError, match="already used"):
        save_order(catalogue.sessions, other)


def test_status_history_and_receiving_adds_holdings(catalogue):
    draft = save_order(catalogue.sessions, _series_draft(catalogue, "New Year 2025", "Ba79", quantity=2))
    set_status(catalogue.sessions, draft.id, "sent", note="posted")
    with pytest.raises(CatalogueError, match="cannot become draft"):
        set_status(catalogue.sessions, draft.id, "draft")
    added = set_status(catalogue.sessions, draft.id, "received", add_to_holdings=True, today=TODAY)
    assert added == 6  # the six New Year items; Ba79 has no items to hold yet
    with catalogue.sessions() as session:
        holdings = session.scalars(select(Holding)).all()
        assert {(h.quantity, h.acquired, h.note) for h in holdings} == {(2, "2026-03-01", "order 2026-001")}
    assert [status for _at, status, _note in order_history(catalogue.sessions, draft.id)] == ["draft", "sent", "received"]
    with pytest.raises(CatalogueError, match="received; it cannot become cancelled"):
        set_status(catalogue.sessions, draft.id, "cancelled")


def test_order_form_titles_in_the_form_language_with_korean_beside(catalogue):
    with catalogue.sessions.begin() as session:
        item = session.scalars(select(Item).join(Series).where(Series.title_en == "Sports achievements of 2024")
                               .order_by(Item.position)).first()
        session.add(CatalogueNumber(item_id=item.id, catalogue="michel", number="7001", sort_key="7001"))
        item.title_zh = ""  # falls back to English
    draft = _series_draft(catalogue, "Sports achievements of 2024", "New Year 2025")
    draft.language = "zh"
    form = order_form(catalogue.sessions, draft)
    first = form.lines[0]
    assert (first.title, first.title_ko, first.numbers) == ("Championship at the U-20 Women's World Cup",
                                                            "20살미만 녀자월드컵 우승", "Mi\u00a07001")  # no break inside "Mi 7001"
    assert form.lines[1].title == "U-20女足世界杯冠军"
    new_year = form.lines[-1]  # untitled postcard: the series title
    assert (new_year.title, new_year.title_ko, new_year.kind) == ("2025年新年", "2025년 새해", "postcard")
    assert form.recipient["name"] == "朝鲜邮票社"  # the KSC in the form language (glossary)


def test_shipping_routes_come_from_the_reference_data():
    data = json.loads(resources.files("kpstamps.resources").joinpath("reference", "shipping_routes.json")
                      .read_text(encoding="utf-8"))
    routes = shipping_routes()
    assert [r.key for r in routes] == [r["key"] for r in data["routes"]]
    moscow = routes[0]
    assert moscow.facts == tuple(data["routes"][0]["facts"])
    assert moscow.name("ru") == data["routes"][0]["names"]["ru"]


def test_a_cancelled_order_can_be_revived_and_count_stays(catalogue):
    draft = save_order(catalogue.sessions, _series_draft(catalogue, "Ba79"))
    set_status(catalogue.sessions, draft.id, "cancelled")
    set_status(catalogue.sessions, draft.id, "draft")
    with catalogue.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Holding)) == 0
    assert load_order(catalogue.sessions, draft.number).status == "draft"


def test_orders_can_go_to_another_agent(catalogue):
    agent = add_recipient(catalogue.sessions, "Moscow agent", address="Tverskaya 5", country="Russia")
    with pytest.raises(CatalogueError, match="needs a name"):
        add_recipient(catalogue.sessions, " ")
    draft = _series_draft(catalogue, "Ba80")
    draft.recipient_id = agent
    save_order(catalogue.sessions, draft)
    form = order_form(catalogue.sessions, load_order(catalogue.sessions, draft.number))
    assert (form.recipient["name"], form.recipient["country"]) == ("Moscow agent", "Russia")
