"""The scan viewer: non-modal, zoom, fit, 100 %, flip front/back, next/previous, titles beside."""

from __future__ import annotations

from kpstamps.services.scans.store import attach_scans, scan_file
from kpstamps.ui.scans.viewer import ScanViewer, describe_scan_owner, pil_to_qimage
from PIL import Image, ImageDraw
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent


def _stamp(path, text, color, size=(600, 800)):
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle([20, 20, size[0] - 20, size[1] - 20], fill=color)
    draw.text((60, 60), text, fill="white")
    image.save(path, "JPEG")
    return path


def _scans(catalogue, tmp_path):
    with catalogue.sessions() as session:
        from kpstamps.db.models import Item

        item_id = session.query(Item.id).order_by(Item.id).first()[0]
    files = [_stamp(tmp_path / "front.jpg", "FRONT", (150, 30, 30)),
             _stamp(tmp_path / "back.jpg", "BACK", (200, 200, 180)),
             _stamp(tmp_path / "detail.jpg", "DETAIL", (30, 90, 150), (1200, 500))]
    return [r.scan for r in attach_scans(catalogue, files, item_id=item_id)]


def test_viewer_navigation_zoom_and_flip(qtbot, catalogue, tmp_path):
    scans = _scans(catalogue, tmp_path)
    viewer = ScanViewer(catalogue, scans, 0, describe_scan_owner(catalogue, ["en", "ko"]))
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: not viewer.loading, timeout=10000)  # decoded in a worker
    assert not viewer.isModal()
    assert viewer.current().role == "front" and "1 of 3" in viewer.windowTitle()
    assert viewer.info.toPlainText().strip()  # the series and item beside the image
    viewer.buttons["actual"].click()
    assert viewer.image_view.zoom() == 1.0 and "100 %" in viewer.status.text()
    wheel = QWheelEvent(QPointF(50, 50), QPointF(50, 50), QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    viewer.image_view.wheelEvent(wheel)
    assert abs(viewer.image_view.zoom() - 1.25) < 1e-6
    viewer.buttons["fit"].click()
    assert viewer.image_view.zoom() < 1.0
    viewer.flip()
    assert viewer.current().role == "back"
    viewer.flip()
    assert viewer.current().role == "front"
    viewer.next()
    viewer.next()
    assert viewer.current().role == "detail"
    viewer.next()
    assert viewer.current().role == "front"
    viewer.previous()
    assert viewer.current().role == "detail"
    viewer.previous()
    viewer.previous()
    viewer.resize(1000, 650)
    qtbot.waitUntil(lambda: not viewer.loading, timeout=10000)
    viewer.image_view.fit()
    viewer.grab().save("/tmp/kpstamps-viewer.png")


def test_viewer_shows_a_clear_message_for_a_missing_file(qtbot, catalogue, tmp_path):
    scans = _scans(catalogue, tmp_path)
    scan_file(catalogue.home.scans, scans[0].sha256, "jpg").unlink()
    viewer = ScanViewer(catalogue, scans, 0)
    qtbot.addWidget(viewer)
    assert viewer.loading and viewer.status.text() == "Loading…"
    with qtbot.waitSignal(viewer.imageLoaded, timeout=10000):
        pass
    assert viewer.status.text().startswith(scans[0].sha256) and "cannot show" in viewer.status.text()
    with qtbot.waitSignal(viewer.imageLoaded, timeout=10000):
        viewer.next()
    assert "px" in viewer.status.text()


def test_pil_to_qimage_keeps_alpha_and_pixels():
    rgba = pil_to_qimage(Image.new("RGBA", (3, 2), (10, 20, 30, 40)))
    assert rgba.hasAlphaChannel() and (rgba.width(), rgba.height()) == (3, 2)
    rgb = pil_to_qimage(Image.new("RGB", (5, 1), (1, 2, 3)))
    assert rgb.pixelColor(4, 0).getRgb()[:3] == (1, 2, 3)


def test_viewer_from_the_gallery(main_window, tmp_path, qtbot):
    scans = _scans(main_window.catalogue, tmp_path)
    feature = main_window.scan_feature
    feature.show_gallery()
    assert feature.gallery_model.rowCount() == 3
    viewer = feature.open_viewer(scans[1].id)
    assert viewer is not None and viewer.isVisible() and viewer.current().id == scans[1].id
    viewer.close()


def _item_with_number(catalogue) -> int:
    from kpstamps.db.models import CatalogueNumber, Item
    from kpstamps.domain.sorting import natural_key
    from kpstamps.services.catalogue.details import item_view

    with catalogue.sessions.begin() as session:
        item_id = next(i for (i,) in session.query(Item.id).order_by(Item.id) if item_view(session, i, ["en"]).title)
        session.add(CatalogueNumber(item_id=item_id, catalogue="michel", number="7123",
                                    sort_key=natural_key("7123")))
    return item_id


def test_titles_and_catalogue_numbers_beside_the_image(qtbot, catalogue, tmp_path):
    item_id = _item_with_number(catalogue)
    scan = attach_scans(catalogue, [_stamp(tmp_path / "f.jpg", "F", (1, 2, 3))], item_id=item_id)[0].scan
    viewer = ScanViewer(catalogue, [scan], 0, describe_scan_owner(catalogue, ["en", "ko"]))
    qtbot.addWidget(viewer)
    text = viewer.info.toPlainText()
    assert "Catalogue numbers: Mi 7123" in text and "World Cup" in text
    with catalogue.sessions() as session:
        from kpstamps.db.models import Item, Series

        serial = session.get(Series, session.get(Item, item_id).series_id).serial
    if serial:
        assert serial in text
    assert not viewer.buttons["flip"].isEnabled() and not viewer.buttons["next"].isEnabled()  # one scan only


def test_pan_by_dragging_when_zoomed_in(qtbot, catalogue, tmp_path):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    scans = _scans(catalogue, tmp_path)
    viewer = ScanViewer(catalogue, scans, 0)
    qtbot.addWidget(viewer)
    viewer.resize(900, 600)
    viewer.show()
    qtbot.waitUntil(lambda: not viewer.loading, timeout=10000)
    view = viewer.image_view
    view.set_zoom(4.0)
    bars = view.horizontalScrollBar(), view.verticalScrollBar()
    assert all(bar.maximum() > 0 for bar in bars)
    before = [bar.value() for bar in bars]
    viewport = view.viewport()
    start, end = QPointF(300, 300), QPointF(200, 180)

    def mouse(kind, pos, buttons):
        event = QMouseEvent(kind, pos, viewport.mapToGlobal(pos), Qt.MouseButton.LeftButton, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

    mouse(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    mouse(QEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton)
    mouse(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    assert [bar.value() for bar in bars] == [before[0] + 100, before[1] + 120]  # dragged left and up
    assert view.zoom() == 4.0


def test_viewer_shows_exif_rotated_and_cmyk_scans_upright(qtbot, catalogue, tmp_path):
    with catalogue.sessions() as session:
        from kpstamps.db.models import Item

        item_id = session.query(Item.id).order_by(Item.id).first()[0]
    rotated = tmp_path / "rotated.jpg"
    exif = Image.Exif()
    exif[0x0112] = 8  # shown rotated 90° anticlockwise
    Image.new("RGB", (300, 100), (0, 0, 200)).save(rotated, "JPEG", exif=exif)
    cmyk = tmp_path / "cmyk.jpg"
    Image.new("CMYK", (120, 80), (0, 255, 255, 0)).save(cmyk, "JPEG")
    scans = [r.scan for r in attach_scans(catalogue, [rotated, cmyk], item_id=item_id)]
    viewer = ScanViewer(catalogue, scans, 0)
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: not viewer.loading, timeout=10000)
    pixmap = viewer.image_view._item.pixmap()
    assert (pixmap.width(), pixmap.height()) == (100, 300)
    with qtbot.waitSignal(viewer.imageLoaded, timeout=10000):
        viewer.next()
    colour = viewer.image_view._item.pixmap().toImage().pixelColor(60, 40)
    assert colour.red() > 200 and colour.green() < 60 and colour.blue() < 60  # red, not inverted cyan


def test_an_unexpected_decoding_error_reaches_the_status_line(qtbot, catalogue, tmp_path, monkeypatch):
    """Not only ScanError: whatever the worker raises is shown, the viewer never waits forever."""
    from kpstamps.ui.scans import viewer as viewer_module

    def broken(_image):
        raise MemoryError("no room for 12 megapixels")

    scans = _scans(catalogue, tmp_path)
    monkeypatch.setattr(viewer_module, "pil_to_qimage", broken)
    viewer = ScanViewer(catalogue, scans, 0, describe_scan_owner(catalogue, ["en", "ko"]))
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: not viewer.loading, timeout=10000)
    assert "no room for 12 megapixels" in viewer.status.text()
