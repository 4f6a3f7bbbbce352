"""`kpstamps album …` writes album pages as PDF: spaces sized to each item, in four languages."""

from __future__ import annotations

import argparse
from pathlib import Path

from kpstamps.cli.common import open_from_args
from kpstamps.errors import CatalogueError
from kpstamps.home import DataHome
from kpstamps.services.album.lists import LANGUAGES
from kpstamps.services.album.pages import check_found, load_album

_app = None  # the headless QGuiApplication, kept alive while the process runs


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "album", help="write album pages as PDF (ko, en, zh or ru)",
        description="Album pages: each series with spaces of its items' size and shape (sizes not "
        "recorded are the kind's default, printed with ≈), captions with catalogue numbers and face value.")
    parser.add_argument("--series", nargs="+", metavar="S", default=[], help="series: serial (Ba79), #id or title")
    parser.add_argument("--query", default="", metavar="Q", help="a search, e.g. 'theme:sport year:2024'")
    parser.add_argument("--lang", choices=LANGUAGES, required=True, help="language of titles and captions")
    parser.add_argument("--paper", default="a4", metavar="a4|letter|WxHmm", help="paper (default a4), e.g. 230x300mm")
    parser.add_argument("--images", action="store_true", help="print the front scans in their spaces")
    parser.add_argument("--margin-mm", type=float, default=1.0, metavar="N", help="mount margin around each item (default 1)")
    parser.add_argument("--binder-mm", type=float, default=10.0, metavar="N", help="extra margin on the hole side (default 10)")
    parser.add_argument("--header", default="", metavar="TEXT", help="collection name at the head of each page")
    parser.add_argument("--no-border", action="store_true", help="no frame around the page")
    parser.add_argument("--no-footer", action="store_true", help="no page numbers")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    parser.set_defaults(handler=run_album)


def ensure_gui_app() -> None:
    """PDF rendering needs a QGuiApplication; without one, start it offscreen (no display needed)."""
    global _app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _app = QGuiApplication(["kpstamps", "-platform", "offscreen"])


def check_out(path: str, suffixes: tuple[str, ...]) -> Path:
    out = Path(path)
    if out.suffix.lower() not in suffixes:
        raise CatalogueError(f"--out must end in {' or '.join(suffixes)}: {out.name}")
    if not out.parent.is_dir():
        raise CatalogueError(f"folder {out.parent} does not exist")
    return out


def run_album(args: argparse.Namespace) -> int:
    out = check_out(args.out, (".pdf",))
    if not 0 <= args.margin_mm <= 20 or not 0 <= args.binder_mm <= 50:
        raise CatalogueError("--margin-mm must be 0–20 and --binder-mm 0–50")
    ensure_gui_app()
    from kpstamps.printing.album import (
        AlbumOptions,
        parse_paper,
        render_album_pdf,
        scan_images,
    )

    parse_paper(args.paper)
    home = DataHome.resolve(args.home)
    catalogue = open_from_args(args)
    try:
        album = check_found(load_album(catalogue.sessions, args.query, args.series))
    finally:
        catalogue.close()
    options = AlbumOptions(lang=args.lang, paper=args.paper, images=args.images, mount_mm=args.margin_mm,
                           binder_mm=args.binder_mm, header=args.header, border=not args.no_border,
                           footer=not args.no_footer)
    images = scan_images(home.scans, home.thumbnails, options.image_dpi) if args.images else None
    result = render_album_pdf(album, out, options, images)
    spaces = sum(len(p.spaces) for p in result.layout.pages)
    assumed = sum(1 for s in album for i in s.items if i.geometry.assumed)
    print(f"{out}: {len(album)} series, {spaces} spaces ({assumed} of assumed size), {result.pages} pages, "
          f"{result.size_bytes / 1024:.0f} KB, {result.seconds:.2f} s")
    return 0
