"""`kpstamps order-form …` writes an order form PDF headless; `kpstamps orders` lists orders."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from kpstamps.cli.common import open_from_args, print_json
from kpstamps.domain.enums import Condition, parse_enum
from kpstamps.errors import CatalogueError
from kpstamps.home import DataHome
from kpstamps.services.orders.form_data import OrderForm, order_form
from kpstamps.services.orders.orders import (
    FORM_LANGUAGES,
    OrderDraft,
    lines_from_series,
    lines_from_wants,
    list_orders,
    load_order,
    new_order,
    shipping_route,
    shipping_routes,
)
from kpstamps.services.settings.preferences import load_preferences

_app = None  # the headless QGuiApplication, kept alive while the process runs
MAX_QUANTITY = 9999  # of one stamp in one order: more is a typing slip (and overflows the totals' floats)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("order-form", help="write an order form for the KSC as PDF (en, zh or ru)")
    parser.add_argument("--lang", choices=FORM_LANGUAGES, help="form language (default: the customer profile's)")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--wanted", action="store_true", help="order the want list")
    source.add_argument("--series", nargs="+", metavar="S", help="order whole series: serial (Ba79), #id or title")
    source.add_argument("--order", metavar="NUMBER", help="print a saved order, e.g. 2026-001")
    parser.add_argument("--quantity", type=int, default=1, metavar="N", help="how many of each (--series)")
    parser.add_argument("--condition", default="mnh", help="mnh, cto or used (--series; default mnh)")
    parser.add_argument("--currency", metavar="EUR", help="currency (default: the preferences')")
    parser.add_argument("--route", metavar="KEY", help="shipping route key from the reference data")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4")
    parser.set_defaults(handler=run_form)
    listing = subparsers.add_parser("orders", help="list saved orders")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)


def _draft(args: argparse.Namespace) -> tuple[OrderDraft, OrderForm]:
    home = DataHome.resolve(args.home)
    prefs = load_preferences(home.settings_file)
    if not 1 <= args.quantity <= MAX_QUANTITY:
        raise CatalogueError(f"--quantity must be between 1 and {MAX_QUANTITY}, not {args.quantity}")
    try:
        condition = parse_enum(Condition, args.condition, "condition").value
    except ValueError as exc:
        raise CatalogueError(str(exc)) from None
    if args.route and shipping_route(args.route) is None:
        known = ", ".join(route.key for route in shipping_routes())
        raise CatalogueError(f"unknown shipping route {args.route!r} (known: {known})")
    catalogue = open_from_args(args, read_only_ok=True)
    try:
        if args.order:
            draft = load_order(catalogue.sessions, args.order)
        else:
            currency = (args.currency or prefs.default_currency or "EUR").upper()
            with catalogue.sessions() as session:
                lines = (lines_from_wants(session, currency) if args.wanted
                         else lines_from_series(session, args.series, args.quantity, condition))
            if not lines:
                raise CatalogueError("nothing to order: the want list is empty")
            draft = new_order(catalogue.sessions, lines, prefs.customer, currency=currency)
            draft.shipping_route = args.route or ""
        if args.lang:
            draft.language = args.lang
        return draft, order_form(catalogue.sessions, draft)
    finally:
        catalogue.close()


def _ensure_gui_app() -> None:
    """PDF rendering needs a QGuiApplication; without one, start it offscreen (no display needed)."""
    global _app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _app = QGuiApplication(["kpstamps", "-platform", "offscreen"])


def run_form(args: argparse.Namespace) -> int:
    draft, form = _draft(args)
    out = Path(args.out)
    if not out.parent.is_dir():
        raise CatalogueError(f"folder {out.parent} does not exist")
    if out.is_dir():
        raise CatalogueError(f"{out} is a folder; name the PDF file to write")
    _ensure_gui_app()
    from kpstamps.printing.order_form import render_pdf

    result = render_pdf(form, out, args.paper)
    print(f"{out}: order {draft.number}, {len(form.lines)} lines, {result.pages} pages, "
          f"{result.size_bytes / 1024:.0f} KB, {result.seconds:.2f} s")
    return 0


def run_list(args: argparse.Namespace) -> int:
    catalogue = open_from_args(args, read_only_ok=True)
    try:
        orders = list_orders(catalogue.sessions)
    finally:
        catalogue.close()
    if args.json:
        print_json([asdict(o) for o in orders])
        return 0
    for o in orders:
        print(f"{o.number}  {o.order_date}  {o.status:<9}  {o.lines:>3} lines  {o.total_cents / 100:.2f} {o.currency}")
    return 0
