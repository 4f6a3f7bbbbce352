"""What every subcommand needs: opening the catalogue named by --home/--db."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kpstamps.home import DataHome
from kpstamps.services.catalogue.opening import Catalogue, open_catalogue
from kpstamps.services.settings.preferences import load_preferences


def open_from_args(args: argparse.Namespace) -> Catalogue:
    home = DataHome.resolve(args.home)
    prefs = load_preferences(home.settings_file)
    return open_catalogue(home, args.db, reference=prefs.load_reference and not args.no_reference)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
