"""Two people editing the same series at once, on SQLite and on PostgreSQL."""
# ruff: noqa: F811  (pytest fixtures imported from pg_server are used as arguments)

from __future__ import annotations

import pytest
from kpstamps.db.models import Item, Series
from kpstamps.services import concurrency
from kpstamps.services.concurrency import StaleEdit
from pg_server import engine_catalogue, engine_url  # noqa: F401  (fixtures)
from sqlalchemy import select


def _ba79(session) -> Series:
    return session.scalar(select(Series).where(Series.serial == "Ba79"))


def test_second_save_of_the_same_series_raises_stale_edit(engine_catalogue):
    alice, bob = engine_catalogue.sessions(), engine_catalogue.sessions()
    try:
        mine, theirs = _ba79(alice), _ba79(bob)
        original_title = mine.title_en
        theirs.title_en = "Bob's title"
        theirs.notes = "Bob was here"
        concurrency.save(bob)
        mine.title_en = "Alice's title"
        mine.year = 1999
        with pytest.raises(StaleEdit) as caught:
            concurrency.save(alice)
    finally:
        alice.close()
        bob.close()
    stale = caught.value
    assert stale.kind == "series" and not stale.deleted and stale.version == 2
    assert stale.updated_at is not None
    by_field = {d.field: d for d in stale.differences}
    assert set(by_field) == {"title_en", "notes", "year"}
    assert (by_field["title_en"].mine, by_field["title_en"].theirs) == ("Alice's title", "Bob's title")
    assert by_field["title_en"].original == original_title
    assert set(stale.their_fields) == {"title_en", "notes"}
    assert "Ba79" in str(stale) and "title_en" in str(stale) and "Reload" in str(stale)
    with engine_catalogue.sessions() as check:
        row = _ba79(check)
        assert (row.title_en, row.notes, row.version_id) == ("Bob's title", "Bob was here", 2)


def test_reload_gives_their_version_and_keep_mine_saves_over_it(engine_catalogue):
    alice, bob = engine_catalogue.sessions(), engine_catalogue.sessions()
    try:
        mine, theirs = _ba79(alice), _ba79(bob)
        theirs.notes = "Bob's notes"
        concurrency.save(bob)
        mine.title_en = "Alice's title"
        with pytest.raises(StaleEdit) as caught:
            concurrency.save(alice)
        fresh = concurrency.reload(alice, caught.value)
        assert fresh.notes == "Bob's notes" and fresh.title_en != "Alice's title"
        kept = concurrency.keep_mine(alice, caught.value)
        assert (kept.title_en, kept.notes, kept.version_id) == ("Alice's title", "Bob's notes", 3)
    finally:
        alice.close()
        bob.close()


def test_edits_that_do_not_overlap_in_time_just_save(engine_catalogue):
    with engine_catalogue.sessions() as first:
        _ba79(first).notes = "one"
        concurrency.save(first)
    with engine_catalogue.sessions() as second:
        series = _ba79(second)
        series.notes = "two"
        concurrency.save(second)
        assert series.version_id == 3


def test_editing_an_item_deleted_by_someone_else(engine_catalogue):
    alice, bob = engine_catalogue.sessions(), engine_catalogue.sessions()
    try:
        item_id = alice.scalar(select(Item.id).order_by(Item.id).limit(1))
        mine, theirs = alice.get(Item, item_id), bob.get(Item, item_id)
        bob.delete(theirs)
        concurrency.save(bob)
        mine.description = "Alice's description"
        with pytest.raises(StaleEdit, match="deleted") as caught:
            concurrency.save(alice)
        assert caught.value.deleted and caught.value.kind == "item"
        assert concurrency.reload(alice, caught.value) is None
    finally:
        alice.close()
        bob.close()
