"""Search the catalogue with the query language (domain/query) and keep saved searches.

`where_for(text)` gives a condition for `browse.row_keys_query(where=...)`, so the main table,
the CLI and reports all filter the same way; `search()` runs it and returns row keys + hints.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db.fts import has_fts
from kpstamps.db.models import SavedSearch, table
from kpstamps.errors import CatalogueError
from kpstamps.services.browse.rows import RowKey, SortKey, row_keys_query
from kpstamps.services.browse.view import RowFilter


@dataclass
class SearchResult:
    keys: list[RowKey]
    hints: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SavedSearchInfo:
    id: int
    name: str
    query: str


_MODES: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def search_mode(engine: Engine) -> str:
    """How `where_for` should match text on `engine`: "sqlite" (FTS5), "sqlite-plain", "postgresql".

    A SQLite catalogue without the FTS tables (made by an early build) still searches, slowly.
    """
    if engine not in _MODES:
        with engine.connect() as conn:
            mode = conn.dialect.name
            if mode == "sqlite" and not has_fts(conn):
                mode = "sqlite-plain"
        _MODES[engine] = mode
    return _MODES[engine]


def _dialect(sessions: sessionmaker[Session]) -> str:
    bind = sessions.kw.get("bind")
    return search_mode(bind) if bind is not None else "sqlite"


def where_for(text: str, dialect: str = "sqlite") -> tuple[ColumnElement[bool] | None, list[str]]:
    """The row condition for search `text` (None: no filter) and hints about ignored parts."""
    found, hints = row_filter(text, dialect)
    return found.where, hints


def row_filter(text: str, dialect: str = "sqlite") -> tuple[RowFilter, list[str]]:
    """Like `where_for`, with whether the search is broad (see `services.view`)."""
    # The query language (parser, SQL builder) loads with the first search, not at start-up.
    from kpstamps.db.search_sql import to_sql
    from kpstamps.domain.query import parse
    from kpstamps.domain.query.ast import is_broad

    parsed = parse(text)
    return RowFilter(to_sql(parsed.node, dialect), broad=is_broad(parsed.node)), parsed.hints


def search(
    sessions: sessionmaker[Session],
    text: str,
    limit: int | None = None,
    sort: SortKey = SortKey.CATALOGUE,
    descending: bool = False,
) -> SearchResult:
    """Rows matching `text`, in `sort` order; malformed parts come back as hints, never errors."""
    where, hints = where_for(text, _dialect(sessions))
    query = row_keys_query(sort=sort, descending=descending, where=where)
    if limit is not None:
        query = query.limit(max(0, limit))
    with sessions() as session:
        keys = [RowKey(s, i) for s, i in session.execute(query)]
    return SearchResult(keys, hints)


# Saved searches -------------------------------------------------------------------------

def list_saved_searches(sessions: sessionmaker[Session]) -> list[SavedSearchInfo]:
    """Saved searches by name (Core columns: the search bar reads them before the first paint)."""
    columns = table(SavedSearch).c
    with sessions() as session:
        rows = session.execute(select(columns.id, columns.name, columns.query).order_by(columns.name))
        return [SavedSearchInfo(r.id, r.name, r.query) for r in rows]


def save_search(sessions: sessionmaker[Session], name: str, query: str) -> SavedSearchInfo:
    """Save `query` under `name`, replacing the query of a saved search with the same name."""
    name = name.strip()
    if not name:
        raise CatalogueError("A saved search needs a name.")
    if len(name) > 120:
        raise CatalogueError("The name of a saved search can have at most 120 characters.")
    try:
        with sessions.begin() as session:
            saved = session.scalar(select(SavedSearch).where(SavedSearch.name == name))
            if saved is None:
                saved = SavedSearch(name=name, query=query)
                session.add(saved)
            else:
                saved.query = query
            session.flush()
            return SavedSearchInfo(saved.id, saved.name, saved.query)
    except IntegrityError as exc:  # saved at the same moment elsewhere
        raise CatalogueError(f"A saved search named {name!r} already exists.") from exc


def rename_saved_search(sessions: sessionmaker[Session], search_id: int, name: str) -> None:
    """Rename a saved search; the name must be new."""
    name = name.strip()
    with sessions.begin() as session:
        saved = session.get(SavedSearch, search_id)
        if saved is None:
            raise CatalogueError("That saved search no longer exists.")
        if not name or session.scalar(select(SavedSearch.id).where(SavedSearch.name == name, SavedSearch.id != search_id)):
            raise CatalogueError(f"Cannot rename the saved search to {name!r}: the name is empty or taken.")
        saved.name = name


def delete_saved_search(sessions: sessionmaker[Session], search_id: int) -> None:
    """Delete a saved search (nothing happens if it is already gone)."""
    with sessions.begin() as session:
        saved = session.get(SavedSearch, search_id)
        if saved is not None:
            session.delete(saved)


# Filters ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ThemeCount:
    key: str
    parent_key: str | None
    names: dict[str, str]
    series: int  # distinct series with this theme or one of its sub-themes (what theme:key finds)


def theme_counts(sessions: sessionmaker[Session]) -> list[ThemeCount]:
    """Every theme with how many series its subtree has, parents before children (depth first).

    A parent theme counts the series of its sub-themes too, each series once, because
    `theme:parent` finds them: a "Sport" with only football and table tennis series is not 0.
    """
    from kpstamps.db.models import Theme, series_theme

    with sessions() as session:
        themes = {t.id: t for t in session.scalars(select(Theme))}
        direct: dict[int, set[int]] = {}
        for theme_id, series_id in session.execute(select(series_theme.c.theme_id, series_theme.c.series_id)):
            direct.setdefault(theme_id, set()).add(series_id)
        names = {t.id: t.names() for t in themes.values()}
    children: dict[int | None, list[int]] = {}
    for theme in themes.values():
        parent = theme.parent_id if theme.parent_id in themes else None
        children.setdefault(parent, []).append(theme.id)
    found: list[ThemeCount] = []

    def walk(theme_id: int, parent_key: str | None, seen: frozenset[int]) -> set[int]:
        theme = themes[theme_id]
        slot = len(found)
        found.append(ThemeCount(theme.key, parent_key, names[theme_id], 0))
        series = set(direct.get(theme_id, ()))
        for child in sorted(children.get(theme_id, []), key=lambda i: themes[i].key):
            if child not in seen:  # a damaged tree with a cycle must not loop for ever
                series |= walk(child, theme.key, seen | {child})
        found[slot] = ThemeCount(theme.key, parent_key, names[theme_id], len(series))
        return series

    for root in sorted(children.get(None, []), key=lambda i: themes[i].key):
        walk(root, None, frozenset({root}))
    return found


def filter_query(theme: str | None = None, year_from: int | None = None, year_to: int | None = None,
                 kind: str | None = None, owned: bool = False, wanted: bool = False) -> str:
    """The search terms for the filter panel's choices (they combine with typed text)."""
    terms = []
    if theme:
        terms.append(f"theme:{theme}")
    if year_from or year_to:
        terms.append(f"year:{year_from or ''}..{year_to or ''}")
    if kind:
        terms.append(f"kind:{kind}")
    if owned:
        terms.append("owned")
    if wanted:
        terms.append("wanted")
    return " ".join(terms)
