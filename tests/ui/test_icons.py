from importlib.resources import files

from kpstamps.ui.common.icons import (
    ACTION_ICONS,
    TOOLBAR_ACTIONS,
    bundled_icon,
    bundled_svg,
    render_svg,
)
from kpstamps.ui.common.palette import apply_palette
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QColor, QIcon
from PySide6.QtWidgets import QApplication


def test_every_named_icon_is_bundled_with_a_licence():
    folder = files("kpstamps.resources") / "icons"
    assert (folder / "LICENSE.txt").is_file()
    for name in (*ACTION_ICONS.values(), "kpstamps", "edit-find"):
        data = bundled_svg(name)
        assert data is not None and b"<svg" in data, name
        assert not render_svg(data, 32).toImage().isNull()


def test_actions_and_window_have_icons(main_window):
    assert not main_window.windowIcon().isNull()
    named = {a.objectName(): a for a in main_window.findChildren(QAction) if a.objectName()}
    named["actionNewSeries"] = main_window.editing.new_action
    for name in ACTION_ICONS:
        assert not named[name].icon().isNull(), name
    toolbar_actions = main_window.toolbar.actions()
    for name in TOOLBAR_ACTIONS:
        assert named[name] in toolbar_actions


def _darkest_and_lightest(icon) -> tuple[int, int]:
    image = icon.pixmap(48, 48).toImage()
    values = [QColor(image.pixel(x, y)).lightness() for x in range(image.width()) for y in range(image.height())
              if QColor.fromRgba(image.pixel(x, y)).alpha() > 200]
    return min(values), max(values)


def test_bundled_icons_follow_the_palette(main_window, qtbot):
    app = QApplication.instance()
    try:
        apply_palette(app, "dark")
        dark_icon = bundled_icon("edit-undo")
        assert _darkest_and_lightest(dark_icon)[0] > 150  # light strokes on a dark window
        apply_palette(app, "light")
        assert _darkest_and_lightest(bundled_icon("edit-undo"))[1] < 100
    finally:
        apply_palette(app, "light")


def test_bundled_icons_render_each_size_on_demand(qapp):
    icon = bundled_icon("edit-undo", QColor("black"))
    assert not icon.isNull() and QSize(256, 256) in icon.availableSizes()
    for side in (16, 40, 96):  # 40 is not a listed size: drawn for it, not scaled
        pixmap = icon.pixmap(side, side)
        assert pixmap.size() == QSize(side, side) and not pixmap.toImage().isNull()
    normal = icon.pixmap(32, 32, QIcon.Mode.Normal).toImage()
    disabled = icon.pixmap(32, 32, QIcon.Mode.Disabled).toImage()
    assert normal != disabled  # the disabled tint
    assert not QIcon(icon).pixmap(24, 24).isNull()  # a copy shares the engine
