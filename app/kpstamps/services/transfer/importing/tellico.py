"""Tellico stamp collections: `.tc` (a zip holding tellico.xml) or plain `.xml`.

Only Tellico's stamp collection (collection type 9) is accepted. XML is parsed with
defusedxml, which refuses entity declarations (billion laughs) and external entities.
Every entry becomes a series with one item and, since a Tellico entry is a stamp the
collector owns, a holding (condition from the cancelled/hinged fields).
"""

from __future__ import annotations

import io
import zipfile
from typing import Any
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from kpstamps.errors import TransferError
from kpstamps.services.transfer.importing import records as r
from kpstamps.services.transfer.importing.records import (
    ImportRow,
    ParsedFile,
    RowError,
    RowProblem,
)

STAMP_COLLECTION = "9"  # Tellico's Data::Collection::Stamp
MAX_XML = 200 * 1024 * 1024
TRUE = {"true", "yes", "1", "x"}
NAMES = {"2": "book", "3": "video", "4": "music", "5": "bibliography", "6": "comic book", "7": "wine",
         "8": "coin", "10": "trading card", "11": "video game", "12": "file", "13": "board game"}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def xml_from_bytes(data: bytes, *, name: str = "the file") -> bytes:
    """The XML of a `.tc` zip or a plain XML file; refuses broken and oversized zips."""
    if not data.strip():
        raise TransferError(f"{name} is empty")
    if not data.startswith(b"PK"):
        return data
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("tellico.xml")
            if info.file_size > MAX_XML:
                raise TransferError(f"{name}: tellico.xml is {info.file_size} bytes, too large to import")
            return archive.read(info)
    except KeyError:
        raise TransferError(f"{name} is a zip without tellico.xml; is it a Tellico .tc file?") from None
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile) as exc:
        raise TransferError(f"{name} is a damaged or truncated zip ({exc})") from None


def _collection(xml: bytes, name: str) -> Element:
    try:
        root = SafeET.fromstring(xml)
    except DefusedXmlException as exc:
        raise TransferError(f"{name} declares XML entities ({type(exc).__name__}); refused for safety") from None
    except SafeET.ParseError as exc:
        raise TransferError(f"{name} is not well-formed XML ({exc})") from None
    if _local(root.tag) != "tellico":
        raise TransferError(f"{name} is not a Tellico file (root element <{_local(root.tag)}>)")
    collection = next((c for c in root if _local(c.tag) == "collection"), None)
    if collection is None:
        raise TransferError(f"{name} holds no Tellico collection")
    kind = collection.get("type", "")
    if kind != STAMP_COLLECTION:
        what = NAMES.get(kind, f"type {kind}")
        raise TransferError(f"{name} is a Tellico {what} collection, not a stamp collection")
    return collection


def _fields(entry: Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for child in entry:
        key = _local(child.tag)
        if len(child):  # Tellico wraps multi-value fields: <colors><color>red</color></colors>
            found[key] = "; ".join((c.text or "").strip() for c in child if (c.text or "").strip())
        else:
            found[key] = (child.text or "").strip()
    return found


def tellico_row(line: int, f: dict[str, str]) -> ImportRow:
    year = r.integer("year", f.get("year"), minimum=1840)
    title = f.get("title") or " ".join(p for p in (f.get("year"), f.get("country"), f.get("denomination")) if p)
    series: dict[str, Any] = {"serial": None, "issue_date": f"{year:04d}" if year else None, "year": year,
                              "announced": None, "notes": "", "source": "Tellico",
                              "title_ko": "", "title_en": title, "title_zh": "", "title_ru": ""}
    description = "\n".join(p for p in (f.get("description", ""), f.get("color") and f"Colour: {f['color']}",
                                        f.get("comments", "")) if p)
    row = ImportRow(line, series)
    row.item = {"position": 1, "kind": "stamp", "face_value_cents": r.cents("denomination", f.get("denomination")),
                "currency": r.currency("currency", f.get("currency")[:3] if f.get("currency") else "", "KPW"),
                "perforation": None, "perf_gauge": "", "format": "", "description": description,
                "title_ko": "", "title_en": title, "title_zh": "", "title_ru": ""}
    if f.get("scott"):
        row.numbers.append(r.catalogue_number("scott", "scott", f["scott"]))
    used = f.get("cancelled", "").casefold() in TRUE
    hinged = f.get("hinged", "").casefold() not in ("", "false", "no", "unhinged")
    row.holdings.append({"condition": "used" if used else ("mh" if hinged else "mnh"),
                         "quantity": r.integer("quantity", f.get("quantity"), minimum=0) or 1,
                         "price_cents": r.cents("pur_price", f.get("pur_price")) if f.get("pur_price") else None,
                         "price_currency": None, "acquired": r.partial_date("pur_date", f.get("pur_date")),
                         "location": f.get("location", ""), "note": f.get("grade", "")})
    if row.holdings[0]["price_cents"] is not None:
        row.holdings[0]["price_currency"] = row.item["currency"]
    r.check_lengths(row)
    return row


def parse_tellico(data: bytes, *, name: str = "the file") -> ParsedFile:
    """Read a Tellico stamp collection (.tc or .xml)."""
    collection = _collection(xml_from_bytes(data, name=name), name)
    parsed = ParsedFile("tellico", encoding="xml")
    entries = [e for e in collection if _local(e.tag) == "entry"]
    for number, entry in enumerate(entries, start=1):
        line = int(entry.get("id", number)) if entry.get("id", "").isdigit() else number
        try:
            parsed.rows.append(tellico_row(line, _fields(entry)))
        except RowError as exc:
            parsed.problems.append(RowProblem(line, exc.column, str(exc)))
    if not entries:
        raise TransferError(f"{name} is a Tellico stamp collection without entries")
    return parsed
