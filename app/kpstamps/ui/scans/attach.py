"""Attaching dropped or chosen files without freezing the window.

Checking a 12-megapixel scan with Pillow, hashing and copying it takes about 0.15 s, so a
drop of many files would stall the GUI for seconds. The files are prepared (validated and
stored, no database) in a pool thread; the rows are added in the GUI thread when the
worker reports back through a queued signal. The worker never touches a widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from kpstamps.services.browse.rows import RowKey
from kpstamps.services.scans.store import prepare_files


class _Signals(QObject):
    done = Signal(object, object)  # RowKey, list[PreparedFile]


class _PrepareTask(QRunnable):
    def __init__(self, scans_dir: Path, key: RowKey, files: list[str | Path], signals: _Signals):
        super().__init__()
        self.scans_dir, self.key, self.files, self.signals = scans_dir, key, files, signals

    def run(self) -> None:  # in a pool thread: files only
        self.signals.done.emit(self.key, prepare_files(self.scans_dir, self.files))


class AttachWorker(QObject):
    """`start(key, files)`; `prepared(key, files)` arrives in the GUI thread when they are stored."""

    prepared = Signal(object, object)  # RowKey, list[PreparedFile]

    def __init__(self, scans_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._scans_dir = scans_dir
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one drop after the other, in the order they came
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self.running = 0

    def start(self, key: RowKey, files: Sequence[str | Path]) -> None:
        self.running += 1
        self._pool.start(_PrepareTask(self._scans_dir, key, list(files), self._signals))

    def finish(self, msecs: int = 60000) -> None:
        """Wait for the files being prepared and deliver them now (before the window closes)."""
        self._pool.waitForDone(msecs)
        for receiver in (self, self._signals):  # the queued call is posted to the slot's object
            QCoreApplication.sendPostedEvents(receiver)

    def _on_done(self, key: RowKey, prepared: list) -> None:
        self.running -= 1
        self.prepared.emit(key, prepared)
