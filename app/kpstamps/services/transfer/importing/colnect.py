"""Colnect stamp lists, exactly as Colnect exports them (CSV, UTF-8 with BOM, CRLF).

Lines 1–5 are a preamble ("Stamps on Colnect", who launched the list, …), line 6 is blank,
line 7 the header of 39 columns, then the rows, blank lines and a footer
`"END of Colnect list launched on …"`. Headers are in the collector's language: English names
are matched, other languages by position once a row's `Link` cell shows a
`colnect.com/…/stamp/<id>` address. Older exports (a plain header with "Catalog codes",
"Face value", "Colnect ID") are read too.

`List`, `Quantity` and `Condition` are positional groups (`"Wish,Swap"`, `[2],[1]`,
`[MNH],[U]`, `[]` keeps its place): each list becomes wants, holdings (the list name kept as
the location) or nothing, as the person chooses per list (`ListChoice`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from kpstamps.domain.catalogue_numbers import parse_codes
from kpstamps.errors import TransferError
from kpstamps.services.transfer.importing import records as r
from kpstamps.services.transfer.importing.colnect_rows import (
    LINK,
    colnect_row,
    default_choice,
)
from kpstamps.services.transfer.importing.csv_import import sniff_delimiter, split_rows
from kpstamps.services.transfer.importing.encodings import decode
from kpstamps.services.transfer.importing.records import (
    ParsedFile,
    RowError,
    RowProblem,
)

COLUMNS = (
    "name", "country", "series", "catalog codes", "issued on", "expiry date", "width", "height", "watermark",
    "format", "emission", "perforation", "printing", "paper", "gum", "ord mi", "ord sn", "ord yt", "ord sg",
    "currency", "facevalue", "print run", "parent item", "variant", "overprint variant", "score", "accuracy",
    "colors", "designers", "printers", "issuers", "themes", "description", "link", "list", "quantity",
    "condition", "public note", "private note",
)
assert len(COLUMNS) == 39
ALIASES = {"catalog codes": "catalog codes", "face value": "facevalue", "colnect id": "colnect id",
           "issue date": "issued on", "year": "year"}
FOOTER = re.compile(r"^\s*END of Colnect list", re.IGNORECASE)
PREAMBLE = re.compile(r"^\W*(\w[\w ]*?) on Colnect\b", re.IGNORECASE)
LIST_CHOICES = ("want", "own", "ignore")
__all__ = ["COLUMNS", "LIST_CHOICES", "default_choice", "is_colnect", "list_names", "looks_like_colnect",
           "parse_codes", "parse_colnect"]


def _key(name: str) -> str:
    folded = " ".join(name.replace("\ufeff", "").split()).casefold()
    return ALIASES.get(folded, folded)


def is_colnect(header: list[str]) -> bool:
    names = {_key(h) for h in header}
    return "catalog codes" in names or {"name", "issued on"} <= names


def looks_like_colnect(head: str) -> bool:
    """The start of a decoded file is a Colnect list (preamble, or a header naming Colnect's columns)."""
    first = head.lstrip("\ufeff \t\r\n")[:200]
    return bool(PREAMBLE.match(first) and "colnect" in first.casefold()) or bool(LINK.search(head[:65536]))


def _header_index(rows: list[tuple[int, list[str]]], name: str) -> int:
    """Which row is the header: the first that names Colnect's columns, or, in another
    language, the row before the first row with a Colnect stamp link."""
    for index, (_, cells) in enumerate(rows[:20]):
        if is_colnect(cells):
            return index
    for index, (_, cells) in enumerate(rows[:40]):
        if index and any(LINK.search(c) for c in cells) and len(rows[index - 1][1]) >= 20:
            return index - 1
    raise TransferError(f"{name} is not a Colnect stamp list (no header with 'Catalog Codes', and no "
                        "colnect.com stamp links)")


def _keys(header: list[str], first_row: list[str]) -> list[str]:
    keys = [_key(h) for h in header]
    if not is_colnect(header) and len(header) == len(COLUMNS):
        keys = list(COLUMNS)  # a translated header: Colnect's column order
        if not LINK.search(first_row[COLUMNS.index("link")] if len(first_row) > 33 else ""):
            raise TransferError("the header is not in English and the Link column holds no colnect.com link")
    return keys


def _refuse_other_categories(rows: list[tuple[int, list[str]]], name: str) -> None:
    first = rows[0][1][0] if rows and rows[0][1] else ""
    match = PREAMBLE.match(first)
    if match and match.group(1).casefold() != "stamps":
        raise TransferError(f"{name} is a Colnect list of {match.group(1)}, not of stamps")


def list_names(data: bytes, encoding: str | None = None) -> dict[str, int]:
    """The lists a Colnect file names and how many rows each has (for the import dialog;
    reads only the List column)."""
    text, _ = decode(data, encoding)
    rows = split_rows(text, ",", "the file")
    start = _header_index(rows, "the file")
    keys = _keys(rows[start][1], rows[start + 1][1] if len(rows) > start + 1 else [])
    if "list" not in keys:
        return {}
    column = keys.index("list")
    counts: dict[str, int] = {}
    for _, cells in rows[start + 1:]:
        if len(cells) > column:
            for name in (n.strip() for n in cells[column].split(",")):
                if name:
                    counts[name] = counts.get(name, 0) + 1
    return counts


def parse_colnect(data: bytes, encoding: str | None = None, delimiter: str | None = None, *,
                  name: str = "the file", lists: Mapping[str, str] | None = None) -> ParsedFile:
    """Read a Colnect stamp list. `lists`: {list name: want|own|ignore}; a list not named
    there gets `default_choice`. Items of one series keep the file's order as positions."""
    text, used = decode(data, encoding, name=name)
    if not text.strip():
        raise TransferError(f"{name} is empty")
    chosen = delimiter or ("," if looks_like_colnect(text) else sniff_delimiter(text[:65536]))
    rows = split_rows(text, chosen, name)
    _refuse_other_categories(rows, name)
    start = _header_index(rows, name)
    header = rows[start][1]
    body = rows[start + 1:]
    keys = _keys(header, body[0][1] if body else [])
    choices = {k: v for k, v in (lists or {}).items()}
    bad = sorted(v for v in choices.values() if v not in LIST_CHOICES)
    if bad:
        raise TransferError(f"a list can become {', '.join(LIST_CHOICES)}, not {bad[0]!r}")
    parsed = ParsedFile("colnect", encoding=used, delimiter=chosen)
    for line, cells in body:
        if len(cells) == 1 and FOOTER.match(cells[0]):
            break
        fields = dict(zip(keys, map(str.strip, cells)))
        try:
            row = colnect_row(line, fields, choices, parsed.lists)
        except RowError as exc:
            parsed.problems.append(RowProblem(line, exc.column, str(exc)))
            continue
        parsed.add_in_file_order(row)
    if not parsed.rows and not parsed.problems:
        raise TransferError(f"{name} is a Colnect list without stamps")
    parsed.themes_by_name = True
    return parsed


def codes_of(cell: str) -> list[r.Number]:
    """The catalogue numbers of a `Catalog Codes` cell (unknown abbreviations left out)."""
    return [r.catalogue_number("Catalog Codes", c, p.number, p.country, p.block) for c, p in parse_codes(cell)[0]]
