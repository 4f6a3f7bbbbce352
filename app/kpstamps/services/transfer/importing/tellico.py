"""Tellico stamp collections: `.tc` (a zip holding tellico.xml and images/) or plain `.xml`.

Only Tellico's stamp collection (collection type 9) is accepted. XML is parsed with
defusedxml, which refuses entity declarations (billion laughs) and external entities.
Every entry becomes an item in a series of its own and, since a Tellico entry is a stamp
the collector owns, a holding (condition from the grade/cancelled/hinged/gummed fields).

Multi-valued fields come wrapped (`<years><year>1972</year></years>`); images are files
`images/<md5>.<ext>` inside a `.tc` or base64 `<image>` elements of `<images>`, stored as
scans on commit (validated like any scan). Free-text amounts (`5 chon`, `1.50 Won`, `€3`)
are read where possible and otherwise kept as written and reported, never a rejected entry.
"""

from __future__ import annotations

import base64
import binascii
import io
import zipfile
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from kpstamps.domain.amounts import read_amount
from kpstamps.domain.countries import DEFAULT_COUNTRY, country_code
from kpstamps.errors import TransferError
from kpstamps.services.transfer.importing import records as r
from kpstamps.services.transfer.importing.records import (
    ImportRow,
    ParsedFile,
    RowError,
    RowProblem,
)

STAMP_COLLECTION = "9"  # Tellico's Data::Collection::Stamp
SYNTAX_VERSION = 11  # the newest Tellico file syntax this importer knows
MAX_XML = 200 * 1024 * 1024
MAX_IMAGES = 512 * 1024 * 1024  # all images of one file together
TRUE = {"true", "yes", "1", "x"}
NAMES = {"2": "book", "3": "video", "4": "music", "5": "bibliography", "6": "comic book", "7": "wine",
         "8": "coin", "10": "trading card", "11": "video game", "12": "file", "13": "board game"}
# Tellico field → (catalogue) for the catalogue numbers a stamp entry may carry (built in or added by users).
NUMBER_FIELDS = {"scott": "scott", "michel": "michel", "stanley-gibbons": "sg", "stanley_gibbons": "sg",
                 "sg": "sg", "yvert": "yvert", "ksc": "ksc"}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _read_zip(data: bytes, name: str) -> tuple[bytes, dict[str, bytes]]:
    """tellico.xml and the images of a `.tc` zip; refuses broken and oversized zips."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("tellico.xml")
            if info.file_size > MAX_XML:
                raise TransferError(f"{name}: tellico.xml is {info.file_size} bytes, too large to import")
            images: dict[str, bytes] = {}
            total = 0
            for member in archive.infolist():
                if member.filename.startswith("images/") and not member.is_dir():
                    total += member.file_size
                    if total > MAX_IMAGES:
                        raise TransferError(f"{name}: its images together are larger than {MAX_IMAGES >> 20} MiB")
                    images[member.filename.removeprefix("images/")] = archive.read(member)
            return archive.read(info), images
    except KeyError:
        raise TransferError(f"{name} is a zip without tellico.xml; is it a Tellico .tc file?") from None
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, zipfile.error) as exc:
        raise TransferError(f"{name} is a damaged or truncated zip ({exc})") from None


def xml_from_bytes(data: bytes, *, name: str = "the file") -> bytes:
    """The XML of a `.tc` zip or a plain XML file."""
    if not data.strip():
        raise TransferError(f"{name} is empty")
    return _read_zip(data, name)[0] if data.startswith(b"PK") else data


def _root(xml: bytes, name: str) -> Element:
    try:
        return SafeET.fromstring(xml)
    except DefusedXmlException as exc:
        raise TransferError(f"{name} declares XML entities ({type(exc).__name__}); refused for safety") from None
    except SafeET.ParseError as exc:
        raise TransferError(f"{name} is not well-formed XML ({exc})") from None


def _collection(root: Element, name: str) -> Element:
    if _local(root.tag) == "collection" and (root.get("type") or "").startswith("GC"):
        raise TransferError(f"{name} is a GCstar file ({root.get('type')}), not Tellico; import it as gcstar")
    if _local(root.tag) != "tellico":
        raise TransferError(f"{name} is not a Tellico file (root element <{_local(root.tag)}>)")
    version = root.get("syntaxVersion", "")
    if version.isdigit() and int(version) > SYNTAX_VERSION:
        raise TransferError(f"{name} is Tellico file syntax {version}; this KP Stamps reads up to "
                            f"{SYNTAX_VERSION} (save it from an older Tellico or as CSV)")
    collection = next((c for c in root if _local(c.tag) == "collection"), None)
    if collection is None:
        raise TransferError(f"{name} holds no Tellico collection")
    kind = collection.get("type", "")
    if kind != STAMP_COLLECTION:
        what = NAMES.get(kind, f"type {kind}")
        raise TransferError(f"{name} is a Tellico {what} collection, not a stamp collection")
    return collection


def _fields(entry: Element) -> dict[str, list[str]]:
    """Every field of an entry as a list of values (multi-valued fields are wrapped)."""
    found: dict[str, list[str]] = {}
    for child in entry:
        key = _local(child.tag)
        if len(child):  # <years><year>1972</year><year>1973</year></years>
            key = key[:-1] if key.endswith("s") and all(_local(c.tag) == key[:-1] for c in child) else key
            values = [(c.text or "").strip() for c in child if len(c) == 0]
            values += [" ".join((x.text or "").strip() for x in c) for c in child if len(c)]  # table columns
            found.setdefault(key, []).extend(v for v in values if v)
        elif (child.text or "").strip():
            found.setdefault(key, []).append((child.text or "").strip())
    return found


def _amount(row: ImportRow, column: str, text: str) -> tuple[int | None, str | None]:
    """(cents, currency) of a free-text amount; None and a note when it cannot be read."""
    if not text:
        return None, None
    amount = read_amount(text)
    if amount is None:
        row.notes.append(f"{column} {text!r} is not an amount KP Stamps can read; kept as written")
        return None, None
    return amount.cents, amount.currency


def _condition(f: dict[str, str]) -> tuple[str, str]:
    """(condition, note) from cancelled/hinged/gummed/grade."""
    grade = f.get("grade", "")
    hinged = f.get("hinged", "").casefold()
    if f.get("cancelled", "").casefold() in TRUE:
        condition = "used"
    elif grade.casefold() in ("cto", "cancelled to order"):
        condition = "cto"
    elif hinged in ("hinged", "mounted", "true", "yes", "mh"):
        condition = "mh"
    elif f.get("gummed", "").casefold() in ("false", "no"):
        condition = "mh"  # mint without gum: not never hinged
    else:
        condition = "mnh"
    notes = [f"Grade: {grade}" if grade else "", f"Hinged: {f['hinged']}" if f.get("hinged") else "",
             "No gum" if f.get("gummed", "").casefold() in ("false", "no") else ""]
    return condition, "; ".join(n for n in notes if n)


def tellico_row(line: int, values: dict[str, list[str]]) -> ImportRow:
    f = {k: "; ".join(v) for k, v in values.items()}
    years = [r.integer("year", y, minimum=1840) for y in values.get("year", [])]
    year = min(y for y in years if y is not None) if years else None
    country = country_code(f.get("country")) or DEFAULT_COUNTRY
    series_title = f.get("series") or f.get("title") or " ".join(
        p for p in (f.get("year"), f.get("country"), f.get("denomination")) if p)
    row = ImportRow(line, {})
    if f.get("country") and country_code(f["country"]) is None:
        row.notes.append(f"country {f['country']!r} is not one KP Stamps knows; the series is given {country}")
    row.series = r.series_values(issue_date=f"{year:04d}" if year else None, year=year, source="Tellico",
                                 title_en=series_title, country=country,
                                 notes=f"Years: {f['year']}" if len(years) > 1 else "")
    cents, currency = _amount(row, "denomination", f.get("denomination", ""))
    currency = currency or r.currency("currency", f.get("currency", "")[:3] if f.get("currency") else "", "KPW")
    description = "\n".join(p for p in (f.get("description", ""), f.get("color") and f"Colour: {f['color']}",
                                        f.get("comments", "")) if p)
    row.item = r.item_values(position=1, face_value_cents=cents, currency=currency, description=description,
                             title_en=f.get("title") or series_title,
                             face_value_text=f.get("denomination", "") if cents is None else "",
                             source_id=f"colnect:{f['colnect-id']}" if f.get("colnect-id") else None)
    for field_name, catalogue in NUMBER_FIELDS.items():
        for number in values.get(field_name, []):
            row.numbers.append(r.number_from_text(field_name, catalogue, number, row))
    condition, note = _condition(f)
    price, price_currency = _amount(row, "pur_price", f.get("pur_price", ""))
    row.holdings.append({"condition": condition,
                         "quantity": r.integer("quantity", f.get("quantity"), minimum=0) or 1,
                         "price_cents": price, "price_currency": (price_currency or currency) if price is not None
                         else None, "acquired": r.partial_date("pur_date", f.get("pur_date")),
                         "location": f.get("location", ""), "note": note})
    row.image_refs = list(values.get("image", []))
    r.check_lengths(row)
    return row


def _embedded_images(collection: Element, name: str) -> dict[str, bytes]:
    """The base64 images of `<images>` (Tellico writes them there when not in a .tc)."""
    found: dict[str, bytes] = {}
    for images in (c for c in collection if _local(c.tag) == "images"):
        for image in images:
            data = (image.text or "").strip()
            if data:
                try:
                    found[image.get("id", "")] = base64.b64decode(data, validate=False)
                except (binascii.Error, ValueError):
                    raise TransferError(f"{name}: image {image.get('id')!r} is not valid base64") from None
    return found


def parse_tellico(data: bytes, *, name: str = "the file") -> ParsedFile:
    """Read a Tellico stamp collection (.tc or .xml), with its images."""
    if not data.strip():
        raise TransferError(f"{name} is empty")
    xml, images = _read_zip(data, name) if data.startswith(b"PK") else (data, {})
    root = _root(xml, name)
    collection = _collection(root, name)
    images.update(_embedded_images(collection, name))
    images.update(_embedded_images(root, name))  # Tellico writes <images> after the collection
    parsed = ParsedFile("tellico", encoding="xml", images=images)
    entries = [e for e in collection if _local(e.tag) == "entry"]
    if not entries:
        raise TransferError(f"{name} is a Tellico stamp collection without entries")
    for number, entry in enumerate(entries, start=1):
        line = int(entry.get("id", number)) if entry.get("id", "").isdigit() else number
        try:
            row = tellico_row(line, _fields(entry))
        except RowError as exc:
            parsed.problems.append(RowProblem(line, exc.column, str(exc)))
            continue
        missing = [ref for ref in row.image_refs if ref not in images]
        for ref in missing:
            row.notes.append(f"image {ref!r} is not in the file (Tellico keeps it elsewhere); not imported")
        row.image_refs = [ref for ref in row.image_refs if ref in images]
        parsed.rows.append(row)
    return parsed
