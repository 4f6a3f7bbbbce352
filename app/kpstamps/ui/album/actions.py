"""The album feature in the main window: View ▸ Album, File ▸ Print album… and Print list….

Installing it costs a dock frame and two menu entries: the album canvas, its thumbnails and
the printing code (dock.py, printing/album.py) are imported and built the first time the dock
is shown (View ▸ Album, or a layout restored with it open) or an album or list is printed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from kpstamps.ui.common.i18n import tr

if TYPE_CHECKING:
    from kpstamps.ui.album.dock import AlbumDock
    from kpstamps.ui.album.print_dialog import PrintOptionsDialog


class AlbumFeature:
    def __init__(self, window):
        self.window = window
        self._contents: AlbumDock | None = None
        self.dock = QDockWidget(tr("Album"), window)
        self.dock.setObjectName("albumDock")
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()  # until the collector asks for it (View ▸ Album)
        toggle = self.dock.toggleViewAction()
        toggle.setObjectName("actionAlbumView")
        window.menus["view"].addAction(toggle)
        self.dock.visibilityChanged.connect(self._shown)
        for name, text, slot in (("actionPrintAlbum", tr("Print &album…"), self.print_album),
                                 ("actionPrintList", tr("Print &list…"), self.print_list)):
            action = QAction(text, window)
            action.setObjectName(name)
            action.triggered.connect(slot)
            quit_action = window.findChild(QAction, "actionQuit")
            window.menus["file"].insertAction(quit_action, action)

    def contents(self) -> AlbumDock:
        """The dock's contents, built on first use."""
        if self._contents is None:
            from kpstamps.ui.album.dock import AlbumDock

            self._contents = AlbumDock(self.window, self.dock)
        return self._contents

    def _shown(self, shown: bool) -> None:
        if shown and self._contents is None:
            self.contents()  # it reads the album itself once built on a visible dock

    def print_album(self) -> PrintOptionsDialog:
        return self.contents().print_album()

    def print_list(self) -> PrintOptionsDialog:
        return self.contents().print_list()


def install(window) -> None:
    window.album_feature = AlbumFeature(window)
