"""Turn a parsed search (domain.query AST) into a SQLAlchemy condition over Series/Item.

The condition goes straight into `services.browse.row_keys_query(where=...)`: rows are
(series, item-or-None) pairs. On SQLite free text uses the FTS5 trigram indexes (db/fts.py);
on PostgreSQL a LIKE substring test on the normalised `search_text` columns, which the GIN
indexes of migration 0001 answer (see `_pg_contains`).

PostgreSQL conditions hand the planner id lists as `= ANY(ARRAY(subquery))`: it then reads
those series by primary key and their items by `ix_item_series_position`, whatever it guesses
about the list's size (with `IN (subquery)` a poor guess made it hash-join a scan of all items).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    Text,
    and_,
    any_,
    column,
    false,
    func,
    literal,
    not_,
    null,
    or_,
    select,
    table,
    true,
    union,
)

from kpstamps.db.models import (
    HOLDING,
    ITEM,
    NUMBER,
    SERIES,
    THEME,
    WANT,
    Item,
    Series,
    Theme,
    series_theme,
)
from kpstamps.db.models import table as table_of
from kpstamps.domain.catalogue_numbers import block_key
from kpstamps.domain.normalise import query_forms
from kpstamps.domain.query import ast
from kpstamps.domain.sorting import natural_key


def to_sql(node: ast.Node | None, dialect: str = "sqlite") -> ColumnElement[bool] | None:
    """The condition for `node` (None for an empty search: everything matches).

    `dialect` "sqlite" uses the FTS5 tables; "sqlite-plain" (a SQLite file without them) and
    "postgresql" use substring tests.
    """
    if node is None:
        return None
    return _Visitor(dialect).visit(node)


def _fts_phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


class _Visitor:
    def __init__(self, dialect: str):
        self.fts = dialect == "sqlite"
        self.pg = dialect == "postgresql"
        self.negated = 0  # inside how many NOTs: there id lists must be hashed, not arrays

    def visit(self, node: ast.Node) -> ColumnElement[bool]:
        method = getattr(self, f"visit_{type(node).__name__.lower()}")
        return method(node)

    def visit_and(self, node: ast.And) -> ColumnElement[bool]:
        return and_(*(self.visit(n) for n in node.nodes))

    def visit_or(self, node: ast.Or) -> ColumnElement[bool]:
        return or_(*(self.visit(n) for n in node.nodes))

    def visit_not(self, node: ast.Not) -> ColumnElement[bool]:
        self.negated += 1
        try:
            return not_(self.visit(node.node))
        finally:
            self.negated -= 1

    # Free text ---------------------------------------------------------------------------
    def visit_text(self, node: ast.Text) -> ColumnElement[bool]:
        forms = query_forms(node.text)
        if not forms:
            return true()
        if self.pg:
            return _pg_text(forms, driving=not self.negated)
        long_forms = [f for f in forms if len(f) >= 3] if self.fts else []  # trigrams need 3
        short_forms = [f for f in forms if f not in long_forms]
        series_ids: list[Select[Any]] = []
        item_ids: list[Select[Any]] = []
        if long_forms:
            match = " OR ".join(_fts_phrase(f) for f in long_forms)
            series_ids.append(_fts_ids("series_fts", match))
            item_ids.append(_fts_ids("item_fts", match))
        if short_forms and self.fts:
            for form in short_forms:
                series_ids.append(_fts_short_ids("series", form))
                item_ids.append(_fts_short_ids("item", form))
        elif short_forms:
            s, i = table_of(Series).alias().c, table_of(Item).alias().c
            series_ids.append(select(s.id).where(or_(*(func.instr(s.search_text, f) > 0 for f in short_forms))))
            item_ids.append(select(i.id).where(or_(*(func.instr(i.search_text, f) > 0 for f in short_forms))))
        # Each id list is a CTE: used twice below, so it is computed (FTS match) only once.
        own_series = (series_ids[0] if len(series_ids) == 1 else union(*series_ids)).cte()
        own_items = (item_ids[0] if len(item_ids) == 1 else union(*item_ids)).cte()
        series_match, item_match = select(own_series.c[0]), select(own_items.c[0])
        inner_item = table_of(Item).alias().c
        # The first part lets the database drive the query from the (few) matching series ids;
        # the second is the actual condition (the row's series or its item matches).
        driving = SERIES.id.in_(union(
            series_match,
            select(inner_item.series_id).where(inner_item.id.in_(item_match)),
        ))
        exact = or_(SERIES.id.in_(series_match), and_(ITEM.id.is_not(None), ITEM.id.in_(item_match)))
        return and_(driving, exact)

    # Fields ------------------------------------------------------------------------------
    def visit_themeis(self, node: ast.ThemeIs) -> ColumnElement[bool]:
        value = node.value.strip()
        names = {value, value.casefold(), value.capitalize(), value.title(), value.lower()}
        columns = (THEME.key, THEME.name_en, THEME.name_ko, THEME.name_zh, THEME.name_ru)
        roots = select(THEME.id).where(or_(*(c.in_(sorted(names)) for c in columns), func.lower(THEME.key) == value.lower()))
        tree = roots.cte(recursive=True)  # unnamed: several theme: terms may share a query
        child = table_of(Theme).alias().c
        tree = tree.union(select(child.id).where(child.parent_id == tree.c.id))
        linked = select(series_theme.c.series_id).where(self._in(series_theme.c.theme_id, select(tree.c.id)))
        return self._in(SERIES.id, linked)

    def visit_yearrange(self, node: ast.YearRange) -> ColumnElement[bool]:
        parts = []
        if node.low is not None:
            parts.append(SERIES.year >= node.low)
        if node.high is not None:
            parts.append(SERIES.year <= node.high)
        return and_(*parts)

    def visit_kindis(self, node: ast.KindIs) -> ColumnElement[bool]:
        return and_(ITEM.id.is_not(None), ITEM.kind == node.kind)

    def visit_statusis(self, node: ast.StatusIs) -> ColumnElement[bool]:
        return SERIES.status == node.status

    def visit_serialis(self, node: ast.SerialIs) -> ColumnElement[bool]:
        return SERIES.serial_sort == natural_key(node.serial)

    def visit_numberis(self, node: ast.NumberIs) -> ColumnElement[bool]:
        """The number itself, or the souvenir sheet (block) it belongs to: `mi:bl900` finds
        `Mi 7005 (Bl. 900)` (both columns are indexed with the catalogue)."""
        found = or_(NUMBER.sort_key == natural_key(node.number),
                    NUMBER.block_sort_key == block_key(node.number))
        query = select(NUMBER.item_id).where(found)
        if node.catalogue is not None:
            query = query.where(NUMBER.catalogue == node.catalogue)
        return and_(ITEM.id.is_not(None), self._in(ITEM.id, query))

    def visit_countryis(self, node: ast.CountryIs) -> ColumnElement[bool]:
        return SERIES.country == node.code

    def visit_conditionis(self, node: ast.ConditionIs) -> ColumnElement[bool]:
        held = select(HOLDING.item_id).where(HOLDING.condition == node.condition, HOLDING.quantity > 0)
        return and_(ITEM.id.is_not(None), self._in(ITEM.id, held))

    def visit_flag(self, node: ast.Flag) -> ColumnElement[bool]:
        owned = select(HOLDING.item_id).where(HOLDING.quantity > 0)
        if node.name == "owned":
            return and_(ITEM.id.is_not(None), ITEM.id.in_(owned))  # many: hashed, also on PostgreSQL
        if node.name == "wanted":
            return and_(ITEM.id.is_not(None), self._in(ITEM.id, select(WANT.item_id)))
        if node.name == "missing":
            owner = table_of(Item).alias().c
            series_with_owned = select(owner.series_id).where(owner.id.in_(owned))
            return and_(ITEM.id.is_not(None), ITEM.id.not_in(owned), self._in(SERIES.id, series_with_owned))
        return false()

    def _in(self, column_, ids) -> ColumnElement[bool]:
        """`column_ IN (ids)`; on PostgreSQL `= ANY(ARRAY(ids))`, so the rows are read by index
        (with IN the planner hash-joins a scan of every item). Not inside a NOT: `<> ALL(array)`
        compares each row with the whole list, while NOT IN hashes it."""
        return column_ == _any_of(ids) if self.pg and not self.negated else column_.in_(ids)


def _fts(name: str):
    return table(name, column("rowid"), column(name))


def _fts_ids(name: str, query: str):
    fts = _fts(name)
    return select(fts.c.rowid).where(fts.c[name].op("MATCH")(literal(query)))


def _fts_short_ids(table_name: str, form: str):
    """Rows containing a 1–2 character `form`: MATCH any indexed trigram that starts with it.

    The trigrams come from the fts5vocab table by an index range scan, so this stays an index
    lookup (stored texts are padded at the end so every character starts some trigram).
    """
    vocab = table(f"{table_name}_fts_vocab", column("term"))
    quoted = literal('"').concat(func.replace(vocab.c.term, '"', '""')).concat('"')
    phrases = (select(func.coalesce(func.group_concat(quoted, " OR "), '""'))
               .where(vocab.c.term >= form, vocab.c.term < form + "\U0010ffff")
               .scalar_subquery())
    fts = _fts(f"{table_name}_fts")
    return select(fts.c.rowid).where(fts.c[f"{table_name}_fts"].op("MATCH")(phrases))


def _pg_array(item_type):
    """PostgreSQL's ARRAY type, imported when a PostgreSQL condition is built (20 ms not spent on SQLite)."""
    from sqlalchemy.dialects.postgresql import ARRAY

    return ARRAY(item_type)


def _any_of(ids) -> ColumnElement:
    """`= ANY(ARRAY(ids))` for PostgreSQL (see the module docstring)."""
    return any_(func.array(ids.scalar_subquery(), type_=_pg_array(Integer)))


def _pg_text(forms: list[str], driving: bool = True) -> ColumnElement[bool]:
    """PostgreSQL free text: the row's series or its item contains one of `forms`.

    Matching items keep their series id, so the series to read come from the two id lists
    without another visit to item; each list is computed once (MATERIALIZED). Without
    `driving` (inside a NOT) only the exact test is made: as a `<> ALL(array)` the driving
    part would compare every row with the whole list.
    """
    s, i = table_of(Series).alias().c, table_of(Item).alias().c
    own_series = select(s.id).where(or_(*(_pg_contains(s.search_text, f) for f in forms))).cte().prefix_with("MATERIALIZED")
    own_items = (select(i.id, i.series_id).where(or_(*(_pg_contains(i.search_text, f) for f in forms)))
                 .cte().prefix_with("MATERIALIZED"))
    exact = or_(SERIES.id.in_(select(own_series.c.id)),
                and_(ITEM.id.is_not(None), ITEM.id.in_(select(own_items.c.id))))
    if not driving:
        return exact
    series_ids = SERIES.id == _any_of(union(select(own_series.c.id), select(own_items.c.series_id)))
    return and_(series_ids, exact)


def _pg_contains(column_, text: str) -> ColumnElement[bool]:
    """`text` occurs in `column_` (search_text, already case-folded like the query forms).

    LIKE '%text%' for 3+ characters, which the pg_trgm GIN indexes answer. 1–2 characters
    yield no trigram: the ix_*_search_chars_trgm indexes (migration 0001; a GIN index over the
    text's characters) find the rows holding all of them, and strpos() checks they are adjacent.
    Not LIKE there: a generic plan (psycopg prepares a statement run 5 times) would also scan
    the trigram index for it, reading every entry.
    """
    if len(text) >= 3:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return column_.like(f"%{escaped}%", escape="\\")
    # The same expression as the index, so the planner matches it.
    characters = func.string_to_array(column_, null(), type_=_pg_array(Text))
    return and_(characters.contains(sorted(set(text))), func.strpos(column_, text) > 0)
