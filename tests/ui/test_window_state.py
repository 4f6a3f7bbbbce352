"""Window geometry, splitter, column widths, docks and the last search survive a restart.

Settings go to an INI file in the test's tmp_path (the autouse `_isolated_qsettings`
fixture in tests/conftest.py), never to the real user's configuration.
"""

from pathlib import Path

import pytest
from dialog_walk import OPENERS
from kpstamps.services.settings.preferences import Preferences
from kpstamps.ui.common.session_state import LAST_SEARCH_KEY
from kpstamps.ui.main_window import MainWindow
from PySide6.QtCore import QSettings


def _open(qtbot, catalogue) -> MainWindow:
    window = MainWindow(catalogue, Preferences())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_settings_are_isolated_in_tmp_path(_isolated_qsettings):
    settings = QSettings()
    settings.setValue("probe", 1)
    settings.sync()
    assert Path(settings.fileName()).is_relative_to(Path(_isolated_qsettings))


def test_layout_and_last_search_are_restored(qtbot, catalogue):
    first = _open(qtbot, catalogue)
    screen = first.screen().availableGeometry()  # restoreGeometry keeps a window on its screen
    size = (min(1111, screen.width() - 40), min(777, screen.height() - 40))
    first.resize(*size)
    first.splitter.setSizes([0, 700, 300])
    first.table_view.setColumnWidth(2, 321)
    first.table_view.setColumnWidth(5, 123)
    first.search_bar.edit.setText("New Year")
    first.search_bar.apply()
    shown = first.table_model.rowCount()
    assert 0 < shown < 15
    sizes = first.splitter.sizes()
    first.close()
    assert QSettings().value(LAST_SEARCH_KEY) == "New Year"

    second = _open(qtbot, catalogue)
    assert (second.width(), second.height()) == size
    assert second.splitter.sizes() == sizes
    assert second.table_view.columnWidth(2) == 321
    assert second.table_view.columnWidth(5) == 123
    assert second.search_bar.edit.text() == "New Year"
    assert second.table_model.rowCount() == shown  # the search is applied, not just shown
    second.close()


def test_cleared_search_stays_cleared(qtbot, catalogue):
    first = _open(qtbot, catalogue)
    first.search_bar.edit.setText("New Year")
    first.search_bar.apply()
    first.close()
    second = _open(qtbot, catalogue)
    second.search_bar.edit.clear()
    second.search_bar.apply()
    second.close()
    third = _open(qtbot, catalogue)
    assert third.search_bar.edit.text() == ""
    assert third.table_model.rowCount() == 15


def test_first_window_fits_the_screen(qtbot, catalogue):
    """1400×850 on a big screen; on a small one (the offscreen screen, or 1600×1000 at scale
    2.0 = 800×500) no bigger than the screen, with the table taller than the checklist dock."""
    window = _open(qtbot, catalogue)
    free = window.screen().availableGeometry()
    assert window.width() <= free.width() and window.height() <= free.height()
    assert window.table_view.height() > 0


@pytest.mark.parametrize("name", list(OPENERS))
def test_dialogs_fit_the_screen(name, main_window, qtbot, tmp_path):
    """Each main dialog is no bigger than the screen (offscreen: 800 px wide, like 1600 px at
    200 %), unless its content cannot be narrower (its minimum size)."""
    opener = OPENERS[name]
    top = opener(main_window, tmp_path / "import.csv") if name == "import" else opener(main_window)
    try:
        free = top.screen().availableGeometry()
        least = top.minimumSizeHint().expandedTo(top.minimumSize())
        assert top.width() <= max(free.width(), least.width()), name
        assert top.height() <= max(free.height(), least.height()), name
    finally:
        top.close()
