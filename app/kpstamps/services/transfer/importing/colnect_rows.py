"""One row of a Colnect stamp list → an ImportRow (see colnect.py for the file around it).

Every fact of the row is kept: columns KP Stamps has a place for go there (numbers with their
country prefix, size, perforation without HTML, face value and currency, Colnect id and link),
the others become lines of the item's description ("Paper: chalky"). Nothing is rejected for
an unknown currency or country: it is kept as written and reported.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from functools import lru_cache

from kpstamps.domain.amounts import currency_code, evaluate
from kpstamps.domain.catalogue_numbers import parse_codes
from kpstamps.domain.countries import UNKNOWN_COUNTRY, country_code
from kpstamps.services.transfer.importing import records as r
from kpstamps.services.transfer.importing.records import ImportRow, RowError

KINDS = {
    "stamp": "stamp", "souvenir sheet": "souvenir_sheet", "mini sheet": "sheetlet", "minisheet": "sheetlet",
    "sheetlet": "sheetlet", "block": "souvenir_sheet", "block of 4": "stamp", "booklet": "booklet",
    "postcard": "postcard", "postal card": "postcard", "stamped envelope": "stamped_envelope",
    "fdc": "first_day_cover", "first day cover": "first_day_cover", "maximum card": "maximum_card",
}
CONDITIONS = {"mnh": "mnh", "mh": "mh", "mng": "mh", "u": "used", "used": "used", "cto": "cto", "": "mnh"}
# Columns kept as description lines, with their labels.
EXTRAS = (("expiry date", "Expiry date"), ("watermark", "Watermark"), ("emission", "Emission"),
          ("printing", "Printing"), ("paper", "Paper"), ("gum", "Gum"), ("print run", "Print run"),
          ("variant", "Variant"), ("overprint variant", "Overprint variant"), ("colors", "Colours"),
          ("designers", "Designers"), ("printers", "Printers"), ("issuers", "Issuers"), ("themes", "Themes"),
          ("score", "Colnect score"), ("accuracy", "Colnect accuracy"))
_TAG = re.compile(r"<[^>]*>")
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_GROUP = re.compile(r"\[([^\]]*)\]")
LINK = re.compile(r"colnect\.com/[^\s\"]*?/stamps?/stamp/(\d+)", re.IGNORECASE)
WISH_NAMES = ("wish", "wishlist", "wish list", "wants", "want list")


def default_choice(list_name: str) -> str:
    """Colnect's wish list becomes wants; every other list (collection, swap…) holdings."""
    return "want" if list_name.strip().casefold() in WISH_NAMES else "own"


@lru_cache(maxsize=4096)
def plain(cell: str) -> str:
    """Text of an HTML cell: `comb<i> 13¾ x 14</i>` → `comb 13¾ x 14`."""
    return " ".join(html.unescape(_TAG.sub(" ", cell)).split())


def _date(cell: str) -> str | None:
    match = _DMY.match(cell)
    if match:
        day, month, year = match.groups()
        cell = f"{year}-{int(month):02d}-{int(day):02d}"
    return r.partial_date("Issued on", cell)


def _millimetres(column: str, cell: str) -> float | None:
    if not cell:
        return None
    try:
        value = float(cell.replace(",", ".").removesuffix("mm").strip())
    except ValueError:
        raise RowError(column, f"{cell!r} is not a size in millimetres") from None
    if not 0 <= value < 10000:
        raise RowError(column, f"{cell} mm is not a size of a stamp or sheet")
    return value or None  # Colnect writes 0 for "not known"


@lru_cache(maxsize=4096)
def _cents(value: str) -> int | None:
    """Hundredths of a FaceValue cell (`3*80`); None when it is no amount. Cached: lists repeat values."""
    try:
        amount = evaluate(value)
    except ValueError:
        return None
    return int((amount * 100).to_integral_value()) if amount >= 0 else None


_currency_code = lru_cache(maxsize=1024)(currency_code)


def _face_value(row: ImportRow, value: str, currency: str) -> tuple[int | None, str, str]:
    """(cents, currency code, face value as written if not fully understood)."""
    code = _currency_code(currency) if currency else "KPW"
    written = ""
    cents = _cents(value) if value else None
    if value and cents is None:
        written = value
        row.notes.append(f"FaceValue {value!r} is not an amount; kept as written")
    if code is None:
        written = f"{value} {currency}".strip()
        row.notes.append(f"currency {currency!r} is not one KP Stamps knows; kept as written ({written})")
        code = "XXX"  # ISO 4217: no currency; the text above says which
    return cents, code, written


_country_code = lru_cache(maxsize=1024)(country_code)


def _country(row: ImportRow, cell: str, numbers: list[r.Number]) -> str:
    code = _country_code(cell)
    if code is not None or not cell:
        return code or (numbers[0].country.split("-")[0] if numbers and numbers[0].country else "KP")
    prefix = next((n.country.split("-")[0] for n in numbers if n.country), "")
    row.notes.append(f"country {cell!r} is not one KP Stamps knows; kept as {prefix or UNKNOWN_COUNTRY}"
                     " (the name is in the series notes)")
    return prefix or UNKNOWN_COUNTRY


def _numbers(row: ImportRow, cell: str) -> tuple[list[r.Number], list[str]]:
    """The numbers of a Catalog Codes cell, and the codes it could not read (kept as text)."""
    found, problems = parse_codes(cell)
    numbers = []
    for catalogue, parts in found:
        if parts.warning:
            row.notes.append(f"Catalog Codes: {parts.warning}")
        if len(parts.number) > r.MAX_NUMBER or len(parts.country) > 10 or len(parts.block) > 60:
            raise RowError("Catalog Codes", f"catalogue number {parts.number[:20]!r}… is too long")
        numbers.append(r.Number(catalogue, parts.number, parts.country, parts.block))  # names from CATALOGUE_PREFIXES
    for problem in problems:
        row.notes.append(f"Catalog Codes: {problem}; kept in the description")
    unknown = [p.strip() for p in cell.split(",") if p.strip()] if problems else []
    return numbers, [u for u in unknown if not parse_codes(u)[0]]


def _groups(cell: str) -> list[str]:
    return [g.strip() for g in _GROUP.findall(cell)]


def _collection(row: ImportRow, f: Mapping[str, str], choices: Mapping[str, str], counts: dict[str, int]) -> None:
    """List/Quantity/Condition: the n-th list name goes with the n-th [quantity] and [condition]."""
    cell = f.get("list", "")
    if not cell:
        return
    names = [n.strip() for n in cell.split(",") if n.strip()]
    quantities, conditions = _groups(f.get("quantity", "")), _groups(f.get("condition", ""))
    note = "\n".join(p for p in (f.get("public note", ""), f.get("private note", "")) if p)
    for index, name in enumerate(names):
        counts[name] = counts.get(name, 0) + 1
        choice = choices.get(name) or default_choice(name)
        if choice == "ignore":
            continue
        quantity = r.integer("Quantity", quantities[index] if index < len(quantities) else "", minimum=0)
        written = conditions[index] if index < len(conditions) else ""
        condition = CONDITIONS.get(written.casefold())
        if condition is None:
            row.notes.append(f"Condition {written!r} is not one KP Stamps knows; kept in the note")
            condition = "mnh"
        kept = f"Colnect condition: {written}" if written and CONDITIONS.get(written.casefold()) != written.casefold() \
            and written.casefold() != "u" else ""
        entry_note = "\n".join(p for p in (note, kept) if p)
        if choice == "want":
            row.wants.append({"quantity": max(quantity or 1, 1), "condition": condition, "max_price_cents": None,
                              "currency": None, "note": entry_note})
        else:
            row.holdings.append({"condition": condition, "quantity": 1 if quantity is None else quantity,
                                 "price_cents": None, "price_currency": None, "acquired": None,
                                 "location": name, "note": entry_note})


def _description(f: Mapping[str, str], unknown_codes: list[str], parent: str) -> str:
    lines = [f.get("description", "")]
    lines += [f"{label}: {f[key]}" for key, label in EXTRAS if f.get(key)]
    if unknown_codes:
        lines.append("Catalog codes: " + ", ".join(unknown_codes))
    if parent and parent != "0":
        lines.append(f"Colnect parent item: {parent}")
    return "\n".join(line for line in lines if line)


def colnect_row(line: int, f: Mapping[str, str], choices: Mapping[str, str], counts: dict[str, int]) -> ImportRow:
    """One row under lower-case Colnect column names (see colnect.COLUMNS)."""
    name = f.get("name", "")
    issued = _date(f.get("issued on", ""))
    row = ImportRow(line, {})
    numbers, unknown = _numbers(row, f.get("catalog codes", ""))
    country = _country(row, f.get("country", ""), numbers)
    series_notes = f"Country: {f['country']}" if f.get("country") and _country_code(f["country"]) is None else ""
    row.series = r.series_values(
        issue_date=issued, year=int(issued[:4]) if issued else r.integer("Year", f.get("year")),
        source="Colnect", title_en=f.get("series") or name, country=country, notes=series_notes)
    cents, currency, written = _face_value(row, f.get("facevalue", ""), f.get("currency", ""))
    fmt = plain(f.get("format", ""))
    perforation = plain(f.get("perforation", ""))
    link = f.get("link", "")
    found = LINK.search(link)
    colnect_id = found.group(1) if found else f.get("colnect id", "")
    description = _description(f, unknown, f.get("parent item", ""))
    if len(perforation) > 40:
        description = "\n".join(p for p in (description, f"Perforation: {perforation}") if p)
    row.item = r.item_values(
        kind=KINDS.get(fmt.casefold(), "stamp"), face_value_cents=cents, currency=currency,
        perforation=("imperforate" if "imperf" in perforation.casefold() else "perforated") if perforation else None,
        perf_gauge=perforation if len(perforation) <= 40 else "", format=fmt[:120], description=description,
        title_en=name, source_id=f"colnect:{colnect_id}" if colnect_id else None, source_link=link,
        width_mm=_millimetres("Width", f.get("width", "")), height_mm=_millimetres("Height", f.get("height", "")),
        face_value_text=written)
    if fmt and fmt.casefold() not in KINDS:
        row.notes.append(f"Format {fmt!r} is read as a stamp")
    row.numbers = numbers
    row.themes = [t.strip() for t in f.get("themes", "").split(",") if t.strip()]
    _collection(row, f, choices, counts)
    r.check_lengths(row)
    return row

