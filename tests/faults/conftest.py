"""Fixtures of the fault suite: a small real disk (tmpfs), read-only mounts, immutable files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))

from faultkit import build_home


def _run(*cmd: str) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, check=False)


class SmallDisk:
    """A tmpfs of `size` bytes at `path`; `fill(leave)` leaves about `leave` bytes free."""

    def __init__(self, path, size: int):
        self.path, self.size = path, size
        self.filler = path / ".filler"

    def fill(self, leave: int) -> int:
        self.filler.unlink(missing_ok=True)
        free = shutil.disk_usage(self.path).free
        with open(self.filler, "wb") as out:
            remaining = max(0, free - leave)
            while remaining > 0:
                chunk = min(remaining, 1 << 20)
                try:
                    out.write(b"\0" * chunk)
                    out.flush()
                except OSError:
                    break
                remaining -= chunk
        return shutil.disk_usage(self.path).free

    def remount(self, mode: str) -> None:
        done = _run("mount", "-o", f"remount,{mode}", str(self.path))
        assert done.returncode == 0, done.stderr


@pytest.fixture
def small_disk(tmp_path):
    """Mount a 6 MB tmpfs (root only); skipped with the reason where the machine does not allow it."""
    path = tmp_path / "disk"
    path.mkdir()
    done = _run("mount", "-t", "tmpfs", "-o", "size=6m,mode=0755", "tmpfs", str(path)) if hasattr(os, "geteuid") \
        else None
    if done is None or done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() if done else 'not POSIX'}); "
                    "the full-disk cases need a real small disk")
    disk = SmallDisk(path, 6 << 20)
    try:
        yield disk
    finally:
        _run("umount", "-l", str(path))


def chattr_immutable(path, on: bool = True) -> None:
    done = _run("chattr", "+i" if on else "-i", str(path))
    if done.returncode != 0:
        pytest.skip(f"chattr +i is not supported here: {done.stderr.strip()}")


@pytest.fixture
def immutable():
    """Make files or folders immutable (chattr +i); undone afterwards so tmp_path can be removed."""
    marked = []

    def mark(path):
        chattr_immutable(path)
        marked.append(path)

    def undo(path):
        _run("chattr", "-i", str(path))

    mark.undo = undo
    yield mark
    for path in reversed(marked):
        undo(path)


@pytest.fixture(scope="session")
def template_home(tmp_path_factory):
    """A data folder with 40 items in 10 series, holdings, one scan: copied for each case."""
    return build_home(tmp_path_factory.mktemp("template") / "home")


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    """A QApplication before any in-process `order-form` makes a bare QGuiApplication (which
    a window cannot use later in the same process)."""
    return qapp
