"""Normalised search text: NFKC, case-folded, with Latin transliterations and romanisation variants.

Collectors type `chinson`, `chinseon`, `Phyongyang` or `Pyongyang` for the same Korean word.
The stored text holds the original (folded), its anyascii transliteration and a *romanisation
fold* of that transliteration; a query term is folded the same way, so either spelling meets the
other in the middle. The fold is a handful of rules that erase the differences between DPRK
(McCune–Reischauer-like) and ROK (Revised Romanisation) spellings — rules, not word tables.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_SPACES = re.compile(r"\s+")
# Applied in order to lower-case romanised text.
_ROMANISATION_RULES: tuple[tuple[str, str], ...] = (
    ("ch'", "ch"), ("ch’", "ch"), ("k'", "k"), ("t'", "t"), ("p'", "p"),
    ("ph", "p"), ("th", "t"), ("kh", "k"),
    ("ŏ", "o"), ("ŭ", "u"),
    ("eo", "o"), ("eu", "u"),
)
SEPARATOR = " | "
# Ends every stored text so each character has two after it: a 1–2 character search finds
# the trigrams that *start* with it (see db/search_sql.py).
PADDING = " |"


def fold(text: str) -> str:
    """NFKC + case fold + single spaces: the form every stored and queried text is compared in."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


@lru_cache(maxsize=65536)
def romanise(text: str) -> str:
    """A lower-case Latin transliteration (Hangul, Hanzi, Cyrillic, ... through anyascii)."""
    return fold(text) if text.isascii() else fold(anyascii(text))


def romanisation_fold(latin: str) -> str:
    """Erase DPRK/ROK spelling differences: `phyongyang` and `pyeongyang` both become `pyongyang`."""
    text = latin.casefold()
    for old, new in _ROMANISATION_RULES:
        text = text.replace(old, new)
    return text


def _fold_part(part: str) -> tuple[str, str]:
    """(folded, romanised) for one part. Most parts of a stamp record (English titles, serials,
    catalogue numbers) are ASCII: there NFKC is the identity, case folding is `lower()`,
    `str.split()` splits on the whitespace `fold` collapses, and romanisation changes nothing."""
    if part.isascii():
        folded = " ".join(part.lower().split())
        return folded, folded
    folded = fold(part)
    # romanise() remembers recent parts: titles repeat a lot.
    return folded, romanise(folded) if folded else ""


def search_text(*parts: str | None) -> str:
    """The stored search text for a record made of `parts` (titles, notes, serial, ...)."""
    pairs = [pair for pair in (_fold_part(p) for p in parts if p) if pair[0]]
    if not pairs:
        return ""
    base = " ".join(folded for folded, _ in pairs)
    layers = [base]
    latin = " ".join(roman for _, roman in pairs)
    if latin != base:
        layers.append(latin)
    variant = romanisation_fold(latin)
    if variant not in layers:
        layers.append(variant)
    return SEPARATOR.join(layers) + PADDING


def query_forms(term: str) -> list[str]:
    """The folded forms of a query term to look for (any of them may match)."""
    base = fold(term)
    if not base:
        return []
    forms = [base]
    if base.isascii():
        variant = romanisation_fold(base)
        if variant != base:
            forms.append(variant)
    return forms
