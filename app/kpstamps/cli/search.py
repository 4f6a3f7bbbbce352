"""`kpstamps search QUERY`: print the series/items matching a search (see services/search.py)."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy import select

from kpstamps.cli.common import open_from_args, print_json
from kpstamps.db.models import ITEM, SERIES


def register(subparsers) -> None:
    parser = subparsers.add_parser("search", help="search the catalogue (words, theme:, year:, mi:, owned, ...)")
    parser.add_argument("query", help='search text, e.g. \'friendship year:2020..2024 -kind:postcard\'')
    parser.add_argument("--json", action="store_true", help="print a JSON list of rows")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="at most N rows")
    parser.set_defaults(handler=run)


_LANGS = ("ko", "en", "zh", "ru")


def _titles(values: tuple) -> dict[str, str]:
    return dict(zip(_LANGS, values, strict=True))


def _rows(catalogue, keys) -> list[dict]:
    """The printed values of `keys`, read as plain tuples (no ORM objects, no attribute lookups
    on result rows: at 1,500 rows those were a tenth of the command's time), of Core columns
    (the command never configures the ORM mappers: `db.models.table`)."""
    series_cols = [SERIES.id, SERIES.serial, SERIES.year, *(SERIES[f"title_{lang}"] for lang in _LANGS)]
    item_cols = [ITEM.id, ITEM.kind, ITEM.position, *(ITEM[f"title_{lang}"] for lang in _LANGS)]
    with catalogue.sessions() as session:
        conn = session.connection()
        series = {r[0]: tuple(r) for r in conn.execute(select(*series_cols).where(
            SERIES.id.in_({k.series_id for k in keys})))}
        item_ids = [k.item_id for k in keys if k.item_id is not None]
        items = {r[0]: tuple(r) for r in conn.execute(select(*item_cols).where(ITEM.id.in_(item_ids)))} if item_ids else {}
    rows = []
    for key in keys:
        series_id, serial, year, *series_titles = series[key.series_id]
        item = items.get(key.item_id)
        item_titles = _titles(item[3:]) if item else None
        rows.append({"series_id": series_id, "item_id": key.item_id, "serial": serial, "year": year,
                     "kind": item[1] if item else None,
                     "title": item_titles if item_titles and any(item_titles.values()) else _titles(series_titles),
                     "series_title": _titles(series_titles),
                     "position": item[2] if item else None})
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
    lines = []
    for row in rows:
        title = next((t for t in (row["title"].get(lang) for lang in ("en", "ko", "zh", "ru")) if t), "")
        lines.append(f"{row['serial'] or '-':8} {row['year'] or '':4}  {row['kind'] or 'series':16} {title}\n")
    sys.stdout.write("".join(lines))  # one write, also where stdout is unbuffered
    sys.stdout.flush()
    print(f"{len(rows)} row(s)", file=sys.stderr)
    return 0
