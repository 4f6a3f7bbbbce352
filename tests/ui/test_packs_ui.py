"""File ▸ Export catalogue pack… / Update from catalogue pack…: conflicts, one undo step, refusals."""

from __future__ import annotations

import pytest
from kpstamps.db.models import Holding, Item, Series
from kpstamps.home import DataHome
from kpstamps.services.catalogue.opening import open_catalogue
from kpstamps.services.packs.exchange import export_pack
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import func, select


@pytest.fixture
def catalogue(reference_catalogue):
    """These tests are about the bundled reference itself."""
    return reference_catalogue

def _count(catalogue, model, *where) -> int:
    with catalogue.sessions() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def _club_pack(tmp_path, edit=None):
    """A club catalogue (the reference plus its own series) exported as version 2."""
    club = open_catalogue(DataHome.resolve(tmp_path / "club"))
    try:
        with club.sessions.begin() as s:
            s.scalar(select(Series).where(Series.serial == "Ba79")).notes = "club correction"
            s.add(Series(title_en="Club discovery", year=2025, serial_sort=""))
            if edit:
                edit(s)
        path = tmp_path / "club.kpspack"
        export_pack(club, path, name="Club", version="2")
        return path
    finally:
        club.close()


def test_menu_has_the_pack_actions_and_export_writes_a_pack(main_window, tmp_path):
    names = [a.objectName() for a in main_window.menus["file"].actions()]
    assert "pack_export" in names and "pack_update" in names
    result = main_window.findChild(object, "packs").export_to(tmp_path / "mine.kpspack", name="Mine")
    assert result is not None and (result.series, result.items) == (19, 42)
    assert "Exported 19 series" in main_window.statusBar().currentMessage()


def test_update_with_a_conflict_taken_is_one_undo_step(main_window, qtbot, tmp_path):
    catalogue = main_window.catalogue
    with catalogue.sessions.begin() as s:
        s.scalar(select(Series).where(Series.serial == "Ba79")).notes = "my note"
        item = s.scalar(select(Item).where(Item.pack_id == "2025-new-year/stamp-1"))
        s.add(Holding(item_id=item.id, condition="mnh", quantity=4))
    pack = _club_pack(tmp_path)
    dialog = main_window.findChild(object, "packs").open_update(pack)
    assert "1 series and 0 items added" in dialog.summary.text()
    table = dialog.conflicts
    assert table.rowCount() == 1 and "Ba79" in table.item(0, 0).text()
    rect = table.visualItemRect(table.item(0, 2))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))
    assert dialog.resolutions() == {"2024-ba79-dprk-russia-friendship": "theirs"}
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Apply), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with catalogue.sessions() as s:
        assert s.scalar(select(Series.notes).where(Series.serial == "Ba79")) == "club correction"
    assert _count(catalogue, Series) == 20 and "Updated from Club" in main_window.statusBar().currentMessage()
    assert main_window.undo_stack.count() == 1

    main_window.undo_stack.undo()
    with catalogue.sessions() as s:
        assert s.scalar(select(Series.notes).where(Series.serial == "Ba79")) == "my note"
    assert _count(catalogue, Series) == 19 and _count(catalogue, Holding) == 1
    main_window.undo_stack.redo()
    assert _count(catalogue, Series) == 20 and _count(catalogue, Holding) == 1


def test_a_bad_pack_is_refused_with_a_message(main_window, qtbot, tmp_path):
    bad = tmp_path / "bad.kpspack"
    bad.write_bytes(b"PK\x03\x04 broken")
    before = _count(main_window.catalogue, Series)
    assert main_window.findChild(object, "packs").open_update(bad) is None
    box = main_window.findChild(QMessageBox, "packRefused")
    assert box.isVisible() and "nothing was changed" in box.text() and "damaged" in box.text()
    QTest.keyClick(box, Qt.Key.Key_Escape)
    assert not box.isVisible() and _count(main_window.catalogue, Series) == before
    assert QApplication.activeModalWidget() is None


def test_detail_pane_shows_sources_and_the_planned_status(main_window, qtbot):
    from kpstamps.ui.table_model import COLUMNS

    model, serial = main_window.table_model, [c[0] for c in COLUMNS].index("Serial")
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, serial)) == "Ba79")
    with qtbot.waitSignal(main_window.currentKeyChanged):
        main_window.table_view.selectRow(row)
    text = main_window.detail.toPlainText()
    assert "Stamp folder" in text and "Sources" in text and "The Fact" in text and "(2025-01-10)" in text
    assert "https://rfa.org/english/korea/2025/01/10/north-korea-stamps-russia-friendship" in text
    main_window.search_bar.edit.setText("status:planned flowers")
    main_window.search_bar.apply()
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    main_window.table_view.selectRow(0)
    text = main_window.detail.toPlainText()
    assert "Planned: in KSC's issuing plan" in text and "200.00 KPW" in text
