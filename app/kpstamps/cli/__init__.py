"""The `kpstamps` command: the GUI with no arguments, headless subcommands otherwise.

Each subcommand lives in its own module of this package with `register(subparsers)`;
handlers receive the parsed arguments and return an exit code. Every command exits 0 when
done, 1 when done with rejected rows, 2 when refused with a message (CatalogueError) and
3 on an internal error: one line on stderr naming the log file that holds the traceback
(kpstamps/logs.py). `COMMANDS` maps every command name to a function importing its module:
only the command that runs is imported (the window and `--version` import none; `--help` and a
mistyped command import all, to list them).
tests/cli/test_commands.py imports each module and checks it registers exactly its names.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from kpstamps import __version__


def _info() -> ModuleType:
    from kpstamps.cli import info

    return info


def _search() -> ModuleType:
    from kpstamps.cli import search

    return search


def _bench() -> ModuleType:
    from kpstamps.cli import bench

    return bench


def _scans() -> ModuleType:
    from kpstamps.cli import scans

    return scans


def _orders() -> ModuleType:
    from kpstamps.cli import orders

    return orders


def _transfer() -> ModuleType:
    from kpstamps.cli import transfer

    return transfer


def _copy() -> ModuleType:
    from kpstamps.cli import copy

    return copy


def _album() -> ModuleType:
    from kpstamps.cli import album

    return album


def _lists() -> ModuleType:
    from kpstamps.cli import lists

    return lists


def _pack() -> ModuleType:
    from kpstamps.cli import pack

    return pack


# Command name → its module (imported when called); --help lists them in this order.
COMMANDS: dict[str, Callable[[], ModuleType]] = {
    "info": _info,
    "search": _search,
    "bench": _bench,
    "scans": _scans,
    "order-form": _orders,
    "orders": _orders,
    "export": _transfer,
    "import": _transfer,
    "backup": _transfer,
    "restore": _transfer,
    "copy-to": _copy,
    "copy-from": _copy,
    "album": _album,
    "list": _lists,
    "pack": _pack,
}


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"KP Stamps {__version__}")
    parser.add_argument("--home", metavar="DIR", help="data directory (default: $KPSTAMPS_HOME or the user data dir)")
    parser.add_argument("--db", metavar="URL-or-path", help="another database: a SQLite file or a SQLAlchemy URL")
    parser.add_argument("--no-reference", action="store_true", help="do not fill a new catalogue with the reference issues")


def build_parser(commands: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole parser, or one with only the modules of `commands` registered."""
    parser = argparse.ArgumentParser(
        prog="kpstamps",
        description="KP Stamps: a catalogue for collectors of DPRK stamps. "
        "Without a command it opens the window.",
    )
    _global_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    loaders = [COMMANDS[name] for name in commands] if commands is not None else COMMANDS.values()
    for load in dict.fromkeys(loaders):  # a module registering several commands, once
        load().register(subparsers)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line, importing the module of the named command only.

    A first, cheap pass finds the command among the global options; without one (the window)
    nothing else is built, with one its module registers and the full syntax is checked.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    first = argparse.ArgumentParser(prog="kpstamps", add_help=False, exit_on_error=False)
    _global_options(first)
    first.add_argument("command", nargs="?")
    try:
        found, rest = first.parse_known_args(argv)
    except argparse.ArgumentError:
        return build_parser().parse_args(argv)  # the full parser reports it, with its usage
    if found.command is None and not rest:
        return found  # the window: no command module needed
    if found.command in COMMANDS:
        return build_parser([found.command]).parse_args(argv)
    return build_parser().parse_args(argv)  # --help, or an unknown command or option: the full list


def main(argv: Sequence[str] | None = None) -> int:
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        print(f"KP Stamps {__version__}")  # fast: before the commands (SQLAlchemy, Alembic) load
        return 0
    from kpstamps.startup import pause_collector, start_collector

    pause_collector()  # until the window has painted (ui/app.py), or the command's modules are loaded
    try:
        return _run(parse_args(argv))
    finally:
        start_collector()  # also after --help, a refused catalogue or a window that never painted


def _run(args: argparse.Namespace) -> int:
    from kpstamps.errors import CatalogueError
    from kpstamps.startup import start_collector

    try:
        if args.command is None:
            from kpstamps.startup import import_data_layer, import_qt

            import_data_layer()  # before PySide6 and its import hook: kpstamps/startup.py
            import_qt()  # and without the hook afterwards
            from kpstamps.ui.app import run_gui

            return run_gui(args)
        start_collector()
        return int(args.handler(args) or 0)
    except CatalogueError as exc:
        print(f"kpstamps: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kpstamps: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - a bug: the traceback goes to the log, one line to the terminal
        return _internal_error(args, exc)


def _internal_error(args: argparse.Namespace, exc: Exception) -> int:
    """Exit status 3 (internal error) with one line naming the log that holds the traceback."""
    from kpstamps.home import DataHome
    from kpstamps.logs import log_exception

    try:
        root = DataHome.resolve(args.home).root
    except Exception:  # noqa: BLE001 - even a broken --home must not print a traceback
        root = None
    log = log_exception(root, exc, f"kpstamps {args.command or ''}".strip()) if root else None
    where = f"; details in {log}" if log else ""
    print(f"kpstamps: internal error ({type(exc).__name__}: {str(exc)[:200]}){where}", file=sys.stderr)
    return 3


if __name__ == "__main__":
    sys.exit(main())
