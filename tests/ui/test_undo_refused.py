"""Undo/redo meets someone else's newer save: refused, named, their data kept, the stack still usable.

Alice is the main window; Bob is another program on the same catalogue (his own engine,
as another process would have), on SQLite and on PostgreSQL.
"""
# ruff: noqa: F811  (pytest fixtures imported from pg_server are used as arguments)

from __future__ import annotations

import pytest
from kpstamps.db.models import Item, Series
from kpstamps.db.session import make_engine, make_sessions
from kpstamps.errors import SeriesConflict
from kpstamps.services.editing import series as editing
from pg_server import engine_catalogue, engine_url  # noqa: F401  (fixtures)
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select, text

SPORTS = "Sports achievements of 2024"
NEW_YEAR = "New Year 2025"


@pytest.fixture
def catalogue(engine_catalogue):
    """The main window on SQLite and on PostgreSQL."""
    return engine_catalogue


@pytest.fixture
def bob(catalogue):
    """Bob's sessions: a separate engine on the same database, saving under his name."""
    engine = make_engine(catalogue.engine.url.render_as_string(hide_password=False))
    sessions = make_sessions(engine)
    sessions.configure(info={"editor": "bob"})
    yield sessions
    engine.dispose()


def _sid(catalogue, title: str) -> int:
    with catalogue.sessions() as s:
        return s.scalar(select(Series.id).where(Series.title_en == title))


def _edit_in_window(window, series_id: int, **fields) -> None:
    """Alice edits through the series dialog and OK (one step on the undo stack)."""
    dialog = window.editing.open_dialog(editing.load_draft(window.editing.sessions, series_id))
    for name, value in fields.items():
        widget = getattr(dialog, name)
        widget.setPlainText(value) if name == "notes" else widget.setText(value)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible(), dialog.messages.text()


def _bob_saves(bob, series_id: int, **fields) -> None:
    draft = editing.load_draft(bob, series_id)
    for name, value in fields.items():
        setattr(draft, name, value)
    editing.save_series(bob, draft)


def _sql_row(catalogue, series_id: int):
    """The series as the database has it, read with plain SQL."""
    with catalogue.engine.connect() as conn:
        return conn.execute(text("SELECT notes, source, updated_by, version_id FROM series WHERE id = :id"),
                            {"id": series_id}).one_or_none()


def _item_ids(catalogue, series_id: int) -> list[int]:
    with catalogue.engine.connect() as conn:
        return list(conn.execute(text("SELECT id FROM item WHERE series_id = :id ORDER BY position"),
                                 {"id": series_id}).scalars())


def test_undo_after_someone_else_saved_is_refused(main_window, catalogue, bob):
    window = main_window
    other, sports = _sid(catalogue, NEW_YEAR), _sid(catalogue, SPORTS)
    _edit_in_window(window, other, source="Alice's other source")
    _edit_in_window(window, sports, notes="Alice's notes")
    assert window.undo_stack.count() == 2
    _bob_saves(bob, sports, source="Bob's source")
    bob_row, bob_items = _sql_row(catalogue, sports), _item_ids(catalogue, sports)

    window.undo_stack.undo()
    message = window.statusBar().currentMessage()
    assert message.startswith("Cannot undo “Edit series ") and f"series {SPORTS} was changed by bob at " in message
    assert _sql_row(catalogue, sports) == bob_row and bob_row.source == "Bob's source"
    assert bob_row.notes == "Alice's notes" and bob_row.updated_by == "bob"
    assert _item_ids(catalogue, sports) == bob_items
    # the refused step is gone; the step below it (another series) still undoes and redoes
    assert window.undo_stack.count() == 1 and window.undo_stack.index() == 1
    window.undo_stack.undo()
    assert _sql_row(catalogue, other).source != "Alice's other source"
    window.undo_stack.redo()
    assert _sql_row(catalogue, other).source == "Alice's other source"
    assert _sql_row(catalogue, sports) == bob_row
    _bob_saves(bob, sports, notes="Bob again")  # Bob's next save is not stale
    assert _sql_row(catalogue, sports).notes == "Bob again"


def test_redo_after_someone_else_saved_is_refused(main_window, catalogue, bob):
    window = main_window
    sports = _sid(catalogue, SPORTS)
    _edit_in_window(window, sports, notes="Alice's notes")
    window.undo_stack.undo()
    assert _sql_row(catalogue, sports).notes != "Alice's notes"
    _bob_saves(bob, sports, source="Bob's source")
    bob_row = _sql_row(catalogue, sports)
    window.undo_stack.redo()
    assert "Cannot redo" in window.statusBar().currentMessage() and "changed by bob" in window.statusBar().currentMessage()
    assert _sql_row(catalogue, sports) == bob_row
    assert window.undo_stack.count() == 0 and not window.undo_stack.canRedo()


def test_undo_of_a_new_series_keeps_what_bob_did_to_it(main_window, catalogue, bob):
    window = main_window
    window.editing.save(editing.SeriesDraft(serial="Zz9", titles={"en": "Test", "ko": "", "zh": "", "ru": ""},
                                            items=[editing.ItemDraft(kind="stamp")]))
    new = _sid(catalogue, "Test")
    _bob_saves(bob, new, notes="Bob's notes")
    window.undo_stack.undo()  # would delete the series with Bob's notes
    assert "changed by bob" in window.statusBar().currentMessage()
    assert _sql_row(catalogue, new).notes == "Bob's notes" and window.undo_stack.count() == 0
    editing.delete(bob, [new], [])
    window.editing.save(editing.SeriesDraft(serial="Zz9", titles={"en": "Test", "ko": "", "zh": "", "ru": ""}))
    editing.delete(bob, [_sid(catalogue, "Test")], [])
    window.undo_stack.undo()  # the series Alice added was deleted by Bob meanwhile
    assert "was deleted by someone else" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 0


def test_undo_bumps_the_version_so_a_stale_save_names_who_undid(main_window, catalogue, bob, monkeypatch):
    monkeypatch.setenv("KPSTAMPS_USER", "Alice")
    window = main_window
    sports = _sid(catalogue, SPORTS)
    _edit_in_window(window, sports, notes="Alice's notes")
    bobs_draft = editing.load_draft(bob, sports)  # Bob opens the series, with Alice's notes
    version = _sql_row(catalogue, sports).version_id
    window.undo_stack.undo()
    row = _sql_row(catalogue, sports)
    assert row.notes != "Alice's notes" and row.version_id > version and row.updated_by == "Alice"
    bobs_draft.source = "Bob's source"
    with pytest.raises(SeriesConflict, match="changed by Alice"):
        editing.save_series(bob, bobs_draft)
    assert _sql_row(catalogue, sports) == row


def test_several_undo_redo_steps_on_one_series_restore_ids_and_versions_move_on(main_window, catalogue):
    window = main_window
    sports = _sid(catalogue, SPORTS)
    original = _sql_row(catalogue, sports)
    ids = _item_ids(catalogue, sports)
    _edit_in_window(window, sports, notes="one")
    _edit_in_window(window, sports, source="two")
    versions = [_sql_row(catalogue, sports).version_id]
    for step in (window.undo_stack.undo, window.undo_stack.undo, window.undo_stack.redo, window.undo_stack.redo,
                 window.undo_stack.undo):
        step()
        versions.append(_sql_row(catalogue, sports).version_id)
        assert window.undo_stack.count() == 2, window.statusBar().currentMessage()
        assert _item_ids(catalogue, sports) == ids
    assert versions == sorted(set(versions))  # every restore is a new version
    assert (_sql_row(catalogue, sports).notes, _sql_row(catalogue, sports).source) == ("one", original.source)
    window.undo_stack.undo()
    assert _sql_row(catalogue, sports)[:2] == original[:2]
    with catalogue.sessions() as s:  # the ORM reads what Core wrote: versions match for the next save
        assert s.get(Series, sports).version_id == versions[-1] + 1
        assert all(item.version_id > 1 for item in s.scalars(select(Item).where(Item.series_id == sports)))
