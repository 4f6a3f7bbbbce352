"""The catalogue services on both engines: SQLite (embedded) and PostgreSQL (shared)."""
# ruff: noqa: F811  (pytest fixtures imported from pg_server are used as arguments)

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from fixture_catalogue import open_fixture_catalogue
from kpstamps.db.fts import include_name, include_object
from kpstamps.db.migrate import head_revision
from kpstamps.db.models import Base, Item, Series, Theme
from kpstamps.services.browse import rows as browse
from kpstamps.services.catalogue import details
from kpstamps.services.catalogue.info import catalogue_info
from kpstamps.services.catalogue.opening import open_catalogue
from pg_server import engine_catalogue, engine_url  # noqa: F401  (fixtures)
from sqlalchemy import func, inspect, select, text


def test_open_migrates_and_loads_reference(engine_catalogue):
    cat = engine_catalogue
    assert cat.migration.created and cat.migration.after == head_revision()
    assert cat.migration.backup is None  # nothing to back up in a new catalogue
    with cat.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Series)) == 4
        assert s.scalar(select(Theme.name_zh).where(Theme.key == "sport.table_tennis")) == "乒乓球"
        new_year = s.scalar(select(Series).where(Series.title_en == "New Year 2025"))
        assert [i.kind for i in new_year.items] == ["stamp"] + ["postcard"] * 5


def test_schema_matches_models(engine_catalogue):
    with engine_catalogue.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name, "include_object": include_object})
        diff = compare_metadata(context, Base.metadata)
    # The search indexes (FTS5 on SQLite, pg_trgm on PostgreSQL) live only in the migration.
    assert [d for d in diff if not (d[0] == "remove_index" and d[1].name.endswith("_trgm"))] == []


def test_reopening_keeps_data_and_skips_migration(engine_catalogue, engine_url, home):
    engine_catalogue.close()
    again = open_catalogue(home, engine_url)
    try:
        assert not again.migration.upgraded
        with again.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Series)) == 4
    finally:
        again.close()


def test_browse_and_details_work_on_each_engine(engine_catalogue):
    with engine_catalogue.sessions() as s:
        keys = browse.row_keys(s)
        rows = browse.fetch_rows(s, keys)
        series_ids = list(s.scalars(select(Series.id)))
        item_id = s.scalar(select(Item.id).order_by(Item.id).limit(1))
        assert len(rows) == len(keys) >= len(series_ids) == 4
        assert {k.series_id for k in keys} == set(series_ids)
        assert all(details.series_view(s, sid) is not None for sid in series_ids)
        assert details.item_view(s, item_id).id == item_id


def _snapshot(cat) -> dict:
    """Everything the browse/details/info services show, in a comparable form."""
    with cat.sessions() as s:
        keys = {
            (sort.value, descending): list(browse.row_keys(s, sort=sort, descending=descending))
            for sort in browse.SortKey
            for descending in (False, True)
        }
        all_keys = list(browse.row_keys(s))
        rows = browse.fetch_rows(s, all_keys)
        views = [details.series_view(s, sid) for sid in s.scalars(select(Series.id).order_by(Series.id))]
    info = catalogue_info(cat).as_dict()
    counts = {k: v for k, v in info.items() if k not in {"database_url", "engine"}}
    return {"keys": keys, "rows": rows, "views": views, "counts": counts}


def test_sqlite_and_postgresql_show_the_same_catalogue(catalogue, pg_url, home):
    """The reference catalogue browses, sorts and shows details identically on both engines."""
    shared = open_fixture_catalogue(home, pg_url)
    try:
        on_pg = _snapshot(shared)
        assert shared.dialect == "postgresql"
    finally:
        shared.close()
    on_sqlite = _snapshot(catalogue)
    for part in ("counts", "views", "rows"):
        assert on_pg[part] == on_sqlite[part], part
    for key, expected in on_sqlite["keys"].items():
        if key[0] not in NULL_SORTS:
            assert on_pg["keys"][key] == expected, key


# Sorts on a column that is NULL for some rows (item columns of series without items, no
# number): SQLite puts NULLs first when ascending, PostgreSQL last, unless the ORDER BY says
# NULLS FIRST/LAST, which browse.row_keys_query does.
NULL_SORTS = {browse.SortKey.KIND.value, browse.SortKey.ITEM_TITLE.value, browse.SortKey.FACE_VALUE.value, browse.SortKey.NUMBER.value}


def test_sorts_on_empty_columns_agree(catalogue, pg_url, home):
    shared = open_fixture_catalogue(home, pg_url)
    try:
        on_pg = _snapshot(shared)["keys"]
    finally:
        shared.close()
    on_sqlite = _snapshot(catalogue)["keys"]
    assert {k: v for k, v in on_pg.items() if k[0] in NULL_SORTS} == {
        k: v for k, v in on_sqlite.items() if k[0] in NULL_SORTS
    }


def test_info_on_both_engines(engine_catalogue):
    info = catalogue_info(engine_catalogue)
    assert info.engine == engine_catalogue.dialect and info.series == 4 and info.items > 0
    assert info.schema_revision == head_revision()


def test_pg_trgm_indexes_only_on_postgresql(engine_catalogue):
    names = {ix["name"] for table in ("series", "item") for ix in inspect(engine_catalogue.engine).get_indexes(table)}
    trigram = {"ix_series_search_text_trgm", "ix_item_search_text_trgm"}
    if engine_catalogue.dialect == "postgresql":
        assert trigram <= names
    else:
        assert not trigram & names


# Search: the query language gives the same rows on both engines -------------------------

SEARCH_QUERIES = [
    "friendship", "дружба", "友好", "친선", "Ba79", "chinson", "youhao", "druzhba", "FRIENDSHIP", "友",
    "theme:sport", "theme:Спорт", "theme:체육", "theme:friendship", "theme:friendship.china", "theme:nothing",
    "year:2024", "year:2025", "year:2020..2024", "kind:postcard", "kind:stamp year:2025 theme:new_year",
    "serial:Ba79", "serial:ba80", "friendship -Ba79", "friendship -serial:Ba79", '"table tennis"',
    '"tennis table"', "Ba79 OR Ba80", "U-17 OR U-20", "녀자월드컵 U-17", "Гым",
    'cat:"Mi 6789"', "mi:6789", "scott:5123a", "6789", "owned", "wanted", "condition:used", "missing",
    "theme:sport -owned", "-theme:sport", "-wanted", "-mi:6789", "-condition:used", "-friendship",
    "-(friendship OR theme:sport)", "Pyongyang", "Phyongyang", "평양", "%", "_", "\\", "a", "'; DROP TABLE item; --", "",
]


def _add_collection(cat) -> None:
    """The same numbers, holdings, wants and extra series as tests/services/test_search.py."""
    from kpstamps.db.models import CatalogueNumber, Holding, Want

    with cat.sessions.begin() as s:
        item7, item8, item9 = s.get(Item, 7), s.get(Item, 8), s.get(Item, 9)
        item7.numbers.append(CatalogueNumber(catalogue="michel", number="6789", sort_key="6789"))
        item8.numbers.append(CatalogueNumber(catalogue="scott", number="5123a", sort_key="5123a"))
        item7.holdings.append(Holding(condition="used", quantity=1))
        item8.holdings.append(Holding(condition="mnh", quantity=2))
        item9.wants.append(Want(quantity=1))
        s.add(Series(serial="Ju12", year=1990, title_en="Phyongyang in spring", title_ko="봄의 평양",
                     serial_sort="ju12"))


@pytest.fixture(scope="module")
def search_pair(request, tmp_path_factory):
    """The reference catalogue plus a small collection, on SQLite and on PostgreSQL (module-wide)."""
    pytest.importorskip("kpstamps.services.browse.search")
    from kpstamps.home import DataHome
    from pg_server import shared_server

    server = shared_server(request.config)
    name = server.create_database()
    home = DataHome.resolve(tmp_path_factory.mktemp("search-pair") / "home")
    on_sqlite, on_pg = open_fixture_catalogue(home), open_fixture_catalogue(home, server.url(name))
    for cat in (on_sqlite, on_pg):
        _add_collection(cat)
    yield on_sqlite, on_pg
    on_sqlite.close()
    on_pg.close()
    server.drop_database(name)


@pytest.mark.parametrize("query", SEARCH_QUERIES)
def test_search_gives_the_same_rows_on_both_engines(search_pair, query):
    from kpstamps.services.browse.search import search

    on_sqlite, on_pg = search_pair
    expected = search(on_sqlite.sessions, query)
    found = search(on_pg.sessions, query)
    assert sorted(found.keys, key=str) == sorted(expected.keys, key=str)
    assert found.hints == expected.hints


def test_search_on_postgresql_can_use_the_trigram_index(search_pair):
    """With sequential scans off, a substring test on search_text is answered from the GIN index."""
    _, on_pg = search_pair
    with on_pg.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        plan = "\n".join(r[0] for r in conn.execute(
            text("EXPLAIN SELECT id FROM item WHERE search_text ILIKE :pattern"), {"pattern": "%tennis%"}))
    assert "ix_item_search_text_trgm" in plan
