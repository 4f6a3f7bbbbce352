"""The garbage collector is paused for the start-up (kpstamps/startup.py) and always on again
once `main()` is done: after a command, --help, a refused catalogue or an internal error."""

from __future__ import annotations

import gc

import pytest
from kpstamps.cli import main


@pytest.fixture(autouse=True)
def _collector_on():
    yield
    gc.enable()  # whatever a failing test left, the rest of the suite runs with the collector


@pytest.mark.parametrize("argv", [["info"], ["search", "friendship"], ["no-such-command"], ["--help"]])
def test_main_leaves_the_collector_on(argv, home, monkeypatch, capsys):
    monkeypatch.setenv("KPSTAMPS_HOME", str(home.root))
    try:
        main(argv)
    except SystemExit:
        pass  # argparse's own exit for --help and an unknown command
    assert gc.isenabled()


def test_a_command_runs_with_the_collector_on(home, monkeypatch):
    """The pause covers the imports only: a command's own work (an import of 100,000 rows) runs
    with the collector, so its garbage cycles are freed as it goes."""
    from kpstamps.cli import COMMANDS

    seen = []
    monkeypatch.setenv("KPSTAMPS_HOME", str(home.root))
    module = COMMANDS["info"]()
    original = module.run
    monkeypatch.setattr(module, "run", lambda args: seen.append(gc.isenabled()) or original(args))
    assert main(["info"]) == 0
    assert seen == [True]
