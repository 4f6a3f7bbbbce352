"""CSV files: our own export (documented columns, see README) and any spreadsheet a
collector maps column by column.

Cells that a spreadsheet would run as a formula are written with a leading apostrophe by
the exporter (`escape_cell`); reading our own files removes it again (`unescape_cell`).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import repeat
from typing import Any

from kpstamps.domain.catalogue_numbers import catalogue_for_prefix, split_number
from kpstamps.domain.countries import DEFAULT_COUNTRY, country_code
from kpstamps.domain.enums import CatalogueName
from kpstamps.errors import TransferError
from kpstamps.services.transfer.importing import records as r
from kpstamps.services.transfer.importing.encodings import decode
from kpstamps.services.transfer.importing.records import (
    ImportRow,
    ParsedFile,
    RowError,
    RowProblem,
)

CATALOGUE_COLUMNS = tuple(c.value for c in CatalogueName)
SERIES_COLUMNS = (
    "serial", "issue_date", "year", "announced",
    "series_title_ko", "series_title_en", "series_title_zh", "series_title_ru",
    "series_notes", "series_source", "themes", "series_scans", "country",
)
ITEM_COLUMNS = (
    "position", "kind", "title_ko", "title_en", "title_zh", "title_ru", "description",
    "face_value", "currency", "perforation", "perf_gauge", "format",
    "source_id", "source_link", "width_mm", "height_mm", "face_value_text",
    *CATALOGUE_COLUMNS, "numbers", "holdings", "wants", "catalogue_values", "scans",
)
CSV_COLUMNS = SERIES_COLUMNS + ITEM_COLUMNS
IDENTIFYING = {"serial", "series_title_en", "series_title_ko", "title_en", "title_ko", "numbers", *CATALOGUE_COLUMNS}
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL = 1 << 20  # a cell longer than this is not catalogue data
# Other names people give these columns (compared case-folded, spaces as underscores).
ALIASES = {
    "title": "title_en", "name": "title_en", "series": "series_title_en", "series_name": "series_title_en",
    "date": "issue_date", "issued": "issue_date", "issued_on": "issue_date", "issue": "issue_date",
    "mi": "michel", "michel_number": "michel", "sc": "scott", "sn": "scott", "scott_number": "scott",
    "stanley_gibbons": "sg", "yt": "yvert", "yvert_et_tellier": "yvert", "ksc_number": "ksc",
    "value": "face_value", "denomination": "face_value", "face": "face_value",
    "type": "kind", "notes": "series_notes", "note": "description", "catalog_codes": "numbers",
    "width": "width_mm", "height": "height_mm", "link": "source_link",
}


def escape_cell(value: str) -> str:
    """Neutralise spreadsheet formulas; an existing leading apostrophe is doubled so the
    importer can always remove exactly one."""
    if value.startswith(DANGEROUS_START) or value.startswith("'"):
        return "'" + value
    return value


def unescape_cell(value: str) -> str:
    return value.removeprefix("'")


def auto_mapping(header: list[str]) -> dict[str, str]:
    """Guess which of our fields each file column holds: {file column: field}."""
    mapping: dict[str, str] = {}
    for name in header:
        key = name.strip().casefold().replace(" ", "_").replace("-", "_")
        field = key if key in CSV_COLUMNS else ALIASES.get(key)
        if field and field not in mapping.values():
            mapping[name] = field
    return mapping


@dataclass
class CsvTable:
    """A decoded CSV file: its header, rows with their first line numbers, and how it was read."""

    header: list[str]
    rows: list[tuple[int, list[str]]]
    encoding: str
    delimiter: str

    @property
    def own_format(self) -> bool:
        return {"serial", "kind", "position"} <= set(self.header)

    def preview(self, mapping: Mapping[str, str], limit: int = 20) -> list[dict[str, str]]:
        """The first rows as {field: cell} under `mapping`, for the mapping dialog."""
        index = {field: self.header.index(col) for col, field in mapping.items() if col in self.header}
        return [{f: cells[i] if i < len(cells) else "" for f, i in index.items()} for _, cells in self.rows[:limit]]


def sniff_delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def split_rows(text: str, delimiter: str, name: str) -> list[tuple[int, list[str]]]:
    """All non-blank rows of `text` with the line each starts on (the header included)."""
    if len(delimiter) != 1 or delimiter in '"\r\n':
        raise TransferError(f"the delimiter must be one character other than a quote or a line break, not {delimiter!r}")
    previous = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise TransferError(f"{name}, line {start}: {exc}; nothing was imported") from None
    finally:
        csv.field_size_limit(previous)
    _check_unterminated(text, delimiter, rows, name)
    return rows


def read_table(data: bytes, encoding: str | None = None, delimiter: str | None = None, *, name: str = "the file") -> CsvTable:
    """Decode and split a CSV file; refuses empty, header-only and malformed files."""
    text, used = decode(data, encoding, name=name)
    if not text.strip():
        raise TransferError(f"{name} is empty")
    chosen = delimiter or sniff_delimiter(text[:65536])
    rows = split_rows(text, chosen, name)
    if not rows:
        raise TransferError(f"{name} is empty")
    header = [h.strip() for h in rows[0][1]]
    if len(rows) == 1:
        raise TransferError(f"{name} has a header line but no rows")
    return CsvTable(header, rows[1:], used, chosen)


def _check_unterminated(text: str, delimiter: str, rows: list[tuple[int, list[str]]], name: str) -> None:
    """A quote opened and never closed makes the csv module read the rest of the file as one
    cell: stop at that line rather than swallow every later row. (Valid quoting uses quotes in
    pairs, so only a file with an odd number of them is read again, strictly.)"""
    if text.count('"') % 2 == 0:
        return
    try:
        for _ in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        if "end of data" not in str(exc):
            return  # a stray quote inside a cell: read literally, nothing swallowed
        line = rows[-1][0] if rows else 1
        raise TransferError(f"{name}, line {line}: a quote opens a cell that is never closed; "
                            "nothing was imported (close the quote or remove it)") from None


def parse_codes(cell: str, default_catalogue: str | None = None, row: ImportRow | None = None) -> list[r.Number]:
    """`Mi:KP 6789, Sn:KP 5123`, `michel:6789; scott:5123`, `Mi 7005 (Bl. 900)` or plain `6789; 6790`."""
    found: list[r.Number] = []
    for part in cell.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        prefix, sep, rest = part.partition(":")
        catalogue = catalogue_for_prefix(prefix) if sep else None
        if catalogue is None and not sep:
            head, space, tail = part.partition(" ")
            if space and catalogue_for_prefix(head.rstrip(".")):
                catalogue, rest = catalogue_for_prefix(head.rstrip(".")), tail
        if catalogue is not None:
            parts = split_number(rest, country_prefix=bool(sep))
            if parts.warning and row is not None:
                row.notes.append(f"numbers: {parts.warning}")
            found.append(r.catalogue_number("numbers", catalogue, parts.number, parts.country, parts.block))
        elif default_catalogue:
            found.append(r.number_from_text(default_catalogue, default_catalogue, part, row))
        else:
            raise RowError("numbers", f"{part!r} does not say which catalogue (write e.g. Mi:6789)")
    return found


def _json_list(cell: str, column: str, convert: Callable[[str, Any], dict[str, Any]]) -> list[dict[str, Any]]:
    if not cell.strip():
        return []
    try:
        data = json.loads(cell)
    except ValueError as exc:
        raise RowError(column, f"not valid JSON ({exc.msg} at character {exc.pos})") from None
    if not isinstance(data, list):
        raise RowError(column, "expected a JSON list")
    return [convert(column, entry) for entry in data]


def _series_fields(f: Mapping[str, str]) -> dict[str, Any]:
    get = f.get
    issue_date = get("issue_date")
    year = get("year")
    series = {
        "serial": get("serial") or None,
        "issue_date": r.partial_date("issue_date", issue_date) if issue_date else None,
        "year": r.integer("year", year) if year else None,
        "announced": r.partial_date("announced", get("announced")) if get("announced") else None,
        "notes": get("series_notes", ""),
        "source": get("series_source", ""),
        "title_ko": get("series_title_ko", ""), "title_en": get("series_title_en", ""),
        "title_zh": get("series_title_zh", ""), "title_ru": get("series_title_ru", ""),
        "country": _country(get("country")),
    }
    if series["year"] is None and series["issue_date"]:
        series["year"] = int(series["issue_date"][:4])
    return series


def _country(cell: str | None) -> str:
    if not cell:
        return DEFAULT_COUNTRY
    code = country_code(cell)
    if code is None:
        raise RowError("country", f"{cell!r} is not a country KP Stamps knows; write its ISO code (e.g. KP, AL)")
    return code


def _millimetres(column: str, cell: str | None) -> float | None:
    if not cell:
        return None
    try:
        value = float(cell.replace(",", "."))
    except ValueError:
        raise RowError(column, f"{cell!r} is not a size in millimetres") from None
    if not 0 <= value < 10000:
        raise RowError(column, f"{cell} mm is not a size of a stamp or sheet")
    return value


_ITEM_PRESENCE = tuple(c for c in ITEM_COLUMNS if c != "currency")  # any of these filled: the row has an item


def row_from_fields(line: int, f: Mapping[str, str], same_series: ImportRow | None = None) -> ImportRow:
    """Build an ImportRow from {field: stripped cell}; raises RowError on the first bad value.
    `same_series`: an earlier row with the same series cells, whose series values are reused."""
    get = f.get
    if same_series is not None:
        row = ImportRow(line, same_series.series, themes=same_series.themes, series_scans=same_series.series_scans)
    else:
        row = ImportRow(line, _series_fields(f))
        if get("themes"):
            row.themes = [t.strip() for t in f["themes"].split(";") if t.strip()]
        if get("series_scans"):
            row.series_scans = _json_list(f["series_scans"], "series_scans", r.scan)
    if not any(map(get, _ITEM_PRESENCE)):
        return row  # a series without items
    position, face_value, perforation = get("position"), get("face_value"), get("perforation")
    row.item = r.item_values(
        position=(r.integer("position", position) or 0) if position else None,
        kind=r.kind("kind", get("kind")),
        face_value_cents=r.cents("face_value", face_value) if face_value else None,
        currency=r.currency("currency", get("currency")),
        perforation=r.perforation("perforation", perforation) if perforation else None,
        perf_gauge=get("perf_gauge", ""), format=get("format", ""), description=get("description", ""),
        title_ko=get("title_ko", ""), title_en=get("title_en", ""), title_zh=get("title_zh", ""),
        title_ru=get("title_ru", ""), source_id=get("source_id") or None, source_link=get("source_link", ""),
        width_mm=_millimetres("width_mm", get("width_mm")), height_mm=_millimetres("height_mm", get("height_mm")),
        face_value_text=get("face_value_text", ""),
    )
    for catalogue in CATALOGUE_COLUMNS:
        cell = get(catalogue)
        if cell:
            row.numbers += [r.number_from_text(catalogue, catalogue, n, row) for n in cell.split(";") if n.strip()]
    if get("numbers"):
        row.numbers += parse_codes(f["numbers"], row=row)
    for column, convert, target in (("holdings", r.holding, row.holdings), ("wants", r.want, row.wants),
                                    ("catalogue_values", r.catalogue_value, row.values), ("scans", r.scan, row.scans)):
        if get(column):
            target += _json_list(f[column], column, convert)
    r.check_lengths(row)
    return row


def _fields(names: list[str | None], cells: list[str], own: bool) -> dict[str, str]:
    """{field: cell} of one row (C-level zip and map: this runs for every row)."""
    if own:  # our own export, written exactly: only the formula apostrophe comes off
        fields = dict(zip(names, cells))
        if any(map(str.startswith, cells, repeat("'"))):
            for key in [k for k, v in fields.items() if v[:1] == "'"]:
                fields[key] = fields[key][1:]
    else:
        fields = dict(zip(names, map(str.strip, cells)))
    fields.pop(None, None)  # type: ignore[call-overload]  # unmapped columns
    return fields


def rows_from_table(table: CsvTable, mapping: Mapping[str, str] | None = None, fmt: str = "csv") -> ParsedFile:
    """Turn a table into ImportRows under `mapping` (default: auto_mapping)."""
    mapping = dict(mapping) if mapping is not None else auto_mapping(table.header)
    unknown = set(mapping.values()) - set(CSV_COLUMNS)
    if unknown:
        raise TransferError(f"unknown fields in the column mapping: {', '.join(sorted(unknown))}")
    if not IDENTIFYING & set(mapping.values()):
        raise TransferError(
            "no column holds a serial, a title or a catalogue number; map at least one "
            f"(the file's columns: {', '.join(table.header[:12])})"
        )
    width = len(table.header)
    names: list[str | None] = [None] * width  # the field each column holds (the first of equal names)
    for col, field in mapping.items():
        if col in table.header:
            names[table.header.index(col)] = field
    own = table.own_format
    parsed = ParsedFile(fmt, encoding=table.encoding, delimiter=table.delimiter)
    last: tuple[tuple | None, ImportRow | None] = (None, None)
    in_file_order: dict[Any, int] = {}  # without a position column: the order of the file
    for line, cells in table.rows:
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            parsed.problems.append(RowProblem(line, "", f"{len(cells)} cells but the header has {width} columns"))
            continue
        if len(cells) < width and own:
            parsed.problems.append(RowProblem(line, "", f"only {len(cells)} cells but the header has {width} columns"))
            continue
        fields = _fields(names, cells, own)
        # Rows of one series follow each other: their series cells are read once.
        key = tuple(map(fields.get, SERIES_COLUMNS))
        try:
            row = row_from_fields(line, fields, last[1] if key == last[0] else None)
            if row.item is not None and row.item["position"] is None:
                series_id = tuple(row.series.values())
                in_file_order[series_id] = row.item["position"] = in_file_order.get(series_id, 0) + 1
            parsed.rows.append(row)
            last = (key, row)
        except RowError as exc:
            parsed.problems.append(RowProblem(line, exc.column, str(exc)))
    return parsed


def parse_csv(data: bytes, encoding: str | None = None, delimiter: str | None = None,
              mapping: Mapping[str, str] | None = None, *, name: str = "the file") -> ParsedFile:
    """Read a CSV file (ours or mapped) into rows and row-level problems."""
    return rows_from_table(read_table(data, encoding, delimiter, name=name), mapping)
