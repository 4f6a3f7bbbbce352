"""Who edits: `series.updated_by` and `item.updated_by` are filled on every ORM flush.

The name is, in this order: the session's `info["editor"]` (tests, or a caller that knows
better), $KPSTAMPS_USER (a configurable name, e.g. "Anna (club desk)"), the operating
system's user name. It is what a stale-save message names as the person who changed a
series ("changed by anna at 14:02"). Core bulk writes (copy, synthetic data) keep the
values they write; undo/redo restores (services.snapshots) stamp the restoring editor.
"""

from __future__ import annotations

import getpass
import os

from sqlalchemy import event
from sqlalchemy.orm import Session

from kpstamps.db.models import Item, Series

EDITOR_ENV = "KPSTAMPS_USER"
MAX_LENGTH = 120


def default_editor() -> str:
    """$KPSTAMPS_USER, else the OS user name, else "" (never raises)."""
    chosen = os.environ.get(EDITOR_ENV, "").strip()
    if chosen:
        return chosen[:MAX_LENGTH]
    try:
        return getpass.getuser()[:MAX_LENGTH]
    except (OSError, KeyError, ImportError):  # no user name in a container without passwd entry
        return ""


def session_editor(session: Session) -> str:
    return str(session.info.get("editor") or default_editor())[:MAX_LENGTH]


@event.listens_for(Session, "before_flush")
def _stamp_editor(session: Session, _context, _instances) -> None:
    editor = None
    for obj in (*session.new, *session.dirty):
        if not isinstance(obj, Series | Item):
            continue
        if obj not in session.new and not session.is_modified(obj, include_collections=False):
            continue
        editor = editor if editor is not None else session_editor(session)
        if obj.updated_by != editor:
            obj.updated_by = editor
