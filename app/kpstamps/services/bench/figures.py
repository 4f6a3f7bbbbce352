"""`kpstamps bench`: build a synthetic catalogue in a temporary home and time what users feel.

The report is a dict of sections (`{"build": {...}, "open": {...}, "search": {...}, ...}`);
other features add their own with `register_section(name, function)`, where the function
takes the `BenchContext` and returns a JSON-able dict.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.dialects import sqlite as sqlite_dialect

from kpstamps.domain.titles import DEFAULT_NAME_ORDER
from kpstamps.home import DataHome
from kpstamps.services.bench.startup import measure_startup
from kpstamps.services.bench.synthetic import generate_catalogue
from kpstamps.services.browse.rows import fetch_rows, row_keys
from kpstamps.services.browse.search import row_filter, search_mode
from kpstamps.services.browse.view import (
    PAGE,
    RowFilter,
    count_query,
    first_page,
    page_query,
)
from kpstamps.services.catalogue.opening import Catalogue, open_catalogue

SEARCH_MIX: dict[str, str] = {
    "latin": "friendship",
    "latin_variant": "Phyongyang",
    "hangul": "평양",
    "chinese_1": "友",
    "chinese_2": "友好",
    "chinese_3": "乒乓球",
    "cyrillic": "Пхеньян",
    "catalogue_number": "mi:5000",
    "theme_year": "theme:sport year:2000..2010",
}
FILTER_MIX: dict[str, str] = {
    "theme": "theme:nature",
    "year_range": "year:1990..1999",
    "kind": "kind:souvenir_sheet",
    "owned": "owned",
    "wanted": "wanted",
    "theme_year_kind": "theme:sport year:2000..2020 kind:stamp",
}


@dataclass
class BenchContext:
    catalogue: Catalogue
    items: int
    repeats: int
    startup_runs: int = 7


Section = Callable[[BenchContext], dict[str, Any]]
SECTIONS: dict[str, Section] = {}


def register_section(name: str, function: Section) -> None:
    """Add a section to every bench report (later registrations replace earlier ones)."""
    SECTIONS[name] = function


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": _ms(statistics.median(ordered)), "p95_ms": _ms(p95), "n": len(ordered)}


def _timed(function: Callable[[], Any], repeats: int) -> list[float]:
    function()  # warm the page cache and statement caches, as a user's second search would
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return samples


def _raw_sqls(text: str) -> list[str]:
    """The SQL of a first screen as `view.first_page` runs it: the count and one page of keys."""
    found, _hints = row_filter(text, "sqlite")
    queries = (count_query(found.where), page_query(found, "sqlite").limit(PAGE))
    compile_kwargs = {"literal_binds": True}
    return [str(q.compile(dialect=sqlite_dialect.dialect(), compile_kwargs=compile_kwargs)) for q in queries]


def _keys(sessions, text: str) -> int:
    """The row count and first page of keys, as the main table reads them (no row values)."""
    found, _hints = row_filter(text, search_mode(sessions.kw["bind"]))
    return first_page(sessions, found, size=PAGE).count


def first_screen(sessions, text: str) -> int:
    """What the user waits for after typing or a filter change: the row count (status bar) and
    the values of the first page of rows, as `ui.table_model` reads them."""
    found, _hints = row_filter(text, search_mode(sessions.kw["bind"]))
    return first_page(sessions, found, name_order=DEFAULT_NAME_ORDER, size=PAGE).count


def _raw(connection: sqlite3.Connection, sqls: list[str]) -> None:
    for sql in sqls:
        connection.execute(sql).fetchall()


def search_section(context: BenchContext) -> dict[str, Any]:
    """Search latency: count + first page through the services, and the count + page-of-keys
    queries through the services vs the same SQL run directly through sqlite3 (the floor)."""
    sessions, path = context.catalogue.sessions, context.catalogue.home.database
    per_query, all_page, all_keys, all_raw = {}, [], [], []
    raw = sqlite3.connect(path)
    try:
        for name, text in SEARCH_MIX.items():
            page_samples = _timed(lambda t=text: first_screen(sessions, t), context.repeats)
            key_samples = _timed(lambda t=text: _keys(sessions, t), context.repeats)
            sqls = _raw_sqls(text)
            raw_samples = _timed(lambda s=sqls: _raw(raw, s), context.repeats)
            all_page += page_samples
            all_keys += key_samples
            all_raw += raw_samples
            per_query[name] = {"query": text, "rows": first_screen(sessions, text), "app": percentiles(page_samples),
                               "row_keys": percentiles(key_samples), "raw_sqlite3": percentiles(raw_samples)}
    finally:
        raw.close()
    page, keys, floor = percentiles(all_page), percentiles(all_keys), percentiles(all_raw)
    return {"overall": page, "row_keys": keys, "raw_floor": floor,
            "ratio_p95": round(keys["p95_ms"] / floor["p95_ms"], 2) if floor["p95_ms"] else None,
            "queries": per_query,
            "measures": f"overall/app: parse + row count, and meanwhile the first page of {PAGE} row keys "
                        "and their values; "
                        "row_keys: parse + count + first page of keys (services, count on a second "
                        "connection at the same time); raw_floor: the same two SQL statements one "
                        "after the other through sqlite3; ratio_p95: row_keys over raw_floor",
            "goal": "p95 <= 30 ms and <= 3x raw floor at 100,000 items"}


def filter_section(context: BenchContext) -> dict[str, Any]:
    """A filter change: condition, row count and the first page of rows, as the table does."""
    sessions = context.catalogue.sessions
    samples, per_filter = [], {}
    for name, text in FILTER_MIX.items():
        found = _timed(lambda t=text: first_screen(sessions, t), context.repeats)
        samples += found
        per_filter[name] = {"query": text, "rows": first_screen(sessions, text), **percentiles(found)}
    return {"overall": percentiles(samples), "filters": per_filter, "goal": "p95 <= 20 ms at 100,000 items"}


def _open_section(context: BenchContext) -> dict[str, Any]:
    home = context.catalogue.home
    context.catalogue.close()
    start = time.perf_counter()
    catalogue = open_catalogue(home, reference=False)
    opened = time.perf_counter()
    first = first_page(catalogue.sessions, RowFilter(), size=PAGE)
    listed = time.perf_counter()
    with catalogue.sessions() as session:
        fetch_rows(session, first.keys)
    done = time.perf_counter()
    with catalogue.sessions() as session:
        every = time.perf_counter()
        all_keys = len(row_keys(session))
        every = time.perf_counter() - every
    context.catalogue = catalogue
    return {"open_ms": _ms(opened - start), "count_and_first_keys_ms": _ms(listed - opened),
            "first_page_ms": _ms(done - listed), "total_ms": _ms(done - start), "rows": first.count,
            "all_row_keys_ms": _ms(every), "all_row_keys": all_keys}


register_section("open", _open_section)
register_section("search", search_section)
register_section("filter", filter_section)
register_section("startup", lambda context: measure_startup(context.catalogue.home, context.startup_runs))


def run_bench(items: int = 100_000, repeats: int = 20, seed: int = 1, root: Path | None = None,
              sections: list[str] | None = None, startup_runs: int = 7) -> dict[str, Any]:
    """Build a catalogue of `items` synthetic items in a temporary home and run every section
    (or only those named in `sections`)."""
    unknown = set(sections or ()) - set(SECTIONS)
    if unknown:
        raise ValueError(f"unknown bench sections: {', '.join(sorted(unknown))} (known: {', '.join(SECTIONS)})")
    with tempfile.TemporaryDirectory(prefix="kpstamps-bench-", dir=root) as folder:
        home = DataHome.resolve(Path(folder) / "home")
        start = time.perf_counter()
        catalogue = open_catalogue(home, reference=False)
        generate_catalogue(catalogue.sessions, items, seed)
        report: dict[str, Any] = {"build": {"items": items, "seconds": round(time.perf_counter() - start, 2)}}
        context = BenchContext(catalogue, items, repeats, startup_runs)
        try:
            for name, section in SECTIONS.items():
                if sections is None or name in sections:
                    report[name] = section(context)
        finally:
            context.catalogue.close()
    return report
