"""What every subcommand needs: opening the catalogue named by --home/--db."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kpstamps.home import DataHome
from kpstamps.services.catalogue.opening import Catalogue, open_catalogue
from kpstamps.services.settings.preferences import load_preferences


def open_from_args(args: argparse.Namespace, *, read_only_ok: bool = False) -> Catalogue:
    """The catalogue of --home/--db. `read_only_ok`: the command only reads, so a catalogue on
    read-only media (or a read-only folder) is opened read-only instead of refused."""
    home = DataHome.resolve(args.home)
    prefs = load_preferences(home.settings_file)
    holder = f"kpstamps {args.command}" if getattr(args, "command", None) else None
    return open_catalogue(home, args.db, reference=prefs.load_reference and not args.no_reference,
                          read_only_ok=read_only_ok, holder=holder)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
