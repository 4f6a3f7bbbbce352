"""Colnect CSV exports: "Name", "Country", "Series", "Issued on", "Catalog codes"
(`Mi:KP 6789, Sn:KP 5123`), "Face value", "Currency", "Format", ... — read liberally:
column names in any case, unknown columns ignored, dates in several shapes."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kpstamps.errors import TransferError
from kpstamps.services.transfer.importing import records as r
from kpstamps.services.transfer.importing.csv_import import read_table
from kpstamps.services.transfer.importing.records import (
    ImportRow,
    ParsedFile,
    RowError,
    RowProblem,
)

KINDS = {
    "stamp": "stamp", "souvenir sheet": "souvenir_sheet", "mini sheet": "sheetlet", "sheetlet": "sheetlet",
    "block": "souvenir_sheet", "booklet": "booklet", "postcard": "postcard", "postal card": "postcard",
    "stamped envelope": "stamped_envelope", "fdc": "first_day_cover", "first day cover": "first_day_cover",
    "maximum card": "maximum_card",
}
_COUNTRY_PREFIX = re.compile(r"^[A-Z]{2}\s+(?=\S)")
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_AMOUNT = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(.*)$")


def is_colnect(header: list[str]) -> bool:
    names = {h.strip().casefold() for h in header}
    return "catalog codes" in names or {"name", "issued on"} <= names


def colnect_codes(cell: str) -> list[tuple[str, str]]:
    """`Mi:KP 6789, Sn:KP 5123, Sg:KP 4567` → [(michel, 6789), (scott, 5123), (sg, 4567)]."""
    found = []
    for part in re.split(r"[,;]", cell):
        prefix, sep, number = part.strip().partition(":")
        if not sep:
            if part.strip():
                raise RowError("Catalog codes", f"{part.strip()!r} has no catalogue prefix (like Mi:)")
            continue
        catalogue = r.catalogue_for_prefix(prefix) or "other"
        found.append(r.catalogue_number("Catalog codes", catalogue, _COUNTRY_PREFIX.sub("", number.strip())))
    return found


def _date(cell: str) -> str | None:
    match = _DMY.match(cell.strip())
    if match:
        day, month, year = match.groups()
        cell = f"{year}-{int(month):02d}-{int(day):02d}"
    return r.partial_date("Issued on", cell)


def _face_value(value: str, currency: str) -> tuple[int | None, str]:
    match = _AMOUNT.match(value)
    unit = (currency or (match.group(2) if match else "")).strip()
    code = "KPW" if not unit or "won" in unit.casefold() else unit.upper()
    if len(code) != 3 or not code.isalpha():
        raise RowError("Currency", f"{unit!r} is not a currency KP Stamps knows (use a code like KPW)")
    if not value.strip():
        return None, code
    if not match:
        raise RowError("Face value", f"{value!r} is not an amount")
    return r.cents("Face value", match.group(1)), code


def colnect_row(line: int, f: Mapping[str, str]) -> ImportRow:
    name = r.text(f.get("name"))
    series_name = r.text(f.get("series")) or name
    issued = _date(r.text(f.get("issued on")))
    cents, currency = _face_value(r.text(f.get("face value")), r.text(f.get("currency")))
    kind_cell = r.text(f.get("format")).casefold()
    series: dict[str, Any] = {"serial": None, "issue_date": issued, "year": int(issued[:4]) if issued else None,
                              "announced": None, "notes": "", "source": "Colnect",
                              "title_ko": "", "title_en": series_name, "title_zh": "", "title_ru": ""}
    year = r.text(f.get("year"))
    if year and series["year"] is None:
        series["year"] = r.integer("Year", year)
    row = ImportRow(line, series)
    row.item = {"position": 0, "kind": KINDS.get(kind_cell, "stamp"), "face_value_cents": cents,
                "currency": currency, "perforation": None, "perf_gauge": r.text(f.get("perforation")),
                "format": r.text(f.get("format")), "description": r.text(f.get("description")),
                "title_ko": "", "title_en": name, "title_zh": "", "title_ru": ""}
    row.numbers = colnect_codes(r.text(f.get("catalog codes")))
    r.check_lengths(row)
    return row


def parse_colnect(data: bytes, encoding: str | None = None, delimiter: str | None = None, *, name: str = "the file") -> ParsedFile:
    """Read a Colnect CSV export; items of one series keep their order as positions."""
    table = read_table(data, encoding, delimiter, name=name)
    if not is_colnect(table.header):
        raise TransferError(f"{name} is not a Colnect export (no 'Catalog codes' or 'Name' and 'Issued on' columns)")
    keys = [h.strip().casefold() for h in table.header]
    parsed = ParsedFile("colnect", encoding=table.encoding, delimiter=table.delimiter)
    positions: dict[tuple[str, str | None], int] = {}
    for line, cells in table.rows:
        fields = dict(zip(keys, cells))
        try:
            row = colnect_row(line, fields)
        except RowError as exc:
            parsed.problems.append(RowProblem(line, exc.column, str(exc)))
            continue
        key = (row.series["title_en"], row.series["issue_date"])
        positions[key] = positions.get(key, 0) + 1
        assert row.item is not None
        row.item["position"] = positions[key]
        parsed.rows.append(row)
    return parsed
