"""The `kpstamps` command: the GUI with no arguments, headless subcommands otherwise.

Each subcommand lives in its own module of this package with `register(subparsers)`;
handlers receive the parsed arguments and return an exit code.
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


if __name__ == "__main__":
    sys.exit(main())
