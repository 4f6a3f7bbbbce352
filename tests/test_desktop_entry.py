"""The Linux desktop entry and its icon (packaging/linux/)."""

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

LINUX = Path(__file__).resolve().parents[1] / "packaging" / "linux"
ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def test_desktop_entry_names_the_command_and_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(LINUX / "kpstamps.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"].split()[0] == "kpstamps"
    assert section["Icon"] == "kpstamps"
    assert (LINUX / "kpstamps.svg").read_bytes() == (ICONS / "kpstamps.svg").read_bytes()
    assert (LINUX / "kpstamps.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils")
def test_desktop_entry_validates():
    result = subprocess.run(["desktop-file-validate", str(LINUX / "kpstamps.desktop")], capture_output=True,
                            text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_install_script_writes_entry_with_the_binary_path(tmp_path):
    if shutil.which("bash") is None:
        pytest.skip("needs bash")
    exe = tmp_path / "bin dir" / "kpstamps"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    result = subprocess.run(["bash", str(LINUX / "install-desktop-entry.sh"), str(exe)], capture_output=True,
                            text=True, env={"PREFIX": str(tmp_path / "prefix"), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "prefix/share/applications/kpstamps.desktop").read_text(encoding="utf-8")
    assert f'Exec="{exe}"' in text
    assert (tmp_path / "prefix/share/icons/hicolor/scalable/apps/kpstamps.svg").is_file()
