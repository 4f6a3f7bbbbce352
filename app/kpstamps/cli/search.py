"""`kpstamps search QUERY`: print the series/items matching a search (see services/search.py)."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy import select

from kpstamps.cli.common import open_from_args, print_json
from kpstamps.db.models import Item, Series


def register(subparsers) -> None:
    parser = subparsers.add_parser("search", help="search the catalogue (words, theme:, year:, mi:, owned, ...)")
    parser.add_argument("query", help='search text, e.g. \'friendship year:2020..2024 -kind:postcard\'')
    parser.add_argument("--json", action="store_true", help="print a JSON list of rows")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="at most N rows")
    parser.set_defaults(handler=run)


def _rows(catalogue, keys) -> list[dict]:
    with catalogue.sessions() as session:
        series = {s.id: s for s in session.scalars(select(Series).where(Series.id.in_({k.series_id for k in keys})))}
        item_ids = [k.item_id for k in keys if k.item_id is not None]
        items = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_(item_ids)))} if item_ids else {}
        rows = []
        for key in keys:
            s, item = series[key.series_id], items.get(key.item_id)
            rows.append({"series_id": s.id, "item_id": key.item_id, "serial": s.serial, "year": s.year,
                         "kind": item.kind if item else None,
                         "title": (item.titles() if item and any(item.titles().values()) else s.titles()),
                         "series_title": s.titles(),
                         "position": item.position if item else None})
    return rows


def run(args: argparse.Namespace) -> int:
    from kpstamps.services.browse.search import search

    catalogue = open_from_args(args, read_only_ok=True)
    try:
        result = search(catalogue.sessions, args.query, limit=args.limit)
        rows = _rows(catalogue, result.keys)
    finally:
        catalogue.close()
    for hint in result.hints:
        print(f"kpstamps: {hint}", file=sys.stderr)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        title = next((t for t in (row["title"].get(lang) for lang in ("en", "ko", "zh", "ru")) if t), "")
        print(f"{row['serial'] or '-':8} {row['year'] or '':4}  {row['kind'] or 'series':16} {title}")
    print(f"{len(rows)} row(s)", file=sys.stderr)
    return 0
