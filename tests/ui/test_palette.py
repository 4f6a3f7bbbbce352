import pytest
from kpstamps.ui.common import palette as theme_palette
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget


@pytest.fixture
def app(qapp):
    """Put the application's style, palette and scheme back: other tests share the QApplication."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield qapp
    qapp.setProperty("kpstampsColorScheme", None)
    if hasattr(qapp.styleHints(), "unsetColorScheme"):
        qapp.styleHints().unsetColorScheme()
    qapp.setStyleSheet("")
    qapp.setStyle(style or "fusion")
    qapp.setPalette(palette)


def _window_lightness(qtbot) -> int:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget.palette().color(QPalette.ColorRole.Window).lightness()


def test_dark_palette_has_dark_window_and_light_text(app, qtbot):
    assert theme_palette.apply_palette(app, "dark") is True
    sheet = app.styleSheet()  # the dark fixes; with a sheet, style() is Qt's style-sheet wrapper
    app.setStyleSheet("")
    assert app.style().name().lower() == "fusion"
    app.setStyleSheet(sheet)
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



def test_unticked_check_box_is_visible_on_the_dark_palette(qapp, qtbot):
    """Fusion outlines check boxes in a darkened window colour, invisible on the dark base;
    the dark style sheet frames unticked ones (in item views and plain check boxes)."""
    from kpstamps.ui.common.palette import apply_palette, dark_palette
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QCheckBox, QListView, QVBoxLayout, QWidget

    def brightest_step(mode: str) -> int:
        apply_palette(qapp, mode)
        page = QWidget()
        qtbot.addWidget(page)
        model = QStandardItemModel(page)
        item = QStandardItem("theme")
        item.setCheckable(True)
        item.setCheckState(Qt.CheckState.Unchecked)
        model.appendRow(item)
        view = QListView(page)
        view.setModel(model)
        box = QCheckBox(page)
        layout = QVBoxLayout(page)
        layout.addWidget(view)
        layout.addWidget(box)
        page.resize(200, 160)
        page.show()
        steps = []
        for widget in (view.viewport(), box):
            image = widget.grab().toImage()
            base = widget.palette().color(widget.backgroundRole()).lightness()
            left = image.width() if widget is box else 30  # the indicator is at the left of the row
            steps.append(max(image.pixelColor(x, y).lightness() - base
                             for x in range(min(left, image.width())) for y in range(min(24, image.height()))))
        return min(steps)

    try:
        assert brightest_step("dark") > 60
        assert dark_palette().base().color().lightness() < 50
    finally:
        apply_palette(qapp, "light")
    assert qapp.styleSheet() == ""


def _luminance(colour) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_error_text_is_readable_on_both_palettes(app, mode):
    from kpstamps.ui.common.app_style import error_colour

    theme_palette.apply_palette(app, mode)
    window = app.palette().color(QPalette.ColorRole.Window)
    lighter, darker = sorted((_luminance(error_colour()), _luminance(window)), reverse=True)
    assert (lighter + 0.05) / (darker + 0.05) >= 4.5  # WCAG AA for text
    theme_palette.apply_palette(app, "light")
