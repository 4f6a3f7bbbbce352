"""The command registry: every listed command's module imports and registers exactly its names,
and only the command that runs is imported (the window and --version import none)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from types import ModuleType

import pytest
from kpstamps.cli import COMMANDS, build_parser, main, parse_args


def _registered(module: ModuleType) -> set[str]:
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers(dest="command")
    module.register(subparsers)
    return set(subparsers.choices)


def test_every_command_module_imports_and_registers_its_names():
    by_module: dict[ModuleType, set[str]] = {}
    for name, load in COMMANDS.items():
        module = load()
        assert isinstance(module, ModuleType) and module.__name__.startswith("kpstamps.cli."), name
        by_module.setdefault(module, set()).add(name)
    for module, names in by_module.items():
        assert _registered(module) == names, module.__name__


def test_every_command_has_a_handler_and_help():
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert list(subparsers.choices) == list(COMMANDS)
    helps = {choice.dest: choice.help for choice in subparsers._choices_actions}
    for name, sub in subparsers.choices.items():
        assert helps[name], name
        assert sub.get_default("handler") is not None or any(
            isinstance(a, argparse._SubParsersAction) for a in sub._actions), name


def test_the_window_parses_without_commands():
    args = parse_args(["--home", "/tmp/x", "--no-reference"])
    assert args.command is None and args.home == "/tmp/x" and args.no_reference and args.db is None


def test_a_command_parses_with_its_own_options():
    args = parse_args(["--db", "cat.sqlite3", "search", "--limit", "3", "friendship"])
    assert (args.command, args.query, args.limit, args.db) == ("search", "friendship", 3, "cat.sqlite3")
    assert callable(args.handler)


def test_an_unknown_command_lists_the_known_ones(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["bogus"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'bogus'" in err and "order-form" in err and "copy-from" in err


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name in COMMANDS:
        assert name in out


def test_a_missing_option_value_is_reported(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--home"])
    assert exc.value.code == 2
    assert "--home: expected one argument" in capsys.readouterr().err


def _imported_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    return set(done.stdout.split())


def test_the_window_path_imports_no_command_module_and_no_alembic():
    loaded = _imported_after("from kpstamps.cli import parse_args; parse_args(['--home', 'x'])")
    assert not {m for m in loaded if m.startswith("kpstamps.cli.")}
    assert "alembic" not in loaded and "sqlalchemy" not in loaded


def test_a_command_imports_only_its_own_module():
    loaded = _imported_after("from kpstamps.cli import parse_args; parse_args(['info'])")
    assert {m for m in loaded if m.startswith("kpstamps.cli.")} == {"kpstamps.cli.info", "kpstamps.cli.common"}
