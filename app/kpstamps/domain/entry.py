"""Rules for entering a KSC announcement: count shortcuts, catalogue-number text, checks.

Pure functions: the editing service and the series dialog both use them, so the dialog's
inline messages and what the service refuses are the same sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kpstamps.domain.dates import PartialDate
from kpstamps.domain.enums import (
    CATALOGUE_ABBREVIATIONS,
    CatalogueName,
    ItemKind,
    Perforation,
)
from kpstamps.domain.money import CURRENCIES, Money

# Words for kinds of items, as stems: a word matches if it starts with the stem (so that
# "stamps", "марки", "марок" all match). Korean and Chinese words match anywhere.
_KIND_STEMS: tuple[tuple[str, ItemKind], ...] = (
    ("souvenir sheet", ItemKind.SOUVENIR_SHEET), ("souvenir-sheet", ItemKind.SOUVENIR_SHEET),
    ("miniature sheet", ItemKind.SOUVENIR_SHEET), ("ss", ItemKind.SOUVENIR_SHEET),
    ("sheetlet", ItemKind.SHEETLET), ("stamped envelope", ItemKind.STAMPED_ENVELOPE),
    ("envelope", ItemKind.STAMPED_ENVELOPE), ("first day cover", ItemKind.FIRST_DAY_COVER),
    ("fdc", ItemKind.FIRST_DAY_COVER), ("maximum card", ItemKind.MAXIMUM_CARD),
    ("maxicard", ItemKind.MAXIMUM_CARD), ("postcard", ItemKind.POSTCARD), ("post card", ItemKind.POSTCARD),
    ("booklet", ItemKind.BOOKLET), ("stamp", ItemKind.STAMP),
    # Russian
    ("почтовый блок", ItemKind.SOUVENIR_SHEET), ("блок", ItemKind.SOUVENIR_SHEET),
    ("малый лист", ItemKind.SHEETLET), ("малых лист", ItemKind.SHEETLET), ("марочный лист", ItemKind.SHEETLET),
    ("почтовая карточ", ItemKind.POSTCARD), ("почтовых карточ", ItemKind.POSTCARD),
    ("открыт", ItemKind.POSTCARD), ("карточ", ItemKind.POSTCARD), ("конверт", ItemKind.STAMPED_ENVELOPE),
    ("кпд", ItemKind.FIRST_DAY_COVER), ("картмаксимум", ItemKind.MAXIMUM_CARD), ("буклет", ItemKind.BOOKLET),
    ("марк", ItemKind.STAMP), ("марок", ItemKind.STAMP),
)
_CJK_WORDS: tuple[tuple[str, ItemKind], ...] = (
    ("소형전지", ItemKind.SOUVENIR_SHEET), ("작은전지", ItemKind.SHEETLET), ("우편엽서", ItemKind.POSTCARD),
    ("엽서", ItemKind.POSTCARD), ("우표책", ItemKind.BOOKLET), ("초일봉투", ItemKind.FIRST_DAY_COVER),
    ("봉투", ItemKind.STAMPED_ENVELOPE), ("우표", ItemKind.STAMP),
    ("小型张", ItemKind.SOUVENIR_SHEET), ("小全张", ItemKind.SHEETLET), ("明信片", ItemKind.POSTCARD),
    ("邮票小本", ItemKind.BOOKLET), ("首日封", ItemKind.FIRST_DAY_COVER), ("极限片", ItemKind.MAXIMUM_CARD),
    ("信封", ItemKind.STAMPED_ENVELOPE), ("邮票", ItemKind.STAMP), ("票", ItemKind.STAMP),
)
# Counter words that follow a number and mean nothing for the kind ("4枚", "3장", "4 шт.").
_COUNTERS = re.compile(r"(枚|张|張|套|장|매|개|종|шт\.?|pcs\.?|\b[x×]\b)", re.IGNORECASE)
_PARTS = re.compile(r"\s*(?:\+|,|;|&|\band\b|\bи\b|및|和|、)\s*", re.IGNORECASE)
_NUMBER = re.compile(r"\d+")
MAX_ITEMS = 500  # more in one announcement is a typo, not an issue


def kind_from_word(word: str) -> ItemKind | None:
    """The kind a word names in English, Russian, Korean or Chinese, or None."""
    text = " ".join(_COUNTERS.sub(" ", word).split()).casefold()
    if not text:
        return None
    for value in ItemKind:
        if text == value.value or text == value.value.replace("_", " "):
            return value
    for stem, kind in _KIND_STEMS:
        if text.startswith(stem) and (len(stem) > 2 or text == stem):
            return kind
    for cjk, kind in _CJK_WORDS:
        if cjk in text:
            return kind
    return None


def parse_count_shortcut(text: str) -> list[ItemKind]:
    """Expand "4 stamps + 3 postcards" (or "марки 4, открытки 3", "우표 4장") into kinds.

    Raises ValueError with a message naming the part it could not read.
    """
    kinds: list[ItemKind] = []
    parts = [p for p in _PARTS.split(text or "") if p.strip()]
    if not parts:
        raise ValueError("type something like “4 stamps + 3 postcards”")
    for part in parts:
        numbers = _NUMBER.findall(part)
        if len(numbers) > 1:
            raise ValueError(f"“{part.strip()}” has more than one number")
        count = int(numbers[0]) if numbers else 1
        kind = kind_from_word(_NUMBER.sub(" ", part))
        if kind is None:
            raise ValueError(f"“{part.strip()}” does not name a kind of item (stamp, postcard, souvenir sheet…)")
        if count < 1:
            raise ValueError(f"“{part.strip()}”: the count must be at least 1")
        kinds.extend([kind] * count)
        if len(kinds) > MAX_ITEMS:
            raise ValueError(f"more than {MAX_ITEMS} items in one shortcut")
    return kinds


_PREFIXES: dict[str, CatalogueName] = {
    "ksc": CatalogueName.KSC, "mi": CatalogueName.MICHEL, "michel": CatalogueName.MICHEL,
    "sc": CatalogueName.SCOTT, "scott": CatalogueName.SCOTT, "sg": CatalogueName.SG,
    "yv": CatalogueName.YVERT, "yt": CatalogueName.YVERT, "yvert": CatalogueName.YVERT,
    "col": CatalogueName.COLNECT, "colnect": CatalogueName.COLNECT, "other": CatalogueName.OTHER,
}
_NUMBER_PART = re.compile(r"^\s*([A-Za-z]+)\.?\s*[:#]?\s*(.+?)\s*$")


def parse_catalogue_numbers(text: str) -> list[tuple[CatalogueName, str]]:
    """Read "Mi 6789, Sc 5123; KSC 5890a" into (catalogue, number) pairs, duplicates dropped.

    Raises ValueError naming the part that lacks a known catalogue abbreviation.
    """
    result: list[tuple[CatalogueName, str]] = []
    for part in re.split(r"[,;\n]", text or ""):
        if not part.strip():
            continue
        match = _NUMBER_PART.match(part)
        catalogue = _PREFIXES.get(match.group(1).casefold()) if match else None
        if match is None or catalogue is None or not match.group(2):
            known = ", ".join(a for a in CATALOGUE_ABBREVIATIONS.values() if a)
            raise ValueError(f"“{part.strip()}” needs a catalogue abbreviation before the number ({known})")
        number = match.group(2)
        if len(number) > 60:
            raise ValueError(f"catalogue number “{number[:20]}…” is too long")
        if (catalogue, number) not in result:
            result.append((catalogue, number))
    return result


def format_catalogue_numbers(numbers: Sequence[tuple[str, str]]) -> str:
    """The text form parse_catalogue_numbers reads: "Mi 6789, Sc 5123"."""
    parts = []
    for catalogue, number in numbers:
        abbreviation = CATALOGUE_ABBREVIATIONS.get(CatalogueName(catalogue), "") or "Other"
        parts.append(f"{abbreviation} {number}")
    return ", ".join(parts)


def check_series_fields(serial: str, issue_date: str, announced: str, year: int | None) -> list[str]:
    """Messages for a series' own fields (empty when they are fine)."""
    messages: list[str] = []
    if len(serial.strip()) > 40:
        messages.append("The serial is longer than 40 characters.")
    issue = _check_date(issue_date, "Issue date", messages)
    _check_date(announced, "Announced date", messages)
    if year is not None and not 1840 <= year <= 2200:
        messages.append(f"Year {year} is impossible.")
    elif year is not None and issue is not None and issue.year != year:
        messages.append(f"Year {year} does not match the issue date {issue.iso()}.")
    return messages


def _check_date(text: str, label: str, messages: list[str]) -> PartialDate | None:
    try:
        return PartialDate.parse_optional(text)
    except ValueError as exc:
        messages.append(f"{label}: {exc}.")
        return None


def check_item_fields(number: int, kind: str, face_value: str, currency: str, perforation: str,
                      numbers: str) -> list[str]:
    """Messages for item `number` (1-based, as the table shows it)."""
    messages: list[str] = []
    where = f"Item {number}"
    if not kind.strip():
        messages.append(f"{where} has no kind.")
    elif kind not in {k.value for k in ItemKind}:
        messages.append(f"{where}: unknown kind “{kind}”.")
    if face_value.strip():
        try:
            Money.parse(face_value)
        except ValueError as exc:
            messages.append(f"{where}: face value {exc}.")
    if currency and (len(currency) != 3 or not currency.isalpha()) and currency not in CURRENCIES:
        messages.append(f"{where}: currency “{currency}” is not a three-letter code.")
    if perforation and perforation not in {p.value for p in Perforation}:
        messages.append(f"{where}: unknown perforation “{perforation}”.")
    try:
        parse_catalogue_numbers(numbers)
    except ValueError as exc:
        messages.append(f"{where}: {exc}.")
    return messages
