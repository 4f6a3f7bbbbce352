"""The wheel carries migrations/ and resources/: a non-editable install can create a catalogue."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from kpstamps.db.migrate import head_revision

ROOT = Path(__file__).resolve().parents[1]
IGNORE = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
                                "tests", "*.sqlite3*")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("src") / "kpstamps"
    shutil.copytree(ROOT, source, ignore=IGNORE)
    out = tmp_path_factory.mktemp("wheel")
    # An isolated build, as `pip install .` does (it fetches setuptools>=69 per pyproject.toml).
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)],
                   check=True, timeout=600)
    return next(out.glob("kpstamps-*.whl"))


@pytest.mark.slow
def test_wheel_contains_migrations_and_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "kpstamps/migrations/env.py",
        "kpstamps/migrations/script.py.mako",
        "kpstamps/migrations/versions/0001_initial.py",
        "kpstamps/migrations/versions/0002_catalogue_order.py",
        "kpstamps/resources/reference/catalogue.json",
        "kpstamps/resources/reference/glossary.csv",
        "kpstamps/resources/reference/shipping_routes.json",
        "kpstamps/resources/fonts/NotoSansCJKsc-Subset-Regular.otf",
        "kpstamps/resources/fonts/NotoSansCJKsc-Subset-Bold.otf",
        "kpstamps/resources/fonts/LICENSE-OFL.txt",
        "kpstamps/resources/guide/guide_en.html",
        *(f"kpstamps/resources/guide/guide_{lang}.html" for lang in ("ko", "zh", "ru")),
        *(f"kpstamps/resources/translations/kpstamps_{lang}.qm" for lang in ("en", "ko", "zh", "ru")),
        "kpstamps/cli/__init__.py",
        "kpstamps/ui/main_window.py",
    ):
        assert required in names, required
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "kpstamps = kpstamps.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


@pytest.mark.slow
def test_installed_wheel_creates_a_catalogue(wheel, tmp_path):
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = (
        "import kpstamps, sys; from kpstamps.cli import main;"
        f"assert kpstamps.__file__.startswith({str(target)!r}), kpstamps.__file__;"
        "sys.exit(main(['--home', sys.argv[1], 'info']))"
    )
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "home")], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Series: 19" in result.stdout and "Planned series: 5" in result.stdout and f"Schema revision: {head_revision()}" in result.stdout
