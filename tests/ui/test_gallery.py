"""Thumbnail loader (worker thread, signal delivery), gallery model/view, undo, clean-up and the check tool."""

from __future__ import annotations

import threading

import pytest
from kpstamps.services.browse.rows import RowKey
from kpstamps.services.scans.store import list_scans, scan_file, scan_health
from kpstamps.ui.scans import thumbnail_loader
from kpstamps.ui.scans.gallery import GalleryModel, GalleryView, ScanIdRole
from PIL import Image
from PySide6.QtCore import Qt, QThread
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication


def _jpeg(path, size=(800, 600), color=(180, 40, 40)):
    Image.new("RGB", size, color).save(path, "JPEG")
    return path


def _item_key(window) -> RowKey:
    return next(k for k in window.table_model.keys() if k.item_id is not None)


@pytest.fixture
def feature(main_window):
    return main_window.scan_feature


def test_worker_runs_off_the_gui_thread_and_delivers_by_signal(feature, main_window, qtbot, tmp_path, monkeypatch):
    seen = []
    real = thumbnail_loader.make_thumbnail

    def spy(*args, **kwargs):
        seen.append((threading.current_thread() is threading.main_thread(),
                     QThread.currentThread() is QApplication.instance().thread()))
        return real(*args, **kwargs)

    monkeypatch.setattr(thumbnail_loader, "make_thumbnail", spy)
    scan = feature.attach_files(_item_key(main_window), [_jpeg(tmp_path / "a.jpg")])[0].scan
    loader = feature.loader
    assert loader.image(scan, 64) is None  # not ready yet: requested in the background
    with qtbot.waitSignal(loader.thumbnailReady, timeout=10000) as blocker:
        pass
    assert blocker.args == [scan.sha256]
    assert seen == [(False, False)]
    image = loader.image(scan, 64)
    assert isinstance(image, QImage) and max(image.width(), image.height()) == 64


def test_broken_file_reports_failure(feature, main_window, qtbot, tmp_path):
    scan = feature.attach_files(_item_key(main_window), [_jpeg(tmp_path / "a.jpg")])[0].scan
    scan_file(main_window.catalogue.home.scans, scan.sha256, "jpg").write_text("garbage")
    with qtbot.waitSignal(feature.loader.thumbnailFailed, timeout=10000) as blocker:
        feature.loader.image(scan, 64)
    assert blocker.args[0] == scan.sha256 and feature.loader.error(scan.sha256)
    _jpeg(scan_file(main_window.catalogue.home.scans, scan.sha256, "jpg"))  # put right, e.g. from a backup
    feature.gallery_model.set_scans([scan])  # a refresh tries again
    assert feature.loader.error(scan.sha256) is None
    with qtbot.waitSignal(feature.loader.thumbnailReady, timeout=10000):
        feature.loader.image(scan, 64)


def test_gallery_shows_placeholder_then_thumbnail(feature, main_window, qtbot, tmp_path):
    key = _item_key(main_window)
    feature.attach_files(key, [_jpeg(tmp_path / "a.jpg"), _jpeg(tmp_path / "b.jpg", color=(0, 0, 200))])
    feature.show_gallery()
    assert feature.dock.isVisible()
    model = feature.gallery_model
    assert model.rowCount() == 2
    index = model.index(0)
    assert index.data(ScanIdRole) == list_scans(main_window.catalogue, item_id=key.item_id)[0].id
    assert "front" in index.data() and "#" in index.data()  # the item it belongs to and its role
    assert "a.jpg" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert isinstance(index.data(Qt.ItemDataRole.DecorationRole), QPixmap)
    qtbot.waitUntil(lambda: feature.loader.pending() == 0, timeout=10000)
    pixmap = index.data(Qt.ItemDataRole.DecorationRole)
    assert pixmap.width() == model.pixel_size * 1 or pixmap.height() == model.pixel_size
    feature.gallery.resize(900, 400)
    feature.gallery.grab().save("/tmp/kpstamps-gallery.png")


def test_hidpi_doubles_pixels(feature):
    model = GalleryModel(feature.loader)
    model.set_device_pixel_ratio(2.0)
    assert model.pixel_size == 512


def test_attach_is_undoable_and_cleanup_on_close(feature, main_window, tmp_path):
    key = _item_key(main_window)
    results = feature.attach_files(key, [_jpeg(tmp_path / "a.jpg"), tmp_path / "missing.jpg"])
    assert results[0].ok and "missing.jpg" in results[1].error
    assert feature.message_box is not None and "missing.jpg" in feature.message_box.text()
    feature.message_box.close()
    assert len(list_scans(main_window.catalogue, item_id=key.item_id)) == 1
    main_window.undo_stack.undo()
    assert list_scans(main_window.catalogue, item_id=key.item_id) == []
    stored = scan_file(main_window.catalogue.home.scans, results[0].scan.sha256, "jpg")
    assert stored.exists()  # kept for redo until clean-up
    main_window.undo_stack.redo()
    assert [s.id for s in list_scans(main_window.catalogue, item_id=key.item_id)] == [results[0].scan.id]
    feature.remove_scans([results[0].scan.id])
    assert list_scans(main_window.catalogue, item_id=key.item_id) == [] and stored.exists()
    main_window.close()
    assert not stored.exists()


def test_check_dialog_lists_and_repairs(feature, main_window, tmp_path):
    scan = feature.attach_files(_item_key(main_window), [_jpeg(tmp_path / "a.jpg")])[0].scan
    scan_file(main_window.catalogue.home.scans, scan.sha256, "jpg").unlink()
    dialog = feature.open_check()
    assert dialog.isVisible() and not dialog.isModal()
    assert "a.jpg" in dialog.details.toPlainText() and dialog.repair_button.isEnabled()
    dialog.repair_button.click()
    assert scan_health(main_window.catalogue).healthy
    assert "Removed 1" in dialog.summary.text() and not dialog.repair_button.isEnabled()
    dialog.close()


def test_view_standalone(qtbot, feature):
    view = GalleryView(GalleryModel(feature.loader))
    qtbot.addWidget(view)
    assert view.viewMode() == GalleryView.ViewMode.IconMode and view.uniformItemSizes()


def test_menu_actions_are_installed(feature, main_window):
    assert feature.attach_action in main_window.menus["edit"].actions()
    assert feature.paste_action.shortcut().toString() == "Ctrl+Shift+V"
    assert feature.gallery_action in main_window.menus["view"].actions() and feature.gallery_action.isCheckable()
    assert feature.check_action in main_window.menus["tools"].actions()


# -- gallery of the search results, never waiting for thumbnails ----------------------------------
def test_gallery_shows_the_scans_of_the_current_search(feature, main_window, tmp_path):
    from kpstamps.services.scans.store import attach_scans

    catalogue = main_window.catalogue
    keys = main_window.table_model.keys()
    ba79 = next(k for k in keys if k.item_id is None and main_window.table_model.index(
        main_window.table_model.row_for(k), 0).data() == "Ba79")
    attach_scans(catalogue, [_jpeg(tmp_path / "ba79.jpg")], series_id=ba79.series_id)
    attach_scans(catalogue, [_jpeg(tmp_path / "other.jpg", color=(1, 99, 1))], item_id=_item_key(main_window).item_id)
    feature.show_gallery()
    assert sorted(s.original_name for s in feature.gallery_model.scans()) == ["ba79.jpg", "other.jpg"]
    main_window.search_bar.edit.setText("friendship")
    main_window.search_bar.apply()
    assert [s.original_name for s in feature.gallery_model.scans()] == ["ba79.jpg"]
    assert feature.gallery_model.index(0).data() == "Ba79 · front"
    assert "1" in feature.dock.windowTitle()


def test_scrolling_never_waits_for_thumbnails(feature, main_window, qtbot, tmp_path, monkeypatch):
    import threading as _threading

    from kpstamps.services.scans.store import ScanInfo

    gate = _threading.Event()
    real = thumbnail_loader.make_thumbnail

    def slow(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(thumbnail_loader, "make_thumbnail", slow)
    loader = thumbnail_loader.ThumbnailLoader(tmp_path / "scans", tmp_path / "thumbs")
    model = GalleryModel(loader)
    view = GalleryView(model)
    qtbot.addWidget(view)
    scans = [ScanInfo(i, 1, None, "detail", i, f"{i:064x}", "jpg", 1, 10, 10, f"s{i}.jpg") for i in range(400)]
    model.set_scans(scans)
    view.resize(800, 600)
    view.show()
    for _ in range(5):  # scroll through everything while no thumbnail can be made
        view.scrollToBottom()
        QApplication.processEvents()
        view.scrollToTop()
        QApplication.processEvents()
    pixmaps = [model.index(r).data(Qt.ItemDataRole.DecorationRole) for r in range(model.rowCount())]
    assert all(p.cacheKey() == pixmaps[0].cacheKey() for p in pixmaps)  # the one placeholder
    assert loader.pending() == 400
    gate.set()
    qtbot.waitUntil(lambda: loader.pending() == 0, timeout=20000)  # the files do not exist: each fails
    assert f"{scans[0].sha256}.jpg: cannot show the image" in loader.error(scans[0].sha256)  # names the file
    loader._pool.waitForDone(10000)


def test_thumbnails_arrive_in_the_gui_thread(feature, main_window, qtbot, tmp_path):
    scan = feature.attach_files(_item_key(main_window), [_jpeg(tmp_path / "a.jpg")])[0].scan
    threads = []
    feature.loader.thumbnailReady.connect(
        lambda _sha: threads.append(QThread.currentThread() is QApplication.instance().thread()))
    with qtbot.waitSignal(feature.loader.thumbnailReady, timeout=10000):
        feature.loader.image(scan, 96)
    assert threads == [True]


def test_hidpi_gallery_asks_for_twice_the_pixels(feature, main_window, qtbot, tmp_path):
    scan = feature.attach_files(_item_key(main_window), [_jpeg(tmp_path / "a.jpg", (1600, 1200))])[0].scan
    model = GalleryModel(feature.loader)
    model.set_device_pixel_ratio(2.0)
    model.set_scans([scan])
    model.index(0).data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: feature.loader.pending() == 0, timeout=10000)
    pixmap = model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert pixmap.devicePixelRatio() == 2.0 and pixmap.width() == 512
    assert (pixmap.deviceIndependentSize().width(), pixmap.deviceIndependentSize().height()) == (256, 256)
    image = pixmap.toImage()  # the 4:3 scan at the bottom of a square, so captions line up
    assert image.pixelColor(256, 10).alpha() == 0 and image.pixelColor(256, 500).alpha() == 255


# -- deferred deletion: Tools → Check scans is the other clean-up ----------------------------------
def test_removed_scan_file_stays_for_undo_until_the_check_tool_cleans_up(feature, main_window, tmp_path):
    key = _item_key(main_window)
    scan = feature.attach_files(key, [_jpeg(tmp_path / "a.jpg")])[0].scan
    stored = scan_file(main_window.catalogue.home.scans, scan.sha256, "jpg")
    feature.remove_scans([scan.id])
    main_window.catalogueChanged.emit()  # a reload is not a clean-up
    assert stored.exists()
    main_window.undo_stack.undo()
    assert [s.id for s in list_scans(main_window.catalogue, item_id=key.item_id)] == [scan.id]
    main_window.undo_stack.redo()
    dialog = feature.open_check()
    assert "Unused file" in dialog.details.toPlainText() and stored.name in dialog.details.toPlainText()
    dialog.repair_button.click()
    assert not stored.exists() and scan_health(main_window.catalogue).healthy
    dialog.close()


def test_role_and_order_change_from_the_gallery_menu_and_undo(feature, main_window, tmp_path):
    key = _item_key(main_window)
    front, back, detail = (r.scan for r in feature.attach_files(
        key, [_jpeg(tmp_path / f"{n}.jpg", color=(n * 80, 0, 0)) for n in range(3)]))
    feature.show_gallery()
    listed = lambda: [(s.id, s.role) for s in list_scans(main_window.catalogue, item_id=key.item_id)]  # noqa: E731
    menu = feature.gallery_menu([detail.id])
    texts = [a.text() for a in menu.actions()]
    assert texts[:2] == ["Open", "Role"] and "Move earlier" in texts and "Move later" in texts
    role_menu = menu.actions()[1].menu()
    assert [a.isChecked() for a in role_menu.actions()] == [False, False, True]
    role_menu.actions()[0].trigger()  # detail → front
    assert listed() == [(front.id, "front"), (back.id, "back"), (detail.id, "front")]
    next(a for a in menu.actions() if a.text() == "Move earlier").trigger()
    assert [i for i, _ in listed()] == [front.id, detail.id, back.id]
    assert [s.id for s in feature.gallery_model.scans()][:3] == [front.id, detail.id, back.id]  # gallery follows
    main_window.undo_stack.undo()
    assert [i for i, _ in listed()] == [front.id, back.id, detail.id]
    main_window.undo_stack.undo()
    assert listed()[2] == (detail.id, "detail")
    main_window.undo_stack.redo()
    main_window.undo_stack.redo()
    assert listed() == [(front.id, "front"), (detail.id, "front"), (back.id, "back")]
    assert not feature.move(front.id, -1)  # already first: no undo step
    menu.deleteLater()


def test_a_scan_undo_that_fails_says_so_and_drops_only_that_step(feature, main_window, tmp_path):
    """Scan steps are ServiceCommands: a failing undo (the scan was deleted meanwhile, e.g. in
    another window) shows a message instead of raising out of Qt, and the step is dropped."""
    from kpstamps.services.scans.store import detach_scans

    key = _item_key(main_window)
    scan = feature.attach_files(key, [_jpeg(tmp_path / "a.jpg")])[0].scan
    feature.set_role(scan.id, "back")
    detach_scans(main_window.catalogue, [scan.id])  # behind the window's back
    steps = main_window.undo_stack.count()
    main_window.undo_stack.undo()  # set_scan_role raises CatalogueError: no scan with that id
    assert "Could not undo/redo “Change scan role”" in main_window.statusBar().currentMessage()
    assert main_window.undo_stack.count() == steps - 1  # the obsolete step is gone, the attach stays


def test_repair_that_deletes_files_clears_undo(feature, main_window, tmp_path):
    scan = feature.attach_files(_item_key(main_window), [_jpeg(tmp_path / "a.jpg")])[0].scan
    feature.remove_scans([scan.id])
    assert main_window.undo_stack.canUndo()
    dialog = feature.open_check()
    assert "cannot be brought back with Undo" in dialog.summary.text()
    dialog.repair_button.click()
    assert not main_window.undo_stack.canUndo()  # undo would bring back a scan without its file
    dialog.close()


def test_shared_scan_folder_close_cleans_only_this_windows_removals(feature, main_window, tmp_path):
    catalogue = main_window.catalogue
    object.__setattr__(catalogue.home, "shared_scans", catalogue.home.scans)  # as with $KPSTAMPS_SCANS
    mine = feature.attach_files(_item_key(main_window), [_jpeg(tmp_path / "a.jpg")])[0].scan
    feature.remove_scans([mine.id])
    theirs = scan_file(catalogue.home.scans, "cd" * 32, "jpg")  # another member's, maybe still undoable
    theirs.parent.mkdir(parents=True, exist_ok=True)
    _jpeg(theirs)
    main_window.close()
    assert not scan_file(catalogue.home.scans, mine.sha256, "jpg").exists() and theirs.exists()


def test_memory_holds_a_budget_of_thumbnails_and_the_disk_cache_the_rest(feature, main_window, qtbot, tmp_path,
                                                                         monkeypatch):
    scans = [r.scan for r in feature.attach_files(
        _item_key(main_window), [_jpeg(tmp_path / f"{n}.jpg", color=(n * 60, 9, 9)) for n in range(3)])]
    loader = feature.loader
    monkeypatch.setattr(thumbnail_loader, "MEMORY_BYTES", 2 * 64 * 48 * 4)  # two 64×48 thumbnails
    for scan in scans:
        with qtbot.waitSignal(loader.thumbnailReady, timeout=10000):
            loader.image(scan, 64)
    assert loader.image(scans[0], 64) is None  # the oldest went out of memory…
    assert loader.image(scans[2], 64) is not None
    with qtbot.waitSignal(loader.thumbnailReady, timeout=10000):
        pass  # …and is read back from the disk cache
    assert loader.image(scans[0], 64) is not None
    cached = list(main_window.catalogue.home.thumbnails.rglob(f"{scans[0].sha256}-64.*"))
    assert len(cached) == 1
