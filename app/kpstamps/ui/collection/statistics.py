"""View → Statistics…: a non-modal window with the collection's figures and bar charts.

The figures are computed by `services.statistics` on a worker thread (its own session), so
a large catalogue never freezes the window. Clicking a bar (or Enter on it) filters the main
table by writing a search into its search box (`year:1990`, `kind:postcard`, `theme:sport`,
`serial:Ba79`), so the filter is visible and cleared like any other search.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kpstamps.domain.money import Money
from kpstamps.services.catalogue import glossary
from kpstamps.services.collection.statistics import (
    SeriesCompletion,
    Statistics,
    collection_statistics,
    write_csv,
)
from kpstamps.ui.collection.bar_chart import Bar, BarChart
from kpstamps.ui.common.file_places import remember, start_path
from kpstamps.ui.common.formatting import format_amount, format_money
from kpstamps.ui.common.screen_fit import fit_to_screen
from kpstamps.ui.common.tasks import run_task

TOP_THEMES = 15


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)


def _quoted(value: str, always: bool = False) -> str:
    """A search value, in quotes when it has spaces or quotes of its own would end it."""
    if always or any(c.isspace() or c in '"():' for c in value):
        return '"' + value.replace('"', " ") + '"'
    return value


def ask_save_path(parent: QWidget, caption: str, name_filter: str, suggested: str) -> str | None:
    """The file to write, or None if the collector cancels (tests replace `window.ask_path`)."""
    path, _chosen = QFileDialog.getSaveFileName(parent, caption, start_path("statistics", suggested), name_filter)
    remember("statistics", path)
    return path or None


class CompletionModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("", "Series"), QT_TRANSLATE_NOOP("", "Year"), QT_TRANSLATE_NOOP("", "Owned"),
               QT_TRANSLATE_NOOP("", "Items"), QT_TRANSLATE_NOOP("", "Complete"))

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[SeriesCompletion] = []

    def set_rows(self, rows: list[SeriesCompletion]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def series_id(self, row: int) -> int:
        return self._rows[row].series_id

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            name = f"{row.serial} {row.title}".strip()
            return (name, "" if row.year is None else str(row.year), str(row.owned), str(row.total),
                    f"{row.fraction:.0%}")[column]
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return (f"{row.serial} {row.title}", row.year or 0, row.owned, row.total, row.fraction)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _money_list(amounts: dict[str, int]) -> str:
    if not amounts:
        return tr("none")
    return ", ".join(format_money(Money(cents, currency)) if currency
                     else tr("{amount} (no currency)").format(amount=format_amount(cents))
                     for currency, cents in sorted(amounts.items()))


def summary_text(stats: Statistics) -> str:
    t = stats.totals
    lines = [
        tr("%Ln series", "", t.series) + " · " + tr("%Ln item(s)", "", t.items),
        tr("Owned: {items} ({copies}) · Wanted: {wanted} ({wcopies})").format(
            items=tr("%Ln item(s)", "", t.owned_items), copies=tr("%Ln copy(ies)", "", t.owned_copies),
            wanted=tr("%Ln item(s)", "", t.wanted_items), wcopies=tr("%Ln copy(ies)", "", t.wanted_copies)),
        tr("Series complete: {complete} · begun: {started}").format(complete=t.complete_series,
                                                                   started=t.started_series),
        tr("Money spent: {spent} ({unpriced})").format(
            spent=_money_list(stats.spent), unpriced=tr("%Ln holding(s) without a price", "", t.unpriced_holdings)),
        tr("Estimated catalogue value: {value}").format(value=_money_list(stats.value)),
    ]
    return "\n".join(lines)


class StatisticsWindow(QWidget):
    """Summary, charts by year/theme/kind and series completion; filters the main window."""

    loaded = Signal()

    def __init__(self, main_window, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self._main = main_window
        self.stats: Statistics | None = None
        self._generation = 0
        self.ask_path: Callable[[QWidget, str, str, str], str | None] = ask_save_path
        self.setObjectName("statisticsWindow")
        self.setWindowTitle(tr("Statistics"))
        fit_to_screen(self, 760, 620)

        self.summary = QLabel(self)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(tr("Summary of the collection"))
        self.year_chart = BarChart(tr("Items by year (hatched: owned)"), self)
        self.theme_chart = BarChart(tr("Series by theme"), self)
        self.kind_chart = BarChart(tr("Items by kind (hatched: owned)"), self)
        self.completion_model = CompletionModel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("Statistics charts"))
        for chart, title in ((self.year_chart, tr("By year")), (self.theme_chart, tr("By theme")),
                             (self.kind_chart, tr("By kind"))):
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(chart)
            self.tabs.addTab(scroll, title)
        self.completion_view = self._make_completion_view()
        self.tabs.addTab(self.completion_view, tr("Completion"))
        self.year_chart.barActivated.connect(self.filter_year)
        self.kind_chart.barActivated.connect(self.filter_kind)
        self.theme_chart.barActivated.connect(self.filter_theme)
        self.tabs.currentChanged.connect(self._update_buttons)

        self.status = QLabel(self)
        self.status.setAccessibleName(tr("Statistics status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._make_buttons())
        layout.addWidget(self.status)
        self._update_buttons()

    def _make_completion_view(self) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.completion_model)
        proxy.setSortRole(Qt.ItemDataRole.UserRole)
        view = QTableView(self)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # catalogue order until a header is clicked
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.setColumnWidth(0, 320)
        view.setAccessibleName(tr("Completion per series"))
        view.activated.connect(lambda index: self.filter_series(
            self.completion_model.series_id(proxy.mapToSource(index).row())))
        return view

    def _make_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.refresh_button = QPushButton(tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.png_button = QPushButton(tr("Export chart as &PNG…"), self)
        self.png_button.clicked.connect(lambda: self._ask_and_export("png"))
        self.svg_button = QPushButton(tr("Export chart as &SVG…"), self)
        self.svg_button.clicked.connect(lambda: self._ask_and_export("svg"))
        self.csv_button = QPushButton(tr("Export figures as &CSV…"), self)
        self.csv_button.clicked.connect(lambda: self._ask_and_export("csv"))
        self.clear_button = QPushButton(tr("Show &all rows"), self)
        self.clear_button.setToolTip(tr("Remove the filter set by clicking a bar"))
        self.clear_button.clicked.connect(lambda: self._filter("", ""))
        for button in (self.refresh_button, self.png_button, self.svg_button, self.csv_button, self.clear_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute the figures on a worker thread; an older result arriving late is dropped."""
        self._generation += 1
        generation, sessions = self._generation, self._main.catalogue.sessions
        name_order = list(self._main.prefs.name_order)
        run_task(lambda _job: collection_statistics(sessions, TOP_THEMES, name_order), parent=self,
                 on_result=lambda stats: self._on_finished(generation, stats),
                 on_error=lambda exc: self._on_failed(generation, str(exc)))
        self.status.setText(tr("Counting…"))

    def _on_finished(self, generation: int, stats: Statistics) -> None:
        if generation != self._generation:
            return
        self.show_statistics(stats)
        self.status.setText("")
        self.loaded.emit()

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.status.setText(tr("Could not compute the statistics: {error}").format(error=message))

    def show_statistics(self, stats: Statistics) -> None:
        self.stats = stats
        self.summary.setText(summary_text(stats))
        def counts(series: int | None, items: int, owned: int | None) -> str:
            parts = [] if series is None else [tr("%Ln series", "", series)]
            parts.append(tr("%Ln item(s)", "", items))
            if owned is not None:
                parts.append(tr("%Ln owned", "", owned))
            return ", ".join(parts)

        self.year_chart.set_bars([
            Bar(y.year, tr("unknown year") if y.year is None else str(y.year), y.items, y.owned_items,
                counts(y.series, y.items, y.owned_items)) for y in stats.by_year])
        self.theme_chart.set_bars([
            Bar(t.theme_id, t.name, t.series, None, counts(t.series, t.items, None)) for t in stats.by_theme])
        self.kind_chart.set_bars([
            Bar(k.kind, glossary.term(f"kind.{k.kind}", self._main.ui_lang), k.items, k.owned_items,
                counts(None, k.items, k.owned_items)) for k in stats.by_kind])
        self.completion_model.set_rows(stats.completion)
        self._update_buttons()

    # -- filtering the main table ----------------------------------------------------------
    def _filter(self, query: str | None, description: str) -> None:
        """Filter the main table by `query`, written into its search box so the collector sees
        it and "Clear filters" (or emptying the box) removes it; None: a message only."""
        if query is not None:
            bar = getattr(self._main, "search_bar", None)
            if bar is not None:
                bar.set_query(query)
        if query is None:
            message = description
        else:
            message = tr("Filtered by statistics: {what}").format(what=description) if description else ""
        self._main.statusBar().showMessage(message)
        self.status.setText(message)

    def filter_year(self, year: int | None) -> None:
        if year is None:
            self._filter(None, tr("The search cannot select series without a year."))
            return
        self._filter(f"year:{year}", tr("year {year}").format(year=year))

    def filter_kind(self, kind: str) -> None:
        self._filter(f"kind:{kind}", glossary.term(f"kind.{kind}", self._main.ui_lang))

    def filter_theme(self, theme_id: int) -> None:
        theme = next((t for t in (self.stats.by_theme if self.stats else []) if t.theme_id == theme_id), None)
        if theme is not None:
            self._filter(f"theme:{_quoted(theme.key)}", tr("theme {name}").format(name=theme.name))

    def filter_series(self, series_id: int) -> None:
        row = next((c for c in (self.stats.completion if self.stats else []) if c.series_id == series_id), None)
        if row is not None:
            query = f"serial:{_quoted(row.serial)}" if row.serial else _quoted(row.title, always=True)
            self._filter(query, tr("one series"))

    # -- export ----------------------------------------------------------------------------
    def current_chart(self) -> BarChart | None:
        page = self.tabs.currentWidget()
        return page.widget() if isinstance(page, QScrollArea) else None

    def _update_buttons(self) -> None:
        has_chart = self.current_chart() is not None
        self.png_button.setEnabled(has_chart)
        self.svg_button.setEnabled(has_chart)
        self.csv_button.setEnabled(self.stats is not None)

    def _ask_and_export(self, kind: str) -> None:
        filters = {"png": tr("PNG images (*.png)"), "svg": tr("SVG images (*.svg)"), "csv": tr("CSV files (*.csv)")}
        path = self.ask_path(self, tr("Export"), filters[kind], f"kpstamps-statistics.{kind}")
        if path:
            self.export(kind, Path(path))

    def export(self, kind: str, path: Path) -> bool:
        """Write the current chart (png/svg) or all figures (csv); reports in the status line."""
        try:
            if kind == "csv":
                if self.stats is None:
                    raise OSError(tr("the figures are not counted yet"))
                write_csv(self.stats, path)
            else:
                chart = self.current_chart()
                if chart is None:
                    raise OSError(tr("this tab has no chart"))
                chart.export_png(path) if kind == "png" else chart.export_svg(path)
        except OSError as exc:
            self.status.setText(tr("Could not save {path}: {error}").format(path=path, error=exc))
            return False
        self.status.setText(tr("Saved {path}").format(path=path))
        return True


def install(window) -> None:
    """View → Statistics…: opens (or raises) the statistics window and keeps it up to date."""
    holder: dict[str, StatisticsWindow] = {}

    def open_statistics() -> StatisticsWindow:
        panel = holder.get("window")
        if panel is None:
            panel = holder["window"] = StatisticsWindow(window, window)
            window.catalogueChanged.connect(lambda: panel.isVisible() and panel.refresh())
        panel.show()
        panel.raise_()
        panel.activateWindow()
        panel.refresh()
        return panel

    action = QAction(tr("&Statistics…"), window)
    action.setObjectName("actionStatistics")
    action.setStatusTip(tr("Figures and charts about the catalogue and the collection"))
    action.triggered.connect(open_statistics)
    window.menus["view"].addAction(action)
