"""Light or dark colours: following the system, or chosen by the collector.

The Fusion style is used everywhere because it honours a QPalette on every platform (native
styles on Windows and macOS ignore parts of it), so light and dark look the same and can be
switched while the program runs. "system" reads `QStyleHints.colorScheme()` (Qt ≥ 6.5) and
follows it when the desktop switches. KPSTAMPS_COLOR_SCHEME overrides the mode (screenshots).
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from kpstamps.ui.common.app_style import style_sheet

MODES = ("system", "light", "dark")
ENV_VAR = "KPSTAMPS_COLOR_SCHEME"

_R = QPalette.ColorRole
_G = QPalette.ColorGroup


def dark_palette() -> QPalette:
    """A dark palette with enough contrast for text, links and selections (WCAG AA or better)."""
    palette = QPalette()
    colours = {
        _R.Window: "#2b2b2e", _R.WindowText: "#e8e8ea", _R.Base: "#1e1e20", _R.AlternateBase: "#29292c",
        _R.ToolTipBase: "#3a3a3e", _R.ToolTipText: "#f0f0f0", _R.PlaceholderText: "#9a9aa0",
        _R.Text: "#e8e8ea", _R.Button: "#353539", _R.ButtonText: "#e8e8ea", _R.BrightText: "#ff6b6b",
        _R.Light: "#4a4a50", _R.Midlight: "#404045", _R.Mid: "#303034", _R.Dark: "#18181a",
        _R.Shadow: "#000000", _R.Highlight: "#3d7bd9", _R.HighlightedText: "#ffffff",
        _R.Link: "#7fb2ff", _R.LinkVisited: "#c09bff",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#7c7c82")
    for role in (_R.WindowText, _R.Text, _R.ButtonText, _R.HighlightedText, _R.PlaceholderText):
        palette.setColor(_G.Disabled, role, disabled)
    palette.setColor(_G.Disabled, _R.Highlight, QColor("#4a4a50"))
    return palette


def system_is_dark(app: QGuiApplication) -> bool:
    """True when the desktop asks for dark colours (Qt ≥ 6.5; older Qt: guess from the palette)."""
    hints = app.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is not None:
        value = scheme()
        if value != Qt.ColorScheme.Unknown:
            return value == Qt.ColorScheme.Dark
    return app.palette().color(_R.Window).lightness() < 128


def resolve_mode(mode: str | None) -> str:
    """The mode to use: the environment override, else `mode`, else "system"; unknown → system."""
    chosen = (os.environ.get(ENV_VAR) or mode or "system").strip().lower()
    return chosen if chosen in MODES else "system"


def apply_palette(app: QApplication, mode: str = "system") -> bool:
    """Use Fusion with a light or dark palette; returns True when the dark one was chosen.

    In "system" mode the palette follows later desktop changes (connected once per app).
    """
    if mode not in MODES:
        raise ValueError(f"unknown colour scheme {mode!r}; expected one of: {', '.join(MODES)}")
    app.setStyleSheet("")  # (a sheet hides the style's name; the dark one is set again below)
    if app.style().name().lower() != "fusion":
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
    app.setProperty("kpstampsColorScheme", mode)
    _tell_style_hints(app, mode)
    dark = mode == "dark" or (mode == "system" and system_is_dark(app))
    if dark:
        app.setPalette(dark_palette())
    else:
        light = app.style().standardPalette()
        if light.color(_R.Window).lightness() < 128:  # a style that follows a dark desktop
            light = QPalette(QColor("#efefef"))
        app.setPalette(light)
    app.setStyleSheet(style_sheet(dark))  # check boxes visible on the dark palette
    _follow_system(app)
    return dark


def _tell_style_hints(app: QApplication, mode: str) -> None:
    """Qt ≥ 6.8 can be told the scheme, so native dialogs and title bars match the palette."""
    hints = app.styleHints()
    if app.property("kpstampsApplying"):
        return
    app.setProperty("kpstampsApplying", True)
    try:
        if mode == "system" and hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        elif mode != "system" and hasattr(hints, "setColorScheme"):
            hints.setColorScheme(Qt.ColorScheme.Dark if mode == "dark" else Qt.ColorScheme.Light)
    finally:
        app.setProperty("kpstampsApplying", False)


def _follow_system(app: QApplication) -> None:
    hints = app.styleHints()
    signal = getattr(hints, "colorSchemeChanged", None)
    if signal is None or app.property("kpstampsFollowsSystem"):
        return
    app.setProperty("kpstampsFollowsSystem", True)

    def on_change(_scheme) -> None:
        if app.property("kpstampsColorScheme") == "system" and not app.property("kpstampsApplying"):
            apply_palette(app, "system")

    signal.connect(on_change)
