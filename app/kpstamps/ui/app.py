"""Start the GUI: QApplication, fonts, the catalogue, the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from kpstamps import APP_NAME, __version__
from kpstamps.db.session import CatalogueError
from kpstamps.home import DataHome
from kpstamps.services.opening import open_catalogue
from kpstamps.services.preferences import load_preferences
from kpstamps.ui.fonts import register_bundled_fonts


def ui_language(preferred: str) -> str:
    if preferred:
        return preferred
    name = QLocale.system().name()[:2]
    return name if name in ("en", "ko", "zh", "ru") else "en"


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    register_bundled_fonts()
    home = DataHome.resolve(args.home)
    prefs = load_preferences(home.settings_file)
    try:
        catalogue = open_catalogue(home, args.db, reference=prefs.load_reference and not args.no_reference)
    except CatalogueError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        print(f"kpstamps: {exc}", file=sys.stderr)
        return 2
    from kpstamps.ui.main_window import MainWindow

    window = MainWindow(catalogue, prefs, ui_language(prefs.ui_language))
    window.show()
    try:
        return app.exec()
    finally:
        catalogue.close()
