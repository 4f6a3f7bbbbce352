"""Icons: the desktop's icon theme where it has one, else the SVGs bundled in resources/icons.

`QIcon.fromTheme` gives the platform's own icons (the freedesktop theme on Linux; Qt ≥ 6.7
maps the same names to the system icon fonts on Windows 11 and macOS). The bundled icons
are simple originals (licence: resources/icons/LICENSE.txt); their outlines are drawn in the
palette's text colour, so they stay visible in dark mode and are redrawn when it changes.
They are rendered when Qt first asks for a size (and kept), so they are sharp at any screen
scale and a start renders only the few pixmaps it shows.
"""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLineEdit, QToolBar

from kpstamps.ui.common.i18n import tr

SIZES = (16, 22, 24, 32, 48, 64, 96, 128, 256)
APP_ICON = "kpstamps"
# action objectName → icon name (freedesktop naming; each has a bundled SVG of that name)
ACTION_ICONS = {
    "actionNewSeries": "document-new",
    "actionUndo": "edit-undo",
    "actionRedo": "edit-redo",
    "actionStatistics": "office-chart-bar",
    "openPreferences": "preferences-system",
    "actionKeyboardShortcuts": "help-keyboard-shortcuts",
    "actionQuit": "application-exit",
    "actionAbout": "help-about",
    "actionFind": "edit-find",
}
TOOLBAR_ACTIONS = ("actionUndo", "actionRedo", "actionStatistics")  # besides New series


def bundled_svg(name: str) -> bytes | None:
    resource = files("kpstamps.resources") / "icons" / f"{name}.svg"
    return resource.read_bytes() if resource.is_file() else None


def render_svg(data: bytes, size: int, colour: QColor | None = None) -> QPixmap:
    """A square pixmap of the SVG, `currentColor` replaced by `colour` (default: black)."""
    tint = (colour or QColor("black")).name().encode()
    renderer = QSvgRenderer(QByteArray(data.replace(b"currentColor", tint)))
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        renderer.render(painter, QRectF(0, 0, size, size))
    finally:
        painter.end()
    return pixmap


class _TintedSvgEngine(QIconEngine):
    """A bundled SVG in one colour per icon mode, rendered at each size when first asked for."""

    def __init__(self, data: bytes, normal: QColor, disabled: QColor):
        super().__init__()
        self._data, self._normal, self._disabled = data, QColor(normal), QColor(disabled)
        self._pixmaps: dict[tuple[int, bool], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        disabled = mode == QIcon.Mode.Disabled
        key = (side, disabled)
        if key not in self._pixmaps:
            self._pixmaps[key] = render_svg(self._data, side, self._disabled if disabled else self._normal)
        return QPixmap(self._pixmaps[key])

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = self.pixmap(rect.size() * scale, mode, state)
        painter.drawPixmap(rect, pixmap)

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal,  # noqa: N802 (Qt's name)
                       state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        return [QSize(size, size) for size in SIZES]

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._data, self._normal, self._disabled)


def bundled_icon(name: str, colour: QColor | None = None) -> QIcon:
    data = bundled_svg(name)
    if data is None:
        return QIcon()
    palette = QGuiApplication.palette()
    if colour is None:
        colour = palette.windowText().color()
    disabled = palette.color(palette.ColorGroup.Disabled, palette.ColorRole.WindowText)
    return QIcon(_TintedSvgEngine(data, colour, disabled))


def themed_icon(name: str) -> QIcon:
    """The theme's icon called `name`, or the bundled one."""
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    return bundled_icon(name)


def app_icon() -> QIcon:
    return bundled_icon(APP_ICON)  # the program's own mark, never a theme's


def _named_actions(window) -> dict[str, QAction]:
    found = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName()}
    editing = getattr(window, "editing", None)
    if editing is not None and "actionNewSeries" not in found:
        found["actionNewSeries"] = editing.new_action
    return found


def apply_icons(window) -> None:
    """(Re)set the icons of the window's actions, the search box and the window itself."""
    window.setWindowIcon(app_icon())
    actions = _named_actions(window)
    for name, icon_name in ACTION_ICONS.items():
        if name in actions:
            actions[name].setIcon(themed_icon(icon_name))
    bar = getattr(window, "search_bar", None)
    if bar is not None:
        find = getattr(bar, "_find_icon_action", None)
        if find is None:
            find = bar._find_icon_action = bar.edit.addAction(QIcon(), QLineEdit.ActionPosition.LeadingPosition)
            find.setToolTip(tr("Search the catalogue"))
        find.setIcon(themed_icon("edit-find"))


class _PaletteWatcher(QObject):
    """Re-tints the bundled icons when the light/dark palette changes."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.PaletteChange:
            apply_icons(self._window)
        return False


def install(window) -> None:
    apply_icons(window)
    actions = _named_actions(window)
    toolbar: QToolBar = window.toolbar
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for name in TOOLBAR_ACTIONS:
        if name in actions and actions[name] not in toolbar.actions():
            toolbar.addAction(actions[name])
    window.installEventFilter(_PaletteWatcher(window))
