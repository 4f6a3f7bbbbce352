"""The first-paint probe of `kpstamps bench`'s startup section.

With `KPSTAMPS_FIRST_PAINT_PROBE=FILE` in the environment, the main window writes a JSON
line to FILE once its table has painted for the first time (wall-clock time, resident
memory, the rows, the status bar, the menus) and quits. The bench starts the real entry
point with it and compares the time against a bare PySide6 window (services/bench/startup.py).
"""

from __future__ import annotations

import builtins
import gc
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer

from kpstamps.startup import mappers_configured

PROBE_ENV = "KPSTAMPS_FIRST_PAINT_PROBE"
FIRST_ROWS = 3  # display values of the first rows go into the probe, to check the page


def resident_kib() -> int:
    """Resident memory now (Linux /proc), else the peak the OS reports."""
    return memory_kib().get("VmRSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def memory_kib() -> dict[str, int]:
    """VmRSS and its parts (RssAnon: the heap; RssFile: mapped files, the catalogue's mmap
    included) from Linux /proc; empty elsewhere."""
    try:
        lines = Path("/proc/self/status").read_text().splitlines()
    except OSError:
        return {}
    return {key: int(value.split()[0]) for key, _sep, value in (line.partition(":") for line in lines)
            if key in ("VmRSS", "RssAnon", "RssFile", "RssShmem")}


def snapshot(window) -> dict:
    """What the window shows: row count, the first rows' text, the status bar, the menus."""
    model = window.table_model
    first_rows = [[model.index(row, column).data() for column in range(model.columnCount())]
                  for row in range(min(FIRST_ROWS, model.rowCount()))]
    menus = {name: [a.text() for a in menu.actions() if not a.isSeparator()] for name, menu in window.menus.items()}
    search_bar = getattr(window, "search_bar", None)
    return {"rows": model.rowCount(), "first_rows": first_rows, "status": window.status_label.text(),
            "pages_fetched": model.pages_fetched, "menus": menus, "title": window.windowTitle(),
            "search_box": search_bar is not None and search_bar.edit.isVisible()}


class _FirstPaint(QObject):
    """Watches the table's viewport; calls its callbacks once, in the order they were added, on
    the event-loop turn after the first paint (the rows are on screen then)."""

    def __init__(self, window):
        super().__init__(window)
        self.callbacks: list[Callable[[], None]] = []
        self.done = False
        self._viewport = window.table_view.viewport()
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self._viewport is not None:
            self._viewport.removeEventFilter(self)
            self._viewport = None
            QTimer.singleShot(0, self._run)  # once this paint event has been handled
        return False

    def _run(self) -> None:
        self.done = True
        for callback in self.callbacks:
            callback()


def after_first_paint(window, callback: Callable[[], None], first: bool = False) -> None:
    """Call `callback` once the main window's table has painted for the first time (after the
    callbacks added before it, or before them all with `first`)."""
    watcher = window.findChild(_FirstPaint)
    if watcher is None:
        watcher = _FirstPaint(window)
    if watcher.done:  # painted already
        QTimer.singleShot(0, callback)
    elif first:
        watcher.callbacks.insert(0, callback)
    else:
        watcher.callbacks.append(callback)


def _report(window, path: Path, at_paint: dict) -> None:
    memory = memory_kib()
    record = {**at_paint, "rss_kib": memory.get("VmRSS") or resident_kib(),
              "rss_anon_kib": memory.get("RssAnon"), "rss_file_kib": memory.get("RssFile"),
              "peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
              "collector": gc.isenabled(),  # started again after the first paint
              "import_order": list(dict.fromkeys(name.partition(".")[0] for name in sys.modules)),
              "import_hook": getattr(builtins.__import__, "__name__", ""),  # kpstamps/startup.py
              "app_modules": sorted(name for name in sys.modules if name.startswith("kpstamps.")),
              **snapshot(window)}
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    # At once: the work done at quit (the backup on close) is not part of a start.
    sys.stdout.flush()
    os._exit(0)


def install_if_asked(window) -> None:
    """Install the probe when KPSTAMPS_FIRST_PAINT_PROBE names a file: it notes the time of the
    first paint (and whether the ORM mappers were configured by then) before the work queued
    after the paint runs, then, after that work, writes the report and quits."""
    path = os.environ.get(PROBE_ENV)
    if path:
        at_paint: dict = {}
        after_first_paint(window, lambda: at_paint.update(painted=time.time(), mappers_configured=mappers_configured()),
                          first=True)
        after_first_paint(window, lambda: _report(window, Path(path), at_paint))
