"""Attaching scans in the main window: drops on the table and the detail pane (delivered as Qt
events, several files with bad ones among them), paste from the clipboard, the file dialog."""

from __future__ import annotations

import pytest
from kpstamps.services.browse.rows import RowKey
from kpstamps.services.scans.store import list_scans
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication


def _jpeg(path, size=(800, 600), color=(180, 40, 40)):
    Image.new("RGB", size, color).save(path, "JPEG")
    return path


def _item_key(window) -> RowKey:
    return next(k for k in window.table_model.keys() if k.item_id is not None)


@pytest.fixture
def feature(main_window):
    return main_window.scan_feature


def test_drop_on_a_table_row_attaches_to_that_row(feature, main_window, tmp_path, qtbot):
    key = _item_key(main_window)
    row = main_window.table_model.row_for(key)
    view = main_window.table_view
    pos = view.visualRect(main_window.table_model.index(row, 0)).center()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_jpeg(tmp_path / "dropped.jpg")))])
    event = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(feature.attached, timeout=10000):  # copied in a worker, rows added after
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


def test_attach_through_the_file_dialog(feature, main_window, tmp_path, qtbot):
    from PySide6.QtWidgets import QFileDialog

    key = _item_key(main_window)
    main_window.select_key(key)
    feature.attach_action.trigger()
    dialog = main_window.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(feature.attached, timeout=10000):
        dialog.filesSelected.emit([str(_jpeg(tmp_path / "chosen.jpg"))])
    dialog.close()
    assert [s.original_name for s in list_scans(main_window.catalogue, item_id=key.item_id)] == ["chosen.jpg"]


def test_drop_on_the_detail_pane_attaches_to_the_current_row(feature, main_window, tmp_path, qtbot):
    from PySide6.QtGui import QDragEnterEvent

    key = _item_key(main_window)
    main_window.select_key(key)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_jpeg(tmp_path / "pane.jpg")))])
    viewport = main_window.detail.viewport()
    enter = QDragEnterEvent(viewport.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    assert feature.eventFilter(viewport, enter) and enter.isAccepted()
    drop = QDropEvent(QPointF(viewport.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(feature.attached, timeout=10000):
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
    enter = QDragEnterEvent(pos.toPoint(), *args)  # PySide6 6.11: the drag events take a QPoint
    QApplication.sendEvent(widget, enter)
    move = QDragMoveEvent(pos.toPoint(), *args)
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
    with qtbot.waitSignal(feature.attached, timeout=10000):
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
    enter = QDragEnterEvent(viewport.rect().center(), Qt.DropAction.CopyAction, text_only,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    assert not feature.eventFilter(viewport, enter)
    files = _file_mime(_jpeg(tmp_path / "a.jpg"))  # the event holds no reference: keep one
    below_rows = QDragEnterEvent((QPointF(viewport.rect().bottomLeft()) + QPointF(2, -2)).toPoint(), Qt.DropAction.CopyAction,
                                 files, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    if main_window.table_view.indexAt(below_rows.position().toPoint()).isValid():
        pytest.skip("the rows fill the viewport")
    assert not feature.eventFilter(viewport, below_rows)


def test_paste_files_copied_in_a_file_manager(feature, main_window, tmp_path, qtbot):
    key = _item_key(main_window)
    main_window.select_key(key)
    QGuiApplication.clipboard().setMimeData(_file_mime(_jpeg(tmp_path / "copied.jpg"), tmp_path / "gone.jpg"))
    with qtbot.waitSignal(feature.attached, timeout=10000):
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


def test_dropped_files_are_copied_off_the_gui_thread_while_the_window_stays_responsive(
        feature, main_window, tmp_path, qtbot, monkeypatch):
    import threading

    from kpstamps.services.scans import store as scans_service

    gate, threads = threading.Event(), []
    real = scans_service.store_file

    def slow_store(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(scans_service, "store_file", slow_store)
    key = _item_key(main_window)
    feature.attach_in_background(key, [_jpeg(tmp_path / "a.jpg"), _jpeg(tmp_path / "b.jpg", color=(1, 2, 3))])
    qtbot.waitUntil(lambda: len(threads) == 1, timeout=5000)
    QApplication.processEvents()  # the GUI thread is free while the worker copies
    assert "Attaching 2 files" in main_window.statusBar().currentMessage()
    assert list_scans(main_window.catalogue, item_id=key.item_id) == []
    with qtbot.waitSignal(feature.attached, timeout=10000) as blocker:
        gate.set()
    assert threads == [False, False] and [r.ok for r in blocker.args[0]] == [True, True]
    assert [s.original_name for s in list_scans(main_window.catalogue, item_id=key.item_id)] == ["a.jpg", "b.jpg"]


def test_closing_waits_for_files_being_copied_and_keeps_them(feature, main_window, tmp_path):
    key = _item_key(main_window)
    feature.attach_in_background(key, [_jpeg(tmp_path / "late.jpg")])
    main_window.close()  # clean-up must not delete a file whose row is still to come
    scans = list_scans(main_window.catalogue, item_id=key.item_id)
    assert [s.original_name for s in scans] == ["late.jpg"]
    from kpstamps.services.scans.store import scan_file

    assert scan_file(main_window.catalogue.home.scans, scans[0].sha256, "jpg").exists()


def test_row_deleted_while_its_files_were_copied(feature, main_window, tmp_path):
    from kpstamps.services.scans.store import prepare_files

    prepared = prepare_files(main_window.catalogue.home.scans, [_jpeg(tmp_path / "orphan.jpg")])
    results = feature._record(RowKey(1, 999999), prepared)
    assert not results[0].ok and "orphan.jpg: no item with id 999999" in results[0].error
    assert "orphan.jpg" in feature.message_box.text()
    feature.message_box.close()


def test_a_failing_background_attach_is_reported_not_lost(feature, main_window, tmp_path, qtbot, monkeypatch):
    from kpstamps.ui.scans import attach

    def full_disk(_folder, _files):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(attach, "prepare_files", full_disk)
    with qtbot.waitSignal(feature.attacher.failed, timeout=5000):
        feature.attach_in_background(_item_key(main_window), [_jpeg(tmp_path / "a.jpg")])
    assert "No space left on device" in main_window.statusBar().currentMessage()
    assert feature.attacher.running == 0
