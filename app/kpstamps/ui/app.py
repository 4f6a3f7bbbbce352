"""Start the GUI: QApplication, fonts, the catalogue, the main window."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kpstamps import APP_NAME, __version__
from kpstamps.errors import CatalogueError
from kpstamps.home import DataHome
from kpstamps.services.catalogue.opening import open_catalogue
from kpstamps.services.settings.preferences import load_preferences
from kpstamps.ui.common.fonts import CJK_FAMILY, register_bundled_fonts
from kpstamps.ui.common.translations import (
    UI_LANGUAGES,
    install_translators,
    system_language,
)

START_COLLECTOR_MS = 10_000  # the garbage collector's latest start when the first paint never comes


def ui_language(preferred: str) -> str:
    return preferred if preferred in UI_LANGUAGES else system_language()


def run_gui(args: argparse.Namespace, welcome: bool = True) -> int:
    """The window on the catalogue of `args`; `welcome=False` never offers the first-run welcome."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    home = DataHome.resolve(args.home)
    settings_problems: list[str] = []
    prefs = load_preferences(home.settings_file, settings_problems)
    prepare_application(app, prefs)
    try:
        catalogue = open_catalogue(home, args.db, reference=prefs.load_reference and not args.no_reference,
                                   read_only_ok=True, holder="KP Stamps (the window)")
    except CatalogueError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        print(f"kpstamps: {exc}", file=sys.stderr)
        return 2
    from kpstamps.startup import finish_start, start_collector
    from kpstamps.ui.common.first_paint import after_first_paint
    from kpstamps.ui.common.first_paint import install_if_asked as install_first_paint_probe

    window = open_main_window(app, catalogue, prefs)
    after_first_paint(window, finish_start)  # the mappers, then the collector paused by main()
    QTimer.singleShot(START_COLLECTOR_MS, start_collector)  # in case the table is never painted
    install_first_paint_probe(window)  # only with KPSTAMPS_FIRST_PAINT_PROBE set (kpstamps bench)
    window.show()
    if settings_problems:  # bad values in settings.json fell back to defaults: say so once
        window.statusBar().showMessage("; ".join(settings_problems), 30000)
    from kpstamps.ui.settings.welcome import apply_choices, offer_welcome, wants_welcome

    shown = [window]  # the window the welcome's choices go to (a new language replaces it)
    if welcome and wants_welcome(prefs):  # over the painted window, not before it
        after_first_paint(window, lambda: offer_welcome(window, lambda chosen: shown.append(apply_choices(
            shown[-1], chosen, lambda preferred: ui_language(os.environ.get("KPSTAMPS_LANG", "") or preferred)))))
    try:
        return app.exec()
    finally:
        catalogue.close()


def prepare_application(app: QApplication, prefs) -> None:
    """Names, fonts, palette and icon: everything about the application before any window."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    if CJK_FAMILY in register_bundled_fonts():
        # Fall back to the bundled CJK font for Hangul/Hanzi the system font lacks.
        font = app.font()
        font.setFamilies([font.family(), CJK_FAMILY])
        app.setFont(font)
    from kpstamps.ui.common.palette import apply_palette, resolve_mode

    # KPSTAMPS_COLOR_SCHEME=light|dark|system overrides the preference (for screenshots).
    apply_palette(app, resolve_mode(getattr(prefs, "color_scheme", None)))
    from kpstamps.ui.common.icons import app_icon

    app.setWindowIcon(app_icon())
    app.setDesktopFileName("kpstamps")  # matches packaging/linux/kpstamps.desktop (Wayland, task bars)


def open_main_window(app: QApplication, catalogue, prefs):
    """The main window as the app shows it: error box hook, UI language, every feature, the
    read-only notice (tests/ui/test_action_crawl.py builds it this way too)."""
    from kpstamps.ui.common.errors import install_excepthook
    from kpstamps.ui.main_window import MainWindow

    install_excepthook(catalogue.url)
    lang = ui_language(os.environ.get("KPSTAMPS_LANG", "") or prefs.ui_language)
    install_translators(app, lang)
    window = MainWindow(catalogue, prefs, lang)
    if catalogue.read_only:
        from kpstamps.ui.common.read_only import show_read_only

        show_read_only(window, catalogue.read_only)
    return window
