from __future__ import annotations

from pathlib import Path

from kpstamps.db.models import Holding, Item, Want
from kpstamps.ui.transfer.actions import TransferActions
from kpstamps.ui.transfer.import_dialog import ImportDialog
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import func, select

DATA = Path(__file__).parents[1] / "data" / "transfer"


def _items(catalogue) -> int:
    with catalogue.sessions() as s:
        return s.scalar(select(func.count()).select_from(Item))


def test_import_dialog_maps_checks_and_imports(qtbot, catalogue, tmp_path):
    source = tmp_path / "foreign.csv"
    source.write_text("Title;Mi;Issued on;Colour\nTable tennis;6789;2019-04;red\nFootball;6790;2019-05;blue\n",
                      encoding="cp1251")
    dialog = ImportDialog(catalogue.sessions, source)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.format_box.currentText() == "csv" and dialog.mapping_table.rowCount() == 4
    assert dialog.mapping() == {"Title": "title_en", "Mi": "michel", "Issued on": "issue_date"}
    assert dialog.mapping_table.item(0, 2).text() == "Table tennis"
    box = dialog.mapping_table.cellWidget(0, 1)
    assert box.currentText() == "Item title (English)"  # labels, not field names
    box.setCurrentIndex(box.findData("series_title_en"))
    assert dialog.mapping()["Title"] == "series_title_en"
    before = _items(catalogue)
    dialog.run_dry_run()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    assert "2 new" in dialog.summary.text() and _items(catalogue) == before
    with qtbot.waitSignal(dialog.imported, timeout=10000) as blocker:
        dialog.run_import()
    assert blocker.args[0].committed and _items(catalogue) == before + 2
    dialog.close()


def test_import_dialog_colnect_list_choices(qtbot, empty_catalogue):
    """Each list of a Colnect file gets its own choice; changed with the keyboard as a person does."""
    dialog = ImportDialog(empty_catalogue.sessions, DATA / "colnect-stamp-list.csv",
                          scans_dir=empty_catalogue.home.scans)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.format_box.currentText() == "colnect" and not dialog.mapping_table.isVisible()
    assert dialog.lists_table.isVisible() and dialog.lists_table.rowCount() == 3
    assert dialog.list_choices() == {"Wish": "want", "Test Swap FROM": "own", "Collection": "own"}
    swap = dialog.lists_table.cellWidget(1, 2)
    swap.setFocus()
    QTest.keyClick(swap, Qt.Key.Key_Down)  # own → ignore
    assert dialog.list_choices()["Test Swap FROM"] == "ignore"
    QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    assert "8 new" in dialog.summary.text() and "6 new series" in dialog.summary.text()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    with empty_catalogue.sessions() as s:
        assert sorted(s.scalars(select(Holding.location))) == ["Collection"] * 4
        assert s.scalar(select(func.count()).select_from(Want)) == 3
    dialog.close()


def test_import_dialog_shows_file_errors(qtbot, catalogue):
    dialog = ImportDialog(catalogue.sessions, DATA / "billion-laughs.xml")
    qtbot.addWidget(dialog)
    assert dialog.format_box.currentText() == "tellico"
    dialog.run_dry_run()
    qtbot.waitUntil(lambda: "entities" in dialog.summary.text(), timeout=10000)
    assert not dialog.import_button.isEnabled()


def test_file_menu_export_backup_restore(qtbot, main_window, tmp_path):
    actions = main_window.findChild(TransferActions, "transfer")
    names = {a.objectName() for a in main_window.menus["file"].actions()}
    assert {"transfer_import", "transfer_export", "transfer_backup", "transfer_restore"} <= names
    target = tmp_path / "out.json"
    worker = actions.export_keys(target, main_window.table_model.keys()[:2])
    qtbot.waitUntil(lambda: target.exists(), timeout=10000)
    qtbot.waitUntil(lambda: not worker.running, timeout=10000)
    backups = main_window.catalogue.home.backups
    worker = actions.backup_now()
    qtbot.waitUntil(lambda: any(backups.glob("kpstamps-backup-*.zip")), timeout=10000)
    archive = next(backups.glob("kpstamps-backup-*.zip"))
    qtbot.waitUntil(lambda: not any(backups.glob(".kpstamps-backup-*.part")), timeout=10000)
    message = actions.restore_from(archive)
    assert message.startswith("Restored"), message
    assert main_window.table_model.rowCount() > 0


def test_country_column_appears_when_countries_mix(qtbot, main_window):
    from kpstamps.services.transfer.importing import commit_import, read_import_file
    from kpstamps.ui.table_model import COUNTRY_COLUMN

    main_window.reload()
    assert main_window.table_view.isColumnHidden(COUNTRY_COLUMN)  # the DPRK only
    commit_import(main_window.catalogue.sessions, read_import_file(DATA / "colnect-stamp-list.csv"))
    main_window.catalogueChanged.emit()  # what the import dialog says after an import (totals re-read)
    assert not main_window.table_view.isColumnHidden(COUNTRY_COLUMN)
    model = main_window.table_model
    model._load_all_keys()
    qtbot.waitUntil(lambda: model.complete, timeout=10000)
    countries = {model.index(row, COUNTRY_COLUMN).data() for row in range(model.rowCount())}
    assert {"KP", "AL", "AR", "AD", "DK"} <= countries


def test_cancel_button_only_while_importing(qtbot, empty_catalogue):
    dialog = ImportDialog(empty_catalogue.sessions, DATA / "colnect-stamp-list.csv")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.cancel_button.isVisible()
