"""`search_text` for an import's many rows: the same strings as kpstamps.domain.normalise and
kpstamps.db.search_text produce (a test compares them), about twice as fast.

Most parts of a stamp record (English titles, serials, catalogue numbers) are ASCII; for
those NFKC is the identity, case folding is `lower()`, `str.split()` splits on exactly the
whitespace `\\s` matches, and the romanisation of the folded text is the text itself. Other
parts go through the shared functions unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable

from kpstamps.db.search_text import number_text
from kpstamps.domain.enums import CatalogueName
from kpstamps.domain.normalise import (
    PADDING,
    SEPARATOR,
    fold,
    romanisation_fold,
    romanise,
)


def search_text(*parts: str | None) -> str:
    """Equal to kpstamps.domain.normalise.search_text(*parts)."""
    base: list[str] = []
    latin: list[str] = []
    for part in parts:
        if not part:
            continue
        if part.isascii():
            folded = " ".join(part.lower().split())
            if folded:
                base.append(folded)
                latin.append(folded)
        else:
            folded = fold(part)
            if folded:
                base.append(folded)
                latin.append(romanise(folded))
    if not base:
        return ""
    text = " ".join(base)
    layers = [text]
    roman = " ".join(latin)
    if roman != text:
        layers.append(roman)
    variant = romanisation_fold(roman)
    if variant not in layers:
        layers.append(variant)
    return SEPARATOR.join(layers) + PADDING


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
