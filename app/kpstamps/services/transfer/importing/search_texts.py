"""Search texts for an import's many rows without ORM objects: the same strings as
kpstamps.db.search_text produces (a test compares them), with catalogue abbreviations looked
up once."""

from __future__ import annotations

from collections.abc import Iterable

from kpstamps.db.search_text import number_text
from kpstamps.domain.enums import CatalogueName
from kpstamps.domain.normalise import search_text


def series_search_text(titles: Iterable[str], serial: str | None, notes: str | None) -> str:
    return search_text(*titles, serial, notes)


_ABBREVIATIONS = {c.value: number_text(c.value, "") for c in CatalogueName}  # "michel": "Mi", ...


def _number_text(catalogue: str, number: str) -> str:
    """Equal to kpstamps.db.search_text.number_text."""
    abbreviation = _ABBREVIATIONS.get(catalogue)
    if abbreviation is None:
        return number_text(catalogue, number)
    return f"{abbreviation} {number}".strip() if abbreviation else number.strip()


def item_search_text(titles: Iterable[str], description: str | None, numbers: Iterable[tuple[str, str]]) -> str:
    return search_text(*titles, description, *(_number_text(c, n) for c, n in numbers))
