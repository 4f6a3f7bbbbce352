"""SQLite FTS5 (trigram) indexes over `series.search_text` and `item.search_text`.

External-content tables: the text lives once, in the main tables; triggers keep the index in
sync. Batch migrations recreate tables and so drop their triggers: call `ensure_fts` after
them (it recreates what is missing and rebuilds the index). PostgreSQL has none of this; the
search SQL falls back to ILIKE there.
"""

from __future__ import annotations

from sqlalchemy import Connection

INDEXED = ("series", "item")


def fts_table(table: str) -> str:
    return f"{table}_fts"


def vocab_table(table: str) -> str:
    return f"{table}_fts_vocab"


def _trigger_sql(table: str) -> list[str]:
    fts = fts_table(table)
    insert = f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text);"
    delete = f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text);"
    return [
        f"CREATE TRIGGER IF NOT EXISTS {table}_fts_insert AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER IF NOT EXISTS {table}_fts_delete AFTER DELETE ON {table} BEGIN {delete} END",
        (f"CREATE TRIGGER IF NOT EXISTS {table}_fts_update AFTER UPDATE OF search_text ON {table} "
         f"WHEN old.search_text IS NOT new.search_text BEGIN {delete} {insert} END"),
    ]


def create_fts(conn: Connection) -> None:
    """Create the FTS tables and their triggers (SQLite only; the initial migration calls this)."""
    if conn.dialect.name != "sqlite":
        return
    for table in INDEXED:
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts_table(table)} USING fts5("
            f"search_text, content='{table}', content_rowid='id', tokenize='trigram')"
        )
        # The trigram list, so 1–2 character searches can find the trigrams that start with them.
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {vocab_table(table)} USING fts5vocab({fts_table(table)}, 'row')"
        )
        for sql in _trigger_sql(table):
            conn.exec_driver_sql(sql)


def drop_triggers(conn: Connection) -> None:
    """Drop the sync triggers (bulk loads do this, then call `ensure_fts`)."""
    if conn.dialect.name != "sqlite":
        return
    for table in INDEXED:
        for what in ("insert", "delete", "update"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_fts_{what}")


def drop_fts(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    drop_triggers(conn)
    for table in INDEXED:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {vocab_table(table)}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {fts_table(table)}")


def rebuild(conn: Connection) -> None:
    """Rebuild the indexes from the main tables (after bulk changes or a repair)."""
    if conn.dialect.name != "sqlite":
        return
    for table in INDEXED:
        fts = fts_table(table)
        conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def ensure_fts(conn: Connection) -> None:
    """Recreate missing FTS tables/triggers (e.g. after a batch migration) and rebuild the index."""
    create_fts(conn)
    rebuild(conn)


def has_fts(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    names = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE name LIKE '%_fts%'")}
    wanted = ("{}_fts", "{}_fts_vocab", "{}_fts_insert", "{}_fts_update", "{}_fts_delete")
    return all(w.format(t) in names for t in INDEXED for w in wanted)


def is_fts_name(name: str | None) -> bool:
    """True for the FTS tables and their shadow tables (Alembic must not compare or drop them)."""
    return name is not None and any(name == fts_table(t) or name.startswith(fts_table(t) + "_") for t in INDEXED)


# Expression indexes: SQLite's reflection skips them (with a warning), so Alembic cannot compare
# them; tests/services/test_opening.py checks this one exists and drives the catalogue order.
EXPRESSION_INDEXES = frozenset({"ix_series_catalogue_order"})


def include_name(name: str | None, type_: str, _parent_names) -> bool:
    """Alembic `include_name` hook: skip the FTS tables in autogenerate/compare_metadata."""
    return not (type_ == "table" and is_fts_name(name))


def include_object(_object, name: str | None, type_: str, _reflected, _compare_to) -> bool:
    """Alembic `include_object` hook: expression indexes are not compared (reflected or not)."""
    return not (type_ == "index" and name in EXPRESSION_INDEXES)
