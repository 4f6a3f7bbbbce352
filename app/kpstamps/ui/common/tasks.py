"""Background work for windows: the one way to run a job off the GUI thread.

`run_task(work, parent=...)` runs `work(job)` on a QThreadPool thread and delivers what
happens in the GUI thread: progress, the result, the error, or that it was cancelled. The
work never touches a widget; it reports through `job.progress(done, total)`, checks
`job.cancelled()` or calls `job.stop_if_cancelled()` (or passes `job` wherever a cancel flag
is taken: it has `is_set`), and, when given a session factory, reads and writes through its
own `job.session`. A cancelled task is one whose work raised after `cancel()`; work that
returns is a result even if cancel came too late (an import that committed did happen).

An error nobody handles is not lost in the thread: without `on_error` it goes to
sys.excepthook in the GUI thread, which the application shows in a message box.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from kpstamps.db.session import Sessions

log = logging.getLogger(__name__)
_alive: set[Task] = set()  # tasks whose outcome is not delivered yet


class Cancelled(Exception):
    """Raised by `Job.stop_if_cancelled` to end cancelled work."""


class Job:
    """What the work function sees: progress, cancellation, and its own session (if any)."""

    def __init__(self, task: Task, cancel: threading.Event, session: Any = None) -> None:
        self._task, self._cancel, self.session = task, cancel, session

    def progress(self, done: int, total: int) -> None:
        self._task._progress_relay.emit(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    is_set = cancelled  # a Job can stand in for a threading.Event cancel flag

    def stop_if_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class Task(QObject):
    """A running job. Signals arrive in the GUI thread; exactly one of succeeded, failed or
    cancelled is emitted, then finished; nothing more once its owner is destroyed.

    A task has no Qt parent: the module keeps it until its outcome is delivered and lets it
    go one event-loop turn later (a window that starts thousands, like the thumbnails, keeps
    none; deleting a QObject inside its own slot is what this avoids)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()

    _progress_relay = Signal(int, int)  # emitted in the pool thread, delivered queued
    _done_relay = Signal(str, object)

    def __init__(self, owner: QObject | None = None) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self.running = True
        self._orphaned = False
        if owner is not None:
            owner.destroyed.connect(self._orphan)
        _alive.add(self)
        self._progress_relay.connect(self._on_progress)
        self._done_relay.connect(self._on_done)

    def cancel(self) -> None:
        """Ask the work to stop; `cancelled` follows if it stops by raising (see the module)."""
        self._cancel.set()

    def is_cancelling(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def _orphan(self) -> None:
        self._orphaned = True

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self._orphaned:
            self.progressed.emit(done, total)

    @Slot(str, object)
    def _on_done(self, outcome: str, value: object) -> None:
        self.running = False
        QTimer.singleShot(0, lambda: _alive.discard(self))
        if self._orphaned:
            log.info("background task finished (%s) after its window was closed", outcome)
            return
        if outcome == "cancelled":
            self.cancelled.emit()
        elif outcome == "failed":
            self.failed.emit(value)
        else:
            self.succeeded.emit(value)
        self.finished.emit()


class _Runner(QRunnable):
    def __init__(self, task: Task, work: Callable[[Job], Any], sessions: Sessions | None) -> None:
        super().__init__()
        self._task, self._work, self._sessions = task, work, sessions

    def run(self) -> None:  # in a pool thread: only the task's relay signals leave it
        cancel = self._task._cancel
        try:
            if self._sessions is None:
                value = self._work(Job(self._task, cancel))
            else:
                with self._sessions() as session:
                    value = self._work(Job(self._task, cancel, session))
            outcome = "succeeded"
        except Exception as exc:  # noqa: BLE001 -- delivered to the GUI thread, never lost here
            outcome, value = ("cancelled" if cancel.is_set() else "failed"), exc
        self._task._done_relay.emit(outcome, value)


def report_error(exc: BaseException) -> None:
    """The default for an unhandled task error: the application's excepthook (a message box)."""
    log.error("background task failed: %s", exc, exc_info=exc)
    sys.excepthook(type(exc), exc, exc.__traceback__)


def run_task(work: Callable[[Job], Any], *, parent: QObject | None, sessions: Sessions | None = None,
             pool: QThreadPool | None = None, on_result: Callable[[Any], object] | None = None,
             on_error: Callable[[BaseException], object] | None = None,
             on_progress: Callable[[int, int], object] | None = None,
             on_cancelled: Callable[[], object] | None = None, priority: int = 0) -> Task:
    """Start `work(job)` on `pool` (the global pool by default); callbacks run in the GUI thread.

    When `parent` is destroyed first, the outcome is dropped (logged). With `sessions`
    the work gets `job.session`, opened and closed in its own thread. A higher `priority`
    starts earlier among queued tasks of the same pool.
    """
    task = Task(parent)
    if on_result is not None:
        task.succeeded.connect(on_result)
    task.failed.connect(on_error if on_error is not None else report_error)
    if on_progress is not None:
        task.progressed.connect(on_progress)
    if on_cancelled is not None:
        task.cancelled.connect(on_cancelled)
    (pool or QThreadPool.globalInstance()).start(_Runner(task, work, sessions), priority)
    return task


def deliver_now(pool: QThreadPool, tasks: list[Task], msecs: int = 60000) -> None:
    """Wait for `pool` and deliver the outcomes of `tasks` now (e.g. before a window closes)."""
    pool.waitForDone(msecs)
    for task in tasks:
        QCoreApplication.sendPostedEvents(task)
