"""GCstar collections (`.gcs`) of GCstar's stamp model (GCstamps).

A `.gcs` file is XML: `<collection type="GCstamps">` with one `<item>` per stamp; short
fields are attributes named by the model (`gcsfield1` name, `gcsfield2` country,
`gcsfield4` catalogue, `gcsfield5` number, …), long texts child elements, and lists
`<line><col>…</col></line>` children. Option fields hold the option's number (Status
`1` = Owned) or, in files written by other versions, its name; both are read.

Status Owned and ToSell become holdings, Wanted and Ordered wants, Sold only the item.
Files of other GCstar models (films, coins, …) are refused, naming the model.
"""

from __future__ import annotations

import re
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

MODEL = "GCstamps"
FIELDS = {"name": "gcsfield1", "country": "gcsfield2", "catalogue": "gcsfield4", "number": "gcsfield5",
          "type": "gcsfield6", "format": "gcsfield7", "description": "gcsfield8", "gum": "gcsfield10",
          "color": "gcsfield11", "paper": "gcsfield12", "cancelled": "gcsfield13", "topic": "gcsfield15",
          "status": "gcsfield16", "serie": "gcsfield17", "designer": "gcsfield20", "engraver": "gcsfield21",
          "grade": "gcsfield23", "gum_condition": "gcsfield25", "perforation": "gcsfield28",
          "perforation_size": "gcsfield29", "purchased": "gcsfield33", "quantity": "gcsfield34",
          "face_value": "gcsfield35", "comments": "gcsfield41", "notes": "gcsfield32", "year": "gcsfield42",
          "cancellation_type": "gcsfield43", "issue_date": "gcsfield81", "pictures": "gcsfield38"}
# Option lists of the model: number → name.
STATUS = {"1": "Owned", "2": "Ordered", "3": "Sold", "4": "ToSell", "5": "Wanted"}
GUMS = {"1": "OriginalGum", "2": "Ungummed", "3": "Regummed"}
PAPERS = {"1": "Chalky", "2": "ChinaPaper", "3": "Coarsed", "4": "Glossy", "5": "Granite", "6": "Laid",
          "7": "Manila", "8": "Native", "9": "Pelure", "10": "Quadrille", "11": "Ribbed", "12": "Rice",
          "13": "Silk", "14": "Smoothed", "15": "Thick", "16": "Thin", "17": "Wove"}
PERFORATIONS = {"1": "CoarsedPerforation", "2": "CombPerforation", "3": "CompoundPerforation",
                "4": "DamagedPerforation", "5": "DoublePerforation", "6": "HarrowPerforation",
                "7": "LinePerforation", "8": "NoPerforation"}
FORMATS = {"1": "booklet", "2": "booklet", "3": "postcard", "5": "stamped_envelope", "6": "first_day_cover",
           "7": "sheetlet", "8": "stamp", "booklet": "booklet", "bookletpane": "booklet", "card": "postcard",
           "envelop": "stamped_envelope", "firstdaycover": "first_day_cover", "sheet": "sheetlet", "single": "stamp"}
GUM_CONDITIONS = {"1": "mnh", "mintneverhinged": "mnh"}  # every other gum condition is hinged or without gum
CATALOGUES = {"michel catalog": "michel", "michel": "michel", "scott catalogue": "scott", "scott": "scott",
              "stanley gibbons": "sg", "yvert et tellier": "yvert", "unificato": "unificato",
              "austria netto katalog": "ank"}
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def _root(data: bytes, name: str) -> Element:
    if not data.strip():
        raise TransferError(f"{name} is empty")
    try:
        root = SafeET.fromstring(data)
    except DefusedXmlException as exc:
        raise TransferError(f"{name} declares XML entities ({type(exc).__name__}); refused for safety") from None
    except SafeET.ParseError as exc:
        raise TransferError(f"{name} is not well-formed XML ({exc})") from None
    if root.tag == "tellico" or root.tag.endswith("}tellico"):
        raise TransferError(f"{name} is a Tellico file, not GCstar; import it as tellico")
    if root.tag != "collection" or not (root.get("type") or "").startswith("GC"):
        raise TransferError(f"{name} is not a GCstar collection (root element <{root.tag}>)")
    model = root.get("type", "")
    if model != MODEL:
        raise TransferError(f"{name} is a GCstar collection of the model {model}; only stamp collections "
                            f"({MODEL}) can be imported")
    return root


def _values(item: Element) -> dict[str, str]:
    """{gcsfieldN: text}: attributes, long texts and `<line><col>` lists (joined with ", ")."""
    found = {k: v.strip() for k, v in item.attrib.items()}
    for child in item:
        lines = [", ".join((c.text or "").strip() for c in line) for line in child if line.tag == "line"]
        text = "; ".join(x for x in lines if x) if lines else (child.text or "").strip()
        if text:
            found[child.tag] = text
    return found


def _option(value: str, names: dict[str, str]) -> str:
    return names.get(value, value)


def _date(value: str) -> str | None:
    match = _DMY.match(value)
    if match:
        day, month, year = match.groups()
        value = f"{year}-{int(month):02d}-{int(day):02d}"
    return r.partial_date("IssueDate", value)


def _numbers(row: ImportRow, f: dict[str, str]) -> None:
    number = f.get("number", "")
    if not number:
        return
    written = f.get("catalogue", "")
    catalogue = CATALOGUES.get(written.casefold(), "other")
    if written and catalogue == "other":
        row.notes.append(f"catalogue {written!r} is kept as 'other' (its name is in the description)")
    row.numbers.append(r.number_from_text("Number", catalogue, number, row))


def _collection(row: ImportRow, f: dict[str, str]) -> None:
    status = _option(f.get("status", ""), STATUS)
    quantity = r.integer("Quantity", f.get("quantity"), minimum=0)
    cancelled = f.get("cancelled", "") in ("1", "true")
    to_order = f.get("cancellation_type", "") in ("1", "CancellationToOrder")
    gum = f.get("gum_condition", "")
    condition = "cto" if to_order else "used" if cancelled else GUM_CONDITIONS.get(gum.casefold(), "mh" if gum else "mnh")
    if status in ("Owned", "ToSell", ""):
        if status == "" and not quantity:
            return
        row.holdings.append({"condition": condition, "quantity": 1 if quantity is None else quantity,
                             "price_cents": None, "price_currency": None,
                             "acquired": _date(f.get("purchased", "")) if f.get("purchased") else None,
                             "location": "", "note": "to sell" if status == "ToSell" else ""})
    elif status in ("Wanted", "Ordered"):
        row.wants.append({"quantity": max(quantity or 1, 1), "condition": condition, "max_price_cents": None,
                          "currency": None, "note": "ordered" if status == "Ordered" else ""})
    elif status == "Sold":
        row.notes.append("status Sold: the item is imported without a holding")
    else:
        row.notes.append(f"status {status!r} is not one of GCstar's; the item is imported without a holding")


def gcstar_row(line: int, raw: dict[str, str]) -> ImportRow:
    f = {key: raw.get(field, "") for key, field in FIELDS.items()}
    issued = _date(f["issue_date"]) if f["issue_date"] else None
    year = r.integer("Year", f["year"], minimum=1840) if f["year"] and f["year"] != "0" else None
    row = ImportRow(line, {})
    country = country_code(f["country"]) or DEFAULT_COUNTRY
    if f["country"] and country_code(f["country"]) is None:
        row.notes.append(f"country {f['country']!r} is not one KP Stamps knows; the series is given {country}")
    row.series = r.series_values(issue_date=issued or (f"{year:04d}" if year else None),
                                 year=year or (int(issued[:4]) if issued else None), source="GCstar",
                                 title_en=f["serie"] or f["name"], country=country)
    amount = read_amount(f["face_value"]) if f["face_value"] else None
    if f["face_value"] and amount is None:
        row.notes.append(f"FaceValue {f['face_value']!r} is not an amount KP Stamps can read; kept as written")
    perforation = _option(f["perforation"], PERFORATIONS)
    details = [("Paper", _option(f["paper"], PAPERS)), ("Gum", _option(f["gum"], GUMS)), ("Colour", f["color"]),
               ("Designer", f["designer"]), ("Engraver", f["engraver"]), ("Perforation", perforation),
               ("Catalogue", f["catalogue"] if CATALOGUES.get(f["catalogue"].casefold()) is None else ""),
               ("Topic", f["topic"]), ("Grade", f["grade"])]
    description = "\n".join([p for p in (f["description"], f["comments"], f["notes"]) if p]
                            + [f"{label}: {value}" for label, value in details if value])
    row.item = r.item_values(
        position=1, kind=FORMATS.get(f["format"].casefold(), "stamp"), title_en=f["name"] or f["serie"],
        face_value_cents=amount.cents if amount else None,
        currency=(amount.currency if amount and amount.currency else "KPW"),
        face_value_text=f["face_value"] if amount is None or amount.currency is None and f["face_value"] else "",
        perforation=("imperforate" if perforation == "NoPerforation" else "perforated") if perforation else None,
        perf_gauge=f["perforation_size"][:40], description=description,
        source_id=f"gcstar:{raw['gcsautoid']}" if raw.get("gcsautoid") else None)
    row.themes = [t.strip() for t in re.split(r"[,;]", f["topic"]) if t.strip()]
    _numbers(row, f)
    _collection(row, f)
    r.check_lengths(row)
    return row


def parse_gcstar(data: bytes, *, name: str = "the file") -> ParsedFile:
    """Read a GCstar stamp collection; every item becomes an item in a series of its own name."""
    root = _root(data, name)
    parsed = ParsedFile("gcstar", encoding="xml", themes_by_name=True)
    items = [e for e in root if e.tag == "item"]
    if not items:
        raise TransferError(f"{name} is a GCstar stamp collection without items")
    for number, item in enumerate(items, start=1):
        try:
            row = gcstar_row(number, _values(item))
        except RowError as exc:
            parsed.problems.append(RowProblem(number, exc.column, str(exc)))
            continue
        parsed.add_in_file_order(row)
    return parsed
