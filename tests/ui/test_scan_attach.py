"""Attaching scans in the main window: drops on the table and the detail pane (delivered as Qt
events, several files with bad ones among them), paste from the clipboard, the file dialog."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from kpstamps.services.browse import RowKey
from kpstamps.services.scans import list_scans


def _jpeg(path, size=(800, 600), color=(180, 40, 40)):
    Image.new("RGB", size, color).save(path, "JPEG")
    return path


def _item_key(window) -> RowKey:
    return next(k for k in window.table_model.keys() if k.item_id is not None)


@pytest.fixture
def feature(main_window):
    return main_window.scan_feature


def test_drop_on_a_table_row_attaches_to_that_row(feature, main_window, tmp_path):
    key = _item_key(main_window)
    row = main_window.table_model.row_for(key)
    view = main_window.table_view
    pos = view.visualRect(main_window.table_model.index(row, 0)).center()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_jpeg(tmp_path / "dropped.jpg")))])
    event = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    assert feature.eventFilter(view.viewport(), event)
    assert [s.original_name for s in list_scans(main_window.catalogue, item_id=key.item_id)] == ["dropped.jpg"]


def test_paste_image_from_clipboard(feature, main_window):
    key = _item_key(main_window)
    main_window.select_key(key)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    QGuiApplication.clipboard().setImage(image)
    results = feature.paste()
    assert results and results[0].ok
    scan = list_scans(main_window.catalogue, item_id=key.item_id)[0]
    assert (scan.extension, scan.width, scan.height) == ("png", 40, 30)


def test_attach_through_the_file_dialog(feature, main_window, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    key = _item_key(main_window)
    main_window.select_key(key)
    feature.attach_action.trigger()
    dialog = main_window.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.filesSelected.emit([str(_jpeg(tmp_path / "chosen.jpg"))])
    dialog.close()
    assert [s.original_name for s in list_scans(main_window.catalogue, item_id=key.item_id)] == ["chosen.jpg"]


def test_drop_on_the_detail_pane_attaches_to_the_current_row(feature, main_window, tmp_path):
    from PySide6.QtGui import QDragEnterEvent

    key = _item_key(main_window)
    main_window.select_key(key)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_jpeg(tmp_path / "pane.jpg")))])
    viewport = main_window.detail.viewport()
    enter = QDragEnterEvent(QPointF(viewport.rect().center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    assert feature.eventFilter(viewport, enter) and enter.isAccepted()
    drop = QDropEvent(QPointF(viewport.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    assert feature.eventFilter(viewport, drop)
    assert [s.original_name for s in list_scans(main_window.catalogue, item_id=key.item_id)] == ["pane.jpg"]


def _file_mime(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _send_drag_and_drop(widget, pos, mime):
    """Deliver enter, move and drop through Qt (so the event filter path is the real one)."""
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent

    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    pos = QPointF(pos)
    enter = QDragEnterEvent(pos, *args)
    QApplication.sendEvent(widget, enter)
    move = QDragMoveEvent(pos, *args)
    QApplication.sendEvent(widget, move)
    drop = QDropEvent(pos, *args)
    QApplication.sendEvent(widget, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_multi_file_drop_attaches_the_good_files_and_names_the_bad(feature, main_window, tmp_path, qtbot):
    key = _item_key(main_window)
    view = main_window.table_view
    pos = view.visualRect(main_window.table_model.index(main_window.table_model.row_for(key), 0)).center()
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    text = tmp_path / "letter.jpg"
    text.write_text("Dear collector")
    truncated = tmp_path / "cut.jpg"
    truncated.write_bytes(_jpeg(tmp_path / "whole.jpg", (400, 300)).read_bytes()[:700])
    files = [_jpeg(tmp_path / "front.jpg"), empty, text, truncated, _jpeg(tmp_path / "back.jpg", color=(9, 9, 90))]
    depth = main_window.undo_stack.count()
    entered, dropped = _send_drag_and_drop(view.viewport(), pos, _file_mime(*files))
    assert entered and dropped
    assert [s.original_name for s in list_scans(main_window.catalogue, item_id=key.item_id)] == [
        "front.jpg", "back.jpg"]
    message = feature.message_box.text()
    assert "empty.jpg: the file is empty" in message and "letter.jpg: not an image" in message
    assert "cut.jpg: the image is damaged or truncated" in message and "front.jpg" not in message
    assert main_window.undo_stack.count() == depth + 1  # one undo step for the whole drop
    feature.message_box.close()


def test_drag_without_files_or_off_the_rows_is_refused(feature, main_window, tmp_path):
    from PySide6.QtGui import QDragEnterEvent

    main_window.search_bar.edit.setText("friendship")  # two rows: the foot of the table is empty
    main_window.search_bar.apply()
    viewport = main_window.table_view.viewport()
    text_only = QMimeData()
    text_only.setText("just words")
    enter = QDragEnterEvent(QPointF(viewport.rect().center()), Qt.DropAction.CopyAction, text_only,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    assert not feature.eventFilter(viewport, enter)
    files = _file_mime(_jpeg(tmp_path / "a.jpg"))  # the event holds no reference: keep one
    below_rows = QDragEnterEvent(QPointF(viewport.rect().bottomLeft()) + QPointF(2, -2), Qt.DropAction.CopyAction,
                                 files, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    if main_window.table_view.indexAt(below_rows.position().toPoint()).isValid():
        pytest.skip("the rows fill the viewport")
    assert not feature.eventFilter(viewport, below_rows)


def test_paste_files_copied_in_a_file_manager(feature, main_window, tmp_path):
    key = _item_key(main_window)
    main_window.select_key(key)
    QGuiApplication.clipboard().setMimeData(_file_mime(_jpeg(tmp_path / "copied.jpg"), tmp_path / "gone.jpg"))
    feature.paste_action.trigger()  # Edit → Paste scan (Ctrl+Shift+V)
    assert [s.original_name for s in list_scans(main_window.catalogue, item_id=key.item_id)] == ["copied.jpg"]
    assert "gone.jpg: the file does not exist" in feature.message_box.text()
    feature.message_box.close()


def test_paste_without_an_image_says_so(feature, main_window):
    key = _item_key(main_window)
    main_window.select_key(key)
    QGuiApplication.clipboard().setText("not a picture")
    assert feature.paste() == []
    assert "no image" in main_window.statusBar().currentMessage()
    assert list_scans(main_window.catalogue, item_id=key.item_id) == []
