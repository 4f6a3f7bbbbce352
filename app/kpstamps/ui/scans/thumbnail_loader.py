"""Making thumbnails off the GUI thread (ui/common/tasks.py), newest request first.

Workers only call the Qt-free `make_thumbnail` and build a QImage (safe outside the GUI
thread); they never touch a widget or a QPixmap. The loader, living in the GUI thread,
receives the images and keeps the recent ones in memory.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage

from kpstamps.services.scans.store import ScanInfo, scan_file
from kpstamps.services.scans.thumbnails import make_thumbnail
from kpstamps.ui.common.tasks import run_task

MEMORY_BYTES = 96 << 20  # thumbnails kept in memory: ~500 at 256 px, ~130 at 512 px; the rest come from disk


def _thumbnail(source: Path, sha256: str, size: int, cache_dir: Path) -> QImage:
    """Make (or find) the cached thumbnail and read it: in a pool thread, no widgets, no QPixmap."""
    path = make_thumbnail(source, size, cache_dir, sha256)
    image = QImage(str(path))
    if image.isNull():
        raise OSError(f"{path.name}: the cached thumbnail cannot be read")
    return image


class ThumbnailLoader(QObject):
    """Hands out thumbnails as QImages; asks for missing ones in the background."""

    thumbnailReady = Signal(str)  # sha256
    thumbnailFailed = Signal(str, str)  # sha256, message

    def __init__(self, scans_dir: Path, cache_dir: Path, parent: QObject | None = None,
                 pool: QThreadPool | None = None):
        super().__init__(parent)
        self._scans_dir = scans_dir
        self._cache_dir = cache_dir
        self._pool = pool or QThreadPool(self)  # its own: clear() must not drop others' work
        self._images: OrderedDict[tuple[str, int], QImage] = OrderedDict()
        self._bytes = 0  # pixels held in _images
        self._pending: set[tuple[str, int]] = set()
        self._failed: dict[str, str] = {}
        self._order = itertools.count()

    def image(self, scan: ScanInfo, size: int) -> QImage | None:
        """The thumbnail if it is ready; otherwise None, and it is made in the background."""
        key = (scan.sha256, size)
        found = self._images.get(key)
        if found is not None:
            self._images.move_to_end(key)
            return found
        if key not in self._pending and scan.sha256 not in self._failed:
            self._pending.add(key)
            source = scan_file(self._scans_dir, scan.sha256, scan.extension)
            # Newest request first: what is on screen now beats what was scrolled past.
            sha256, cache_dir = scan.sha256, self._cache_dir
            run_task(lambda _job: _thumbnail(source, sha256, size, cache_dir), parent=self, pool=self._pool,
                     priority=next(self._order), on_result=lambda image: self._on_finished(sha256, size, image),
                     on_error=lambda exc: self._on_failed(sha256, size, str(exc)))
        return None

    def error(self, sha256: str) -> str | None:
        return self._failed.get(sha256)

    def pending(self) -> int:
        return len(self._pending)

    def forget_pending(self) -> None:
        """Drop queued (not yet started) requests, e.g. when the gallery shows other scans."""
        self._pool.clear()
        self._pending.clear()

    def forget_failures(self) -> None:
        """Try files that failed again on their next request (the gallery refreshes after a repair)."""
        self._failed.clear()

    @Slot(str, int, QImage)
    def _on_finished(self, sha256: str, size: int, image: QImage) -> None:
        self._pending.discard((sha256, size))
        self._images[(sha256, size)] = image
        self._bytes += image.sizeInBytes()
        while self._bytes > MEMORY_BYTES and len(self._images) > 1:
            self._bytes -= self._images.popitem(last=False)[1].sizeInBytes()
        self.thumbnailReady.emit(sha256)

    @Slot(str, int, str)
    def _on_failed(self, sha256: str, size: int, message: str) -> None:
        self._pending.discard((sha256, size))
        self._failed[sha256] = message
        self.thumbnailFailed.emit(sha256, message)
