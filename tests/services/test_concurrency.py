"""Two people editing the same series at once, on SQLite and on PostgreSQL."""
# ruff: noqa: F811  (pytest fixtures imported from pg_server are used as arguments)

from __future__ import annotations

import copy

import pytest
from kpstamps.db.models import Item, Series
from kpstamps.db.session import make_sessions
from kpstamps.errors import CatalogueError, SeriesConflict
from kpstamps.services.editing import concurrency
from kpstamps.services.editing import series as editing
from kpstamps.services.editing.concurrency import StaleEdit
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


def test_stale_edit_names_who_saved_last(engine_catalogue):
    alice, bob = engine_catalogue.sessions(info={"editor": "alice"}), engine_catalogue.sessions(info={"editor": "bob"})
    try:
        mine, theirs = _ba79(alice), _ba79(bob)
        theirs.notes = "Bob was here"
        concurrency.save(bob)
        mine.notes = "Alice was here"
        with pytest.raises(StaleEdit, match="changed by bob at ") as caught:
            concurrency.save(alice)
        assert caught.value.updated_by == "bob"
    finally:
        alice.close()
        bob.close()


# The series dialog's path: drafts saved by editing.save_series, two people on one series ----

def _people(cat):
    """Two people's sessions on the same catalogue (as two copies of the app would have)."""
    return (make_sessions(cat.engine, editor="alice"),
            make_sessions(cat.engine, editor="Bob (club desk)"))


SPORTS = "Sports achievements of 2024"  # a reference series with seven items


def _sports_id(cat) -> int:
    with cat.sessions() as s:
        return s.scalar(select(Series.id).where(Series.title_en == SPORTS))


def test_stale_series_save_says_who_changed_what(engine_catalogue):
    alice, bob = _people(engine_catalogue)
    sid = _sports_id(engine_catalogue)
    mine, theirs = editing.load_draft(alice, sid), editing.load_draft(bob, sid)
    opened = copy.deepcopy(mine)
    theirs.notes, theirs.titles["ru"] = "Bob's notes", "Заголовок Боба"
    theirs.items[1].face_value = "99"
    editing.save_series(bob, theirs)
    mine.year = 1999
    with pytest.raises(SeriesConflict) as caught:
        editing.save_series(alice, mine, opened)
    conflict = caught.value
    assert isinstance(conflict, CatalogueError) and not conflict.deleted
    assert conflict.updated_by == "Bob (club desk)" and conflict.updated_at is not None
    assert conflict.changes == ["notes", "Russian title", "item 2: face value"]
    assert f"Series {SPORTS} was changed by Bob (club desk) at " in str(conflict)
    assert conflict.current.notes == "Bob's notes" and conflict.current.version == theirs.version + 1
    after = editing.load_draft(engine_catalogue.sessions, sid)
    assert (after.year, after.notes) == (theirs.year, "Bob's notes")  # nothing of Alice's was saved
    # Keep editing: Alice saves her version over Bob's, knowingly (based on his version now).
    mine.version = conflict.current.version
    editing.save_series(alice, mine)
    with engine_catalogue.sessions() as s:
        row = s.get(Series, sid)
        assert (row.year, row.notes, row.updated_by) == (1999, opened.notes, "alice")  # her version, whole


def test_changing_only_an_item_still_guards_the_series(engine_catalogue):
    alice, bob = _people(engine_catalogue)
    sid = _sports_id(engine_catalogue)
    mine, theirs = editing.load_draft(alice, sid), editing.load_draft(bob, sid)
    theirs.items[0].description = "Bob's description"
    theirs.items.append(editing.ItemDraft(kind="postcard"))
    editing.save_series(bob, theirs)
    mine.items[0].description = "Alice's description"
    with pytest.raises(SeriesConflict) as caught:
        editing.save_series(alice, mine)  # without the opened draft: compared with what she saves
    assert caught.value.updated_by == "Bob (club desk)"
    assert "item 1: description" in caught.value.changes and "1 item added" in caught.value.changes
    with engine_catalogue.sessions() as s:
        first = s.scalar(select(Item).where(Item.series_id == sid).order_by(Item.position).limit(1))
        assert (first.description, first.updated_by) == ("Bob's description", "Bob (club desk)")


def test_saving_a_series_deleted_meanwhile(engine_catalogue):
    alice, bob = _people(engine_catalogue)
    sid = _sports_id(engine_catalogue)
    mine = editing.load_draft(alice, sid)
    editing.delete(bob, [sid], [])
    mine.notes = "too late"
    with pytest.raises(SeriesConflict, match="deleted by someone else") as caught:
        editing.save_series(alice, mine)
    assert caught.value.deleted and caught.value.current is None


def test_an_unchanged_save_keeps_the_version(engine_catalogue):
    sid = _sports_id(engine_catalogue)
    draft = editing.load_draft(engine_catalogue.sessions, sid)
    editing.save_series(engine_catalogue.sessions, draft)
    assert editing.load_draft(engine_catalogue.sessions, sid).version == draft.version
