"""Commit of an import: one write transaction that applies the plan with bulk Core inserts.

`commit_import` makes the same decisions as `dry_run` (importing/plan.py) inside the
transaction: all or nothing. A progress callback hears about every batch; a cancel flag
(threading.Event or a callable) is checked before every batch and rolls everything back.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db import planner
from kpstamps.errors import ImportCancelled, TransferError
from kpstamps.services.transfer.importing.plan import ImportReport, make_plan
from kpstamps.services.transfer.importing.records import ParsedFile, paused_gc
from kpstamps.services.transfer.importing.writing import Writer

Progress = Callable[[int, int], None]
Cancel = Any  # threading.Event, or a callable returning True when the person cancelled


def _cancelled(cancel: Cancel) -> bool:
    if cancel is None:
        return False
    is_set = getattr(cancel, "is_set", None)
    return bool(is_set() if is_set is not None else cancel())


def write_failure(exc: DBAPIError) -> str:
    """One line for a database error during an import's transaction (rolled back: nothing changed)."""
    text = " ".join(str(exc.orig if exc.orig is not None else exc).split())
    lowered = text.lower()
    if "disk is full" in lowered or "no space left" in lowered or isinstance(exc.orig, OSError):
        return "the disk is full: nothing was imported and the catalogue is as it was; free some space and try again"
    if "locked" in lowered or "busy" in lowered:
        return ("the catalogue is locked by another program (or another KP Stamps): nothing was imported; "
                "try again when it is done")
    if "readonly" in lowered or "read-only" in lowered:
        return "the catalogue is read-only: nothing was imported; make it writable or import into a copy"
    if isinstance(exc, IntegrityError):
        return f"the catalogue changed during the import: nothing was imported; try again ({text})"
    return f"the import failed and was rolled back, nothing was changed ({text})"


def commit_import(sessions: sessionmaker[Session], parsed: ParsedFile, on_duplicate: str = "skip", *,
                  progress: Progress | None = None, cancel: Cancel = None, batch: int = 5000,
                  scans_dir: Path | None = None) -> ImportReport:
    """Import `parsed` in one transaction; ImportCancelled (nothing changed) when cancelled, and
    TransferError with one clear line when the database refuses (locked, read-only, disk full).
    Images the file carries are stored as scans in `scans_dir` first (a file left there by a
    failed import is removed by the next scan clean-up)."""
    if any(row.image_refs for row in parsed.rows):
        from kpstamps.services.transfer.importing.images import store_images

        store_images(parsed, scans_dir)
    try:
        with paused_gc(), sessions.begin() as session:
            report = _apply(session.connection(), parsed, on_duplicate, progress, cancel, batch)
    except DBAPIError as exc:
        raise TransferError(write_failure(exc)) from None
    report.committed = True
    _analyse_after(sessions, report)
    return report


def _analyse_after(sessions: sessionmaker[Session], report: ImportReport) -> None:
    """Fresh planner statistics after a large import (the data is committed: a failure here
    only costs speed, so it is logged, not raised)."""
    if report.new + report.updated < planner.MIN_ITEMS:
        return
    try:
        with sessions.begin() as session:
            planner.analyse(session.connection())
    except DBAPIError as exc:
        logging.getLogger(__name__).warning("ANALYZE after the import failed: %s", exc)


def _apply(conn: Connection, parsed: ParsedFile, on_duplicate: str, progress: Progress | None,
           cancel: Cancel, batch: int) -> ImportReport:
    plan = make_plan(conn, parsed, on_duplicate)
    writer = Writer(conn, dt.datetime.now(dt.UTC).replace(tzinfo=None))
    total = len(plan.rows) + 1
    if _cancelled(cancel):
        raise ImportCancelled("import cancelled; nothing was changed")
    writer.write_themes(parsed.themes, plan.series)
    writer.write_series(plan.series)
    if progress:
        progress(1, total)
    for start in range(0, len(plan.rows), batch):
        if _cancelled(cancel):
            raise ImportCancelled("import cancelled; nothing was changed")
        writer.write_rows(plan.rows[start:start + batch])
        if progress:
            progress(min(total, start + batch + 1), total)
    if _cancelled(cancel):
        raise ImportCancelled("import cancelled; nothing was changed")
    return plan.report
