"""Catalogue numbers as collectors write them, taken apart: catalogue, country prefix, number
and the souvenir sheet a stamp belongs to.

`Mi:KP 1155` (Colnect), `Mi 7005 (Bl. 900)` (Michel's block number in brackets),
`KP:1155` (our CSV's catalogue columns with a country), `BL176`, `1144x`, `MS2912`,
`AR023MS.2021`. A number that does not look like one is kept as written with a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kpstamps.domain.enums import CatalogueName
from kpstamps.domain.sorting import natural_key

# Abbreviations before a number, case-folded (Colnect's and the usual ones).
CATALOGUE_PREFIXES: dict[str, str] = {
    "mi": "michel", "michel": "michel", "sn": "scott", "sc": "scott", "scott": "scott",
    "sg": "sg", "stanley gibbons": "sg", "yt": "yvert", "yv": "yvert", "yvert": "yvert",
    "ksc": "ksc", "col": "colnect", "colnect": "colnect", "other": "other",
    "afa": "afa", "edi": "edifil", "edifil": "edifil", "un": "unificato", "unificato": "unificato",
    "ank": "ank", "gz": "gz", "göt": "goet", "got": "goet", "goet": "goet", "wad": "wad", "wns": "wad",
}
assert set(CATALOGUE_PREFIXES.values()) <= {c.value for c in CatalogueName}
COUNTRY_PREFIX = re.compile(r"^([A-Z]{2}(?:-[A-Z]{2,3})?)$")
_BLOCK = re.compile(r"^(?P<number>.*?)\s*\(\s*(?P<block>(?:Bl|Block|Bloc|BF|MS|SS|Kb)\.?\s*[\w.\-/]+)\s*\)\s*$",
                    re.IGNORECASE)
_PLAIN = re.compile(r"^[\w.\-/*]+(?: [\w.\-/*]+){0,2}$")
MAX_NUMBER = 60


def catalogue_for_prefix(prefix: str) -> str | None:
    """`Mi` → michel, `Sn` → scott, `Göt` → goet; None for an unknown abbreviation."""
    return CATALOGUE_PREFIXES.get(" ".join(prefix.split()).casefold())


def block_key(text: str) -> str:
    """The sort key a block number is found by: `Bl. 900`, `bl900` and `BL 900` are equal."""
    return natural_key(re.sub(r"[\s.]", "", text))


@dataclass(frozen=True)
class NumberParts:
    number: str
    country: str = ""
    block: str = ""
    warning: str = ""


_SIMPLE_PREFIXED = re.compile(r"^\s*([A-Z]{2}(?:-[A-Z]{2,3})?) ([\w.\-/*]+)\s*$")


def split_number(text: str, *, country_prefix: bool = False) -> NumberParts:
    """Take `text` apart. `country_prefix`: the text starts with a country code and a space
    (Colnect's `KP 1155`); otherwise only `KP:1155` (a colon) marks a country."""
    if country_prefix:
        simple = _SIMPLE_PREFIXED.match(text)  # the usual Colnect code, read in one step
        if simple:
            return NumberParts(simple.group(2), simple.group(1))
    cleaned = " ".join(text.split())
    country = ""
    if country_prefix:
        head, _, rest = cleaned.partition(" ")
        if COUNTRY_PREFIX.match(head) and rest:
            country, cleaned = head, rest
    else:
        head, colon, rest = cleaned.partition(":")
        if colon and COUNTRY_PREFIX.match(head.strip()) and rest.strip():
            country, cleaned = head.strip(), rest.strip()
    block = ""
    match = _BLOCK.match(cleaned)
    if match and match.group("number"):
        cleaned, block = match.group("number").strip(), " ".join(match.group("block").split())
    warning = ""
    if not _PLAIN.match(cleaned):
        warning = f"catalogue number {cleaned[:30]!r} is not a plain number; kept as written"
    return NumberParts(cleaned, country, block, warning)


def format_number(number: str, country: str = "", block: str = "") -> str:
    """The text `split_number` reads back: `KP:1155 (Bl. 900)`."""
    return (f"{country}:" if country else "") + number + (f" ({block})" if block else "")


def parse_codes(cell: str) -> tuple[list[tuple[str, NumberParts]], list[str]]:
    """Colnect's `Catalog Codes` cell: `Mi:KP 1155, Sn:KP 1050, Gz :AR BL164` →
    ([(catalogue, parts)], problems). A code with an unknown abbreviation is a problem."""
    found: list[tuple[str, NumberParts]] = []
    problems: list[str] = []
    for part in cell.split(","):
        part = part.strip()
        if not part:
            continue
        prefix, colon, rest = part.partition(":")
        catalogue = catalogue_for_prefix(prefix) if colon else None
        if catalogue is None or not rest.strip():
            problems.append(f"{part!r} has no known catalogue abbreviation (like Mi:)")
            continue
        found.append((catalogue, split_number(rest, country_prefix=True)))
    return found, problems
