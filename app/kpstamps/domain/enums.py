"""Vocabularies a collector uses: kinds of items, conditions, catalogues, languages."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

E = TypeVar("E", bound=StrEnum)


class Lang(StrEnum):
    """Languages of titles: KSC announces issues in these four since 2025."""

    KO = "ko"
    EN = "en"
    ZH = "zh"
    RU = "ru"


LANGS: tuple[Lang, ...] = (Lang.KO, Lang.EN, Lang.ZH, Lang.RU)


class ItemKind(StrEnum):
    STAMP = "stamp"
    SOUVENIR_SHEET = "souvenir_sheet"
    SHEETLET = "sheetlet"
    POSTCARD = "postcard"
    STAMPED_ENVELOPE = "stamped_envelope"
    BOOKLET = "booklet"
    FIRST_DAY_COVER = "first_day_cover"
    MAXIMUM_CARD = "maximum_card"
    # 우표첩 / 邮票册: a folder of stamps sold as one item, e.g. KSC Ba79 and Ba80 (December 2024).
    STAMP_FOLDER = "stamp_folder"


class SeriesStatus(StrEnum):
    """Whether a series is out, announced by KSC, or only in KSC's yearly plan (may change)."""

    ISSUED = "issued"
    ANNOUNCED = "announced"
    PLANNED = "planned"


class Condition(StrEnum):
    MINT_NEVER_HINGED = "mnh"
    MINT_HINGED = "mh"
    USED = "used"
    CTO = "cto"
    DAMAGED = "damaged"


class CatalogueName(StrEnum):
    KSC = "ksc"
    MICHEL = "michel"
    SCOTT = "scott"
    SG = "sg"
    YVERT = "yvert"
    COLNECT = "colnect"
    OTHER = "other"
    # Catalogues Colnect lists beside the big four (kept by name, never lumped into "other").
    AFA = "afa"
    EDIFIL = "edifil"
    UNIFICATO = "unificato"
    ANK = "ank"
    GZ = "gz"
    GOET = "goet"
    WAD = "wad"


# Abbreviations collectors write before a number ("Mi 6789", "Sc 5123").
CATALOGUE_ABBREVIATIONS: dict[CatalogueName, str] = {
    CatalogueName.KSC: "KSC",
    CatalogueName.MICHEL: "Mi",
    CatalogueName.SCOTT: "Sc",
    CatalogueName.SG: "SG",
    CatalogueName.YVERT: "Yv",
    CatalogueName.COLNECT: "Col",
    CatalogueName.OTHER: "",
    CatalogueName.AFA: "AFA",
    CatalogueName.EDIFIL: "Edi",
    CatalogueName.UNIFICATO: "Un",
    CatalogueName.ANK: "ANK",
    CatalogueName.GZ: "Gz",
    CatalogueName.GOET: "Göt",
    CatalogueName.WAD: "WAD",
}


class Perforation(StrEnum):
    PERFORATED = "perforated"
    IMPERFORATE = "imperforate"


class ScanRole(StrEnum):
    FRONT = "front"
    BACK = "back"
    DETAIL = "detail"


class OrderStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    RECEIVED = "received"
    CANCELLED = "cancelled"


def parse_enum(enum: type[E], text: str, what: str) -> E:
    """Parse a value of `enum` from user text, with an error naming the valid values."""
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    for member in enum:
        if key in (member.value, member.name.lower()):
            return member
    valid = ", ".join(m.value for m in enum)
    raise ValueError(f"unknown {what} {text!r}; expected one of: {valid}")
