"""`kpstamps pack export|import`: catalogue packs (series, items, themes, sources; no personal data)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from kpstamps.cli.common import open_from_args, print_json
from kpstamps.errors import CatalogueError


def register(subparsers: argparse._SubParsersAction) -> None:
    pack = subparsers.add_parser("pack", help="export or import a catalogue pack (a catalogue without personal data)")
    commands = pack.add_subparsers(dest="pack_command", metavar="export|import", required=True)
    export = commands.add_parser("export", help="write series, items, catalogue numbers, themes and sources to a pack")
    export.add_argument("file", type=Path, help="the pack to write (e.g. club-2026.kpspack)")
    export.add_argument("--query", "-q", metavar="Q", help="only the series this search finds (all their items)")
    export.add_argument("--scans", action="store_true", help="include the scans of those series and items")
    export.add_argument("--name", help="the pack's name; a newer pack with the same name updates it (default: file name)")
    export.add_argument("--publisher", default="", help="who publishes the pack (a club, a dealer)")
    export.add_argument("--pack-version", default="", metavar="V", help="the pack's version, e.g. 2026.1")
    export.set_defaults(handler=run_export)

    imp = commands.add_parser("import", help="add a pack's series, or update the rows an earlier version brought")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="only report what would happen")
    imp.add_argument("--take-theirs", action="append", default=[], metavar="PACK-ID",
                     help="for this conflict take the pack's version (repeat; default: keep yours)")
    imp.add_argument("--take-all-theirs", action="store_true", help="take the pack's version in every conflict")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    imp.epilog = ("Rows you edited are kept; holdings, wants and orders are never touched. Exit status: 0 done, "
                  "1 conflicts kept as yours (listed), 2 refused (bad pack; nothing changed).")
    imp.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace) -> int:
    from kpstamps.services.packs.exchange import export_pack

    catalogue = open_from_args(args)
    try:
        result = export_pack(catalogue, args.file, name=args.name or args.file.stem, publisher=args.publisher,
                             version=args.pack_version, query=args.query, scans=args.scans)
    except OSError as exc:
        raise CatalogueError(f"cannot write {args.file}: {exc.strerror or exc}") from None
    finally:
        catalogue.close()
    print(f"Exported {result.series} series, {result.items} items, {result.themes} themes and {result.scans} scans "
          f"to {args.file} ({result.size_bytes} bytes)")
    return 0


def _resolutions(args: argparse.Namespace, path: Path, catalogue) -> dict[str, str]:
    if not args.take_all_theirs:
        return {pack_id: "theirs" for pack_id in args.take_theirs}
    from kpstamps.services.packs.exchange import update_from_pack

    preview = update_from_pack(catalogue, path, dry_run=True)
    return {conflict.pack_id: "theirs" for conflict in preview.conflicts}


def run_import(args: argparse.Namespace) -> int:
    from kpstamps.services.packs.exchange import update_from_pack

    catalogue = open_from_args(args)
    try:
        report = update_from_pack(catalogue, args.file, dry_run=args.dry_run,
                                  resolutions=_resolutions(args, args.file, catalogue))
    finally:
        catalogue.close()
    kept = [c for c in report.conflicts if c.resolution == "mine"]
    if args.json:
        data = {k: v for k, v in asdict(report).items() if not k.endswith("_ids")}
        print_json({**data, "dry_run": args.dry_run})
        return 1 if kept else 0
    verb = "Would apply" if args.dry_run else "Applied"
    print(f"{verb} {report.pack} {report.version}".rstrip() + f": {report.summary()}.")
    for conflict in report.conflicts:
        choice = "kept yours" if conflict.resolution == "mine" else "took the pack's"
        print(f"  conflict {conflict.kind} {conflict.label} [{conflict.pack_id}]: "
              f"{', '.join(conflict.fields)} differ; {choice}")
    if kept:
        print("Take the pack's version with --take-theirs PACK-ID (or --take-all-theirs).")
    return 1 if kept else 0
