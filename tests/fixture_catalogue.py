"""The fixed catalogue most tests run on: the 4-series reference of version 1 (13 items).

Tests of search, editing, the window and so on use fixed ids and counts (series 1 Ba79,
2 Ba80, 3 New Year 2025 with items 1–6, 4 the 2024 sports issue with items 7–13). They get
this fixed set instead of the bundled reference, which grows with research (its own tests
use the `reference_catalogue` fixture). The rows are written as the version-1 loader did.
"""

from __future__ import annotations

import json
from pathlib import Path

from kpstamps.db.models import Item, Recipient, Series, Theme
from kpstamps.domain.dates import PartialDate
from kpstamps.domain.sorting import natural_key
from sqlalchemy.orm import Session

V1 = Path(__file__).resolve().parent / "data" / "reference" / "catalogue-v1.json"
LANGS = ("ko", "en", "zh", "ru")


def _titles(data) -> dict[str, str]:
    titles = data.get("titles") or {}
    return {f"title_{lang}": titles.get(lang, "") for lang in LANGS}


def load_fixture_rows(session: Session) -> None:
    data = json.loads(V1.read_text(encoding="utf-8"))
    themes: dict[str, Theme] = {}
    for entry in data["themes"]:
        theme = Theme(key=entry["key"], parent=themes.get(entry.get("parent", "")),
                      **{f"name_{lang}": entry["names"].get(lang, "") for lang in LANGS})
        session.add(theme)
        themes[theme.key] = theme
    for entry in data["series"]:
        issue = PartialDate.parse_optional(entry.get("issue_date"))
        announced = PartialDate.parse_optional(entry.get("announced"))
        series = Series(serial=entry.get("serial"), serial_sort=natural_key(entry.get("serial") or ""),
                        issue_date=issue.iso() if issue else None, announced=announced.iso() if announced else None,
                        year=entry.get("year"), notes=entry.get("notes", ""), source=entry.get("source", ""),
                        themes=[themes[key] for key in entry.get("themes", [])], **_titles(entry))
        for position, item in enumerate(entry.get("items", []), start=1):
            series.items.append(Item(position=position, kind=item["kind"], format=item.get("format", ""),
                                     **_titles(item)))
        session.add(series)
        session.flush()
    for entry in data.get("recipients", []):
        session.add(Recipient(**entry))
    session.flush()


def open_fixture_catalogue(home, db: str | None = None):
    """A new catalogue (no bundled reference) filled with the fixed rows."""
    from kpstamps.services.catalogue.opening import open_catalogue

    catalogue = open_catalogue(home, db, reference=False)
    with catalogue.sessions.begin() as session:
        load_fixture_rows(session)
    return catalogue
