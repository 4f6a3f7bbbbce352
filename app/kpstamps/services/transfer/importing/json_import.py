"""Our own JSON export ("kpstamps-export", version 1) back into rows.

Rows are numbered by record (1 = the first series or item in the file); a problem names
the JSON path of the bad value, e.g. `series[3].items[0].kind`.
"""

from __future__ import annotations

import json
from typing import Any

from kpstamps.domain.countries import DEFAULT_COUNTRY, country_code
from kpstamps.errors import TransferError
from kpstamps.services.transfer.importing import records as r
from kpstamps.services.transfer.importing.records import (
    ImportRow,
    ParsedFile,
    RowError,
    RowProblem,
)

FORMAT_NAME = "kpstamps-export"
SUPPORTED_VERSION = 1


def _series(path: str, data: dict[str, Any]) -> tuple[dict[str, Any], list[str], list[dict[str, Any]]]:
    def col(name: str) -> str:
        return f"{path}.{name}"

    values = r.series_values(
        serial=r.optional_text(data.get("serial")),
        issue_date=r.partial_date(col("issue_date"), data.get("issue_date")),
        year=r.integer(col("year"), data.get("year")),
        announced=r.partial_date(col("announced"), data.get("announced")),
        notes=_exact(data.get("notes")),
        source=_exact(data.get("source")),
        country=_country(col("country"), data.get("country")),
        **{f"title_{lang}": _exact(data.get(f"title_{lang}")) for lang in r.LANG_CODES},
    )
    themes = data.get("themes") or []
    if not isinstance(themes, list) or not all(isinstance(t, str) for t in themes):
        raise RowError(col("themes"), "expected a list of theme keys")
    scans = [r.scan(col(f"scans[{i}]"), s) for i, s in enumerate(_list(col("scans"), data.get("scans")))]
    return values, themes, scans


def _exact(value: Any) -> str:
    """Text exactly as exported: our own files are not trimmed, so a round trip is identical."""
    return "" if value is None else str(value)


def _country(column: str, value: Any) -> str:
    if value is None or value == "":
        return DEFAULT_COUNTRY
    code = country_code(str(value))
    if code is None:
        raise RowError(column, f"{value!r} is not a country code")
    return code


def _millimetres(column: str, value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 10000:
        raise RowError(column, f"{value!r} is not a size in millimetres")
    return float(value)


def _list(column: str, value: Any) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise RowError(column, f"expected a list, found {type(value).__name__}")
    return value


def _item(path: str, data: Any, row: ImportRow) -> None:
    if not isinstance(data, dict):
        raise RowError(path, "expected an object")
    row.item = r.item_values(
        position=r.integer(f"{path}.position", data.get("position"), minimum=0) or 0,
        kind=r.kind(f"{path}.kind", data.get("kind")),
        face_value_cents=r.integer(f"{path}.face_value_cents", data.get("face_value_cents"), minimum=0),
        currency=r.currency(f"{path}.currency", data.get("currency")),
        perforation=r.perforation(f"{path}.perforation", data.get("perforation")),
        perf_gauge=_exact(data.get("perf_gauge")),
        format=_exact(data.get("format")),
        description=_exact(data.get("description")),
        source_id=r.optional_text(data.get("source_id")),
        source_link=_exact(data.get("source_link")),
        width_mm=_millimetres(f"{path}.width_mm", data.get("width_mm")),
        height_mm=_millimetres(f"{path}.height_mm", data.get("height_mm")),
        face_value_text=_exact(data.get("face_value_text")),
        **{f"title_{lang}": _exact(data.get(f"title_{lang}")) for lang in r.LANG_CODES},
    )
    for i, number in enumerate(_list(f"{path}.numbers", data.get("numbers"))):
        column = f"{path}.numbers[{i}]"
        if not isinstance(number, dict):
            raise RowError(column, "expected an object with catalogue and number")
        row.numbers.append(r.catalogue_number(column, number.get("catalogue"), number.get("number"),
                                              number.get("country") or "", number.get("block") or ""))
    for name, convert, target in (("holdings", r.holding, row.holdings), ("wants", r.want, row.wants),
                                  ("values", r.catalogue_value, row.values), ("scans", r.scan, row.scans)):
        for i, entry in enumerate(_list(f"{path}.{name}", data.get(name))):
            target.append(convert(f"{path}.{name}[{i}]", entry))
    r.check_lengths(row)


def _themes(document: dict[str, Any]) -> list[dict[str, Any]]:
    themes = document.get("themes") or []
    if not isinstance(themes, list):
        raise TransferError("'themes' must be a list")
    found = []
    for i, theme in enumerate(themes):
        if not isinstance(theme, dict) or not r.text(theme.get("key")):
            raise TransferError(f"themes[{i}] has no key")
        found.append({"key": r.text(theme["key"]), "parent": r.optional_text(theme.get("parent")),
                      **{f"name_{lang}": r.text(theme.get(f"name_{lang}")) for lang in r.LANG_CODES}})
    return found


def load_document(data: bytes, *, name: str = "the file") -> dict[str, Any]:
    if not data.strip():
        raise TransferError(f"{name} is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TransferError(f"{name} is not UTF-8 (byte {exc.start}); JSON exports are always UTF-8") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TransferError(f"{name} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise TransferError(f"{name} nests lists or objects too deeply to be a KP Stamps export") from None
    except ValueError as exc:  # e.g. an integer of thousands of digits
        raise TransferError(f"{name} holds a value that cannot be read ({exc})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise TransferError(f"{name} is not a KP Stamps export (format {FORMAT_NAME!r} expected)")
    version = document.get("version")
    if version != SUPPORTED_VERSION:
        raise TransferError(f"{name} is export version {version!r}; this KP Stamps reads version {SUPPORTED_VERSION}")
    if not isinstance(document.get("series"), list):
        raise TransferError(f"{name} has no 'series' list")
    return document


def parse_json(data: bytes, *, name: str = "the file") -> ParsedFile:
    """Read a JSON export into rows: one per item, or one for a series without items."""
    document = load_document(data, name=name)
    parsed = ParsedFile("json", themes=_themes(document), encoding="utf-8")
    record = 0
    for s_index, raw in enumerate(document["series"]):
        path = f"series[{s_index}]"
        record += 1
        try:
            if not isinstance(raw, dict):
                raise RowError(path, "expected an object")
            series, themes, scans = _series(path, raw)
            items = _list(f"{path}.items", raw.get("items"))
        except RowError as exc:
            parsed.problems.append(RowProblem(record, exc.column, str(exc)))
            continue
        if not items:
            parsed.rows.append(ImportRow(record, series, themes=themes, series_scans=scans))
        for i_index, item in enumerate(items):
            record += 1 if i_index else 0
            row = ImportRow(record, series, themes=themes, series_scans=scans)
            try:
                _item(f"{path}.items[{i_index}]", item, row)
            except RowError as exc:
                parsed.problems.append(RowProblem(record, exc.column, str(exc)))
                continue
            parsed.rows.append(row)
    return parsed
