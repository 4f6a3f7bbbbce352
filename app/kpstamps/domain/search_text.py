"""The text a series or an item is found by: titles, numbers and notes, normalised.

One definition for the ORM flush hook (db/listeners.py) and for the bulk writers that insert
rows without the ORM (import, synthetic catalogues), so both store the same strings.
"""

from __future__ import annotations

from collections.abc import Iterable

from kpstamps.domain.enums import CATALOGUE_ABBREVIATIONS
from kpstamps.domain.normalise import search_text

# "michel" -> "Mi": looked up by value, so an unknown catalogue name simply has no abbreviation.
_ABBREVIATIONS = {name.value: abbreviation for name, abbreviation in CATALOGUE_ABBREVIATIONS.items()}


def number_text(catalogue: str, number: str) -> str:
    """A catalogue number as it is searched: "Mi 1234" (the number alone for an unknown catalogue)."""
    return f"{_ABBREVIATIONS.get(catalogue, '')} {number}".strip()


def series_search_text(titles: Iterable[str], serial: str | None, notes: str | None) -> str:
    """The search text of a series: its titles in every language, serial and notes."""
    return search_text(*titles, serial, notes)


def item_search_text(titles: Iterable[str], description: str | None, numbers: Iterable[tuple[str, ...]]) -> str:
    """The search text of an item: titles, description and its catalogue numbers ((catalogue,
    number) pairs, or import Numbers whose country and block are found by field searches)."""
    return search_text(*titles, description, *(number_text(n[0], n[1]) for n in numbers))
