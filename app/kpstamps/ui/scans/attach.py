"""Attaching dropped or chosen files without freezing the window.

Checking a large scan with Pillow, hashing and copying it takes a noticeable moment, so a
drop of many files would stall the GUI. The files are prepared (validated and stored, no
database) in a pool thread (ui/common/tasks.py); the rows are added in the GUI thread when
the task reports back. The worker never touches a widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from kpstamps.services.browse.rows import RowKey
from kpstamps.services.scans.store import prepare_files
from kpstamps.ui.common.tasks import Task, deliver_now, run_task


class AttachWorker(QObject):
    """`start(key, files)`; `prepared(key, files)` arrives in the GUI thread when they are stored.

    A failure of the whole batch (disk full, scans folder unwritable…) arrives as `failed`
    (the exception), never swallowed by the thread.
    """

    prepared = Signal(object, object)  # RowKey, list[PreparedFile]
    failed = Signal(object)  # the exception

    def __init__(self, scans_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._scans_dir = scans_dir
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one drop after the other, in the order they came
        self._tasks: list[Task] = []

    @property
    def running(self) -> int:
        return sum(task.running for task in self._tasks)

    def start(self, key: RowKey, files: Sequence[str | Path]) -> Task:
        files = list(files)
        task = run_task(lambda _job: prepare_files(self._scans_dir, files), parent=self, pool=self._pool,
                        on_result=lambda prepared: self.prepared.emit(key, prepared),
                        on_error=self.failed.emit)
        task.finished.connect(lambda: self._tasks.remove(task))
        self._tasks.append(task)
        return task

    def finish(self, msecs: int = 60000) -> None:
        """Wait for the files being prepared and deliver them now (before the window closes)."""
        deliver_now(self._pool, list(self._tasks), msecs)
