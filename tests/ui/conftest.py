"""UI test fixtures. An unpatched modal `exec()` hangs pytest-qt for ever (pytest-timeout
cannot interrupt Qt's event loop), so every blocking dialog entry point raises here unless
a test patches it, and a test that leaves a modal dialog open fails."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
)


class ModalDialogError(AssertionError):
    pass


def _refuse(name: str):
    def refuse(*_args, **_kwargs):
        raise ModalDialogError(f"{name} would block the test: patch it (monkeypatch) or use open()/show()")

    return refuse


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch, qapp):
    monkeypatch.setattr(QDialog, "exec", _refuse("QDialog.exec()"))
    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(_refuse(f"QMessageBox.{name}()")))
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(_refuse(f"QFileDialog.{name}()")))
    for name in ("getText", "getItem", "getInt", "getDouble"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(_refuse(f"QInputDialog.{name}()")))
    yield
    leftover = QApplication.activeModalWidget()
    if leftover is not None:
        title = leftover.windowTitle()
        leftover.close()
        pytest.fail(f"a modal dialog was left open: {type(leftover).__name__} {title!r}")


@pytest.fixture(autouse=True, scope="session")
def english_translations(qapp):
    """The app always installs the UI language's translator (English too: its .qm holds the
    English plural forms, "1 row" / "2 rows"); so do the tests."""
    from kpstamps.ui.common.translations import install_translators

    install_translators(qapp, "en")


@pytest.fixture
def main_window(qtbot, catalogue):
    from kpstamps.services.settings.preferences import Preferences
    from kpstamps.ui.main_window import MainWindow

    window = MainWindow(catalogue, Preferences())
    qtbot.addWidget(window)
    window.show()
    # On a real X server (xcb) keys reach window shortcuts only in the active window, as on a
    # desktop: wait until it is, instead of hoping (offscreen activates at once).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window


@pytest.fixture(autouse=True)
def release_stuck_modifiers(qapp):
    """A simulated Ctrl+Shift+Z (qtbot.keyClick with modifiers) can leave Qt believing Shift is
    still down; the next test's selectRow() then extends a selection instead of making one.
    Release the modifiers after each test through the window system, as a real key-up does."""
    yield
    if QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
        return
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    target = QWidget()
    target.show()
    for key in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
        QTest.keyRelease(target, key, Qt.KeyboardModifier.NoModifier)
    target.close()
    target.deleteLater()
