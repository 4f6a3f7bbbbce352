import json

from kpstamps.services.settings.preferences import load_preferences
from kpstamps.ui.settings.pages import CustomerPage, DataPage, InterfacePage, NamesPage
from PySide6.QtWidgets import QDialogButtonBox


def _page(dialog, kind):
    return next(p for p in dialog.pages if isinstance(p, kind))


def _ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_menu_entry_opens_dialog_with_current_values(main_window):
    main_window.findChild(type(main_window.preferences_feature.action), "openPreferences").trigger()
    dialog = main_window.preferences_feature.dialog
    assert dialog.isVisible()
    assert _page(dialog, NamesPage).languages() == ["en", "ko", "zh", "ru"]
    assert _page(dialog, InterfacePage).currency.currentText() == "EUR"
    dialog.reject()


def test_round_trip_writes_settings_and_applies_name_order(main_window):
    dialog = main_window.preferences_feature.open_dialog()
    names = _page(dialog, NamesPage)
    names.order.setCurrentRow(3)  # ru
    for _ in range(3):
        names.move_current(-1)
    interface = _page(dialog, InterfacePage)
    interface.ui_language.setCurrentIndex(interface.ui_language.findData("ko"))
    interface.currency.setCurrentText("usd")
    customer = _page(dialog, CustomerPage)
    customer.name.setText("Kim Collector")
    customer.address.setPlainText("1 Stamp Street\n10115 Berlin")
    customer.email.setText("kim@example.org")
    customer.form_language.setCurrentIndex(customer.form_language.findData("zh"))
    data = _page(dialog, DataPage)
    data.backups_to_keep.setValue(3)
    data.load_reference.setChecked(False)
    _ok(dialog)
    assert not dialog.isVisible()

    settings = main_window.catalogue.home.settings_file
    stored = json.loads(settings.read_text(encoding="utf-8"))
    assert stored["name_order"] == ["ru", "en", "ko", "zh"]
    prefs = load_preferences(settings)
    assert (prefs.ui_language, prefs.default_currency, prefs.backups_to_keep, prefs.load_reference) == (
        "ko", "USD", 3, False)
    assert prefs.customer.name == "Kim Collector" and prefs.customer.form_language == "zh"
    assert prefs.customer.address == "1 Stamp Street\n10115 Berlin"
    assert main_window.prefs == prefs
    assert main_window.table_model._name_order == ["ru", "en", "ko", "zh"]
    # reopening shows what was saved
    again = main_window.preferences_feature.open_dialog()
    assert _page(again, NamesPage).languages() == ["ru", "en", "ko", "zh"]
    assert _page(again, CustomerPage).email.text() == "kim@example.org"
    again.reject()


def test_bad_input_keeps_dialog_open_and_saves_nothing(main_window):
    dialog = main_window.preferences_feature.open_dialog()
    _page(dialog, CustomerPage).email.setText("not an address")
    _ok(dialog)
    assert dialog.isVisible() and "e-mail" in dialog.message.text()
    assert dialog.stack.currentWidget() is _page(dialog, CustomerPage)
    assert not main_window.catalogue.home.settings_file.exists()
    _page(dialog, CustomerPage).email.setText("")
    _page(dialog, InterfacePage).currency.setCurrentText("euro")
    _ok(dialog)
    assert "three-letter" in dialog.message.text()
    dialog.reject()


def test_open_folder_uses_injected_opener(main_window):
    dialog = main_window.preferences_feature.open_dialog()
    data = _page(dialog, DataPage)
    opened = []
    data.open_url = opened.append
    data.open_button.click()
    assert opened[0].toLocalFile() == str(main_window.catalogue.home.root)
    dialog.reject()


def test_name_order_refreshes_checklist(main_window):
    main_window.table_view.selectRow(0)
    dialog = main_window.preferences_feature.open_dialog()
    names = _page(dialog, NamesPage)
    names.order.setCurrentRow(1)  # ko first
    names.move_current(-1)
    _ok(dialog)
    assert main_window.holdings_feature.model.name_order[0] == "ko"
    assert main_window.detail.toPlainText()


def _set_name_order(main_window, order):
    dialog = main_window.preferences_feature.open_dialog()
    names = _page(dialog, NamesPage)
    for target, lang in enumerate(order):
        names.order.setCurrentRow(names.languages().index(lang))
        for _ in range(names.order.currentRow() - target):
            names.move_current(-1)
    assert names.languages() == order
    _ok(dialog)


def test_name_order_falls_back_to_the_next_language(main_window):
    from kpstamps.services.browse.rows import RowKey
    from kpstamps.services.editing import series as editing
    from kpstamps.ui.table_model import COLUMNS

    sessions = main_window.catalogue.sessions
    draft = editing.SeriesDraft(serial="Zz5", issue_date="2025-04",
                                titles={"ko": "꽃", "en": "Flowers", "zh": "", "ru": ""},
                                items=[editing.ItemDraft(kind="stamp", titles={"ko": "", "en": "", "zh": "", "ru": "Роза"})])
    series_id = editing.save_series(sessions, draft)
    main_window.catalogueChanged.emit()
    item_id = editing.load_draft(sessions, series_id).items[0].id
    _set_name_order(main_window, ["zh", "ko", "en", "ru"])  # no Chinese title: Korean is next
    model = main_window.table_model
    row = model.row_for(RowKey(series_id, item_id))
    columns = [c[0] for c in COLUMNS]
    assert model.data(model.index(row, columns.index("Series"))) == "꽃"
    assert model.data(model.index(row, columns.index("Title"))) == "Роза"  # only in Russian: still shown
    assert main_window.select_key(RowKey(series_id, item_id))
    assert main_window.holdings_feature.model.checklist.title == "꽃"
    _set_name_order(main_window, ["en", "ru", "ko", "zh"])
    assert model.data(model.index(row, columns.index("Series"))) == "Flowers"


def test_default_currency_applies_to_prices_and_values(main_window):
    from kpstamps.ui.collection.checklist_model import column_of

    main_window.table_view.selectRow(2)  # an item of New Year 2025
    dialog = main_window.preferences_feature.open_dialog()
    _page(dialog, InterfacePage).currency.setCurrentText("USD")
    _ok(dialog)
    feature = main_window.holdings_feature
    assert feature.values_panel.currency.currentText() == "USD"
    model = feature.model
    model.setData(model.index(0, column_of("price")), "1.20")
    assert model.data(model.index(0, column_of("price"))) == "1.20 USD"
    from kpstamps.db.models import Holding
    from sqlalchemy import select
    with main_window.catalogue.sessions() as s:
        assert s.execute(select(Holding.price_cents, Holding.price_currency)).one() == (120, "USD")


def test_a_window_opens_with_bad_settings_values(qtbot, catalogue, tmp_path):
    """`"name_order": ["xx"]` once crashed the main window at start; now it falls back."""
    from kpstamps.ui.main_window import MainWindow

    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"name_order": ["xx"], "backups_to_keep": "many"}), encoding="utf-8")
    problems: list[str] = []
    window = MainWindow(catalogue, load_preferences(settings, problems))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.table_model.rowCount() > 0)
    assert [p.split(" =")[0] for p in problems] == ["settings: name_order", "settings: backups_to_keep"]
