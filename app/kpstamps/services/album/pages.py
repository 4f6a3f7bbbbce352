"""What an album shows: series with their items, sizes, scans and what the collector holds.

`load_album` follows a search (the same query language as the table) or a list of series;
items keep the catalogue order. Plain values only, read in a handful of queries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db.models import CatalogueNumber, Holding, Item, Scan, Series, Want
from kpstamps.domain.album.geometry import Geometry, item_geometry
from kpstamps.domain.money import Money
from kpstamps.domain.titles import DEFAULT_NAME_ORDER, pick_title
from kpstamps.errors import CatalogueError
from kpstamps.services.browse.rows import format_number, row_keys_query
from kpstamps.services.browse.search import row_filter, search_mode
from kpstamps.services.orders.orders import find_series
from kpstamps.services.scans.store import scan_file
from kpstamps.services.scans.types import ScanInfo


@dataclass(frozen=True)
class AlbumItem:
    id: int
    series_id: int
    position: int
    kind: str
    titles: dict[str, str]
    numbers: str  # "KSC 5243, Mi 6789"
    face_value: str  # "10.00 KPW" or ""
    geometry: Geometry
    owned: int  # copies held
    wanted: int  # copies on the want list
    scan: ScanInfo | None = None  # the front scan, if any
    keep: int = 1  # copies the collector keeps; more go on the swap list

    @property
    def status(self) -> str:
        """owned, wanted or missing: what the album marks at a glance."""
        return "owned" if self.owned else "wanted" if self.wanted else "missing"


@dataclass(frozen=True)
class AlbumSeries:
    id: int
    serial: str
    year: int | None
    date: str
    titles: dict[str, str]
    items: list[AlbumItem] = field(default_factory=list)

    def title(self, lang: str) -> str:
        """The title in `lang`, else the first one there is."""
        return pick_title(self.titles, (lang, *DEFAULT_NAME_ORDER))


def _titles(row) -> dict[str, str]:
    return {"ko": row.title_ko or "", "en": row.title_en or "", "zh": row.title_zh or "", "ru": row.title_ru or ""}


def album_keys(session: Session, query: str = "", series: Sequence[str] = (),
               where: ColumnElement[bool] | None = None) -> list[tuple[int, int | None]]:
    """(series id, item id) in catalogue order for a search, named series and/or a condition."""
    if query.strip():
        found = row_filter(query, search_mode(session.get_bind()))[0].where
        where = found if where is None else where if found is None else where & found
    if series:
        ids = [find_series(session, spec).id for spec in series]
        chosen = Series.id.in_(ids)
        where = chosen if where is None else where & chosen
    return [(s, i) for s, i in session.execute(row_keys_query(where=where))]


def load_album(sessions: sessionmaker[Session], query: str = "", series: Sequence[str] = ()) -> list[AlbumSeries]:
    """Series (in catalogue order) with the items the search keeps; raises CatalogueError for
    an unknown series name."""
    with sessions() as session:
        keys = album_keys(session, query, series)
        return read_album(session, keys)


def read_first_series(session: Session, where: ColumnElement[bool] | None,
                      limit: int | None = None) -> list[AlbumSeries]:
    """The album of the rows `where` keeps (the table's filter), in catalogue order; with a
    `limit`, only the first `limit` series of them."""
    keys = [(s, i) for s, i in session.execute(row_keys_query(where=where))]
    if limit is not None:
        series = list(dict.fromkeys(s for s, _i in keys))
        if len(series) > limit:
            kept = set(series[:limit])
            keys = [k for k in keys if k[0] in kept]
    return read_album(session, keys)


def read_album(session: Session, keys: Sequence[tuple[int, int | None]]) -> list[AlbumSeries]:
    """The series and items of `keys` (series id, item id), in that order."""
    series_ids = list(dict.fromkeys(s for s, _i in keys))
    item_ids = [i for _s, i in keys if i is not None]
    run = session.connection().execute
    heads = {}
    for chunk in _chunks(series_ids):
        for row in run(select(Series.id, Series.serial, Series.year, Series.issue_date, Series.announced,
                              Series.title_ko, Series.title_en, Series.title_zh, Series.title_ru)
                       .where(Series.id.in_(chunk))):
            heads[row.id] = AlbumSeries(row.id, row.serial or "", row.year,
                                        row.issue_date or row.announced or (str(row.year) if row.year else ""),
                                        _titles(row))
    for item in _items(session, item_ids):
        heads[item.series_id].items.append(item)
    return [heads[s] for s in series_ids if s in heads]


def _chunks(ids: list[int], size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _numbers(session: Session, ids: list[int]) -> dict[int, str]:
    """"KSC 5243, Mi 6789" per item, in catalogue then natural order."""
    found: dict[int, list[str]] = {}
    query = (select(CatalogueNumber.item_id, CatalogueNumber.catalogue, CatalogueNumber.number)
             .where(CatalogueNumber.item_id.in_(ids))
             .order_by(CatalogueNumber.item_id, CatalogueNumber.catalogue, CatalogueNumber.sort_key))
    for item_id, catalogue, number in session.connection().execute(query):
        found.setdefault(item_id, []).append(format_number(catalogue, number))
    return {k: ", ".join(v) for k, v in found.items()}


def _quantities(session: Session, model, ids: list[int]) -> dict[int, int]:
    query = select(model.item_id, func.sum(model.quantity)).where(model.item_id.in_(ids)).group_by(model.item_id)
    return {item_id: int(total or 0) for item_id, total in session.connection().execute(query)}


def _front_scans(session: Session, ids: list[int]) -> dict[int, ScanInfo]:
    found: dict[int, ScanInfo] = {}
    query = select(Scan).where(Scan.item_id.in_(ids)).order_by(Scan.item_id, (Scan.role != "front"), Scan.position, Scan.id)
    for scan in session.scalars(query):
        if scan.item_id not in found and scan.role == "front":
            found[scan.item_id] = ScanInfo(scan.id, scan.item_id, scan.series_id, scan.role, scan.position, scan.sha256,
                                           scan.extension, scan.size_bytes, scan.width, scan.height, scan.original_name)
    return found


def _items(session: Session, item_ids: list[int]) -> list[AlbumItem]:
    out: list[AlbumItem] = []
    for chunk in _chunks(item_ids):
        numbers = _numbers(session, chunk)
        owned, wanted = _quantities(session, Holding, chunk), _quantities(session, Want, chunk)
        scans = _front_scans(session, chunk)
        rows = {r.id: r for r in session.connection().execute(
            select(Item.id, Item.series_id, Item.position, Item.kind, Item.face_value_cents, Item.currency,
                   Item.width_mm, Item.height_mm, Item.shape, Item.format, Item.keep_quantity,
                   Item.title_ko, Item.title_en, Item.title_zh, Item.title_ru).where(Item.id.in_(chunk)))}
        for item_id in chunk:
            r = rows[item_id]
            face = str(Money(r.face_value_cents, r.currency)) if r.face_value_cents is not None else ""
            out.append(AlbumItem(r.id, r.series_id, r.position, r.kind, _titles(r), numbers.get(r.id, ""), face,
                                 item_geometry(r.kind, r.width_mm, r.height_mm, r.shape, r.format or ""),
                                 owned.get(r.id, 0), wanted.get(r.id, 0), scans.get(r.id),
                                 1 if r.keep_quantity is None else r.keep_quantity))
    return out


def scan_path(scans_dir: Path, scan: ScanInfo) -> Path:
    return scan_file(scans_dir, scan.sha256, scan.extension)


def check_found(album: list[AlbumSeries]) -> list[AlbumSeries]:
    """Refuse an empty album with a message a person can act on."""
    if not album:
        raise CatalogueError("nothing to put in the album: no series matches")
    return album


__all__ = ["AlbumItem", "AlbumSeries", "album_keys", "check_found", "load_album", "read_album", "read_first_series",
           "scan_path"]
