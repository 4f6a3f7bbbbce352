import pytest
from kpstamps.db.models import Holding, Item, Series, Want
from kpstamps.errors import CatalogueError
from kpstamps.services.browse.rows import row_keys
from kpstamps.services.collection import holding_undo
from kpstamps.services.collection import holdings as h
from pg_server import engine_catalogue, engine_url  # noqa: F401  (fixtures)
from sqlalchemy import func, select


@pytest.fixture
def catalogue(engine_catalogue):  # noqa: F811
    """Every test here runs on SQLite and on PostgreSQL (a fresh database each)."""
    return engine_catalogue


@pytest.fixture
def new_year(catalogue):
    with catalogue.sessions() as s:
        series = s.scalar(select(Series).where(Series.title_en == "New Year 2025"))
        return series.id, [i.id for i in series.items]


def _holdings(catalogue, item_id):
    with catalogue.sessions() as s:
        return [(x.condition, x.quantity, x.price_cents, x.location)
                for x in s.scalars(select(Holding).where(Holding.item_id == item_id).order_by(Holding.id))]


def _wants(catalogue, item_id):
    with catalogue.sessions() as s:
        return [(x.condition, x.quantity, x.max_price_cents)
                for x in s.scalars(select(Want).where(Want.item_id == item_id))]


def test_tick_owned_and_untick(catalogue, new_year):
    _series, items = new_year
    h.set_owned(catalogue.sessions, items[0], True, condition="used")
    assert _holdings(catalogue, items[0]) == [("used", 1, None, "")]
    h.set_owned(catalogue.sessions, items[0], True)  # ticking twice adds nothing
    assert len(_holdings(catalogue, items[0])) == 1
    h.set_owned(catalogue.sessions, items[0], False)
    assert _holdings(catalogue, items[0]) == []


def test_want_toggle_and_update(catalogue, new_year):
    _series, items = new_year
    h.set_wanted(catalogue.sessions, items[1], True)
    h.update_want(catalogue.sessions, items[1], quantity=3, max_price_cents=250, currency="eur")
    assert _wants(catalogue, items[1]) == [("mnh", 3, 250)]
    with pytest.raises(CatalogueError, match="at least 1"):
        h.update_want(catalogue.sessions, items[1], quantity=0)
    h.set_wanted(catalogue.sessions, items[1], False)
    assert _wants(catalogue, items[1]) == []


def test_update_holding_price_and_location_validates(catalogue, new_year):
    _series, items = new_year
    h.update_holding(catalogue.sessions, items[2], price_cents=120, price_currency="eur", location="Album 3, page 7")
    assert _holdings(catalogue, items[2]) == [("mnh", 1, 120, "Album 3, page 7")]
    with pytest.raises(CatalogueError, match="unknown condition"):
        h.update_holding(catalogue.sessions, items[2], condition="shiny")
    with pytest.raises(CatalogueError, match="negative"):
        h.update_holding(catalogue.sessions, items[2], price_cents=-1)
    assert _holdings(catalogue, items[2]) == [("mnh", 1, 120, "Album 3, page 7")]  # nothing lost


def test_snapshot_restore_round_trip(catalogue, new_year):
    _series, items = new_year
    h.update_holding(catalogue.sessions, items[0], quantity=2, location="Box A")
    h.set_wanted(catalogue.sessions, items[0], True, quantity=2)
    h.set_catalogue_value(catalogue.sessions, items[0], h.ValueEntry("mint", 300, "EUR", edition="2024"))
    before = holding_undo.snapshot(catalogue.sessions, items[0])
    h.set_owned(catalogue.sessions, items[0], False)
    h.remove_catalogue_value(catalogue.sessions, items[0], before.values[0])
    assert h.catalogue_values(catalogue.sessions, items[0]) == []
    h.set_wanted(catalogue.sessions, items[0], False)
    holding_undo.restore(catalogue.sessions, before)
    assert _holdings(catalogue, items[0]) == [("mnh", 2, None, "Box A")]
    assert _wants(catalogue, items[0]) == [("mnh", 2, None)]
    assert h.catalogue_values(catalogue.sessions, items[0]) == [h.ValueEntry("mint", 300, "EUR", "michel", "2024")]


def test_checklist_and_completion(catalogue, new_year):
    series_id, items = new_year
    h.set_owned(catalogue.sessions, items[0], True)
    h.set_owned(catalogue.sessions, items[3], True, condition="cto", quantity=2)
    checklist = h.series_checklist(catalogue.sessions, series_id)
    assert [r.owned for r in checklist.rows] == [True, False, False, True, False, False]
    assert checklist.rows[3].condition == "cto" and checklist.rows[3].quantity == 2
    assert checklist.completion == h.Completion(2, 6)
    assert h.series_completion(catalogue.sessions, series_id) == h.Completion(2, 6)
    assert "#1" in h.item_label(catalogue.sessions, items[0])


def test_incomplete_series_filter(catalogue, new_year):
    series_id, items = new_year
    where = h.incomplete_series_where()
    with catalogue.sessions() as s:
        assert row_keys(s, where=where) == []
    h.set_owned(catalogue.sessions, items[0], True)
    with catalogue.sessions() as s:
        keys = row_keys(s, where=where)
    assert {k.series_id for k in keys} == {series_id} and len(keys) == 6
    for item_id in items:
        h.set_owned(catalogue.sessions, item_id, True)
    with catalogue.sessions() as s:
        assert row_keys(s, where=where) == []  # complete now


def test_collection_value_by_condition_and_edition(catalogue, new_year):
    _series, items = new_year
    add = h.set_catalogue_value
    add(catalogue.sessions, items[0], h.ValueEntry("mint", 150, "EUR", edition="2023"))
    add(catalogue.sessions, items[0], h.ValueEntry("mint", 200, "EUR", edition="2024"))
    add(catalogue.sessions, items[0], h.ValueEntry("used", 80, "EUR", edition="2024"))
    add(catalogue.sessions, items[1], h.ValueEntry("cto", 50, "usd", edition="2024"))
    h.update_holding(catalogue.sessions, items[0], condition="mh", quantity=2)
    h.set_owned(catalogue.sessions, items[1], True, condition="cto")
    h.set_owned(catalogue.sessions, items[2], True, condition="damaged")
    assert h.collection_value(catalogue.sessions) == {"EUR": 400, "USD": 50}
    assert [v.edition for v in h.catalogue_values(catalogue.sessions, items[0])][0] == "2024"
    with pytest.raises(CatalogueError, match="value condition"):
        add(catalogue.sessions, items[0], h.ValueEntry("mnh", 1, "EUR"))
    with catalogue.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 13


def test_guarded_undo_never_overwrites_someone_elses_newer_change(engine_catalogue):
    """Two people on one catalogue: Anna ticks an item owned; Boris then changes its holding;
    Anna's undo is refused (naming the item and when) and writes nothing; without Boris's
    change it undoes and redoes."""
    from kpstamps.errors import UndoRefused

    sessions = engine_catalogue.sessions
    with sessions() as s:
        item_id = s.scalar(select(Item.id).join(Series).where(Series.title_en == "New Year 2025").order_by(Item.position))
    before = holding_undo.snapshot(sessions, item_id)
    h.set_owned(sessions, item_id, True)  # Anna
    after = holding_undo.snapshot(sessions, item_id)
    h.update_holding(sessions, item_id, quantity=5, location="Boris's album")  # Boris, another session
    with pytest.raises(UndoRefused) as refused:
        holding_undo.guarded_restore(sessions, before, after)
    assert refused.value.kind == "item" and refused.value.name.endswith("#1") and refused.value.updated_at is not None
    assert _holdings(engine_catalogue, item_id) == [("mnh", 5, None, "Boris's album")]  # his change kept

    h.update_holding(sessions, item_id, quantity=1, location="")  # back to what Anna's step left
    holding_undo.guarded_restore(sessions, before, after)  # undo
    assert _holdings(engine_catalogue, item_id) == []
    holding_undo.guarded_restore(sessions, after, before)  # redo
    assert _holdings(engine_catalogue, item_id) == [("mnh", 1, None, "")]
    h.set_wanted(sessions, item_id, True)  # someone wants it meanwhile
    with pytest.raises(UndoRefused):
        holding_undo.guarded_restore(sessions, before, after)
    assert _wants(engine_catalogue, item_id) == [("mnh", 1, None)]
