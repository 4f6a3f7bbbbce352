"""The bundled reference catalogue of real issues (resources/reference/catalogue.json)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpstamps.db.models import Item, Recipient, Series, Theme
from kpstamps.domain.dates import PartialDate
from kpstamps.domain.enums import ItemKind
from kpstamps.domain.sorting import natural_key


def reference_data(name: str = "catalogue.json") -> dict[str, Any]:
    text = resources.files("kpstamps.resources").joinpath("reference", name).read_text(encoding="utf-8")
    return json.loads(text)


def _titles(data: dict[str, Any]) -> dict[str, str]:
    titles = data.get("titles") or {}
    return {f"title_{lang}": titles.get(lang, "") for lang in ("ko", "en", "zh", "ru")}


def load_reference(session: Session) -> int:
    """Add the reference themes, series, items and recipients; returns the series added.

    Existing series (same serial) and themes (same key) are left as they are.
    """
    data = reference_data()
    themes = {t.key: t for t in session.scalars(select(Theme))}
    for entry in data["themes"]:
        if entry["key"] in themes:
            continue
        names = entry["names"]
        theme = Theme(key=entry["key"], parent=themes.get(entry.get("parent", "")),
                      **{f"name_{lang}": names.get(lang, "") for lang in ("ko", "en", "zh", "ru")})
        session.add(theme)
        themes[theme.key] = theme
    added = 0
    for entry in data["series"]:
        serial = entry.get("serial")
        if serial and session.scalar(select(Series.id).where(Series.serial == serial)):
            continue
        session.add(_series_from(entry, themes))
        added += 1
    for entry in data.get("recipients", []):
        if not session.scalar(select(Recipient.id).where(Recipient.key == entry["key"])):
            session.add(Recipient(**entry))
    session.flush()
    return added


def _series_from(entry: dict[str, Any], themes: dict[str, Theme]) -> Series:
    issue = PartialDate.parse_optional(entry.get("issue_date"))
    announced = PartialDate.parse_optional(entry.get("announced"))
    serial = entry.get("serial")
    series = Series(
        serial=serial,
        serial_sort=natural_key(serial or ""),
        issue_date=issue.iso() if issue else None,
        announced=announced.iso() if announced else None,
        year=entry.get("year") or (issue.year if issue else None),
        notes=entry.get("notes", ""),
        source=entry.get("source", ""),
        themes=[themes[key] for key in entry.get("themes", [])],
        **_titles(entry),
    )
    for position, item in enumerate(entry.get("items", []), start=1):
        series.items.append(
            Item(position=position, kind=ItemKind(item["kind"]).value, format=item.get("format", ""), **_titles(item))
        )
    return series
