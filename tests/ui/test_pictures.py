"""Thumbnails beside the table's rows (View toggle) and the front scan in the detail pane."""

from __future__ import annotations

from kpstamps.services.scans.store import attach_scans
from kpstamps.ui.scans.pictures import ThumbnailHeader
from PIL import Image


def _scanned_row(main_window, tmp_path) -> int:
    model = main_window.table_model
    row = next(r for r in range(model.rowCount()) if model.row_key(r).item_id is not None)
    path = tmp_path / "front.jpg"
    Image.new("RGB", (300, 200), (200, 30, 30)).save(path)
    attach_scans(main_window.catalogue, [path], item_id=model.row_key(row).item_id)
    main_window.catalogueChanged.emit()
    return row


def test_thumbnail_column_is_off_by_default_and_toggled_from_view(qtbot, main_window, tmp_path):
    row = _scanned_row(main_window, tmp_path)
    action = main_window.pictures.action
    assert action in main_window.menus["view"].actions() and not action.isChecked()
    assert not isinstance(main_window.table_view.verticalHeader(), ThumbnailHeader)
    action.trigger()
    header = main_window.table_view.verticalHeader()
    assert isinstance(header, ThumbnailHeader) and header.isVisible()
    assert header.picture(row) is None  # not looked up yet: painting does not wait
    qtbot.waitUntil(lambda: header.picture(row) is not None, timeout=5000)
    image = header.picture(row)
    assert max(image.width(), image.height()) <= header.pixel_size()
    assert header.picture(row + 1 if row + 1 < main_window.table_model.rowCount() else 0) is None
    main_window.table_view.viewport().grab()  # paints with pictures, never blocks
    action.trigger()
    assert not isinstance(main_window.table_view.verticalHeader(), ThumbnailHeader)
    assert not main_window.table_view.verticalHeader().isVisible()


def test_detail_pane_shows_the_front_scan(qtbot, main_window, tmp_path):
    row = _scanned_row(main_window, tmp_path)
    main_window.select_key(main_window.table_model.row_key(row))
    qtbot.waitUntil(lambda: "<img" in main_window.detail.toHtml(), timeout=5000)
    assert main_window.detail.waiting_for == ""
