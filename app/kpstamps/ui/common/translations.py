"""Load the UI translations (resources/translations/kpstamps_<lang>.qm) and Qt's own."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

UI_LANGUAGES = ("en", "ko", "zh", "ru")
QT_NAMES = {"en": "en", "ko": "ko", "zh": "zh_CN", "ru": "ru"}
_installed: list[QTranslator] = []


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in UI_LANGUAGES else "en"


def install_translators(app: QCoreApplication, lang: str) -> bool:
    """Install Qt's and our translators for `lang`; returns whether ours was found.

    The UI language's QLocale becomes the default, so numbers and dates are written as that
    language writes them (`kpstamps.ui.common.formatting`), like the order forms.
    """
    QLocale.setDefault(QLocale(QT_NAMES.get(lang, lang)))
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{QT_NAMES.get(lang, lang)}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    ours = QTranslator(app)
    entry = resources.files("kpstamps.resources").joinpath("translations", f"kpstamps_{lang}.qm")
    if not entry.is_file():
        return False
    with resources.as_file(entry) as path:
        found = ours.load(str(path))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    return found
