import csv
import io

import pytest
from kpstamps.db.models import CatalogueValue, Holding, Series, Theme, Want
from kpstamps.services.collection import statistics as st
from pg_server import engine_catalogue, engine_url  # noqa: F401  (fixtures)
from sqlalchemy import select


@pytest.fixture
def catalogue(engine_catalogue):  # noqa: F811
    """Every test here runs on SQLite and on PostgreSQL (a fresh database each)."""
    return engine_catalogue


@pytest.fixture
def collection(catalogue):
    """The reference catalogue with some holdings, wants and values (exact figures below)."""
    with catalogue.sessions.begin() as s:
        new_year = s.scalar(select(Series).where(Series.title_en == "New Year 2025"))
        sport = s.scalar(select(Series).where(Series.title_en == "Sports achievements of 2024"))
        ny = [i.id for i in new_year.items]  # 1 stamp, 5 postcards
        sp = [i.id for i in sport.items]  # 4 stamps, 3 postcards
        s.add_all([
            Holding(item_id=ny[0], condition="mnh", quantity=2, price_cents=300, price_currency="EUR"),
            Holding(item_id=ny[1], condition="used", quantity=1, price_cents=150, price_currency="EUR"),
            *[Holding(item_id=i, condition="mnh", quantity=1) for i in ny[2:]],
            Holding(item_id=sp[0], condition="mnh", quantity=1, price_cents=500, price_currency="USD"),
            Holding(item_id=sp[1], condition="damaged", quantity=1, price_cents=100, price_currency="EUR"),
            Holding(item_id=sp[2], condition="mnh", quantity=0),  # sold: not owned
            Want(item_id=sp[3], quantity=2), Want(item_id=sp[4]), Want(item_id=ny[0]),
            CatalogueValue(item_id=ny[0], condition="mint", amount_cents=120, currency="EUR"),
            CatalogueValue(item_id=ny[1], condition="used", amount_cents=80, currency="EUR"),
            CatalogueValue(item_id=sp[0], condition="mint", amount_cents=200, currency="EUR"),
            CatalogueValue(item_id=sp[0], condition="mint", amount_cents=250, currency="USD"),
            CatalogueValue(item_id=sp[1], condition="mint", amount_cents=1000, currency="EUR"),  # damaged: 0
        ])
        ba79 = s.scalar(select(Series).where(Series.serial == "Ba79"))
        ba79.themes.append(s.scalar(select(Theme).where(Theme.key == "sport.football")))
        return new_year.id, sport.id


def test_totals(catalogue, collection):
    stats = st.collection_statistics(catalogue.sessions)
    assert stats.totals == st.Totals(series=4, items=13, owned_items=8, owned_copies=9, wanted_items=3,
                                     wanted_copies=4, complete_series=1, started_series=1, unpriced_holdings=5)


def test_by_year_and_kind(catalogue, collection):
    stats = st.collection_statistics(catalogue.sessions)
    assert stats.by_year == [st.YearFigures(2024, 2, 0, 0), st.YearFigures(2025, 2, 13, 8)]
    assert stats.by_kind == [st.KindFigures("postcard", 8, 5), st.KindFigures("stamp", 5, 3)]


def test_by_theme_top_n_in_language_order(catalogue, collection):
    with catalogue.sessions() as s:
        themes = st.items_by_theme(s, top=3, name_order=("zh", "en"))
    assert [(t.key, t.name, t.series, t.items) for t in themes] == [
        ("sport.football", "足球", 2, 7), ("sport.table_tennis", "乒乓球", 1, 7), ("new_year", "新年", 1, 6)]
    with catalogue.sessions() as s:
        assert len(st.items_by_theme(s, top=100)) == 5  # only themes that have series


def test_completion_money_and_value(catalogue, collection):
    new_year, sport = collection
    stats = st.collection_statistics(catalogue.sessions)
    assert [(c.series_id, c.owned, c.total, c.complete) for c in stats.completion] == [
        (sport, 2, 7, False), (new_year, 6, 6, True)]  # announced 2025-01 before 2025-01-01
    assert stats.completion[0].fraction == pytest.approx(2 / 7)
    # Prices are per holding row, not multiplied by quantity; damaged copies have no value.
    assert stats.spent == {"EUR": 550, "USD": 500}
    assert stats.value == {"EUR": 520, "USD": 250}


def test_empty_catalogue(empty_catalogue):
    stats = st.collection_statistics(empty_catalogue.sessions)
    assert stats.totals.items == 0 and stats.by_year == [] and stats.spent == {} and stats.value == {}


def test_csv_export(catalogue, collection, tmp_path):
    stats = st.collection_statistics(catalogue.sessions, name_order=("ko",))
    path = tmp_path / "figures.csv"
    count = st.write_csv(stats, path)
    rows = list(csv.reader(path.open(encoding="utf-8")))
    assert rows[0] == list(st.CSV_HEADER)
    assert len(rows) == count + 1
    assert ["totals", "owned_copies", "owned_copies", "count", "9"] in rows
    assert ["by_year", "2025", "2025", "items", "13"] in rows
    assert ["by_theme", "new_year", "새해", "items", "6"] in rows
    assert ["spent", "EUR", "EUR", "cents", "550"] in rows
    assert ["value", "USD", "USD", "cents", "250"] in rows
    buffer = io.StringIO()
    st.write_csv(stats, buffer, sections=["by_kind"])
    assert buffer.getvalue().splitlines()[1:] == [
        "by_kind,postcard,postcard,items,8", "by_kind,postcard,postcard,owned_items,5",
        "by_kind,stamp,stamp,items,5", "by_kind,stamp,stamp,owned_items,3"]
