"""`kpstamps info [--json]`."""

from __future__ import annotations

import argparse

from kpstamps.cli.common import open_from_args, print_json
from kpstamps.services.catalogue.info import catalogue_info


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "info", help="data directory, database, schema revision, counts and unused or missing scan files")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    catalogue = open_from_args(args, read_only_ok=True)
    try:
        info = catalogue_info(catalogue)
    finally:
        catalogue.close()
    if args.json:
        print_json(info.as_dict())
        return 0
    labels = {"data_dir": "Data directory", "database_url": "Database", "schema_revision": "Schema revision",
              "scan_orphans": "Unused scan files", "scan_missing": "Scans without a file",
              "open_elsewhere": "Also open in", "leftovers_removed": "Stale temporary files removed at start",
              "leftovers_removed_bytes": "Their size (bytes)", "leftovers_in_use": "Temporary files in use",
              "finished_restore": "Finished an interrupted restore",
              "planned": "Planned series", "reference_version": "Reference version"}
    shown_if_set = {"read_only", "open_elsewhere", "leftovers_removed", "leftovers_removed_bytes",
                    "leftovers_in_use", "finished_restore"}
    for key, value in info.as_dict().items():
        if key in shown_if_set and not value:
            continue
        if isinstance(value, list):
            value = "; ".join(value)
        print(f"{labels.get(key, key.replace('_', ' ').capitalize())}: {value}")
    if info.scan_orphans or info.scan_missing:
        print("Run `kpstamps scans check` for the list and `kpstamps scans check --repair` to fix.")
    return 0
