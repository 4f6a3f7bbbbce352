from kpstamps.ui.common.about import make_about_box
from kpstamps.ui.table_model import COLUMNS
from PySide6.QtCore import Qt


def _column(name: str) -> int:
    return [c[0] for c in COLUMNS].index(name)


def test_window_shows_reference_series(main_window):
    model = main_window.table_model
    serials = {model.data(model.index(r, _column("Serial"))) for r in range(model.rowCount())}
    assert {"Ba79", "Ba80"} <= serials
    assert model.rowCount() == 2 + 6 + 7  # two series without items, New Year 1+5, sports 4+3
    assert "15 rows shown" in main_window.status_label.text()


def test_catalogue_order_puts_ba79_before_ba80(main_window):
    model = main_window.table_model
    serials = [model.data(model.index(r, _column("Serial"))) for r in range(model.rowCount())]
    assert serials.index("Ba79") < serials.index("Ba80")


def test_selecting_a_row_fills_the_detail_pane(main_window, qtbot):
    model = main_window.table_model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, _column("Serial"))) == "Ba79")
    with qtbot.waitSignal(main_window.currentKeyChanged):
        main_window.table_view.selectRow(row)
    text = main_window.detail.toPlainText()
    assert "Ba79" in text and "조로친선" in text and "朝俄友好" in text and "Корейско-российская дружба" in text


def test_item_row_detail_shows_kind_and_titles(main_window, qtbot):
    model = main_window.table_model
    title_col = _column("Title")
    row = next(r for r in range(model.rowCount()) if "Kim Kum Yong" in (model.data(model.index(r, title_col)) or ""))
    main_window.table_view.selectRow(row)
    text = main_window.detail.toPlainText()
    assert "김금용" in text and "Stamp" in text


def test_model_passes_qt_model_tester(main_window, qtmodeltester):
    qtmodeltester.check(main_window.table_model, force_py=True)  # the Python checks assert; the C++ tester only warns
    main_window.table_model.sort(2, Qt.SortOrder.DescendingOrder)  # checked while it resets


def test_sorting_by_a_column_reorders_rows(main_window):
    model = main_window.table_model
    model.sort(_column("Kind"), Qt.SortOrder.AscendingOrder)
    kinds = [model.data(model.index(r, _column("Kind"))) for r in range(model.rowCount())]
    non_empty = [k for k in kinds if k]
    assert non_empty == sorted(non_empty, key=lambda k: {"Postcard": 0, "Stamp": 1}[k])


def test_menus_and_about_box(main_window):
    assert set(main_window.menus) == {"file", "edit", "view", "orders", "tools", "help"}
    box = make_about_box(main_window)
    text = box.text()
    assert "KP Stamps" in text and ("OFL" in text or "Open Font License" in text)
    box.deleteLater()


def test_database_errors_become_one_clear_line(catalogue):
    import sqlite3

    from kpstamps.ui.common.errors import message_for
    from sqlalchemy.exc import OperationalError

    exc = OperationalError("UPDATE series", {}, sqlite3.OperationalError("database is locked"))
    text = message_for(exc, catalogue.url)
    assert "locked" in text and "not saved" in text


def test_layout_is_restored(qtbot, catalogue):
    from kpstamps.services.settings.preferences import Preferences
    from kpstamps.ui.main_window import MainWindow
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName("KP Stamps test")
    first = MainWindow(catalogue, Preferences())
    qtbot.addWidget(first)
    first.table_view.setColumnWidth(2, 333)
    first.close()
    second = MainWindow(catalogue, Preferences())
    qtbot.addWidget(second)
    assert second.table_view.columnWidth(2) == 333
