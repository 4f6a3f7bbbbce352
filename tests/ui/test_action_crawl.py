"""Every command of the real app, pressed as a person would, in a child process per language.

tests/ui/crawl_app.py opens the main window as kpstamps.ui.app builds it, on a catalogue
with holdings, wants, a scan and an order, and triggers every menu and toolbar command, the
gallery's context menu, every tool button and every shortcut key, closing what opens with
Escape, then again leaving windows open (so e.g. Print preview runs on an open order). A
child process means a segfault (the print preview once had one) fails one test with its
output instead of ending the test run. Runs on the X server pytest-xvfb started (xcb).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CRAWLER = Path(__file__).with_name("crawl_app.py")


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_command_works_and_every_popup_closes_on_escape(lang, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "KPSTAMPS_HOME": str(home), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "PYTHONFAULTHANDLER": "1"}
    result = subprocess.run([sys.executable, str(CRAWLER), lang, str(home)], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=110, check=False)
    output = result.stdout + result.stderr
    problems = [line for line in output.splitlines() if line.startswith("PROBLEM")]
    assert result.returncode == 0, (f"exit {result.returncode} (negative: killed by a signal)\n"
                                    + "\n".join(problems) + "\n--- last output ---\n" + output[-4000:])
    counts = next(line for line in output.splitlines() if line.startswith("crawled"))
    assert "'close': 0" not in counts and "'keep': 0" not in counts, counts
