import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from kpstamps.ui import theme_palette


@pytest.fixture
def app(qapp):
    """Put the application's style, palette and scheme back: other tests share the QApplication."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield qapp
    qapp.setProperty("kpstampsColorScheme", None)
    if hasattr(qapp.styleHints(), "unsetColorScheme"):
        qapp.styleHints().unsetColorScheme()
    qapp.setStyle(style)
    qapp.setPalette(palette)


def _window_lightness(qtbot) -> int:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget.palette().color(QPalette.ColorRole.Window).lightness()


def test_dark_palette_has_dark_window_and_light_text(app, qtbot):
    assert theme_palette.apply_palette(app, "dark") is True
    assert app.style().name().lower() == "fusion"
    assert _window_lightness(qtbot) < 80
    assert app.palette().color(QPalette.ColorRole.WindowText).lightness() > 180


def test_light_palette_and_mode_override(app, qtbot, monkeypatch):
    assert theme_palette.apply_palette(app, "light") is False
    assert _window_lightness(qtbot) > 180
    monkeypatch.setenv("KPSTAMPS_COLOR_SCHEME", "Dark")
    assert theme_palette.resolve_mode("light") == "dark"
    monkeypatch.setenv("KPSTAMPS_COLOR_SCHEME", "purple")
    assert theme_palette.resolve_mode("light") == "system"
    monkeypatch.delenv("KPSTAMPS_COLOR_SCHEME")
    assert theme_palette.resolve_mode(None) == "system"


def test_system_mode_and_bad_mode(app):
    assert theme_palette.apply_palette(app, "system") == theme_palette.system_is_dark(app)
    with pytest.raises(ValueError, match="unknown colour scheme"):
        theme_palette.apply_palette(app, "sepia")
    assert isinstance(QApplication.instance(), QApplication)
