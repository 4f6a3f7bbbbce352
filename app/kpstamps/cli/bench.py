"""`kpstamps bench`: performance figures on a synthetic catalogue (see services/bench.py)."""

from __future__ import annotations

import argparse

from kpstamps.cli.common import print_json
from kpstamps.errors import CatalogueError


def register(subparsers) -> None:
    parser = subparsers.add_parser("bench", help="time catalogue building, opening and searching on synthetic data")
    parser.add_argument("--items", type=int, default=100_000, help="synthetic items (default 100000)")
    parser.add_argument("--repeats", type=int, default=20, help="timed runs per query (default 20)")
    parser.add_argument("--section", action="append", metavar="NAME", dest="sections",
                        help="run only this section (repeat for more): open, search, filter, startup, ...")
    parser.add_argument("--startup-runs", type=int, default=7, metavar="N",
                        help="startup section: child processes of the app and of a bare Qt window, each (default 7)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from kpstamps.services.bench.figures import run_bench

    if args.items < 1 or args.repeats < 1 or args.startup_runs < 1:
        raise CatalogueError("--items, --repeats and --startup-runs must be at least 1.")
    try:
        report = run_bench(items=args.items, repeats=args.repeats, sections=args.sections,
                           startup_runs=args.startup_runs)
    except ValueError as exc:
        raise CatalogueError(str(exc)) from None
    if args.json:
        print_json(report)
        return 0
    for section, values in report.items():
        print(f"[{section}]")
        for key, value in values.items():
            print(f"  {key}: {value}")
    return 0
