"""Finding 11 and 18 of issue 16: every menu translated with unique access keys, plural forms
by language, domain messages translated, Quit last in File, Help ▸ User guide (F1)."""

from __future__ import annotations

import re

import pytest
from kpstamps.services.settings.preferences import Preferences
from kpstamps.ui.common.i18n import tr
from kpstamps.ui.common.messages import translated
from kpstamps.ui.common.translations import install_translators
from PySide6.QtCore import Qt


@pytest.fixture
def language(qapp):
    yield lambda lang: install_translators(qapp, lang)
    install_translators(qapp, "en")


def _window(qtbot, catalogue, lang):
    from kpstamps.ui.main_window import MainWindow

    window = MainWindow(catalogue, Preferences(), lang)
    qtbot.addWidget(window)
    window.show()
    return window


def _menu_texts(window) -> dict[str, list[tuple[str, str]]]:
    """Per menu: (object name or English-independent key, text) of its actions."""
    return {name: [(a.objectName() or str(i), a.text()) for i, a in enumerate(menu.actions()) if not a.isSeparator()]
            for name, menu in window.menus.items()}


def _access_key(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("lang", ["en", "ko", "zh", "ru"])
def test_no_two_actions_of_a_menu_share_an_access_key(qtbot, catalogue, language, lang):
    language(lang)
    window = _window(qtbot, catalogue, lang)
    for name, menu in window.menus.items():
        keys = [_access_key(a.text()) for a in menu.actions() if not a.isSeparator()]
        keys = [k for k in keys if k]
        assert len(keys) == len(set(keys)), (lang, name, [a.text() for a in menu.actions()])


@pytest.mark.parametrize("lang", ["ko", "zh", "ru"])
def test_every_menu_action_is_translated(qtbot, catalogue, language, lang):
    language("en")
    english = _menu_texts(_window(qtbot, catalogue, "en"))
    language(lang)
    translated_menus = _menu_texts(_window(qtbot, catalogue, lang))
    same = [(menu, text) for menu, actions in english.items()
            for (name, text), (_n, other) in zip(actions, translated_menus[menu], strict=True)
            if text == other and re.search("[A-Za-z]{3}", text.replace("KP Stamps", "").replace("PDF", ""))]
    assert same == []


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", {1: "1 item", 2: "2 items", 5: "5 items", 21: "21 items"}),
    ("ru", {1: "1 предмет", 2: "2 предмета", 5: "5 предметов", 21: "21 предмет"}),
])
def test_plural_forms_follow_the_language(language, lang, expected):
    language(lang)
    assert {n: tr("%Ln item(s)", "", n) for n in expected} == expected
    if lang == "en":
        assert tr("%Ln row(s) shown", "", 1) == "1 row shown"
        assert tr("%Ln holding(s)", "", 1) == "1 holding"
        assert tr("%Ln row(s) shown", "", 1500) == "1,500 rows shown"
    else:
        assert tr("%Ln row(s) shown", "", 22) == "Показано 22 строки"
        assert tr("%Ln scan(s)", "", 5) == "5 сканов"


def test_status_bar_and_delete_question_use_plural_forms(qtbot, main_window):
    from kpstamps.services.editing.series import Impact
    from kpstamps.ui.editing.actions import describe_impact

    assert "15 rows shown" in main_window.status_label.text()
    text = describe_impact(Impact(series=0, items=1, holdings=1, wants=1, scans=0, catalogue_values=0,
                                  order_lines=0))
    assert text.startswith("Delete 1 item?") and "1 holding, 1 want." in text


def test_korean_search_hints_and_series_checks_are_translated(language):
    from kpstamps.domain.entry import check_series_fields
    from kpstamps.domain.query import parse

    language("ko")
    hints = parse('year:abc "open').hints
    assert hints and all(translated(h) != h for h in hints)
    assert re.search("[가-힣]", translated(hints[0]))
    for message in check_series_fields("", "2024-13", "", 1500):
        assert translated(message) != message and re.search("[가-힣]", translated(message))
    assert tr("e.g. 4 stamps + 3 postcards") == "례: 우표 4장 + 엽서 3장"


def test_quit_is_the_last_entry_of_file(main_window):
    actions = [a for a in main_window.menus["file"].actions() if not a.isSeparator()]
    assert actions[-1].objectName() == "actionQuit"
    assert actions[0].objectName() != "openPreferences"


def test_f1_opens_the_user_guide_with_the_search_syntax(qtbot, main_window):
    from kpstamps.domain.query.parser import FIELDS
    from kpstamps.ui.common.user_guide import UserGuideWindow

    main_window.activateWindow()
    main_window.table_view.setFocus()
    qtbot.keyClick(main_window.table_view, Qt.Key.Key_F1)
    guide = main_window.findChild(UserGuideWindow)
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    for field in FIELDS:
        assert f"{field}:" in text, field
    for word in ("owned", "wanted", "missing", "-word", "OR", '"table tennis"'):
        assert word in text
    help_actions = [a.objectName() for a in main_window.menus["help"].actions()]
    assert help_actions[0] == "actionUserGuide"
    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)
    assert not guide.isVisible()


@pytest.mark.parametrize(("lang", "title"), [("ru", "Руководство KP Stamps"), ("ko", "KP Stamps 사용 안내서"),
                                           ("zh", "KP Stamps 用户指南")])
def test_guide_in_the_ui_language_with_the_whole_search_syntax(qapp, lang, title):
    from kpstamps.domain.query.parser import FIELDS
    from kpstamps.ui.common.user_guide import guide_html

    page = guide_html(lang)
    assert title in page and page != guide_html("en")
    for field in FIELDS:
        assert f"{field}:" in page, field
    assert guide_html("xx") == guide_html("en")  # a language without a page gets English
