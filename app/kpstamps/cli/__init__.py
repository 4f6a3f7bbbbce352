"""The `kpstamps` command: the GUI with no arguments, headless subcommands otherwise.

Each subcommand lives in its own module of this package with `register(subparsers)`;
handlers receive the parsed arguments and return an exit code. Every command exits 0 when
done, 1 when done with rejected rows, 2 when refused with a message (CatalogueError) and
3 on an internal error: one line on stderr naming the log file that holds the traceback
(kpstamps/logs.py).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from kpstamps import __version__

# Modules that add subcommands; each has register(subparsers).
COMMAND_MODULES = (
    "kpstamps.cli.info",
    "kpstamps.cli.search",
    "kpstamps.cli.bench",
    "kpstamps.cli.scans",
    "kpstamps.cli.orders",
    "kpstamps.cli.transfer",
    "kpstamps.cli.copy",
    "kpstamps.cli.album",
    "kpstamps.cli.lists",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kpstamps",
        description="KP Stamps: a catalogue for collectors of DPRK stamps. "
        "Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"KP Stamps {__version__}")
    parser.add_argument("--home", metavar="DIR", help="data directory (default: $KPSTAMPS_HOME or the user data dir)")
    parser.add_argument("--db", metavar="URL-or-path", help="another database: a SQLite file or a SQLAlchemy URL")
    parser.add_argument("--no-reference", action="store_true", help="do not fill a new catalogue with the reference issues")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        print(f"KP Stamps {__version__}")  # fast: before the commands (SQLAlchemy, Alembic) load
        return 0
    from kpstamps.errors import CatalogueError

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from kpstamps.ui.app import run_gui

            return run_gui(args)
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
