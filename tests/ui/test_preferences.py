import json

from PySide6.QtWidgets import QDialogButtonBox
from kpstamps.services.preferences import load_preferences
from kpstamps.ui.preference_pages import CustomerPage, DataPage, InterfacePage, NamesPage


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
