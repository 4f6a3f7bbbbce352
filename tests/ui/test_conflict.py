"""The series dialog meets someone else's newer save: who changed what, then Reload or Keep editing."""

from __future__ import annotations

import pytest
from kpstamps.db.models import Series
from kpstamps.db.session import make_sessions
from kpstamps.services.editing import series as editing
from pg_server import engine_catalogue, engine_url  # noqa: F401  (fixtures)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select, text

SPORTS = "Sports achievements of 2024"


@pytest.fixture
def catalogue(engine_catalogue):  # noqa: F811
    """The main window on SQLite and on PostgreSQL."""
    return engine_catalogue


@pytest.fixture
def edited(main_window, catalogue):
    """Alice has the sports series open in the dialog; then Bob saves a change to it elsewhere."""
    with catalogue.sessions() as s:
        sid = s.scalar(select(Series.id).where(Series.title_en == SPORTS))
    dialog = main_window.editing.open_dialog(editing.load_draft(catalogue.sessions, sid))
    bob = make_sessions(catalogue.engine, editor="bob")
    theirs = editing.load_draft(bob, sid)
    theirs.notes = "Bob's notes"
    theirs.items[2].face_value = "77"
    editing.save_series(bob, theirs)
    dialog.source.setText("Alice's source")
    return main_window, dialog, sid


def _save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _row(catalogue, sid) -> Series:
    with catalogue.sessions() as s:
        return s.get(Series, sid)


def test_stale_save_says_who_changed_what_and_reload_shows_theirs(edited, catalogue, qtbot):
    window, dialog, sid = edited
    undo_steps = window.undo_stack.count()
    _save(dialog)
    box = window.editing.conflict_box
    assert dialog.isVisible() and box is not None and box.isVisible()
    assert f"Series {SPORTS} was changed by bob at " in box.text()
    assert "notes" in box.informativeText() and "item 3: face value" in box.informativeText()
    assert "changed by bob" in dialog.messages.text()
    assert _row(catalogue, sid).source != "Alice's source" and window.undo_stack.count() == undo_steps
    box.reload_button.click()
    assert not box.isVisible() and dialog.isVisible()
    assert dialog.notes.toPlainText() == "Bob's notes" and dialog.source.text() != "Alice's source"
    assert dialog.table.value(2, "face_value") == "77" and not dialog.is_changed()
    dialog.source.setText("Alice, after reading Bob's version")
    _save(dialog)
    assert not dialog.isVisible()
    row = _row(catalogue, sid)
    assert (row.notes, row.source) == ("Bob's notes", "Alice, after reading Bob's version")
    assert row.updated_by != "bob"  # Alice's own name (the OS user, or $KPSTAMPS_USER)


def test_keep_editing_then_saves_over_theirs(edited, catalogue, monkeypatch):
    monkeypatch.setenv("KPSTAMPS_USER", "Alice")
    window, dialog, sid = edited
    her_notes = dialog.notes.toPlainText()
    _save(dialog)
    box = window.editing.conflict_box
    box.keep_button.click()
    assert not box.isVisible() and dialog.isVisible()
    assert dialog.source.text() == "Alice's source" and dialog.notes.toPlainText() != "Bob's notes"
    assert "OK saves it over theirs" in dialog.messages.text()
    _save(dialog)
    assert not dialog.isVisible() and window.editing.conflict_box is box
    row = _row(catalogue, sid)
    assert (row.source, row.notes, row.updated_by) == ("Alice's source", her_notes, "Alice")


def test_series_deleted_meanwhile_only_keeps_editing(main_window, catalogue):
    with catalogue.sessions() as s:
        sid = s.scalar(select(Series.id).where(Series.title_en == SPORTS))
    dialog = main_window.editing.open_dialog(editing.load_draft(catalogue.sessions, sid))
    editing.delete(catalogue.sessions, [sid], [])
    dialog.source.setText("too late")
    _save(dialog)
    box = main_window.editing.conflict_box
    assert box.reload_button is None and "deleted by someone else" in box.text()
    box.keep_button.click()
    assert dialog.isVisible()
    main_window.editing.confirm = lambda _question: True
    dialog.reject()
    assert not dialog.isVisible()


def _theme_keys(catalogue, sid) -> set[str]:
    with catalogue.engine.connect() as conn:
        return set(conn.execute(text("SELECT theme.key FROM series_theme JOIN theme ON theme.id = series_theme.theme_id "
                                     "WHERE series_theme.series_id = :sid"), {"sid": sid}).scalars())


@pytest.mark.parametrize("keep_mine", [False, True])
def test_themes_created_meanwhile_show_after_the_conflict(main_window, catalogue, keep_mine):
    with catalogue.sessions() as s:
        sid = s.scalar(select(Series.id).where(Series.title_en == SPORTS))
    dialog = main_window.editing.open_dialog(editing.load_draft(catalogue.sessions, sid))
    dialog.themes.new_key.setText("sport.archery_test")  # Alice types the theme Bob is creating too
    dialog.themes.new_name.setText("Archery")
    dialog.themes.add_button.click()
    bob = make_sessions(catalogue.engine, editor="bob")
    theirs = editing.load_draft(bob, sid)
    theirs.new_themes = {"sport.archery_test": "Archery (test)", "sport.darts_test": "Darts (test)"}
    editing.save_series(bob, theirs)
    _save(dialog)
    box = main_window.editing.conflict_box
    (box.keep_button if keep_mine else box.reload_button).click()
    listed = {dialog.themes.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(dialog.themes.list.count())}
    assert {"sport.archery_test", "sport.darts_test"} <= listed and dialog.themes.new_themes == {}
    checked = set(dialog.themes.checked())
    assert checked >= ({"sport.archery_test"} if keep_mine else {"sport.archery_test", "sport.darts_test"})
    assert ("sport.darts_test" in checked) is not keep_mine  # Alice's version does not have Bob's darts
    dialog.source.setText("Alice's source")
    _save(dialog)
    assert not dialog.isVisible(), dialog.messages.text()
    saved = _theme_keys(catalogue, sid)
    assert "sport.archery_test" in saved and ("sport.darts_test" in saved) is not keep_mine
