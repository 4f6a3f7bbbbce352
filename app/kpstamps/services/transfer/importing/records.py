"""What every importer produces: rows in the catalogue's own terms, and the problems found.

An `ImportRow` is one item with its series (or a series alone), with field names that are
the database columns, so the commit can hand them to bulk inserts unchanged. Parsers never
touch the database; the plan (plan.py) decides what becomes new, updated or a duplicate.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Any, NamedTuple

from kpstamps.domain.catalogue_numbers import (
    CATALOGUE_PREFIXES,
    block_key,
    split_number,
)
from kpstamps.domain.countries import DEFAULT_COUNTRY
from kpstamps.domain.dates import PartialDate
from kpstamps.domain.enums import (
    CatalogueName,
    Condition,
    ItemKind,
    Perforation,
    ScanRole,
)
from kpstamps.domain.money import Money
from kpstamps.domain.sorting import natural_key

LANG_CODES = ("ko", "en", "zh", "ru")
SERIES_FIELDS = (
    "serial", "issue_date", "year", "announced", "notes", "source",
    "title_ko", "title_en", "title_zh", "title_ru", "country",
)
ITEM_FIELDS = (
    "position", "kind", "face_value_cents", "currency", "perforation", "perf_gauge", "format",
    "description", "title_ko", "title_en", "title_zh", "title_ru",
    "source_id", "source_link", "width_mm", "height_mm", "face_value_text",
)
NUMBER_FIELDS = ("catalogue", "number", "country", "block")
MAX_NUMBER = 60  # characters of a catalogue number
MAX_INTEGER = (1 << 63) - 1  # what a database integer holds; larger values are refused at the boundary
HOLDING_FIELDS = ("condition", "quantity", "price_cents", "price_currency", "acquired", "location", "note")
WANT_FIELDS = ("quantity", "condition", "max_price_cents", "currency", "note")
VALUE_FIELDS = ("condition", "amount_cents", "currency", "catalogue", "edition")
SCAN_FIELDS = ("role", "position", "sha256", "extension", "size_bytes", "width", "height", "original_name")


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector around bulk work. An import or export of 100,000
    rows keeps millions of objects alive until it ends; the collector would walk them again
    and again, which costs about a third of the time and frees nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass(frozen=True)
class RowProblem:
    """Why a row was rejected (or a note about it): where, which column, what is wrong."""

    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = ", ".join(p for p in (f"line {self.line}" if self.line > 0 else "",
                                      f"column {self.column}" if self.column else "") if p)
        return f"{where}: {self.message}" if where else self.message


class Number(NamedTuple):
    """A catalogue number of an imported item: `country` '' means the series' country."""

    catalogue: str
    number: str
    country: str = ""
    block: str = ""

    def match_key(self, series_country: str) -> tuple[str, str, str]:
        """What two numbers must share to be the same stamp: catalogue, country, number."""
        return self.catalogue, self.country or series_country, self.number


@dataclass
class ImportRow:
    line: int
    series: dict[str, Any]
    item: dict[str, Any] | None = None
    themes: list[str] = field(default_factory=list)
    series_scans: list[dict[str, Any]] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    holdings: list[dict[str, Any]] = field(default_factory=list)
    wants: list[dict[str, Any]] = field(default_factory=list)
    values: list[dict[str, Any]] = field(default_factory=list)
    scans: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # reported, never a reason to reject
    image_refs: list[str] = field(default_factory=list)  # names in ParsedFile.images: scans to store


def series_values(**values: Any) -> dict[str, Any]:
    """A series' column values: every SERIES_FIELDS key, defaults for those not given."""
    found: dict[str, Any] = {"serial": None, "issue_date": None, "year": None, "announced": None, "notes": "",
                             "source": "", "title_ko": "", "title_en": "", "title_zh": "", "title_ru": "",
                             "country": DEFAULT_COUNTRY}
    found.update(values)
    return found


def item_values(**values: Any) -> dict[str, Any]:
    """An item's column values: every ITEM_FIELDS key (bulk inserts need the same keys in every row)."""
    found: dict[str, Any] = {"position": 0, "kind": "stamp", "face_value_cents": None, "currency": "KPW",
                             "perforation": None, "perf_gauge": "", "format": "", "description": "",
                             "title_ko": "", "title_en": "", "title_zh": "", "title_ru": "", "source_id": None,
                             "source_link": "", "width_mm": None, "height_mm": None, "face_value_text": ""}
    found.update(values)
    return found


@dataclass
class ParsedFile:
    """The rows a parser could read, the ones it rejected, and theme definitions (JSON)."""

    format: str
    rows: list[ImportRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    themes: list[dict[str, Any]] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    notes: list[RowProblem] = field(default_factory=list)  # file-level remarks for the report
    lists: dict[str, int] = field(default_factory=dict)  # Colnect list names and their row counts
    images: dict[str, bytes] = field(default_factory=dict)  # image files the file carries (Tellico)
    themes_by_name: bool = False  # row themes are names to match to existing themes (Colnect), not keys
    _positions: dict[tuple[Any, ...], int] = field(default_factory=dict, repr=False, compare=False)

    @property
    def rejected_lines(self) -> set[int]:
        return {p.line for p in self.problems}

    def add_in_file_order(self, row: ImportRow) -> None:
        """Keep `row`, its item placed after the items of the same series read before it
        (for files without a position column: Colnect, GCstar)."""
        key = (row.series["country"], row.series["title_en"], row.series["issue_date"])
        self._positions[key] = self._positions.get(key, 0) + 1
        assert row.item is not None
        row.item["position"] = self._positions[key]
        self.rows.append(row)


class RowError(ValueError):
    """A bad value in one column of one row."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


# --- coercion of text cells into column values (shared by the CSV-like importers) ---

# Catalogue prefixes in number cells (`Mi:6789`, Colnect's `Sn:KP 5123`): one table, in the
# domain (kpstamps.domain.catalogue_numbers), with every abbreviation Colnect writes.
PREFIXES = CATALOGUE_PREFIXES


def text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def optional_text(value: Any) -> str | None:
    return text(value) or None


@lru_cache(maxsize=4096)
def _iso_date(cell: str) -> str | None:
    found = PartialDate.parse_optional(cell)
    return found.iso() if found else None


def partial_date(column: str, value: Any) -> str | None:
    try:
        return _iso_date(text(value))
    except ValueError as exc:
        raise RowError(column, str(exc)) from None


def integer(column: str, value: Any, *, minimum: int | None = None) -> int | None:
    cell = text(value)
    if not cell:
        return None
    if len(cell) > 30:
        raise RowError(column, f"{cell[:20]!r}… is too large a number")
    try:
        number = int(cell)
    except ValueError:
        raise RowError(column, f"{cell!r} is not a whole number") from None
    if abs(number) > MAX_INTEGER:
        raise RowError(column, f"{cell} is too large (at most {MAX_INTEGER})")
    if minimum is not None and number < minimum:
        raise RowError(column, f"{number} is below {minimum}")
    return number


@lru_cache(maxsize=4096)
def _cents(cell: str) -> int:
    return Money.parse(cell).cents


def cents(column: str, value: Any) -> int | None:
    cell = text(value)
    if not cell:
        return None
    try:
        return _cents(cell)
    except ValueError as exc:
        raise RowError(column, str(exc)) from None


def currency(column: str, value: Any, default: str | None = "KPW") -> str | None:
    cell = text(value).upper()
    if not cell:
        return default
    if len(cell) != 3 or not cell.isalpha():
        raise RowError(column, f"{cell!r} is not a three-letter currency code")
    return cell


@lru_cache(maxsize=1024)
def _choice(cell: str, enum: type) -> str:
    return enum(cell.casefold().replace(" ", "_").replace("-", "_")).value


def choice(column: str, value: Any, enum: type[Enum], default: str | None) -> str | None:
    cell = text(value)
    if not cell:
        return default
    try:
        return _choice(cell, enum)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise RowError(column, f"{cell!r} is not one of {allowed}") from None


def kind(column: str, value: Any) -> str:
    return choice(column, value, ItemKind, ItemKind.STAMP.value)  # type: ignore[return-value]


def perforation(column: str, value: Any) -> str | None:
    return choice(column, value, Perforation, None)


def condition(column: str, value: Any, default: str = Condition.MINT_NEVER_HINGED.value) -> str:
    return choice(column, value, Condition, default)  # type: ignore[return-value]


def catalogue_name(column: str, value: Any) -> str:
    return choice(column, value, CatalogueName, CatalogueName.OTHER.value)  # type: ignore[return-value]


def scan_role(column: str, value: Any) -> str:
    return choice(column, value, ScanRole, ScanRole.FRONT.value)  # type: ignore[return-value]


# --- nested records (holdings, wants, catalogue values, scans) from JSON objects ---

def _object(column: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise RowError(column, f"expected an object, found {type(value).__name__}")
    return value


def _amount(column: str, value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise RowError(column, f"{value!r} is not a non-negative whole number of cents")
    if value > MAX_INTEGER:
        raise RowError(column, f"{value} is too large (at most {MAX_INTEGER})")
    return value


def holding(column: str, raw: Any) -> dict[str, Any]:
    data = _object(column, raw)
    return {
        "condition": condition(column, data.get("condition")),
        "quantity": integer(column, data.get("quantity", 1), minimum=0) or 0,
        "price_cents": _amount(column, data.get("price_cents")),
        "price_currency": currency(column, data.get("price_currency"), None),
        "acquired": partial_date(column, data.get("acquired")),
        "location": text(data.get("location")),
        "note": text(data.get("note")),
    }


def want(column: str, raw: Any) -> dict[str, Any]:
    data = _object(column, raw)
    return {
        "quantity": integer(column, data.get("quantity", 1), minimum=1) or 1,
        "condition": condition(column, data.get("condition")),
        "max_price_cents": _amount(column, data.get("max_price_cents")),
        "currency": currency(column, data.get("currency"), None),
        "note": text(data.get("note")),
    }


def catalogue_value(column: str, raw: Any) -> dict[str, Any]:
    data = _object(column, raw)
    amount = _amount(column, data.get("amount_cents"))
    if amount is None:
        raise RowError(column, "a catalogue value needs amount_cents")
    return {
        "condition": condition(column, data.get("condition")),
        "amount_cents": amount,
        "currency": currency(column, data.get("currency"), "EUR"),
        "catalogue": catalogue_name(column, data.get("catalogue", "michel")),
        "edition": text(data.get("edition")),
    }


def scan(column: str, raw: Any) -> dict[str, Any]:
    data = _object(column, raw)
    sha = text(data.get("sha256")).lower()
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise RowError(column, f"{sha!r} is not a SHA-256 checksum")
    extension = text(data.get("extension") or "jpg").lower()
    if not extension.isalnum() or len(extension) > 8:
        raise RowError(column, f"{extension!r} is not a file extension")
    return {
        "role": scan_role(column, data.get("role")),
        "position": integer(column, data.get("position", 0)) or 0,
        "sha256": sha,
        "extension": extension,
        "size_bytes": integer(column, data.get("size_bytes", 0), minimum=0) or 0,
        "width": integer(column, data.get("width")),
        "height": integer(column, data.get("height")),
        "original_name": text(data.get("original_name")),
    }


def catalogue_number(column: str, catalogue: Any, number: Any, country: Any = "", block: Any = "") -> Number:
    found = text(number)
    if not found:
        raise RowError(column, "empty catalogue number")
    if len(found) > 60:
        raise RowError(column, f"catalogue number {found[:20]!r}… is longer than 60 characters")
    country_code, block_text = text(country).upper(), text(block)
    if len(country_code) > 10 or len(block_text) > 60:
        raise RowError(column, f"country {country_code[:12]!r} or block {block_text[:20]!r} is too long")
    return Number(catalogue_name(column, catalogue), found, country_code, block_text)


def number_from_text(column: str, catalogue: str, cell: str, row: ImportRow | None = None) -> Number:
    """A number cell of a known catalogue: `1155`, `KP:1155`, `7005 (Bl. 900)`; a warning about
    an odd number goes to the row's notes."""
    parts = split_number(cell)
    if parts.warning and row is not None:
        row.notes.append(f"{column}: {parts.warning}")
    return catalogue_number(column, catalogue, parts.number, parts.country, parts.block)


def number_row(item_id: int, number: Number) -> dict[str, Any]:
    """The catalogue_number table row of `number`."""
    return {"item_id": item_id, "catalogue": number.catalogue, "number": number.number,
            "sort_key": natural_key(number.number), "country": number.country, "block": number.block,
            "block_sort_key": block_key(number.block) if number.block else ""}


def check_lengths(row: ImportRow) -> None:
    """Refuse values longer than their columns (SQLite would keep them; PostgreSQL would not).
    Dates and enumerations are checked by their parsers already."""
    serial = row.series.get("serial")
    if serial and len(serial) > 40:
        raise RowError("serial", f"{len(serial)} characters, at most 40 allowed")
    country = row.series.get("country") or ""
    if len(country) > 10:
        raise RowError("country", f"{country[:12]!r} is not a country code")
    for values in (row.series, row.item or {}):
        if "\x00" in "".join([v for v in values.values() if type(v) is str]):
            key = next(k for k, v in values.items() if isinstance(v, str) and "\x00" in v)
            raise RowError(key, "contains a NUL character (binary data, not text)")
    item = row.item
    if item is not None:
        if len(item["perf_gauge"]) > 40:
            raise RowError("perf_gauge", f"{len(item['perf_gauge'])} characters, at most 40 allowed")
        if len(item["format"]) > 120:
            raise RowError("format", f"{len(item['format'])} characters, at most 120 allowed")
        if item["position"] is not None and item["position"] < 0:
            raise RowError("position", f"{item['position']} is negative; positions start at 0")
        if item.get("source_id") and len(item["source_id"]) > 80:
            raise RowError("source_id", "longer than 80 characters")
