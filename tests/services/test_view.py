"""The main table's first screen (services.view): row count and first page of keys.

They must equal the count and the prefix of every sorted key (`browse.row_keys`) whatever plan
reads them, on SQLite and PostgreSQL, for broad and narrow searches and every sort.
"""


import sqlite3

import pytest
from kpstamps.db import migrate, planner
from kpstamps.db.migrate import upgrade
from kpstamps.db.session import make_engine
from kpstamps.services.bench.synthetic import generate_catalogue
from kpstamps.services.browse.rows import SortKey, row_keys
from kpstamps.services.browse.search import row_filter, search_mode
from kpstamps.services.browse.view import RowFilter, first_page, page_query
from pg_server import ENGINES, catalogue_on
from sqlalchemy.dialects import sqlite as sqlite_dialect

QUERIES = ["", "theme:sport", "theme:nature", "kind:stamp", "owned", "-theme:sport", "theme:sport kind:stamp",
           "friendship", "友", "year:1990..1999", "wanted", "theme:nature OR 평양", "theme:nature year:2000..2010",
           "no-such-word-anywhere"]


@pytest.fixture(scope="module", params=ENGINES)
def synthetic(request, tmp_path_factory):
    """1,500 synthetic items, with planner statistics."""
    with catalogue_on(request.param, request, tmp_path_factory, reference=False) as cat:
        generate_catalogue(cat.sessions, 1500, seed=7)
        yield cat


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("sort, descending", [(SortKey.CATALOGUE, False), (SortKey.CATALOGUE, True),
                                              (SortKey.SERIES_TITLE, False), (SortKey.OWNED, True)])
def test_first_page_is_the_count_and_prefix_of_all_keys(synthetic, query, sort, descending):
    found, _hints = row_filter(query, search_mode(synthetic.engine))
    with synthetic.sessions() as session:
        every = list(row_keys(session, sort=sort, descending=descending, where=found.where))
    first = first_page(synthetic.sessions, found, sort=sort, descending=descending, size=40)
    assert first.count == len(every)
    assert list(first.keys) == every[:40]


def test_broad_and_narrow_searches():
    assert row_filter("theme:sport kind:stamp")[0].broad
    assert row_filter("owned -theme:nature")[0].broad
    assert row_filter("")[0].broad
    assert not row_filter("friendship theme:sport")[0].broad
    assert not row_filter("year:2020")[0].broad
    assert not row_filter("wanted")[0].broad
    assert RowFilter.combine([row_filter("theme:sport")[0], RowFilter.of(None)]).broad
    assert not RowFilter.combine([row_filter("theme:sport")[0], row_filter("mi:5")[0]]).broad


def _plan(catalogue, query) -> str:
    found, _hints = row_filter(query, "sqlite")
    sql = page_query(found, "sqlite").limit(100).compile(dialect=sqlite_dialect.dialect(),
                                                         compile_kwargs={"literal_binds": True})
    with catalogue.engine.connect() as conn:
        return " | ".join(row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))


def test_broad_pages_walk_the_catalogue_order_index(catalogue):
    for query in ("", "theme:sport", "kind:postcard", "owned"):
        plan = _plan(catalogue, query)
        assert "ix_series_catalogue_order" in plan and "TEMP B-TREE" not in plan, (query, plan)


def test_statistics_are_gathered_when_missing_or_stale(empty_catalogue):
    engine = empty_catalogue.engine
    assert not planner.refresh(engine)  # too small to matter
    generate_catalogue(empty_catalogue.sessions, 1200, seed=3)  # analyses at the end
    with engine.connect() as conn:
        assert not planner.stale(conn)
        conn.exec_driver_sql("DELETE FROM sqlite_stat1")
        conn.commit()
        assert planner.stale(conn)
    assert planner.refresh(engine)
    with engine.connect() as conn:
        assert not planner.stale(conn)
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'item'").scalar() > 0


def test_a_0001_catalogue_gains_the_order_index_and_keeps_its_rows(home, tmp_path):
    """Upgrading an existing catalogue from revision 0001: rows, FTS sync and a backup."""
    home.ensure()
    engine = make_engine(f"sqlite:///{home.database}")
    upgrade(engine, home.backups, revision="0001_initial")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO series (id, serial, serial_sort, year, search_text) "
                             "VALUES (1, 'Ba79', 'ba79', 2024, 'friendship')")
        conn.exec_driver_sql("INSERT INTO item (series_id, position, kind, search_text) VALUES (1, 1, 'stamp', 'x')")
    result = upgrade(engine, home.backups)
    engine.dispose()
    assert (result.before, result.after) == ("0001_initial", migrate.head_revision())
    assert result.backup is not None and result.backup.exists()
    with sqlite3.connect(home.database) as conn:
        assert conn.execute("SELECT count(*) FROM item").fetchone() == (1,)
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'ix_series_catalogue_order'").fetchone()
        assert conn.execute("SELECT rowid FROM series_fts WHERE series_fts MATCH 'friendship'").fetchall() == [(1,)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
