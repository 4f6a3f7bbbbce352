"""Philatelic terms and order-form labels in en/ko/zh/ru: the one source of truth.

Read from resources/reference/glossary.csv; order forms and the UI both use it.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources

LANGUAGES = ("en", "ko", "zh", "ru")


@cache
def _table() -> dict[str, dict[str, str]]:
    text = resources.files("kpstamps.resources").joinpath("reference", "glossary.csv").read_text(encoding="utf-8")
    return {row["key"]: {lang: row[lang] for lang in LANGUAGES} for row in csv.DictReader(io.StringIO(text))}


def term(key: str, lang: str, **values: object) -> str:
    """The term `key` in `lang` (falling back to English, then to the key itself)."""
    entry = _table().get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text


def keys(prefix: str = "") -> list[str]:
    return [k for k in _table() if k.startswith(prefix)]
