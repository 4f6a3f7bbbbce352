"""`kpstamps copy-to URL` and `kpstamps copy-from URL`: move a whole catalogue between databases.

The catalogue of --home/--db is one side, URL (a SQLAlchemy URL such as
postgresql+psycopg://user@host/dbname, or a SQLite file) the other. The receiving side must
be empty; it is created and migrated as needed. Scans are files: --scans DIR names the scan
folder of the URL side (default: the data home's scans folder).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from kpstamps.cli.common import open_from_args, print_json
from kpstamps.home import DataHome
from kpstamps.services.catalogue.opening import open_catalogue
from kpstamps.services.transfer.copying import CopyReport, copy_catalogue


def register(subparsers: argparse._SubParsersAction) -> None:
    for name, handler, help_text in (
        ("copy-to", run_copy_to, "copy this catalogue (with scans) into an empty database URL"),
        ("copy-from", run_copy_from, "copy the catalogue at URL (with scans) into this, empty, catalogue"),
    ):
        parser = subparsers.add_parser(name, help=help_text, description=help_text)
        parser.add_argument("url", metavar="URL", help="postgresql+psycopg://user@host/dbname or a SQLite file")
        parser.add_argument("--scans", metavar="DIR", help="scan folder of the URL side (default: the data home's)")
        parser.add_argument("--json", action="store_true", help="print the report as JSON")
        parser.set_defaults(handler=handler)


def run_copy_to(args: argparse.Namespace) -> int:
    source = open_from_args(args, read_only_ok=True)
    try:
        target = open_catalogue(source.home, args.url, reference=False)
        try:
            report = copy_catalogue(source, target, target_scans=_scans_dir(args, source.home))
        finally:
            target.close()
    finally:
        source.close()
    _print(report, args, args.url)
    return 0


def run_copy_from(args: argparse.Namespace) -> int:
    home = DataHome.resolve(args.home)
    source = open_catalogue(home, args.url, reference=False)
    try:
        target = open_catalogue(home, args.db, reference=False)
        try:
            report = copy_catalogue(source, target, source_scans=_scans_dir(args, home))
        finally:
            target.close()
    finally:
        source.close()
    _print(report, args, args.db or str(home.database))
    return 0


def _scans_dir(args: argparse.Namespace, home: DataHome) -> Path:
    return Path(args.scans).expanduser().resolve() if args.scans else home.scans


def _print(report: CopyReport, args: argparse.Namespace, where: str) -> None:
    if args.json:
        print_json(report.as_dict())
        return
    shown = make_url(where).render_as_string(hide_password=True) if "://" in where else where
    total = sum(report.rows.values())
    print(f"Copied {total} rows into {shown}:")
    for table, count in report.rows.items():
        if count:
            print(f"  {table}: {count}")
    print(f"Scans: {report.scans_copied} copied, {report.scans_present} already there.")
    if report.scans_missing:
        print(f"kpstamps: {len(report.scans_missing)} scan files were missing at the source: "
              + ", ".join(report.scans_missing[:5]), file=sys.stderr)
