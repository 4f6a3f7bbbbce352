"""Bulk edit (services.collection.bulk): many items in one transaction, undone at once."""

from __future__ import annotations

import pytest
from kpstamps.db.models import Holding, Item, Series, Want
from kpstamps.errors import CatalogueError, UndoRefused
from kpstamps.services.browse.rows import RowKey
from kpstamps.services.collection.bulk import (
    BulkChange,
    apply_bulk,
    item_ids_for,
    undo_bulk,
)
from sqlalchemy import func, select


def _items(catalogue, title="New Year 2025") -> tuple[int, list[int]]:
    with catalogue.sessions() as s:
        series = s.scalar(select(Series).where(Series.title_en == title))
        return series.id, [i.id for i in sorted(series.items, key=lambda i: i.position)]


def _holdings(catalogue):
    with catalogue.sessions() as s:
        return sorted((h.item_id, h.condition, h.location, h.price_cents, h.price_currency)
                      for h in s.scalars(select(Holding)))


def test_series_rows_expand_to_their_items(catalogue):
    series_id, items = _items(catalogue)
    assert item_ids_for(catalogue.sessions, [RowKey(series_id, items[2])]) == [items[2]]
    assert item_ids_for(catalogue.sessions, [RowKey(series_id, items[2])], whole_series=True) == items
    assert item_ids_for(catalogue.sessions, [RowKey(series_id, None), RowKey(series_id, items[0])]) == \
        [items[0], *[i for i in items if i != items[0]]]


def test_owned_with_condition_location_and_price_then_undo_and_redo(catalogue):
    _series, items = _items(catalogue)
    with catalogue.sessions.begin() as s:
        s.add(Holding(item_id=items[0], condition="used", quantity=2, location="box"))
        s.add(Want(item_id=items[1]))
    before = _holdings(catalogue)
    change = BulkChange(owned=True, condition="mnh", location="album 3", price_cents=120, price_currency="eur")
    result = apply_bulk(catalogue.sessions, items, change)
    assert result.changed == len(items)
    after = _holdings(catalogue)
    assert after == sorted((i, "mnh", "album 3", 120, "EUR") for i in items)
    undo_bulk(catalogue.sessions, result.before, result.after)
    assert _holdings(catalogue) == before
    undo_bulk(catalogue.sessions, result.after, result.before)
    assert _holdings(catalogue) == after


def test_wanted_skips_owned_items_and_not_wanted_removes(catalogue):
    _series, items = _items(catalogue)
    with catalogue.sessions.begin() as s:
        s.add(Holding(item_id=items[0], condition="mnh", quantity=1))
    apply_bulk(catalogue.sessions, items, BulkChange(wanted=True))
    with catalogue.sessions() as s:
        wanted = set(s.scalars(select(Want.item_id)))
    assert wanted == set(items[1:])
    apply_bulk(catalogue.sessions, items, BulkChange(wanted=False))
    with catalogue.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Want)) == 0


def test_bad_input_changes_nothing(catalogue):
    _series, items = _items(catalogue)
    for change, ids in ((BulkChange(), items), (BulkChange(condition="shiny"), items),
                        (BulkChange(price_cents=-1), items), (BulkChange(owned=True), []),
                        (BulkChange(owned=True), [*items, 999_999])):
        with pytest.raises(CatalogueError):
            apply_bulk(catalogue.sessions, ids, change)
    assert _holdings(catalogue) == []


def test_undo_is_refused_when_one_item_changed_meanwhile(catalogue):
    _series, items = _items(catalogue)
    result = apply_bulk(catalogue.sessions, items, BulkChange(owned=True))
    with catalogue.sessions.begin() as s:
        s.scalars(select(Holding).where(Holding.item_id == items[3])).one().location = "someone else's"
    with pytest.raises(UndoRefused):
        undo_bulk(catalogue.sessions, result.before, result.after)
    assert len(_holdings(catalogue)) == len(items)  # nothing written
    with catalogue.sessions.begin() as s:
        s.delete(s.get(Item, items[0]))
    with pytest.raises(UndoRefused):
        undo_bulk(catalogue.sessions, result.before, result.after)
