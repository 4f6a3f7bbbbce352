"""Last-resort error reporting in the GUI: a message instead of a vanished window."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from kpstamps.db.session import database_error_message
from kpstamps.errors import CatalogueError

log = logging.getLogger(__name__)


def message_for(exc: BaseException, url: str) -> str:
    """One clear line for errors a person can act on; a generic one otherwise."""
    if isinstance(exc, CatalogueError):
        return str(exc)
    database = database_error_message(exc, url)
    if database is not None:
        return database + " " + QCoreApplication.translate(
            "Errors", "Your last change was not saved.")
    return QCoreApplication.translate("Errors", "Unexpected error: {error}").format(error=f"{type(exc).__name__}: {exc}")


def install_excepthook(url: str) -> None:
    """Show uncaught exceptions from slots in a message box (and log the traceback)."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, exc, tb)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, "KP Stamps", message_for(exc, url),
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setDetailedText("".join(traceback.format_exception(kind, exc, tb)))
        box.open()

    sys.excepthook = hook
