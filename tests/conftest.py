"""Shared fixtures: a temporary data home, an open catalogue, and no modal dialogs in tests.

Qt platform: the tests run on a real X server when pytest-xvfb has started one (platform
xcb: real window activation, focus, popups and key events, as people get them); without
Xvfb they fall back to offscreen. QT_QPA_PLATFORM set by the caller wins.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("KPSTAMPS_NO_WELCOME", "1")  # the first-run welcome only where a test asks for it


@pytest.hookimpl(trylast=True)  # after pytest-xvfb's pytest_configure has set DISPLAY
def pytest_configure(config):
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    try:
        import pytest_xvfb
    except ImportError:
        xvfb = None
    else:
        xvfb = pytest_xvfb.xvfb_instance
    os.environ["QT_QPA_PLATFORM"] = "xcb" if xvfb is not None and os.environ.get("DISPLAY") else "offscreen"


from kpstamps.home import DataHome  # noqa: E402
from kpstamps.services.catalogue.opening import Catalogue, open_catalogue  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Every test gets its own KPSTAMPS_HOME: nothing touches the real user data dir."""
    home = tmp_path / "home"
    monkeypatch.setenv("KPSTAMPS_HOME", str(home))
    monkeypatch.delenv("KPSTAMPS_SCANS", raising=False)
    monkeypatch.delenv("KPSTAMPS_USER", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    return home


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path):
    """QSettings (window layout, last search) go to an INI file under this test's tmp_path.

    Qt reads XDG_CONFIG_HOME only once per process, so the env var alone does not isolate
    them; setPath does, for every QSettings() created afterwards.
    """
    from PySide6.QtCore import QSettings

    folder = str(tmp_path / "qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, folder)
    yield folder


@pytest.fixture
def home(_isolated_home) -> DataHome:
    return DataHome.resolve(_isolated_home)


@pytest.fixture
def catalogue(home) -> Catalogue:
    """A new catalogue in a temporary home, filled with the fixed test issues (fixture_catalogue.py)."""
    from fixture_catalogue import open_fixture_catalogue

    cat = open_fixture_catalogue(home)
    yield cat
    cat.close()


@pytest.fixture
def reference_catalogue(home) -> Catalogue:
    """A new catalogue filled with the bundled reference, as users get it."""
    cat = open_catalogue(home)
    yield cat
    cat.close()


@pytest.fixture
def empty_catalogue(home) -> Catalogue:
    cat = open_catalogue(home, reference=False)
    yield cat
    cat.close()


@pytest.fixture
def pg_url(request) -> str:
    """A fresh PostgreSQL database on a server the suite starts itself (see tests/pg_server.py)."""
    from pg_server import fresh_database_url

    yield from fresh_database_url(request)
