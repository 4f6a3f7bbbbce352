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


def test_unticked_check_box_is_visible_on_the_dark_palette(qapp):
    """Fusion outlines check boxes in a darkened window colour, invisible on the dark base;
    KPStampsStyle frames them in a muted text colour."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from kpstamps.ui.app_style import KPStampsStyle
    from kpstamps.ui.theme_palette import dark_palette

    style = KPStampsStyle()
    option = QStyleOptionViewItem()
    option.palette = dark_palette()
    option.rect = QRect(4, 4, 16, 16)
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Off
    image = QImage(24, 24, QImage.Format.Format_ARGB32)
    image.fill(dark_palette().base().color())
    painter = QPainter(image)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, option, painter)
    painter.end()
    base = dark_palette().base().color().lightness()
    brightest = max(image.pixelColor(x, y).lightness() for x in range(24) for y in range(24))
    assert brightest - base > 60
