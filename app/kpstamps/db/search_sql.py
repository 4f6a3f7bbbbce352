"""Turn a parsed search (domain.query AST) into a SQLAlchemy condition over Series/Item.

The condition goes straight into `services.browse.row_keys_query(where=...)`: rows are
(series, item-or-None) pairs. On SQLite free text uses the FTS5 trigram indexes (db/fts.py);
on PostgreSQL a LIKE substring test on the normalised `search_text` columns, which the pg_trgm
GIN indexes of migration 0001 answer (see `_contains`).
"""

from __future__ import annotations

from sqlalchemy import (
    ColumnElement,
    Text,
    and_,
    column,
    false,
    func,
    literal,
    literal_column,
    not_,
    or_,
    select,
    table,
    true,
    union,
)
from sqlalchemy.orm import aliased

from kpstamps.db.models import (
    CatalogueNumber,
    Holding,
    Item,
    Series,
    Theme,
    Want,
    series_theme,
)
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
        self.instr = dialect.startswith("sqlite")

    def visit(self, node: ast.Node) -> ColumnElement[bool]:
        method = getattr(self, f"visit_{type(node).__name__.lower()}")
        return method(node)

    def visit_and(self, node: ast.And) -> ColumnElement[bool]:
        return and_(*(self.visit(n) for n in node.nodes))

    def visit_or(self, node: ast.Or) -> ColumnElement[bool]:
        return or_(*(self.visit(n) for n in node.nodes))

    def visit_not(self, node: ast.Not) -> ColumnElement[bool]:
        return not_(self.visit(node.node))

    # Free text ---------------------------------------------------------------------------
    def visit_text(self, node: ast.Text) -> ColumnElement[bool]:
        forms = query_forms(node.text)
        if not forms:
            return true()
        long_forms = [f for f in forms if len(f) >= 3] if self.fts else []  # trigrams need 3
        short_forms = [f for f in forms if f not in long_forms]
        series_ids, item_ids = [], []
        if long_forms:
            match = " OR ".join(_fts_phrase(f) for f in long_forms)
            series_ids.append(_fts_ids("series_fts", match))
            item_ids.append(_fts_ids("item_fts", match))
        if short_forms and self.fts:
            for form in short_forms:
                series_ids.append(_fts_short_ids("series", form))
                item_ids.append(_fts_short_ids("item", form))
        elif short_forms:
            s, i = aliased(Series), aliased(Item)
            series_ids.append(select(s.id).where(or_(*(_contains(s.search_text, f, self.instr) for f in short_forms))))
            item_ids.append(select(i.id).where(or_(*(_contains(i.search_text, f, self.instr) for f in short_forms))))
        # Each id list is a CTE: used twice below, so it is computed (FTS match) only once.
        own_series = (series_ids[0] if len(series_ids) == 1 else union(*series_ids)).cte()
        own_items = (item_ids[0] if len(item_ids) == 1 else union(*item_ids)).cte()
        series_match, item_match = select(own_series.c[0]), select(own_items.c[0])
        inner_item = aliased(Item)
        # The first part lets the database drive the query from the (few) matching series ids;
        # the second is the actual condition (the row's series or its item matches).
        driving = Series.id.in_(union(
            series_match,
            select(inner_item.series_id).where(inner_item.id.in_(item_match)),
        ))
        exact = or_(Series.id.in_(series_match), and_(Item.id.is_not(None), Item.id.in_(item_match)))
        return and_(driving, exact)

    # Fields ------------------------------------------------------------------------------
    def visit_themeis(self, node: ast.ThemeIs) -> ColumnElement[bool]:
        value = node.value.strip()
        names = {value, value.casefold(), value.capitalize(), value.title(), value.lower()}
        columns = (Theme.key, Theme.name_en, Theme.name_ko, Theme.name_zh, Theme.name_ru)
        roots = select(Theme.id).where(or_(*(c.in_(sorted(names)) for c in columns), func.lower(Theme.key) == value.lower()))
        tree = roots.cte(recursive=True)  # unnamed: several theme: terms may share a query
        child = aliased(Theme)
        tree = tree.union(select(child.id).where(child.parent_id == tree.c.id))
        return Series.id.in_(select(series_theme.c.series_id).where(series_theme.c.theme_id.in_(select(tree.c.id))))

    def visit_yearrange(self, node: ast.YearRange) -> ColumnElement[bool]:
        parts = []
        if node.low is not None:
            parts.append(Series.year >= node.low)
        if node.high is not None:
            parts.append(Series.year <= node.high)
        return and_(*parts)

    def visit_kindis(self, node: ast.KindIs) -> ColumnElement[bool]:
        return and_(Item.id.is_not(None), Item.kind == node.kind)

    def visit_serialis(self, node: ast.SerialIs) -> ColumnElement[bool]:
        return Series.serial_sort == natural_key(node.serial)

    def visit_numberis(self, node: ast.NumberIs) -> ColumnElement[bool]:
        query = select(CatalogueNumber.item_id).where(CatalogueNumber.sort_key == natural_key(node.number))
        if node.catalogue is not None:
            query = query.where(CatalogueNumber.catalogue == node.catalogue)
        return and_(Item.id.is_not(None), Item.id.in_(query))

    def visit_conditionis(self, node: ast.ConditionIs) -> ColumnElement[bool]:
        held = select(Holding.item_id).where(Holding.condition == node.condition, Holding.quantity > 0)
        return and_(Item.id.is_not(None), Item.id.in_(held))

    def visit_flag(self, node: ast.Flag) -> ColumnElement[bool]:
        owned = select(Holding.item_id).where(Holding.quantity > 0)
        if node.name == "owned":
            return and_(Item.id.is_not(None), Item.id.in_(owned))
        if node.name == "wanted":
            return and_(Item.id.is_not(None), Item.id.in_(select(Want.item_id)))
        if node.name == "missing":
            owner = aliased(Item)
            series_with_owned = select(owner.series_id).where(owner.id.in_(owned))
            return and_(Item.id.is_not(None), Item.id.not_in(owned), Series.id.in_(series_with_owned))
        return false()


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


def _contains(column_, text: str, instr: bool) -> ColumnElement[bool]:
    """`text` occurs in `column_` (search_text, already case-folded like the query forms).

    PostgreSQL: LIKE '%text%' for 3+ characters, which the pg_trgm GIN indexes answer; 1–2
    characters yield no trigram, so they are looked for in the text spaced out character by
    character (its own trigram index). SQLite without FTS: instr().
    """
    if instr:
        return func.instr(column_, text) > 0
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    if len(text) >= 3:
        return column_.like(f"%{escaped}%", escape="\\")
    # The spaced-out text of the ix_*_search_chars_trgm indexes (migration 0001), as literal
    # SQL so the planner matches the index expression. Every character there has a space
    # before and after it, and the query's characters too, so the match stays aligned.
    spaced = literal_column("' '", Text).concat(func.regexp_replace(
        column_, literal_column("'(.)'"), literal_column(r"'\1 '"), literal_column("'g'"), type_=Text))
    return spaced.like("% " + " ".join(_like_chars(text)) + " %", escape="\\")


def _like_chars(text: str) -> list[str]:
    return [c.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for c in text]
