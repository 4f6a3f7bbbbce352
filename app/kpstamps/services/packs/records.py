"""Pack records: the plain values of a series, item or theme as a pack carries them, and their hash.

A record is a JSON-ready dict. `record_hash` hashes the values a row would take from it;
the hash is stored on the row (`pack_hash`) when a pack brings or updates it. Later,
`row_hash` of the row's current values tells whether the user edited it since: the same
hash means "untouched", so a newer pack may update it.

Columns other branches add (series.country, item.width_mm/height_mm/shape) travel when the
column exists in this schema and the pack has them; otherwise they are left out on both
sides, so hashes stay comparable.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from kpstamps.db.models import CatalogueNumber, Item, Series, Source, Theme
from kpstamps.domain.enums import LANGS, ItemKind, SeriesStatus
from kpstamps.domain.sorting import natural_key

SERIES_FIELDS = ("serial", "status", "issue_date", "announced", "year", "notes", "source")
OPTIONAL_SERIES_FIELDS = ("country",)
ITEM_FIELDS = ("position", "kind", "face_value_cents", "currency", "perforation", "perf_gauge", "format",
               "description")
OPTIONAL_ITEM_FIELDS = ("width_mm", "height_mm", "shape")
_DEFAULTS: dict[str, Any] = {"status": SeriesStatus.ISSUED.value, "notes": "", "source": "", "currency": "KPW",
                             "perf_gauge": "", "format": "", "description": "", "position": 0}


def _titles(values: dict[str, Any] | None) -> dict[str, str]:
    values = values or {}
    return {lang.value: values.get(lang.value) or "" for lang in LANGS}


def optional_fields(model, names: tuple[str, ...]) -> tuple[str, ...]:
    """The optional columns this schema has (another branch may add them later)."""
    return tuple(name for name in names if hasattr(model, name))


def _canonical(values: dict[str, Any]) -> str:
    return json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def digest(values: dict[str, Any]) -> str:
    return hashlib.sha256(_canonical(values).encode("utf-8")).hexdigest()


# --- what a record says, normalised to what a row would hold ------------------------------

def series_values(record: dict[str, Any]) -> dict[str, Any]:
    """The values a series row takes from `record` (also what its hash covers)."""
    values = {name: record.get(name, _DEFAULTS.get(name)) for name in SERIES_FIELDS}
    values.update({name: record[name] for name in optional_fields(Series, OPTIONAL_SERIES_FIELDS) if name in record})
    values["titles"] = _titles(record.get("titles"))
    values["themes"] = sorted(record.get("themes") or [])
    values["sources"] = [{"title": s.get("title") or "", "date": s.get("date"), "url": s.get("url") or ""}
                         for s in record.get("sources") or []]
    return values


def item_values(record: dict[str, Any], series_pack_id: str | None) -> dict[str, Any]:
    """The values an item row takes from `record`, with the pack id of its series."""
    values = {name: record.get(name, _DEFAULTS.get(name)) for name in ITEM_FIELDS}
    values.update({name: record[name] for name in optional_fields(Item, OPTIONAL_ITEM_FIELDS) if name in record})
    values["titles"] = _titles(record.get("titles"))
    pairs = sorted((n["catalogue"], n["number"]) for n in record.get("numbers") or [])
    values["numbers"] = [list(pair) for pair in pairs]
    values["series"] = series_pack_id
    return values


def theme_values(record: dict[str, Any]) -> dict[str, Any]:
    return {"parent": record.get("parent"), "names": _titles(record.get("names"))}


def record_hash(kind: str, record: dict[str, Any], series_pack_id: str | None = None) -> str:
    if kind == "series":
        return digest(series_values(record))
    if kind == "item":
        return digest(item_values(record, series_pack_id))
    return digest(theme_values(record))


# --- what a row holds now, in the shape of the record it came from ------------------------

def row_series_values(series: Series, record: dict[str, Any]) -> dict[str, Any]:
    values = {name: getattr(series, name) for name in SERIES_FIELDS}
    values.update({name: getattr(series, name) for name in optional_fields(Series, OPTIONAL_SERIES_FIELDS)
                   if name in record})
    values["titles"] = series.titles()
    values["themes"] = sorted(t.key for t in series.themes)
    values["sources"] = [{"title": s.title, "date": s.date, "url": s.url} for s in series.sources]
    return values


def row_item_values(item: Item, record: dict[str, Any]) -> dict[str, Any]:
    values = {name: getattr(item, name) for name in ITEM_FIELDS}
    values.update({name: getattr(item, name) for name in optional_fields(Item, OPTIONAL_ITEM_FIELDS)
                   if name in record})
    values["titles"] = item.titles()
    values["numbers"] = [list(pair) for pair in sorted((n.catalogue, n.number) for n in item.numbers)]
    values["series"] = item.series.pack_id if item.series is not None else None
    return values


def row_theme_values(theme: Theme) -> dict[str, Any]:
    return {"parent": theme.parent.key if theme.parent is not None else None, "names": theme.names()}


# --- records of rows (export) --------------------------------------------------------------

def series_record(series: Series) -> dict[str, Any]:
    """The record of a series and its items, without personal data (no holdings, wants, orders)."""
    record: dict[str, Any] = {"id": series.pack_id}
    record.update({name: getattr(series, name) for name in SERIES_FIELDS})
    record.update({name: getattr(series, name) for name in optional_fields(Series, OPTIONAL_SERIES_FIELDS)})
    record["titles"] = series.titles()
    record["themes"] = sorted(t.key for t in series.themes)
    record["sources"] = [{"title": s.title, "date": s.date, "url": s.url} for s in series.sources]
    record["items"] = [item_record(item) for item in series.items]
    return record


def item_record(item: Item) -> dict[str, Any]:
    record: dict[str, Any] = {"id": item.pack_id}
    record.update({name: getattr(item, name) for name in ITEM_FIELDS})
    record.update({name: getattr(item, name) for name in optional_fields(Item, OPTIONAL_ITEM_FIELDS)})
    record["titles"] = item.titles()
    record["numbers"] = [{"catalogue": n.catalogue, "number": n.number} for n in item.numbers]
    return record


def theme_record(theme: Theme) -> dict[str, Any]:
    return {"id": theme.key, "parent": theme.parent.key if theme.parent is not None else None,
            "names": theme.names()}


# --- writing a record's values into rows -----------------------------------------------------

def apply_series(series: Series, values: dict[str, Any], themes: dict[str, Theme]) -> None:
    """Set a series row to `values` (from series_values); items are handled separately."""
    for name, value in values.items():
        if name in SERIES_FIELDS or name in OPTIONAL_SERIES_FIELDS:
            setattr(series, name, value)
    SeriesStatus(series.status)  # refuses an unknown status
    series.serial_sort = natural_key(series.serial or "")
    for lang, text in values["titles"].items():
        setattr(series, f"title_{lang}", text)
    series.themes = [themes[key] for key in values["themes"]]
    series.sources = [Source(position=i, title=s["title"], date=s["date"], url=s["url"])
                      for i, s in enumerate(values["sources"], start=1)]


def apply_item(item: Item, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if name in ITEM_FIELDS or name in OPTIONAL_ITEM_FIELDS:
            setattr(item, name, value)
    ItemKind(item.kind)  # refuses an unknown kind
    for lang, text in values["titles"].items():
        setattr(item, f"title_{lang}", text)
    wanted = {tuple(pair) for pair in values["numbers"]}
    for number in list(item.numbers):
        if (number.catalogue, number.number) not in wanted:
            item.numbers.remove(number)
    have = {(n.catalogue, n.number) for n in item.numbers}
    for catalogue, number in sorted(wanted - have):
        item.numbers.append(CatalogueNumber(catalogue=catalogue, number=number, sort_key=natural_key(number)))
