"""The album dock: clicks and keys on the real canvas select items everywhere and tick them."""

from __future__ import annotations

import threading

import pytest
from kpstamps.db.models import Holding, Item, Series, Want
from kpstamps.domain.album.geometry import Shape
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QPushButton
from sqlalchemy import func, select


@pytest.fixture
def album(main_window, qtbot):
    feature = main_window.album_feature
    feature.dock.show()  # builds the dock's contents (not built at start-up)
    contents = feature.contents()
    qtbot.waitUntil(lambda: contents.canvas.page_count() > 0, timeout=3000)
    return contents


def _click(canvas, item_id: int, button=Qt.MouseButton.LeftButton) -> None:
    rect = canvas.space_rect(item_id)
    assert rect is not None, "the space is not on the current page"
    QTest.mouseClick(canvas, button, Qt.KeyboardModifier.NoModifier, rect.center().toPoint())


def _new_year(catalogue) -> list[int]:
    with catalogue.sessions() as s:
        series = s.scalar(select(Series).where(Series.title_en == "New Year 2025"))
        return [i.id for i in series.items]


def test_one_page_per_series_with_spaces_at_real_size_and_the_oval(album, catalogue):
    canvas = album.canvas
    pages = canvas.layout_.pages
    assert all(len([h for h in p.headers if not h.continued]) <= 1 for p in pages)  # a page per series
    assert {h.series_id for p in pages for h in p.headers} == set(canvas.layout_.series)
    stamp = _new_year(catalogue)[0]
    canvas.select_item(stamp, notify=False)
    space = next(s for s in canvas.spaces() if s.item_id == stamp)
    assert space.geometry.shape is Shape.OVAL and space.geometry.assumed
    rect = canvas.space_rect(stamp)
    px_per_mm = canvas.logicalDpiX() / 25.4 * canvas.zoom
    assert abs(rect.width() / px_per_mm - (40 + 2 * 1.0)) < 0.2


def test_click_on_a_space_selects_the_item_in_table_checklist_and_detail(album, main_window, catalogue, qtbot):
    canvas = album.canvas
    stamp = _new_year(catalogue)[0]
    canvas.select_item(stamp, notify=False)
    postcard = _new_year(catalogue)[1]
    _click(canvas, postcard)
    assert canvas.current_item == postcard
    assert main_window.current_key().item_id == postcard
    checklist = main_window.holdings_feature.model
    assert checklist.series_id == main_window.current_key().series_id


def test_keys_move_between_spaces_and_pages_and_tick_owned_and_wanted(album, main_window, catalogue, qtbot):
    canvas = album.canvas
    first, second = _new_year(catalogue)[:2]
    canvas.select_item(first, notify=False)
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.current_item == second and main_window.current_key().item_id == second
    QTest.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.current_item == first
    page = canvas.page_index
    QTest.keyClick(canvas, Qt.Key.Key_PageDown)
    assert canvas.page_index == page + 1 and canvas.current_item not in (first, second)
    QTest.keyClick(canvas, Qt.Key.Key_PageUp)
    assert canvas.page_index == page
    canvas.select_item(first)
    QTest.keyClick(canvas, Qt.Key.Key_O)
    QTest.keyClick(canvas, Qt.Key.Key_W)
    with catalogue.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Holding).where(Holding.item_id == first)) == 1
        assert s.scalar(select(func.count()).select_from(Want).where(Want.item_id == first)) == 1
    qtbot.waitUntil(lambda: canvas.layout_.items[first].status == "owned", timeout=3000)
    main_window.undo_stack.undo()
    with catalogue.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Want).where(Want.item_id == first)) == 0


def test_context_menu_ticks_owned(album, catalogue, qtbot):
    canvas = album.canvas
    item = _new_year(catalogue)[2]
    canvas.select_item(item, notify=False)
    centre = canvas.space_rect(item).center().toPoint()
    canvas.contextMenuEvent(_context_event(canvas, centre))
    menu = qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=2000) or \
        QApplication.activePopupWidget()
    owned = next(a for a in menu.actions() if a.text().startswith("Owned"))
    owned.trigger()
    menu.close()
    with catalogue.sessions() as s:
        assert s.scalar(select(func.sum(Holding.quantity)).where(Holding.item_id == item)) == 1


def _context_event(widget, point: QPoint):
    from PySide6.QtGui import QContextMenuEvent

    return QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point))


def test_the_album_follows_the_search(album, main_window, catalogue, qtbot):
    main_window.search_bar.edit.setText("year:2024")
    QTest.keyClick(main_window.search_bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: all(s.year == 2024 for s in album.canvas.layout_.series.values()), timeout=3000)
    with catalogue.sessions() as s:
        assert {x.id for x in album.canvas.layout_.series.values()} == set(
            s.scalars(select(Series.id).where(Series.year == 2024)))


def test_size_typed_in_the_series_dialog_reaches_the_album(album, catalogue, qtbot):
    first = _new_year(catalogue)[0]
    with catalogue.sessions.begin() as s:
        item = s.get(Item, first)
        item.width_mm, item.height_mm = 33.5, 27.0
    album.window.catalogueChanged.emit()
    qtbot.waitUntil(lambda: not album.canvas.layout_.items[first].geometry.assumed, timeout=3000)
    g = album.canvas.layout_.items[first].geometry
    assert (g.width_mm, g.height_mm, g.shape) == (33.5, 27.0, Shape.OVAL)


def test_print_album_dialog_previews_without_a_local_printer(album, main_window, qtbot):
    dialog = album.print_album()
    qtbot.waitUntil(dialog.isVisible)
    QTest.mouseClick(dialog.findChild(QPushButton, "previewButton"), Qt.MouseButton.LeftButton)
    preview = album.preview_dialog
    qtbot.waitUntil(preview.isVisible)
    assert album.printer is not None
    QTest.keyClick(preview, Qt.Key.Key_Escape)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_copies_to_keep_from_the_context_menu_feed_the_swap_list(album, main_window, catalogue, qtbot):
    canvas = album.canvas
    item = _new_year(catalogue)[1]
    canvas.select_item(item, notify=False)
    canvas.contextMenuEvent(_context_event(canvas, canvas.space_rect(item).center().toPoint()))
    menu = QApplication.activePopupWidget()
    keep = menu.findChild(QMenu, "albumKeepMenu")
    next(a for a in keep.actions() if a.text() == "0").trigger()
    menu.close()
    with catalogue.sessions() as s:
        assert s.get(Item, item).keep_quantity == 0
    main_window.undo_stack.undo()
    with catalogue.sessions() as s:
        assert s.get(Item, item).keep_quantity == 1


def test_the_front_scan_is_painted_inside_the_oval(album, catalogue, home, tmp_path, qtbot):
    from kpstamps.services.scans.store import attach_scans
    from PIL import Image

    source = tmp_path / "red.png"
    Image.new("RGB", (400, 300), (220, 20, 20)).save(source)
    stamp = _new_year(catalogue)[0]
    attach_scans(catalogue, [source], item_id=stamp)
    album.window.catalogueChanged.emit()
    canvas = album.canvas
    qtbot.waitUntil(lambda: canvas.layout_.items[stamp].scan is not None, timeout=3000)
    canvas.select_item(stamp, notify=False)
    centre = canvas.space_rect(stamp).center().toPoint()
    corner = canvas.space_rect(stamp).topLeft().toPoint() + QPoint(3, 3)  # outside the oval

    def red(point) -> bool:
        colour = canvas.grab().toImage().pixelColor(point)
        return colour.red() > 180 and colour.green() < 80

    qtbot.waitUntil(lambda: red(centre), timeout=5000)  # the thumbnail arrives from a worker
    assert not red(corner)


def test_print_list_saves_a_want_list_as_csv_in_the_chosen_language(album, main_window, catalogue, tmp_path,
                                                                    monkeypatch, qtbot):
    from PySide6.QtWidgets import QFileDialog

    first = _new_year(catalogue)[0]
    with catalogue.sessions.begin() as s:
        s.add(Want(item_id=first, quantity=3, condition="mnh"))
    out = tmp_path / "wants.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    dialog = album.print_list()
    qtbot.waitUntil(dialog.isVisible)
    dialog.kind.setCurrentIndex(dialog.kind.findData("wanted"))
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))
    QTest.mouseClick(dialog.findChild(QPushButton, "csvButton"), Qt.MouseButton.LeftButton)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and "2025년 새해" in lines[1] and lines[0].startswith("일련번호")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


class _Gate:
    """Stands in for the dock's album read: the calls chosen block in their (pool) thread until
    released, so a test sees what the window does while a read is still running."""

    def __init__(self, monkeypatch, block=lambda n: True):
        from kpstamps.ui.album import dock

        self.real, self.block = dock.read_first_series, block
        self.started, self.release = threading.Event(), threading.Event()
        self.calls: list[tuple[int, int]] = []  # (call number, thread id)
        monkeypatch.setattr(dock, "read_first_series", self)

    def __call__(self, session, where, limit):
        number = len(self.calls) + 1
        self.calls.append((number, threading.get_ident()))
        if self.block(number):
            self.started.set()
            # bounded only so that a read back on the GUI thread fails the test instead of hanging it
            assert self.release.wait(30), "the album read was never released"
        return self.real(session, where, limit)


def _search(window, text: str) -> None:
    edit = window.search_bar.edit
    edit.selectAll()
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


def _years(album) -> set:
    return {s.year for s in album.canvas.layout_.series.values()}


def test_a_newer_reload_wins_over_an_older_one_still_running(album, main_window, catalogue, qtbot, monkeypatch):
    gate = _Gate(monkeypatch, block=lambda n: n == 1)  # only the first read is held
    shown = _years(album)
    try:
        _search(main_window, "year:2024")
        qtbot.waitUntil(gate.started.is_set, timeout=5000)
        older = album._task
        assert _years(album) == shown  # the previous album stays until the new one arrives
        _search(main_window, "year:2025")
        qtbot.waitUntil(lambda: _years(album) == {2025}, timeout=5000)
        assert older.running and album._task is not older
    finally:
        gate.release.set()
    with qtbot.waitSignal(older.finished, timeout=5000):
        pass  # the older read's outcome is delivered now ... and dropped
    assert _years(album) == {2025} and not album.loading()
    with catalogue.sessions() as s:
        assert {x.id for x in album.canvas.layout_.series.values()} == set(
            s.scalars(select(Series.id).where(Series.year == 2025)))


def test_typing_a_search_while_the_album_is_read_keeps_the_window_responsive(album, main_window, qtbot,
                                                                              monkeypatch):
    gate = _Gate(monkeypatch)
    edit = main_window.search_bar.edit
    try:
        _search(main_window, "year:2024")
        qtbot.waitUntil(gate.started.is_set, timeout=5000)
        assert album.loading() and gate.calls[0][1] != threading.get_ident()  # read in a pool thread
        edit.selectAll()
        QTest.keyClicks(edit, "year:2025")  # the search box takes keys while the read runs
        assert edit.text() == "year:2025" and album.loading()
        QTest.keyClick(edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(gate.calls) >= 2, timeout=5000)  # a new read started meanwhile
    finally:
        gate.release.set()
    qtbot.waitUntil(lambda: not album.loading() and _years(album) == {2025}, timeout=5000)


def test_a_failed_album_read_shows_in_the_dock_note(album, main_window, qtbot, monkeypatch):
    from kpstamps.errors import CatalogueError
    from kpstamps.ui.album import dock

    def broken(session, where, limit):
        raise CatalogueError("the disk is gone")

    shown = _years(album)
    monkeypatch.setattr(dock, "read_first_series", broken)
    _search(main_window, "year:2024")
    qtbot.waitUntil(lambda: "the disk is gone" in album.panel.note.text(), timeout=5000)
    assert _years(album) == shown  # the previous album stays
