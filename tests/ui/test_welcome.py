"""The first-run welcome: shown only when settings.json has no record of it, skippable, saved."""

from __future__ import annotations

import json

from kpstamps.services.settings.preferences import Preferences, load_preferences
from kpstamps.ui.settings.welcome import WelcomeDialog, offer_welcome, wants_welcome
from PySide6.QtCore import Qt


def test_due_only_when_not_seen_and_not_turned_off(monkeypatch, tmp_path):
    monkeypatch.delenv("KPSTAMPS_NO_WELCOME", raising=False)
    assert wants_welcome(Preferences())
    assert not wants_welcome(Preferences(welcome_seen=True))
    monkeypatch.setenv("KPSTAMPS_NO_WELCOME", "1")  # tests/conftest.py sets it for every test
    assert not wants_welcome(Preferences())
    (tmp_path / "settings.json").write_text(json.dumps({"ui_language": "ru"}), encoding="utf-8")
    assert not load_preferences(tmp_path / "settings.json").welcome_seen  # an older file: no record


def test_main_window_never_opens_it_by_itself(main_window):
    assert main_window.findChild(WelcomeDialog) is None


def test_skip_by_escape_records_it_and_keeps_the_defaults(qtbot, main_window):
    applied = []
    dialog = offer_welcome(main_window, applied.append)
    assert dialog.isVisible() and not dialog.isModal()  # the window behind stays usable
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    saved = load_preferences(main_window.catalogue.home.settings_file)
    assert saved.welcome_seen and saved.customer.name == "" and applied == []


def test_start_saves_language_title_order_and_customer(qtbot, main_window):
    applied = []
    dialog = offer_welcome(main_window, applied.append)
    interface, names, customer = dialog.pages
    interface.ui_language.setCurrentIndex(interface.ui_language.findData("ru"))
    names.order.setCurrentRow(names.order.count() - 1)
    names.move_current(-names.order.count())
    dialog.tabs.setCurrentWidget(customer)
    qtbot.keyClicks(customer.name, "Anna Collector")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    saved = load_preferences(main_window.catalogue.home.settings_file)
    assert saved.welcome_seen and saved.ui_language == "ru" and saved.customer.name == "Anna Collector"
    assert saved.name_order[0] == names.languages()[0]
    assert applied and applied[0].ui_language == "ru"


def test_a_new_language_from_the_welcome_rebuilds_the_window_in_it(qtbot, main_window, qapp):
    from kpstamps.ui.common.translations import install_translators
    from kpstamps.ui.settings.welcome import apply_choices

    try:
        same = apply_choices(main_window, Preferences(name_order=["ko", "en", "zh", "ru"], welcome_seen=True),
                             lambda preferred: preferred or "en")
        assert same is main_window and main_window.prefs.name_order[0] == "ko"
        russian = apply_choices(main_window, Preferences(ui_language="ru", welcome_seen=True),
                                lambda preferred: preferred or "en")
        qtbot.addWidget(russian)
        assert russian is not main_window and russian.isVisible() and not main_window.isVisible()
        assert russian.ui_lang == "ru" and russian.menus["file"].title() == "&Файл"
    finally:
        install_translators(qapp, "en")
