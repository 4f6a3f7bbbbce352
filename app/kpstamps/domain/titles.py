"""Choosing a title among the four languages, by the collector's preferred order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

DEFAULT_NAME_ORDER: tuple[str, ...] = ("en", "ko", "zh", "ru")


def pick_title(titles: Mapping[str, str], order: Sequence[str] = DEFAULT_NAME_ORDER) -> str:
    """The first non-empty title in `order`, then any non-empty one, else ''."""
    for lang in (*order, *titles.keys()):
        text = (titles.get(lang) or "").strip()
        if text:
            return text
    return ""
