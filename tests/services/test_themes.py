import pytest
from kpstamps.db.models import Series, Theme, series_theme
from kpstamps.errors import CatalogueError
from kpstamps.services.editing import themes as t
from pg_server import engine_catalogue, engine_url  # noqa: F401  (fixtures)
from sqlalchemy import select


@pytest.fixture
def catalogue(engine_catalogue):  # noqa: F811
    """Every test here runs on SQLite and on PostgreSQL (a fresh database each)."""
    return engine_catalogue


def _id(catalogue, key):
    with catalogue.sessions() as s:
        return s.scalar(select(Theme.id).where(Theme.key == key))


def _links(catalogue, key):
    with catalogue.sessions() as s:
        return set(s.scalars(select(Series.title_en).join(series_theme).join(Theme).where(Theme.key == key)))


def _parent_key(catalogue, key):
    with catalogue.sessions() as s:
        theme = s.scalar(select(Theme).where(Theme.key == key))
        return theme.parent.key if theme.parent else None


def test_tree_has_reference_themes_with_counts(catalogue):
    roots = {n.key: n for n in t.theme_tree(catalogue.sessions)}
    assert {"sport", "friendship", "new_year"} <= set(roots)
    sport = roots["sport"]
    assert [c.key for c in sport.children] == ["sport.football", "sport.table_tennis"]
    assert sport.children[1].names["zh"] == "乒乓球" and sport.children[1].series_count == 1


def test_create_rename_and_undo_rename(catalogue):
    new_id = t.create_theme(catalogue.sessions, {"en": "Space flight", "ru": "Космос"}, _id(catalogue, "sport"))
    assert _parent_key(catalogue, "space_flight") == "sport"
    before = t.rename_theme(catalogue.sessions, new_id, {"en": "Space", "ko": "우주"})
    assert t.theme_names(catalogue.sessions, new_id)["ko"] == "우주"
    t.rename_theme(catalogue.sessions, new_id, before)
    assert t.theme_names(catalogue.sessions, new_id) == {"ko": "", "en": "Space flight", "zh": "", "ru": "Космос"}
    with pytest.raises(CatalogueError, match="at least one language"):
        t.create_theme(catalogue.sessions, {"en": "  "})


def test_move_refuses_cycles(catalogue):
    sport, football = _id(catalogue, "sport"), _id(catalogue, "sport.football")
    with pytest.raises(CatalogueError, match="under itself"):
        t.move_theme(catalogue.sessions, sport, football)
    with pytest.raises(CatalogueError, match="under itself"):
        t.move_theme(catalogue.sessions, sport, sport)
    assert _parent_key(catalogue, "sport") is None
    before = t.move_theme(catalogue.sessions, football, _id(catalogue, "friendship"))
    assert _parent_key(catalogue, "sport.football") == "friendship"
    t.move_theme(catalogue.sessions, football, before)
    assert _parent_key(catalogue, "sport.football") == "sport"


def test_merge_moves_links_without_duplicates_and_undo(catalogue):
    football, tennis = _id(catalogue, "sport.football"), _id(catalogue, "sport.table_tennis")
    before_tennis = _links(catalogue, "sport.table_tennis")
    assert before_tennis == _links(catalogue, "sport.football")  # the same series has both
    snap = t.merge_themes(catalogue.sessions, football, tennis)
    assert _id(catalogue, "sport.football") is None
    assert _links(catalogue, "sport.table_tennis") == before_tennis
    with catalogue.sessions() as s:
        rows = s.execute(select(series_theme).where(series_theme.c.theme_id == tennis)).all()
        assert len(rows) == len(before_tennis)  # no duplicate link
    t.restore_theme(catalogue.sessions, snap)
    assert _links(catalogue, "sport.football") == before_tennis
    assert _links(catalogue, "sport.table_tennis") == before_tennis
    assert _parent_key(catalogue, "sport.football") == "sport"


def test_merge_adds_links_and_children_then_undo(catalogue):
    friendship, sport = _id(catalogue, "friendship"), _id(catalogue, "sport")
    snap = t.merge_themes(catalogue.sessions, friendship, _id(catalogue, "new_year"))
    assert _parent_key(catalogue, "friendship.russia") == "new_year"
    t.restore_theme(catalogue.sessions, snap)
    assert _parent_key(catalogue, "friendship.russia") == "friendship"
    with pytest.raises(CatalogueError, match="own sub-theme"):
        t.merge_themes(catalogue.sessions, sport, _id(catalogue, "sport.football"))


def test_delete_used_theme_refused_then_reassigned(catalogue):
    russia, china = _id(catalogue, "friendship.russia"), _id(catalogue, "friendship.china")
    with pytest.raises(CatalogueError, match="used by 1 series"):
        t.delete_theme(catalogue.sessions, russia)
    assert _id(catalogue, "friendship.russia") == russia
    assert t.theme_usage(catalogue.sessions, russia) == (1, 0)
    linked = _links(catalogue, "friendship.russia")
    snap = t.delete_theme(catalogue.sessions, russia, reassign_to=china)
    assert linked <= _links(catalogue, "friendship.china")
    t.restore_theme(catalogue.sessions, snap)
    assert _links(catalogue, "friendship.russia") == linked
    assert linked.isdisjoint(_links(catalogue, "friendship.china"))


def test_delete_unused_theme(catalogue):
    new_id = t.create_theme(catalogue.sessions, {"en": "Flowers"})
    snap = t.delete_theme(catalogue.sessions, new_id)
    assert _id(catalogue, "flowers") is None
    t.restore_theme(catalogue.sessions, snap)
    assert _id(catalogue, "flowers") == new_id
