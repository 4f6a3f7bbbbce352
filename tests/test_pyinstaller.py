"""The PyInstaller one-folder build (packaging/build.sh) builds and its binary runs.

Slow (a few minutes) and needs network access to PyPI for `pip install pyinstaller`, so it is
a benchmark: run it with `python -m pytest -m benchmark tests/test_pyinstaller.py`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "packaging" / "dist" / "kpstamps" / "kpstamps"


def _folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.mark.benchmark
@pytest.mark.timeout(1800)
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="build.sh is the Linux build")
def test_pyinstaller_build_runs(tmp_path):
    if shutil.which("bash") is None:
        pytest.skip("needs bash")
    env = {**os.environ, "PYTHON": sys.executable, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], env=env, capture_output=True,
                            text=True, timeout=1700)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "== smoke test passed" in result.stdout
    assert APP.is_file()

    started = time.perf_counter()
    version = subprocess.run([str(APP), "--version"], capture_output=True, text=True, timeout=120)
    seconds = time.perf_counter() - started
    assert version.returncode == 0 and "KP Stamps" in version.stdout
    info = subprocess.run([str(APP), "--home", str(tmp_path / "home"), "info"], capture_output=True,
                          text=True, timeout=120)
    assert info.returncode == 0, info.stderr
    assert "Schema revision" in info.stdout
    assert (APP.parent / "linux" / "kpstamps.desktop").is_file()

    out = tmp_path / "order-zh.pdf"
    started = time.perf_counter()
    order = subprocess.run([str(APP), "--home", str(tmp_path / "home"), "order-form", "--lang", "zh",
                            "--series", "Ba79", "Ba80", "--out", str(out)], capture_output=True, text=True,
                           timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    order_seconds = time.perf_counter() - started
    assert order.returncode == 0, order.stderr
    _assert_chinese_pdf(out)
    size_mb = _folder_size(APP.parent) / 2**20
    print(f"\npyinstaller: dist folder {size_mb:.0f} MiB, --version in {seconds:.2f} s, "
          f"order form (zh, Ba79 Ba80) in {order_seconds:.2f} s")


def _assert_chinese_pdf(path: Path) -> None:
    """The frozen app wrote a PDF with the bundled CJK font and the Chinese series titles."""
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(str(path))
    text = "".join(page.extract_text() or "" for page in reader.pages)
    assert b"NotoSansCJK" in path.read_bytes()  # /BaseFont of the bundled subset font
    assert "朝俄友好" in text or "朝中友好" in text, text[:500]
