"""Translations: .ts files current and finished, .qm compiled from them and shipped, the main
window in each language, Qt's own strings translated, philatelic terms from the glossary."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from kpstamps.services.catalogue import glossary
from kpstamps.services.settings.preferences import Preferences
from kpstamps.ui.common.translations import UI_LANGUAGES, install_translators
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


ts_extract = _load("ts_extract")
fill_translations = _load("fill_translations")


@pytest.fixture
def translated(qapp):
    """Install the translators for a language; back to English afterwards."""
    yield lambda lang: install_translators(qapp, lang)
    install_translators(qapp, "en")


def test_every_tr_call_is_visible_to_lupdate():
    assert ts_extract.extract().problems == []


@pytest.mark.parametrize("lang", UI_LANGUAGES)
def test_ts_file_has_exactly_the_strings_of_the_ui(lang):
    """Fails when a string was added, changed or removed in app/kpstamps/ui/ without running
    packaging/update_translations.py (pure Python: needs no lupdate)."""
    ts = ts_extract.ts_messages(TRANSLATIONS / f"kpstamps_{lang}.ts")
    ui = ts_extract.source_messages()
    assert sorted(ui - ts) == [], "missing from the .ts file: run packaging/update_translations.py"
    assert sorted(ts - ui) == [], "no longer in the UI: run packaging/update_translations.py"


@pytest.mark.parametrize("lang", UI_LANGUAGES)
def test_ts_file_is_fully_translated(lang):
    entries = ts_extract.ts_entries(TRANSLATIONS / f"kpstamps_{lang}.ts")
    assert len(entries) > 300
    unfinished = [e.source for e in entries if not e.finished or not all(e.translations)]
    assert unfinished == []
    for e in entries:
        for text in e.translations:
            assert fill_translations.placeholders(text) == fill_translations.placeholders(e.source), (e.source, text)
            assert ("&" in text) == ("&" in e.source), (e.source, text)  # keyboard accelerators kept


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="pyside6-lupdate not installed")
def test_extractor_agrees_with_lupdate(tmp_path):
    ts = tmp_path / "check.ts"
    sources = sorted(str(p) for p in ts_extract.SOURCES.rglob("*.py"))
    subprocess.run(["pyside6-lupdate", "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)],
                   check=True, capture_output=True)
    assert ts_extract.ts_messages(ts) == ts_extract.source_messages()


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="pyside6-lrelease not installed")
@pytest.mark.parametrize("lang", UI_LANGUAGES)
def test_qm_is_compiled_from_the_current_ts(lang, tmp_path):
    out = tmp_path / f"kpstamps_{lang}.qm"
    subprocess.run(["pyside6-lrelease", "-silent", str(TRANSLATIONS / f"kpstamps_{lang}.ts"), "-qm", str(out)],
                   check=True)
    assert out.read_bytes() == (TRANSLATIONS / f"kpstamps_{lang}.qm").read_bytes(), \
        "run packaging/update_translations.py"


@pytest.mark.parametrize("lang", UI_LANGUAGES)
def test_qm_files_are_package_resources(lang):
    entry = resources.files("kpstamps.resources").joinpath("translations", f"kpstamps_{lang}.qm")
    assert entry.is_file()
    with resources.as_file(entry) as path:
        assert QTranslator().load(str(path))


EXPECTED = {
    # language: (File menu, Help menu, "Kind" column header, part of the status bar text)
    "en": ("&File", "&Help", "Kind", "rows shown"),
    "ko": ("화일(&F)", "방조(&H)", "종류", "행 표시"),
    "zh": ("文件(&F)", "帮助(&H)", "类别", "显示"),
    "ru": ("&Файл", "&Справка", "Вид", "строк"),
}


@pytest.mark.parametrize("lang", UI_LANGUAGES)
def test_main_window_in_each_language(lang, translated, qtbot, catalogue):
    from kpstamps.ui.main_window import MainWindow
    from kpstamps.ui.table_model import COLUMNS

    assert translated(lang)
    window = MainWindow(catalogue, Preferences(), lang)
    qtbot.addWidget(window)
    window.show()
    file_menu, help_menu, kind, status = EXPECTED[lang]
    assert window.menus["file"].title() == file_menu
    assert window.menus["help"].title() == help_menu
    column = next(i for i, (title, _attr, _sort) in enumerate(COLUMNS) if title == "Kind")
    assert window.table_model.headerData(column, Qt.Orientation.Horizontal) == kind
    qtbot.waitUntil(lambda: status in window.status_label.text())
    kinds = {window.table_model.data(window.table_model.index(row, column))
             for row in range(min(window.table_model.rowCount(), 200))}
    assert glossary.term("kind.stamp", lang) in kinds  # item kinds come from the glossary


def test_qt_own_dialog_strings_are_translated(translated):
    """qtbase_<lang>.qm from the PySide6 wheel: standard buttons and file dialogs."""
    for lang, cancel in (("ru", "Отмена"), ("ko", "취소"), ("zh", "取消")):
        translated(lang)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel


def test_language_falls_back_to_the_system_locale():
    from kpstamps.ui.app import ui_language
    from kpstamps.ui.common.translations import system_language

    assert ui_language("ru") == "ru"
    assert ui_language("") == system_language() in UI_LANGUAGES


def test_glossary_is_complete_for_every_kind_and_condition():
    from kpstamps.domain.enums import CatalogueName, Condition, ItemKind

    keys = [f"kind.{k.value}" for k in ItemKind] + [f"condition.{c.value}" for c in Condition] \
        + [f"catalogue.{c.value}" for c in CatalogueName]
    for key in keys:
        for lang in UI_LANGUAGES:
            assert glossary.term(key, lang) != key, (key, lang)
    assert glossary.term("kind.stamp", "ko") == "우표"
    assert glossary.term("kind.first_day_cover", "ko") == "첫날봉투"  # DPRK usage, not 초일봉투
