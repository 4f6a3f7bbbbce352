# ruff: noqa: F811  (pytest fixtures imported from pg_server are used as arguments)
import pytest
from kpstamps.db.models import (
    CatalogueNumber,
    CatalogueValue,
    Holding,
    Item,
    Order,
    OrderLine,
    Scan,
    Series,
    Want,
)
from kpstamps.domain.entry import parse_count_shortcut
from kpstamps.errors import CatalogueError
from kpstamps.services.editing import series as editing
from kpstamps.services.editing.series import ItemDraft, SeriesConflict, SeriesDraft
from pg_server import engine_catalogue, engine_url  # noqa: F401  (fixtures)
from sqlalchemy import func, select, text


@pytest.fixture
def catalogue(engine_catalogue):
    """Every test here runs on SQLite and on PostgreSQL."""
    return engine_catalogue


TITLES = {"ko": "조로친선", "en": "DPRK–Russia friendship", "zh": "朝俄友好", "ru": "Корейско-российская дружба"}


def _draft(serial="Zz1") -> SeriesDraft:
    items = [ItemDraft(kind=k.value, face_value="50", titles=dict(TITLES), numbers=f"Mi {6789 + i}, Sc {5123 + i}",
                       format="квадрат 정방형 方形", perf_gauge="12¾", description="설명 описание 说明")
             for i, k in enumerate(parse_count_shortcut("4 stamps + 3 postcards"))]
    return SeriesDraft(serial=serial, issue_date="2025-01", announced="2025-01-10", titles=dict(TITLES),
                       notes="노트 заметка 注释", source="조선우표사 · Марка · 朝鲜邮票社", theme_keys=["sport"],
                       new_themes={"friendship.test": "Test friendship"}, items=items)


def _count(sessions, model, *where) -> int:
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def test_create_series_in_four_scripts(catalogue):
    sid = editing.save_series(catalogue.sessions, _draft())
    with catalogue.sessions() as s:
        row = s.execute(text("SELECT serial, title_ko, title_zh, title_ru, year, issue_date, notes FROM series "
                             "WHERE id = :id"), {"id": sid}).one()
        assert tuple(row) == ("Zz1", "조로친선", "朝俄友好", "Корейско-российская дружба", 2025, "2025-01",
                              "노트 заметка 注释")
        kinds = s.scalars(select(Item.kind).where(Item.series_id == sid).order_by(Item.position)).all()
        assert kinds == ["stamp"] * 4 + ["postcard"] * 3
        numbers = s.execute(select(CatalogueNumber.catalogue, CatalogueNumber.number).join(Item)
                            .where(Item.series_id == sid, Item.position == 1)).all()
        assert sorted(numbers) == [("michel", "6789"), ("scott", "5123")]
        themes = s.execute(text("SELECT t.key FROM series_theme st JOIN theme t ON t.id = st.theme_id "
                                "WHERE st.series_id = :id ORDER BY t.key"), {"id": sid}).scalars().all()
        assert themes == ["friendship.test", "sport"]
        assert tuple(s.execute(text("SELECT s.source, i.format, i.perf_gauge, i.description FROM item i "
                                    "JOIN series s ON s.id = i.series_id WHERE s.id = :id LIMIT 1"),
                               {"id": sid}).one()) == ("조선우표사 · Марка · 朝鲜邮票社", "квадрат 정방형 方形", "12¾",
                                                      "설명 описание 说明")
    draft = editing.load_draft(catalogue.sessions, sid)
    assert draft.items[0].numbers == "Mi 6789, Sc 5123" and draft.items[0].face_value == "50"
    assert draft.titles == TITLES


def test_update_keeps_item_ids(catalogue):
    sid = editing.save_series(catalogue.sessions, _draft())
    draft = editing.load_draft(catalogue.sessions, sid)
    ids = [i.id for i in draft.items]
    draft.items.pop(2)
    draft.items[0].titles["ru"] = "Новое"
    draft.items[0].numbers = "Mi 6789"
    draft.items.append(ItemDraft(kind="souvenir_sheet"))
    assert editing.save_series(catalogue.sessions, draft) == sid
    again = editing.load_draft(catalogue.sessions, sid)
    assert [i.id for i in again.items][:6] == ids[:2] + ids[3:]
    assert again.items[0].titles["ru"] == "Новое" and again.items[0].numbers == "Mi 6789"
    assert again.items[-1].kind == "souvenir_sheet" and again.items[-1].id not in ids


def test_validation_messages(catalogue):
    draft = _draft(serial="ba79")
    draft.issue_date = "2025-02-30"
    draft.items[1].kind = ""
    draft.items[2].face_value = "-3"
    messages = editing.validate(catalogue.sessions, draft)
    assert "Serial ba79 is already used by another series." in messages
    assert any("2025-02-30 does not exist" in m for m in messages)
    assert "Item 2 has no kind." in messages
    assert any(m.startswith("Item 3: face value") and "negative" in m for m in messages)
    with pytest.raises(CatalogueError, match="does not exist"):
        editing.save_series(catalogue.sessions, draft)
    assert _count(catalogue.sessions, Series, Series.serial == "ba79") == 0


def _add_collector_rows(sessions, sid):
    with sessions.begin() as s:
        item_id = s.scalar(select(Item.id).where(Item.series_id == sid, Item.position == 1))
        s.add_all([Holding(item_id=item_id, condition="mnh", quantity=2), Want(item_id=item_id, quantity=1),
                   CatalogueValue(item_id=item_id, condition="mnh", amount_cents=150, currency="EUR"),
                   Scan(item_id=item_id, sha256="a" * 64, size_bytes=10), Scan(series_id=sid, sha256="b" * 64, size_bytes=5)])
        order = Order(number="O-1", order_date="2025-01-02")
        order.lines.append(OrderLine(item_id=item_id, series_id=sid))
        s.add(order)
    return item_id


def test_delete_impact_snapshot_restore(catalogue):
    sessions = catalogue.sessions
    sid = editing.save_series(sessions, _draft())
    item_id = _add_collector_rows(sessions, sid)
    impact = editing.delete_impact(sessions, [sid], [])
    assert (impact.series, impact.items, impact.holdings, impact.wants, impact.scans, impact.catalogue_values,
            impact.order_lines) == (1, 7, 1, 1, 2, 1, 1)
    assert impact.needs_confirmation
    assert not editing.delete_impact(sessions, [], [item_id + 1]).needs_confirmation
    before = editing.snapshot(sessions, series_ids=[sid])
    with sessions() as s:
        ids_before = {m: sorted(s.scalars(select(m.id))) for m in (Item, CatalogueNumber, Holding, Want, Scan)}
    editing.delete(sessions, [sid], [])
    assert _count(sessions, Series, Series.id == sid) == 0 and _count(sessions, Holding) == 0
    assert _count(sessions, OrderLine, OrderLine.item_id.is_not(None)) == 0
    editing.restore(sessions, before)
    with sessions() as s:
        assert {m: sorted(s.scalars(select(m.id))) for m in ids_before} == ids_before
        line = s.scalar(select(OrderLine))
        assert (line.item_id, line.series_id) == (item_id, sid)
        assert s.scalar(select(Series.title_ru).where(Series.id == sid)) == TITLES["ru"]
    editing.restore(sessions, before.emptied())  # redo of the delete
    assert _count(sessions, Series, Series.id == sid) == 0


def test_delete_items_only_and_restore(catalogue):
    sessions = catalogue.sessions
    sid = editing.save_series(sessions, _draft())
    with sessions() as s:
        ids = s.scalars(select(Item.id).where(Item.series_id == sid).order_by(Item.position)).all()
    snap = editing.snapshot(sessions, item_ids=ids[:3])
    assert snap.count("item") == 3 and snap.count("catalogue_number") == 6
    editing.delete(sessions, item_ids=ids[:3])
    assert _count(sessions, Item, Item.series_id == sid) == 4
    editing.restore(sessions, snap)
    assert [i.id for i in editing.load_draft(sessions, sid).items] == ids


def test_edit_undo_through_snapshots(catalogue):
    sessions = catalogue.sessions
    sid = editing.save_series(sessions, _draft())
    before = editing.snapshot(sessions, series_ids=[sid])
    draft = editing.load_draft(sessions, sid)
    draft.serial, draft.items = "Zz2", draft.items[:2]
    editing.save_series(sessions, draft)
    after = editing.snapshot(sessions, series_ids=[sid])
    editing.restore(sessions, before)
    assert editing.load_draft(sessions, sid).serial == "Zz1" and _count(sessions, Item, Item.series_id == sid) == 7
    editing.restore(sessions, after)
    assert editing.load_draft(sessions, sid).serial == "Zz2" and _count(sessions, Item, Item.series_id == sid) == 2


def test_theme_choices_in_tree_order(catalogue):
    choices = editing.theme_choices(catalogue.sessions)
    keys = [c.key for c in choices]
    assert keys.index("sport") < keys.index("sport.football")
    assert next(c for c in choices if c.key == "sport.football").depth == 1


def test_save_refuses_to_overwrite_a_newer_edit(catalogue):
    sid = editing.save_series(catalogue.sessions, _draft())
    mine = editing.load_draft(catalogue.sessions, sid)
    theirs = editing.load_draft(catalogue.sessions, sid)
    theirs.notes = "their change"
    editing.save_series(catalogue.sessions, theirs)
    mine.notes = "my change"
    with pytest.raises(SeriesConflict, match="Series Zz1 was changed by .* since you opened it [(]notes[)]"):
        editing.save_series(catalogue.sessions, mine)
    assert editing.load_draft(catalogue.sessions, sid).notes == "their change"


def test_block_number_is_parsed_and_found(catalogue):
    """Finding 13 of issue 16: `Mi 7005 (Bl. 900)` is Michel 7005 in block 900, found by both."""
    from kpstamps.services.browse.search import search

    draft = _draft("Zz7")
    draft.items[0].numbers = "Mi 7005 (Bl. 900), Sc 5123"
    sid = editing.save_series(catalogue.sessions, draft)
    with catalogue.sessions() as s:
        number = s.scalar(select(CatalogueNumber).where(CatalogueNumber.number == "7005"))
        assert (number.catalogue, number.block) == ("michel", "Bl. 900")
    for query in ("mi:7005", "mi:bl900", 'cat:"Mi 7005"'):
        assert any(k.series_id == sid and k.item_id for k in search(catalogue.sessions, query).keys), query
    assert editing.load_draft(catalogue.sessions, sid).items[0].numbers.startswith("Mi 7005 (Bl. 900)")


def test_unreadable_numbers_lists_only_numbers_kept_as_written():
    draft = SeriesDraft(serial="Zz1", items=[ItemDraft(kind="stamp", numbers="Mi 6789 (Bl. 900), Sc 5123"),
                                             ItemDraft(kind="stamp", numbers="Mi ??, KSC 5890a"),
                                             ItemDraft(kind="stamp", numbers="6789")])  # refused by validate
    assert editing.unreadable_numbers(draft) == [(2, "Mi ??")]
