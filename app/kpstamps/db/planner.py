"""Table statistics for the query planner.

Without `sqlite_stat1` SQLite guesses how many rows an index finds and, on a large
catalogue, picks much slower plans for combined filters (`theme: year: kind:`).
SQLite only gathers statistics when told (`ANALYZE`); PostgreSQL's autovacuum does it by itself,
but only some time after a bulk load.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

# Re-analyse when the number of items moved this far from the one analysed.
DRIFT = 2.0
MIN_ITEMS = 1000  # below this any plan is fast


def analyse(conn: Connection) -> None:
    """Gather statistics now (after a bulk import or generation of synthetic rows).

    A full ANALYZE, not a sampled one (`analysis_limit`): a sample's row counts were off by a
    third, and `stale` compares them with the real count.
    """
    conn.exec_driver_sql("ANALYZE")


def stale(conn: Connection) -> bool:
    """Whether a SQLite catalogue's statistics are missing or far from its size (its highest item id)."""
    if conn.dialect.name != "sqlite":
        return False  # autovacuum keeps PostgreSQL's statistics
    # The highest id, not count(*): one index lookup instead of reading every item's index
    # entry at each open (at 100,000 items a count faulted 25 MB of the catalogue's mmap in).
    # Ids only grow, so this follows imports; a catalogue that shrank keeps its statistics.
    items = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM item").scalar_one()
    if items < MIN_ITEMS:
        return False
    if not conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
        return True
    stat = conn.exec_driver_sql("SELECT stat FROM sqlite_stat1 WHERE tbl = 'item' AND idx = 'ix_item_kind_series'").scalar()
    analysed = int(stat.split()[0]) if stat else 0
    return not analysed or not 1 / DRIFT <= items / analysed <= DRIFT


def refresh(engine: Engine) -> bool:
    """Analyse a SQLite catalogue whose statistics are stale; True when it did.

    Only speed depends on it: a catalogue another program keeps locked still opens.
    """
    try:
        with engine.connect() as conn:
            if not stale(conn):
                return False
            analyse(conn)
            conn.commit()
    except DBAPIError as exc:
        logging.getLogger(__name__).warning("Could not update the planner statistics: %s", exc)
        return False
    return True
