"""Who edits: the name stored in `series.updated_by` and `item.updated_by` on every ORM flush
(db/listeners.py does the stamping).

The name is, in this order: the session's `info["editor"]` (tests, or a caller that knows
better), $KPSTAMPS_USER (a configurable name, e.g. "Anna (club desk)"), the operating
system's user name. It is what a stale-save message names as the person who changed a
series ("changed by anna at 14:02"). Core bulk writes (copy, synthetic data) keep the
values they write; undo/redo restores (services.snapshots) stamp the restoring editor.
"""

from __future__ import annotations

import getpass
import os

from sqlalchemy.orm import Session

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
    """The editor name of `session`: its info["editor"], else the default editor."""
    return str(session.info.get("editor") or default_editor())[:MAX_LENGTH]
