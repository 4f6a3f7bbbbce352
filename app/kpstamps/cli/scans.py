"""`kpstamps scans add (--serial S | --item ID) FILE... [--role R]` and `kpstamps scans check [--repair] [--json]`."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy import select

from kpstamps.cli.common import open_from_args, print_json
from kpstamps.db.models import Series
from kpstamps.domain.enums import ScanRole
from kpstamps.errors import CatalogueError
from kpstamps.services.catalogue.opening import Catalogue
from kpstamps.services.scans.store import attach_scans, repair_scans, scan_health


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("scans", help="attach scans and check the scan folder")
    commands = parser.add_subparsers(dest="scans_command", metavar="ACTION", required=True)

    add = commands.add_parser("add", help="attach image files to a series or an item")
    owner = add.add_mutually_exclusive_group(required=True)
    owner.add_argument("--serial", metavar="S", help="the KSC serial of the series, e.g. Ba79")
    owner.add_argument("--item", metavar="ID", type=int, help="the id of the item")
    add.add_argument("--role", choices=[r.value for r in ScanRole], default=None,
                     help="front, back or detail (default: front if the owner has none, then back, then detail)")
    add.add_argument("--json", action="store_true", help="print JSON")
    add.add_argument("files", metavar="FILE", nargs="+", help="image files (JPEG, PNG, TIFF, WebP, …)")
    add.set_defaults(handler=run_add)

    check = commands.add_parser("check", help="report scan files that are missing or no longer used")
    check.add_argument("--repair", action="store_true",
                       help="remove scans whose file is missing and delete unused files")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(handler=run_check)


def _series_id(catalogue: Catalogue, serial: str) -> int:
    with catalogue.sessions() as session:
        found = session.scalar(select(Series.id).where(Series.serial == serial))
    if found is None:
        raise CatalogueError(f"no series with serial {serial!r}")
    return found


def run_add(args: argparse.Namespace) -> int:
    catalogue = open_from_args(args)
    try:
        owner = {"item_id": args.item} if args.item is not None else {"series_id": _series_id(catalogue, args.serial)}
        results = attach_scans(catalogue, args.files, role=args.role, **owner)
    finally:
        catalogue.close()
    if args.json:
        print_json([{"file": str(r.source), "scan_id": r.scan.id if r.scan else None, "error": r.error}
                    for r in results])
    else:
        for result in results:
            if result.ok:
                print(f"{result.source}: attached as scan {result.scan.id} ({result.scan.role})")
            else:
                print(f"kpstamps: {result.error}", file=sys.stderr)
    return 0 if all(r.ok for r in results) else 1


def run_check(args: argparse.Namespace) -> int:
    catalogue = open_from_args(args, read_only_ok=not args.repair)
    try:
        health = scan_health(catalogue)
        repaired = repair_scans(catalogue) if args.repair and not health.healthy else None
    finally:
        catalogue.close()
    if args.json:
        data = health.as_dict()
        if repaired is not None:
            data["repaired"] = {"removed_rows": repaired.removed_rows, "deleted_files": repaired.deleted_files}
        print_json(data)
    else:
        for scan in health.missing:
            owner = f"item {scan.item_id}" if scan.item_id is not None else f"series {scan.series_id}"
            print(f"missing: scans/{scan.relative_path} (scan {scan.id} of {owner}, was {scan.original_name!r})")
        for path in health.orphans:
            print(f"orphan: {path}")
        if health.healthy:
            print("Scans are in order.")
        elif repaired is not None:
            print(f"Repaired: removed {repaired.removed_rows} scans without a file, "
                  f"deleted {repaired.deleted_files} unused files.")
        else:
            print("Run `kpstamps scans check --repair` to fix.")
    return 0 if health.healthy or repaired is not None else 1
