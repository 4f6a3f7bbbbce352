"""Concurrent editing of a shared catalogue: optimistic locking made understandable.

`series.version_id` and `item.version_id` are SQLAlchemy version counters: a save whose
row was changed by someone else since it was loaded fails with StaleDataError instead of
silently overwriting their work. `save` turns that into `StaleEdit`, which says who
changed it (the row's `updated_by`, see kpstamps.db.editors), when (`updated_at`), and
which fields differ between the person's version and the one now in the database;
`reload` and `keep_mine` are the two ways out.

The series dialog works on drafts rather than live rows: `editing.save_series` raises
`SeriesConflict` (who, when, what they changed, and their version as a draft to reload).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from kpstamps.db.models import Item, Series
from kpstamps.errors import changed_by

VERSIONED = (Series, Item)
# Maintained by the app, not typed by anyone: never reported as a difference.
BOOKKEEPING = frozenset({"version_id", "updated_at", "updated_by", "created_at", "search_text"})


@dataclass(frozen=True)
class FieldDifference:
    field: str
    mine: Any  # what the person was saving
    theirs: Any  # what the database holds now
    original: Any  # what both started from


@dataclass(frozen=True)
class PendingEdit:
    """A versioned row with unsaved changes, captured just before the save."""

    kind: str  # "series" or "item"
    id: int
    loaded_version: int
    mine: dict[str, Any]  # every column as the person has it
    original: dict[str, Any]  # every column as it was loaded
    deleting: bool = False


class StaleEdit(Exception):
    """Someone else saved (or deleted) this series/item after it was opened here; nothing was saved."""

    def __init__(self, edit: PendingEdit, updated_at: dt.datetime | None, version: int | None,
                 differences: list[FieldDifference], updated_by: str = "") -> None:
        self.edit = edit
        self.updated_at = updated_at
        self.updated_by = updated_by  # who saved the version now in the database ("" if unknown)
        self.version = version  # None: the row was deleted meanwhile
        self.differences = differences
        super().__init__(self.describe())

    @property
    def kind(self) -> str:
        return self.edit.kind

    @property
    def id(self) -> int:
        return self.edit.id

    @property
    def deleted(self) -> bool:
        return self.version is None

    @property
    def their_fields(self) -> list[str]:
        """Fields the other person changed (theirs differs from what was loaded here)."""
        return [d.field for d in self.differences if d.theirs != d.original]

    def describe(self) -> str:
        what = f"{self.kind} {self.edit.original.get('serial') or self.id}"
        if self.deleted:
            return f"The {what} was deleted by someone else; your changes were not saved."
        fields = ", ".join(self.their_fields) or "no visible fields"
        return (f"The {what} was changed by {changed_by(self.updated_by, self.updated_at)} ({fields}); "
                "your changes were not saved. "
                "Reload to see their version, or keep yours to save it over theirs.")


def pending_edits(session: Session) -> list[PendingEdit]:
    """The versioned rows this session is about to update or delete."""
    edits = []
    for obj, deleting in [(o, False) for o in session.dirty] + [(o, True) for o in session.deleted]:
        if not isinstance(obj, VERSIONED) or (not deleting and not session.is_modified(obj)):
            continue
        state = inspect(obj)
        mine, original = {}, {}
        for attr in state.mapper.column_attrs:
            history = state.attrs[attr.key].load_history()
            mine[attr.key] = getattr(obj, attr.key)
            original[attr.key] = history.deleted[0] if history.deleted else mine[attr.key]
        edits.append(PendingEdit(obj.__tablename__, state.identity[0], original["version_id"], mine, original,
                                 deleting))
    return edits


def save(session: Session) -> None:
    """Commit the session; if a versioned row changed underneath, roll back and raise StaleEdit."""
    edits = pending_edits(session)
    try:
        session.commit()
    except StaleDataError as exc:
        session.rollback()
        stale = find_stale(session, edits)
        if stale is None:
            raise
        raise stale from exc


def find_stale(session: Session, edits: list[PendingEdit]) -> StaleEdit | None:
    """The first edit whose row no longer has the version it was loaded with."""
    for edit in edits:
        model = _model(edit.kind)
        row = session.execute(select(model.__table__).where(model.__table__.c.id == edit.id)).mappings().first()
        if row is None:
            return StaleEdit(edit, None, None, [])
        if row["version_id"] != edit.loaded_version:
            differences = [
                FieldDifference(key, edit.mine[key], row[key], edit.original[key])
                for key in edit.mine
                if key not in BOOKKEEPING and edit.mine[key] != row[key]
            ]
            return StaleEdit(edit, row["updated_at"], row["version_id"], differences, row["updated_by"])
    return None


def reload(session: Session, stale: StaleEdit) -> Series | Item | None:
    """Their version, freshly loaded (the person's unsaved changes are dropped); None if deleted."""
    return session.get(_model(stale.kind), stale.id, populate_existing=True)


def keep_mine(session: Session, stale: StaleEdit) -> Series | Item:
    """Apply the person's changed fields on top of the current row and save; may raise StaleEdit again."""
    if stale.deleted:
        raise stale
    obj = reload(session, stale)
    assert obj is not None
    for key, value in stale.edit.mine.items():
        if key not in BOOKKEEPING and key != "id" and value != stale.edit.original[key]:
            setattr(obj, key, value)
    save(session)
    return obj


def _model(kind: str) -> type[Series | Item]:
    return {model.__tablename__: model for model in VERSIONED}[kind]


# -- the series dialog's drafts --------------------------------------------------------------

LANGUAGE_NAMES = {"ko": "Korean", "en": "English", "zh": "Chinese", "ru": "Russian"}
SERIES_FIELDS = (("serial", "serial"), ("issue_date", "issue date"), ("announced", "announcement date"),
                 ("year", "year"), ("status", "status"), ("notes", "notes"), ("source", "source"))
ITEM_FIELDS = (("kind", "kind"), ("face_value", "face value"), ("currency", "currency"),
               ("perforation", "perforation"), ("perf_gauge", "perforation gauge"), ("format", "format"),
               ("size", "size"), ("shape", "shape"), ("numbers", "catalogue numbers"), ("description", "description"))





def _titles_changed(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return [f"{LANGUAGE_NAMES.get(lang, lang)} title" for lang in LANGUAGE_NAMES | before
            if before.get(lang, "").strip() != after.get(lang, "").strip()]


def draft_changes(before, after) -> list[str]:
    """What differs between two drafts of a series, in words ("notes", "item 2: face value")."""
    changes = [label for name, label in SERIES_FIELDS if getattr(before, name) != getattr(after, name)]
    changes += _titles_changed(before.titles, after.titles)
    if sorted(before.theme_keys) != sorted(after.theme_keys):
        changes.append("themes")
    return changes + _item_changes(before.items, after.items)


def _item_changes(before: list, after: list) -> list[str]:
    old = {item.id: item for item in before if item.id is not None}
    kept = [(n, item) for n, item in enumerate(after, start=1) if item.id in old]
    changes = []
    for n, item in kept:
        fields = [label for name, label in ITEM_FIELDS if getattr(item, name) != getattr(old[item.id], name)]
        fields += _titles_changed(old[item.id].titles, item.titles)
        if fields:
            changes.append(f"item {n}: {', '.join(fields)}")
    if [i.id for i in before if i.id in {k.id for _, k in kept}] != [k.id for _, k in kept]:
        changes.append("order of the items")
    added, removed = len(after) - len(kept), len(old) - len(kept)
    if added:
        changes.append(f"{added} item{'s' if added > 1 else ''} added")
    if removed:
        changes.append(f"{removed} item{'s' if removed > 1 else ''} removed")
    return changes


__all__ = [
    "FieldDifference", "PendingEdit", "StaleEdit", "changed_by", "draft_changes", "find_stale",
    "keep_mine", "pending_edits", "reload", "save",
]
