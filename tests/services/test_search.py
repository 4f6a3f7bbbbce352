"""Search on the reference catalogue and on fixture data: exact rows for every query form.

The query tests run on SQLite (FTS5) and on PostgreSQL (pg_trgm) alike; the FTS5 tests only
on SQLite.
"""
# ruff: noqa: F811  (pytest fixtures imported from pg_server are used as arguments)

import pytest
from kpstamps.db.fts import ensure_fts, has_fts
from kpstamps.db.models import CatalogueNumber, Holding, Item, Series, Want
from kpstamps.domain.sorting import natural_key
from kpstamps.services.browse.search import search
from pg_server import ENGINES, catalogue_on, engine_catalogue, engine_url  # noqa: F401  (fixtures)
from sqlalchemy import select, text

# Reference catalogue: series 1 Ba79 (DPRK–Russia), 2 Ba80 (DPRK–China), no items;
# 3 New Year 2025 (items 1–6: stamp + 5 postcards); 4 sports 2024 (items 7–13: 4 stamps, 3 postcards).
FRIENDSHIP = [(1, None), (2, None)]
SPORT = [(4, i) for i in range(7, 14)]
NEW_YEAR = [(3, i) for i in range(1, 7)]


def rows(catalogue, query):
    return sorted((k.series_id, k.item_id or 0) for k in search(catalogue.sessions, query).keys)


def expect(keys):
    return sorted((s, i or 0) for s, i in keys)


@pytest.fixture(scope="module", params=ENGINES)
def reference(request, tmp_path_factory):
    """The reference catalogue, once per engine for the whole module (the tests only read)."""
    with catalogue_on(request.param, request, tmp_path_factory) as cat:
        yield cat


@pytest.mark.parametrize("query, expected", [
    ("friendship", FRIENDSHIP), ("дружба", FRIENDSHIP), ("友好", FRIENDSHIP), ("친선", FRIENDSHIP),
    ("Ba79", [(1, None)]), ("chinson", FRIENDSHIP), ("chinseon", FRIENDSHIP), ("youhao", FRIENDSHIP),
    ("druzhba", FRIENDSHIP), ("FRIENDSHIP", FRIENDSHIP), ("友", FRIENDSHIP),
    ("theme:sport", SPORT), ("theme:Спорт", SPORT), ("theme:체육", SPORT), ("theme:friendship", FRIENDSHIP),
    ("theme:friendship.china", [(2, None)]), ("theme:nothing", []),
    ("year:2024", FRIENDSHIP), ("year:2025", SPORT + NEW_YEAR), ("year:2020..2024", FRIENDSHIP),
    ("kind:postcard", [(3, i) for i in range(2, 7)] + [(4, 11), (4, 12), (4, 13)]),
    ("kind:stamp year:2025 theme:new_year", [(3, 1)]),
    ("serial:Ba79", [(1, None)]), ("serial:ba80", [(2, None)]),
    ("friendship -Ba79", [(2, None)]), ("friendship -serial:Ba79", [(2, None)]),
    ('"table tennis"', [(4, 10), (4, 13)]), ('"tennis table"', []),
    ("Ba79 OR Ba80", FRIENDSHIP), ("U-17 OR U-20", [(4, 7), (4, 8), (4, 9), (4, 11), (4, 12)]),
    ("녀자월드컵 U-17", [(4, 9), (4, 12)]), ("Гым", [(4, 10), (4, 13)]),
    # Several theme: terms in one query; LIKE wildcards in a word are plain characters.
    ("theme:sport OR theme:new_year", SPORT + NEW_YEAR), ("theme:sport -theme:sport", []),
    ("u_17", []), ("u%17", []), ("friendship friendship", FRIENDSHIP),
])
def test_reference_queries(reference, query, expected):
    assert rows(reference, query) == expect(expected)


@pytest.fixture(scope="module", params=ENGINES)
def collection(request, tmp_path_factory):
    """Numbers, holdings and wants on the sports series, and a Pyongyang series in DPRK spelling."""
    with catalogue_on(request.param, request, tmp_path_factory) as catalogue:
        _add_collection(catalogue)
        yield catalogue


def _add_collection(catalogue):
    with catalogue.sessions.begin() as s:
        item7, item8 = s.get(Item, 7), s.get(Item, 8)
        item7.numbers.append(CatalogueNumber(catalogue="michel", number="6789", sort_key=natural_key("6789")))
        item8.numbers.append(CatalogueNumber(catalogue="scott", number="5123a", sort_key=natural_key("5123a")))
        item7.holdings.append(Holding(condition="used", quantity=1))
        item8.holdings.append(Holding(condition="mnh", quantity=2))
        item9 = s.get(Item, 9)
        item9.wants.append(Want(quantity=1))
        s.add(Series(serial="Ju12", year=1990, title_en="Phyongyang in spring", title_ko="봄의 평양", serial_sort="ju12"))


@pytest.mark.parametrize("query, expected", [
    ('cat:"Mi 6789"', [(4, 7)]), ("mi:6789", [(4, 7)]), ("scott:5123a", [(4, 8)]), ("cat:5123a", [(4, 8)]),
    ("mi:5123a", []), ("6789", [(4, 7)]),
    ("owned", [(4, 7), (4, 8)]), ("wanted", [(4, 9)]), ("condition:used", [(4, 7)]),
    ("missing", [(4, 9), (4, 10), (4, 11), (4, 12), (4, 13)]),
    ("theme:sport -owned", [(4, i) for i in range(9, 14)]),
    ("Pyongyang", [(5, None)]), ("Phyongyang", [(5, None)]), ("pyeongyang", [(5, None)]), ("평양", [(5, None)]),
])
def test_collection_queries(collection, query, expected):
    assert rows(collection, query) == expect(expected)


@pytest.mark.parametrize("query", [
    '"unbalanced', "year:abc", 'NEAR(a b) AND * ^ "" :', "x" * 10_000, "😀", "-", "((", "))", "OR OR", "'; DROP TABLE item; --",
    "a*", "series_fts", '"a""b"', "\\", "%", "_",
])
def test_bad_input_never_raises(reference, query):
    result = search(reference.sessions, query)
    assert isinstance(result.keys, list)


def test_hints_come_with_results(reference):
    result = search(reference.sessions, "friendship year:abc")
    assert len(result.keys) == 2 and result.hints and "year:abc" in result.hints[0]


def test_limit(reference):
    assert len(search(reference.sessions, "", limit=3).keys) == 3


def test_search_text_follows_edits_and_fts_stays_in_sync(engine_catalogue):
    catalogue = engine_catalogue
    with catalogue.sessions.begin() as s:
        s.add(Series(serial="Zz1", title_en="Mushroom gallery", serial_sort="zz1",
                     items=[Item(kind="stamp", title_en="Oyster mushroom")]))
    assert rows(catalogue, "oyster") == [(5, 14)] and rows(catalogue, "gallery") == [(5, 14)]
    with catalogue.sessions.begin() as s:
        item, series = s.get(Item, 14), s.get(Series, 5)
        item.title_en, series.title_ru = "Chanterelle", "Грибы"
    assert rows(catalogue, "oyster") == [] and rows(catalogue, "chanterelle") == [(5, 14)]
    assert rows(catalogue, "griby") == [(5, 14)]
    with catalogue.sessions.begin() as s:
        item = s.get(Item, 14)
        item.numbers.append(CatalogueNumber(catalogue="michel", number="9999", sort_key=natural_key("9999")))
    assert rows(catalogue, "Mi 9999") == [(5, 14)]
    with catalogue.sessions.begin() as s:
        item = s.get(Item, 14)
        s.delete(item.numbers[0])
    assert rows(catalogue, "Mi 9999") == []
    with catalogue.sessions.begin() as s:
        s.delete(s.get(Series, 5))
    assert rows(catalogue, "chanterelle") == [] and rows(catalogue, "gallery") == []
    if catalogue.dialect != "sqlite":
        return
    with catalogue.engine.connect() as conn:
        assert conn.exec_driver_sql("INSERT INTO item_fts(item_fts) VALUES ('integrity-check')") is not None


def test_flush_hooks_belong_to_the_catalogue_sessions_only(catalogue):
    """The search-text and editor hooks sit on the catalogue's sessionmaker, not on every Session."""
    from sqlalchemy.orm import Session

    with Session(catalogue.engine) as plain:
        plain.get(Item, 7).title_en = "Unhooked title"
        plain.commit()
    with catalogue.sessions() as s:
        assert "unhooked" not in s.get(Item, 7).search_text
    with catalogue.sessions.begin() as s:
        s.get(Item, 7).title_en = "Hooked title"
    with catalogue.sessions() as s:
        assert "hooked title" in s.get(Item, 7).search_text and s.get(Item, 7).updated_by


def test_every_new_session_factory_gets_the_hooks(catalogue):
    """Session factories come and go (tests, the CLI, other windows): each new one is hooked,
    even when it reuses the id of a collected one (SQLAlchemy's event registry is id-keyed)."""
    import gc

    from kpstamps.db.session import make_sessions

    for n in range(40):
        sessions = make_sessions(catalogue.engine)
        with sessions.begin() as s:
            s.get(Item, 7).title_en = f"Churn {n}"
        with sessions() as s:
            assert f"churn {n}" in s.get(Item, 7).search_text
        del sessions
        gc.collect()


def test_triggers_are_recreated_after_a_batch_migration(catalogue):
    with catalogue.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER item_fts_update")
        assert not has_fts(conn)
        ensure_fts(conn)
        assert has_fts(conn)
    with catalogue.sessions.begin() as s:
        item = s.get(Item, 7)
        item.title_en = "Zebra crossing"
    assert rows(catalogue, "zebra") == [(4, 7)]


def test_reference_rows_have_search_text(catalogue):
    with catalogue.sessions() as s:
        assert all(s.scalars(select(Series.search_text)))
        assert s.execute(text("SELECT count(*) FROM series_fts WHERE series_fts MATCH '\"chinseon\"'")).scalar() == 2


def test_catalogue_without_fts_tables_still_searches(catalogue):
    """A SQLite file made before the FTS tables existed falls back to substring tests."""
    from kpstamps.db.fts import drop_fts

    with catalogue.engine.begin() as conn:
        drop_fts(conn)
    assert rows(catalogue, "chinson") == expect(FRIENDSHIP)
    assert rows(catalogue, "友") == expect(FRIENDSHIP)
