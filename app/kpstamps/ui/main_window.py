"""The main window: table of series and items, detail pane, menus for every feature.

Features add themselves through `FEATURES`: each module has `install(window)` and uses the
window's public parts (menus, toolbar, sidebar, model, undo stack, signals). The window
itself knows nothing of search, scans, orders or import/export.
"""

from __future__ import annotations

import hashlib
import logging
from types import ModuleType

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kpstamps.services.browse.rows import RowKey
from kpstamps.services.browse.view import RowFilter
from kpstamps.services.catalogue.opening import Catalogue
from kpstamps.services.collection.statistics import catalogue_counts
from kpstamps.services.settings.preferences import Preferences
from kpstamps.ui.album import actions as album_actions
from kpstamps.ui.browse import search_bar
from kpstamps.ui.browse.detail_pane import DetailPane
from kpstamps.ui.collection import bulk_edit, holdings, statistics
from kpstamps.ui.common import icons, keyboard, session_state, shortcuts, user_guide
from kpstamps.ui.common.about import make_about_box
from kpstamps.ui.common.i18n import tr
from kpstamps.ui.editing import actions as editing_actions
from kpstamps.ui.editing import themes
from kpstamps.ui.orders import actions as orders_actions
from kpstamps.ui.packs import actions as packs_actions
from kpstamps.ui.scans import actions as scans_actions
from kpstamps.ui.scans import pictures
from kpstamps.ui.settings import preferences
from kpstamps.ui.table_model import COLUMNS, COUNTRY_COLUMN, CatalogueTableModel
from kpstamps.ui.transfer import actions as transfer_actions

log = logging.getLogger(__name__)

# The features, in the order they install: each module has install(window). A feature adds
# its menu entries and shortcuts here and imports its windows and dialogs when first used.
FEATURES: tuple[ModuleType, ...] = (
    search_bar,
    editing_actions,
    holdings,
    bulk_edit,
    themes,
    scans_actions,
    pictures,
    orders_actions,
    album_actions,
    transfer_actions,
    packs_actions,
    statistics,
    preferences,
    shortcuts,
    user_guide,
    keyboard,
    session_state,
    icons,
)
MENU_NAMES = ("file", "edit", "view", "orders", "tools", "help")



class MainWindow(QMainWindow):
    currentKeyChanged = Signal(object)  # RowKey | None
    catalogueChanged = Signal()  # after an edit: views re-read what they show

    def __init__(self, catalogue: Catalogue, prefs: Preferences, ui_lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.prefs = prefs
        self.ui_lang = ui_lang
        self.undo_stack = QUndoStack(self)
        self._where = RowFilter()  # the search's filter (see reload)
        self.filters: dict[str, RowFilter] = {}  # named filters ANDed with it
        self._totals: dict[str, int] | None = None  # catalogue totals for the status bar
        self._pending_key: RowKey | None = None  # the current row, to select once it is read
        self.setWindowTitle(tr("KP Stamps"))
        self.resize(self.initial_size())

        self.table_model = CatalogueTableModel(catalogue.sessions, prefs.name_order, ui_lang, self)
        self.table_model.tr_header = lambda text: QCoreApplication.translate("CatalogueTable", text)
        self.table_view = self._make_table()
        self.detail = DetailPane(catalogue.sessions, prefs.name_order, ui_lang, self)
        self.sidebar = QWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar_layout = QVBoxLayout(self.sidebar)
        self.sidebar_layout.setContentsMargins(4, 4, 4, 4)
        self.sidebar.hide()  # shown when a feature puts something in it

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.table_view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([240, 1000, 320])
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self.toolbar = QToolBar(tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.addToolBar(self.toolbar)
        self.menus: dict[str, QMenu] = {}
        self._make_menus()
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)

        self.catalogueChanged.connect(self._on_catalogue_changed)
        self.table_model.modelReset.connect(self.update_status)
        self.table_model.keysRead.connect(self._select_pending_key)
        self.reload()
        self._install_features()
        self.restore_layout()

    # -- building --------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("catalogueTable")
        view.setModel(self.table_model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # No indicator: catalogue order (date, serial, position) until a column is clicked.
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicatorShown(True)
        view.horizontalHeader().setStretchLastSection(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setAccessibleName(tr("Catalogue: series and items"))
        # Owned and Wanted right after the item's number (visual order only), so they stay on
        # screen at 1366 pixels also with the filter panel open; the long texts come after.
        widths = {"Serial": 60, "Date": 86, "Series": 180, "#": 32, "Kind": 110, "Title": 230,
                  "Face value": 86, "Catalogue numbers": 140, "Owned": 56, "Wanted": 60, "Country": 50}
        header = view.horizontalHeader()
        for column, (title, _attr, _sort) in enumerate(COLUMNS):
            view.setColumnWidth(column, widths.get(title, 100))
        titles = [title for title, _attr, _sort in COLUMNS]
        for offset, title in enumerate(("Owned", "Wanted")):
            if title in titles:
                header.moveSection(header.visualIndex(titles.index(title)), titles.index("#") + 1 + offset)
        view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        return view

    def _make_menus(self) -> None:
        titles = {"file": tr("&File"), "edit": tr("&Edit"), "view": tr("&View"), "orders": tr("&Orders"),
                  "tools": tr("&Tools"), "help": tr("&Help")}
        for name in MENU_NAMES:
            menu = self.menuBar().addMenu(titles[name])
            menu.setObjectName(f"menu_{name}")
            self.menus[name] = menu
        quit_action = QAction(tr("&Quit"), self)
        quit_action.setObjectName("actionQuit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menus["file"].addAction(quit_action)
        self.quit_action = quit_action
        undo = self.undo_stack.createUndoAction(self, tr("&Undo"))
        undo.setObjectName("actionUndo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, tr("&Redo"))
        redo.setObjectName("actionRedo")
        # Both common keys, each once: Ctrl+Shift+Z twice was an "Ambiguous shortcut overload"
        # (the platform's Redo is Ctrl+Shift+Z on some desktops) that left Redo without a key.
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.menus["edit"].addActions([undo, redo])
        self.menus["edit"].addSeparator()
        about = QAction(tr("&About KP Stamps"), self)
        about.setObjectName("actionAbout")
        about.triggered.connect(lambda: make_about_box(self).open())
        self.menus["help"].addAction(about)

    def _install_features(self) -> None:
        for feature in FEATURES:
            feature.install(self)
        self._put_quit_last()

    def _put_quit_last(self) -> None:
        """Features add to File around Quit; Preferences and Quit belong at its end."""
        menu = self.menus["file"]
        last = [a for a in menu.actions() if a is self.quit_action or a.objectName() == "openPreferences"]
        for action in last:
            menu.removeAction(action)
        while menu.actions() and menu.actions()[0].isSeparator():
            menu.removeAction(menu.actions()[0])
        while menu.actions() and menu.actions()[-1].isSeparator():
            menu.removeAction(menu.actions()[-1])
        for action in sorted(last, key=lambda a: a is self.quit_action):  # Preferences, then Quit
            menu.addSeparator()
            menu.addAction(action)

    # -- window state ----------------------------------------------------------------------
    def initial_size(self) -> QSize:
        """1400×850, or less on a small screen or a large scale factor (the window must fit)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(1400, 850)
        free = screen.availableGeometry()
        return QSize(min(1400, free.width() * 95 // 100), min(850, free.height() * 90 // 100))

    @property
    def settings_group(self) -> str:
        """QSettings group of this catalogue's window layout: catalogues opened with different
        `--home`/`--db` keep their own geometry, docks and columns."""
        digest = hashlib.sha1(self.catalogue.url.encode("utf-8")).hexdigest()[:12]
        return f"mainWindow/{digest}"

    def restore_layout(self) -> None:
        """Geometry, toolbars/docks, splitter and column widths from the last session."""
        settings = QSettings()
        group = self.settings_group
        for key, restore in (("geometry", self.restoreGeometry), ("state", self.restoreState),
                             ("splitter", self.splitter.restoreState),
                             ("columns", self.table_view.horizontalHeader().restoreState)):
            value = settings.value(f"{group}/{key}")
            if value is None:  # saved before layouts were kept per catalogue
                value = settings.value(f"mainWindow/{key}")
            if value is not None:
                restore(value)
        if settings.value(f"{group}/state", settings.value("mainWindow/state")) is None:
            self._size_bottom_docks()

    def _size_bottom_docks(self) -> None:
        """First start: the bottom docks (checklist, gallery) get 45 % of the height, enough for
        the rows of a series; the table keeps the rest (tests/ui/test_default_layout.py)."""
        docks = [d for d in self.findChildren(QDockWidget)
                 if self.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea and not d.isFloating()
                 and not d.isHidden()]
        if docks:
            self.resizeDocks(docks, [self.height() * 45 // 100] * len(docks), Qt.Orientation.Vertical)

    def save_layout(self) -> None:
        settings = QSettings()
        group = self.settings_group
        settings.setValue(f"{group}/geometry", self.saveGeometry())
        settings.setValue(f"{group}/state", self.saveState())
        settings.setValue(f"{group}/splitter", self.splitter.saveState())
        settings.setValue(f"{group}/columns", self.table_view.horizontalHeader().saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)

    # -- rows and selection ----------------------------------------------------------------
    def reload(self, where: RowFilter = ..., keys: list[RowKey] | None = None) -> None:
        """Re-read the table's rows (with a new search filter if given), keeping the current row.

        `where` (a services.browse.view.RowFilter, built by the services) replaces the
        search's filter; the named filters of `set_filter` (e.g. "only incomplete series")
        stay and are combined with it.
        """
        current = self.current_key()
        if where is not ...:
            self._where = where
        self.table_model.reload(RowFilter.combine([self._where, *self.filters.values()]), keys)
        self._show_country_column()
        # Past the first page the row is found when the table has read the rest of the keys.
        found = current is not None and self.select_key(current, read_all=False)
        self._pending_key = current if not found and not self.table_model.complete else None
        if not found:
            self.table_view.scrollToTop()  # a new result starts at its top (and paints only its first page)
            # A model reset sends no selectionChanged: say the shown row is gone, so the detail
            # pane and the checklist do not keep a series the table no longer lists.
            self.detail.show_key(None)
            self.currentKeyChanged.emit(None)
        self.update_status()

    def _show_country_column(self) -> None:
        """The Country column only when the catalogue mixes countries (imported collections)."""
        self.table_view.setColumnHidden(COUNTRY_COLUMN, self.totals()["countries"] <= 1)

    def _select_pending_key(self) -> None:
        if not self.table_model.complete:
            return  # a signal left from before the last reload
        key, self._pending_key = self._pending_key, None
        if key is not None and self.current_key() is None:
            self.select_key(key, read_all=False)

    def set_filter(self, name: str, rows: RowFilter | None) -> None:
        """Add (or with None remove) a named filter that stays on while the search changes."""
        if rows is None:
            self.filters.pop(name, None)
        else:
            self.filters[name] = rows
        self.reload()

    def current_key(self) -> RowKey | None:
        index = self.table_view.currentIndex()
        return self.table_model.row_key(index.row()) if index.isValid() else None

    def selected_keys(self) -> list[RowKey]:
        rows = sorted({i.row() for i in self.table_view.selectionModel().selectedRows()})
        return [k for k in (self.table_model.row_key(r) for r in rows) if k is not None]

    def select_key(self, key: RowKey, read_all: bool = True) -> bool:
        row = self.table_model.row_for(key, read_all)
        if row < 0:
            return False
        self.table_view.selectRow(row)
        self.table_view.scrollTo(self.table_model.index(row, 0))
        return True

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        key = self.current_key()
        self.detail.show_key(key)
        self.currentKeyChanged.emit(key)

    def _on_catalogue_changed(self) -> None:
        self._totals = None
        self.reload()
        self.detail.show_key(self.current_key())

    def totals(self) -> dict[str, int]:
        """The catalogue's totals (status bar, Country column): read once, again after an edit,
        not on every search."""
        if self._totals is None:
            self._totals = catalogue_counts(self.catalogue.sessions)
        return self._totals

    def update_status(self) -> None:
        shown = self.table_model.rowCount()
        totals = self.totals()
        self.status_label.setText(" · ".join((
            tr("%Ln row(s) shown", "", shown), tr("%Ln series", "", totals["series"]),
            tr("%Ln item(s)", "", totals["items"]), tr("%Ln owned", "", totals["owned"]),
            tr("%Ln wanted", "", totals["wanted"]))))
