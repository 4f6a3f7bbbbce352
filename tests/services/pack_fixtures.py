"""Helpers for pack tests: a catalogue as the version-1 reference made it, and table dumps."""

from __future__ import annotations

import json
from pathlib import Path

from kpstamps.db.migrate import upgrade
from kpstamps.domain.dates import PartialDate
from kpstamps.domain.sorting import natural_key
from sqlalchemy import create_engine, text

V1 = Path(__file__).resolve().parents[1] / "data" / "reference" / "catalogue-v1.json"


def make_v1_catalogue(home) -> dict[str, int]:
    """A catalogue at schema 0002 filled exactly as the 4-series reference of version 1 did.

    Returns {title or serial: series id}. Written with plain SQL: today's models have columns
    that schema does not.
    """
    home.ensure()
    engine = create_engine(f"sqlite:///{home.database}")
    upgrade(engine, home.backups, revision="0002_catalogue_order")
    data = json.loads(V1.read_text(encoding="utf-8"))
    ids: dict[str, int] = {}
    with engine.begin() as conn:
        theme_ids: dict[str, int] = {}
        for theme in data["themes"]:
            names = theme["names"]
            row = conn.execute(text(
                "INSERT INTO theme (key, parent_id, name_ko, name_en, name_zh, name_ru) "
                "VALUES (:key, :parent, :ko, :en, :zh, :ru) RETURNING id"),
                {"key": theme["key"], "parent": theme_ids.get(theme.get("parent", "")), **names}).scalar_one()
            theme_ids[theme["key"]] = row
        for entry in data["series"]:
            titles = {lang: entry["titles"].get(lang, "") for lang in ("ko", "en", "zh", "ru")}
            issue = PartialDate.parse_optional(entry.get("issue_date"))
            announced = PartialDate.parse_optional(entry.get("announced"))
            series_id = conn.execute(text(
                "INSERT INTO series (serial, serial_sort, issue_date, announced, year, notes, source, "
                "title_ko, title_en, title_zh, title_ru, search_text) VALUES (:serial, :sort, :issue, :announced, "
                ":year, :notes, :source, :ko, :en, :zh, :ru, '') RETURNING id"),
                {"serial": entry.get("serial"), "sort": natural_key(entry.get("serial") or ""),
                 "issue": issue.iso() if issue else None, "announced": announced.iso() if announced else None,
                 "year": entry["year"], "notes": entry["notes"], "source": entry["source"], **titles}).scalar_one()
            ids[entry.get("serial") or entry["titles"]["en"]] = series_id
            for key in entry["themes"]:
                conn.execute(text("INSERT INTO series_theme VALUES (:s, :t)"), {"s": series_id, "t": theme_ids[key]})
            for position, item in enumerate(entry["items"], start=1):
                item_titles = {lang: (item.get("titles") or {}).get(lang, "") for lang in ("ko", "en", "zh", "ru")}
                conn.execute(text(
                    "INSERT INTO item (series_id, position, kind, format, title_ko, title_en, title_zh, title_ru, "
                    "search_text) VALUES (:s, :p, :kind, :format, :ko, :en, :zh, :ru, '')"),
                    {"s": series_id, "p": position, "kind": item["kind"], "format": item.get("format", ""),
                     **item_titles})
    engine.dispose()
    return ids


def add_holding(home, item_id: int, quantity: int = 1, condition: str = "mnh", note: str = "") -> None:
    engine = create_engine(f"sqlite:///{home.database}")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO holding (item_id, condition, quantity, note) VALUES (:i, :c, :q, :n)"),
                     {"i": item_id, "c": condition, "q": quantity, "n": note})
    engine.dispose()


def dump(engine, table: str, columns: str, order: str = "1") -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(f"SELECT {columns} FROM {table} ORDER BY {order}"))]
