"""`kpstamps list {checklist,wanted,swap} …` writes a printed list as PDF or CSV."""

from __future__ import annotations

import argparse

from kpstamps.cli.album import check_out, ensure_gui_app
from kpstamps.cli.common import open_from_args
from kpstamps.services.album.lists import LANGUAGES, LIST_KINDS, build_list, write_csv


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "list", help="write a checklist, want list or swap list as PDF or CSV",
        description="checklist: every item with a tick box; wanted: the want list with condition, quantity "
        "and maximum price; swap: copies held beyond the number kept (an item's keep quantity, default 1).")
    parser.add_argument("kind", choices=LIST_KINDS)
    parser.add_argument("--query", default="", metavar="Q", help="a search, e.g. 'year:2025'")
    parser.add_argument("--series", nargs="+", metavar="S", default=[], help="series: serial (Ba79), #id or title")
    parser.add_argument("--lang", choices=LANGUAGES, required=True)
    parser.add_argument("--paper", default="a4", metavar="a4|letter|WxHmm")
    parser.add_argument("--header", default="", metavar="TEXT", help="collection name beside the title (PDF)")
    parser.add_argument("--out", required=True, metavar="FILE.pdf|FILE.csv")
    parser.set_defaults(handler=run_list)


def run_list(args: argparse.Namespace) -> int:
    out = check_out(args.out, (".pdf", ".csv"))
    catalogue = open_from_args(args)
    try:
        printed = build_list(catalogue.sessions, args.kind, args.lang, args.query, args.series)
    finally:
        catalogue.close()
    if out.suffix.lower() == ".csv":
        rows = write_csv(printed, out)
        print(f"{out}: {printed.title()}, {rows} rows")
        return 0
    ensure_gui_app()
    from kpstamps.printing.album import parse_paper
    from kpstamps.printing.lists import render_list_pdf

    parse_paper(args.paper)
    result = render_list_pdf(printed, out, args.paper, args.header)
    print(f"{out}: {printed.title()}, {len(printed.rows)} rows, {result.pages} pages, "
          f"{result.size_bytes / 1024:.0f} KB, {result.seconds:.2f} s")
    return 0
