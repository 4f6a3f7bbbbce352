"""`kpstamps export|import|backup|restore`: moving catalogues in and out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kpstamps.cli.common import open_from_args, print_json
from kpstamps.errors import CatalogueError, from_os_error
from kpstamps.home import DataHome
from kpstamps.services.transfer.importing import FORMATS, ON_DUPLICATE


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser("export", help="write the catalogue to CSV or JSON")
    export.add_argument("file", type=Path, help="the file to write (.csv or .json)")
    export.add_argument("--format", choices=("csv", "json"), help="default: from the file name")
    export.add_argument("--bom", action="store_true", help="CSV: start with a UTF-8 BOM (for Excel)")
    export.add_argument("--delimiter", default=",", help="CSV: the delimiter (default ,)")
    export.add_argument("--query", "-q", metavar="Q", help="only the rows of this search (as in `kpstamps search`)")
    export.set_defaults(handler=run_export)

    imp = subparsers.add_parser("import", help="import CSV, JSON, a Colnect stamp list, Tellico (.tc/.xml) or GCstar (.gcs)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--format", choices=FORMATS, help="default: guessed from the name and content")
    imp.add_argument("--encoding", help="text encoding (default: detected; e.g. utf-8, cp1251, gb18030)")
    imp.add_argument("--delimiter", help="CSV delimiter (default: detected)")
    imp.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                     help="CSV: map a file column to a field (repeat; replaces the automatic mapping)")
    imp.add_argument("--list", action="append", default=[], metavar="NAME=want|own|ignore", dest="lists",
                     help="Colnect: what a list of the file becomes (repeat; default: the wish list wants, "
                          "other lists holdings with the list name as location)")
    imp.add_argument("--dry-run", action="store_true", help="only report what would happen")
    imp.add_argument("--on-duplicate", choices=ON_DUPLICATE, default="skip",
                     help="an item already in the catalogue (same catalogue number): skip, update or add a copy")
    imp.add_argument("--progress", action="store_true", help="report progress on stderr")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    imp.epilog = ("Exit status: 0 all rows readable, 1 some rows rejected (the others imported unless --dry-run), "
                  "2 refused with a message (nothing imported), 3 internal error (see kpstamps.log in the data folder).")
    imp.set_defaults(handler=run_import)

    backup = subparsers.add_parser("backup", help="write a backup zip (database, scans, manifest)")
    backup.add_argument("file", type=Path, nargs="?", help="default: a dated file in the backups folder")
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser("restore", help="replace the catalogue with a backup zip")
    restore.add_argument("file", type=Path)
    restore.set_defaults(handler=run_restore)


def run_export(args: argparse.Namespace) -> int:
    from kpstamps.services.transfer.exporting import export_csv, export_json

    fmt = args.format or ("json" if args.file.suffix.lower() == ".json" else "csv")
    if len(args.delimiter) != 1 or args.delimiter in '"\r\n':
        raise CatalogueError(f"--delimiter must be one character other than a quote or a line break, "
                             f"not {args.delimiter!r}")
    catalogue = open_from_args(args, read_only_ok=True)
    try:
        keys = None
        if args.query is not None:
            from kpstamps.services.browse.search import search

            result = search(catalogue.sessions, args.query)
            for hint in result.hints:
                print(f"kpstamps: {hint}", file=sys.stderr)
            keys = result.keys
        if fmt == "json":
            count = export_json(catalogue.sessions, args.file, keys)
        else:
            count = export_csv(catalogue.sessions, args.file, keys, bom=args.bom, delimiter=args.delimiter)
    except OSError as exc:
        raise from_os_error(exc, f"cannot write {args.file}") from None
    finally:
        catalogue.close()
    print(f"Exported {count} {'items' if fmt == 'json' else 'rows'} to {args.file}")
    return 0


def _mapping(pairs: list[str]) -> dict[str, str] | None:
    if not pairs:
        return None
    mapping = {}
    for pair in pairs:
        column, sep, field = pair.partition("=")
        if not sep or not column or not field:
            raise CatalogueError(f"--map {pair!r}: write COLUMN=FIELD")
        mapping[column] = field
    return mapping


def _lists(pairs: list[str]) -> dict[str, str] | None:
    from kpstamps.services.transfer.importing.colnect import LIST_CHOICES

    if not pairs:
        return None
    lists = {}
    for pair in pairs:
        name, sep, choice = pair.rpartition("=")
        if not sep or not name or choice not in LIST_CHOICES:
            raise CatalogueError(f"--list {pair!r}: write NAME={'|'.join(LIST_CHOICES)}")
        lists[name] = choice
    return lists


def run_import(args: argparse.Namespace) -> int:
    from kpstamps.services.transfer.importing import (
        commit_import,
        dry_run,
        read_import_file,
    )

    options: dict = {}
    if args.format in (None, "csv", "colnect"):
        options = {"encoding": args.encoding, "delimiter": args.delimiter}
        if args.map:
            options["mapping"] = _mapping(args.map)
    lists = _lists(args.lists)
    if lists is not None:
        if args.format not in (None, "colnect"):
            raise CatalogueError("--list applies to Colnect lists only")
        options["lists"] = lists
    parsed = read_import_file(args.file, args.format, **options)
    for name in sorted(set(lists or {}) - set(parsed.lists)):
        print(f"kpstamps: the file has no list named {name!r} (its lists: {', '.join(parsed.lists) or 'none'})",
              file=sys.stderr)
    catalogue = open_from_args(args)
    try:
        if args.dry_run:
            report = dry_run(catalogue.sessions, parsed, args.on_duplicate)
        else:
            def progress(done: int, total: int) -> None:
                print(f"progress {done}/{total}", file=sys.stderr, flush=True)

            report = commit_import(catalogue.sessions, parsed, args.on_duplicate,
                                   progress=progress if args.progress else None, scans_dir=catalogue.home.scans)
    finally:
        catalogue.close()
    status = 1 if report.rejected else 0
    if args.json:
        print_json(report.as_dict())
        return status
    verb = "Would import" if args.dry_run else "Imported"
    print(report.text(f"{verb} {args.file.name}"))
    return status


def run_backup(args: argparse.Namespace) -> int:
    from kpstamps.services.transfer.backup import create_backup

    catalogue = open_from_args(args, read_only_ok=True)
    try:
        path = create_backup(catalogue, args.file)
    finally:
        catalogue.close()
    print(f"Backup written to {path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from kpstamps.services.transfer.restoring import restore_catalogue

    if args.db:
        raise CatalogueError("restore replaces the data directory's catalogue; use --home, not --db")
    home = DataHome.resolve(args.home)
    result = restore_catalogue(home, args.file)
    print(f"Restored {args.file} (schema {result.schema_revision}, {result.scans} scans)")
    if result.previous:
        print(f"The catalogue it replaced is kept as {result.previous}")
    return 0
