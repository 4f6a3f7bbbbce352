"""Export a catalogue (or a search) as a pack, and update a catalogue from a pack file.

A pack carries series, items, catalogue numbers, themes, sources and optionally scans;
never holdings, wants, orders, catalogue values, recipients or who edited what.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kpstamps.db.models import Item, Scan, Series, Theme
from kpstamps.errors import PackError
from kpstamps.services.catalogue.opening import Catalogue
from kpstamps.services.packs import records as rec
from kpstamps.services.packs.archive import Manifest, Pack, read_pack, write_pack
from kpstamps.services.packs.reference import REFERENCE_PACK
from kpstamps.services.packs.updating import UpdateReport, apply_content
from kpstamps.services.scans.store import scan_file, store_file


@dataclass(frozen=True)
class ExportResult:
    path: Path
    series: int
    items: int
    themes: int
    scans: int
    size_bytes: int


def _selected_series(session: Session, query: str | None, dialect: str) -> list[Series]:
    statement = (select(Series).options(selectinload(Series.items).selectinload(Item.numbers),
                                        selectinload(Series.themes), selectinload(Series.sources))
                 .order_by(Series.issue_date, Series.serial_sort, Series.id))
    if query:
        from kpstamps.services.browse.search import where_for

        where, hints = where_for(query, dialect)
        if hints and where is None:
            raise PackError(f"the search {query!r} cannot be used: {' '.join(hints)}")
        if where is not None:
            ids = select(Series.id).outerjoin(Item, Item.series_id == Series.id).where(where)
            statement = statement.where(Series.id.in_(ids))
    return list(session.scalars(statement).unique())


def _ensure_pack_ids(series_list: list[Series]) -> None:
    """Give rows without one a stable pack id, kept in the catalogue so the next export repeats it."""
    for series in series_list:
        series.pack_id = series.pack_id or f"s-{uuid.uuid4().hex}"
        for item in series.items:
            item.pack_id = item.pack_id or f"i-{uuid.uuid4().hex}"


def _theme_records(session: Session, series_list: list[Series]) -> list[dict]:
    wanted: dict[str, Theme] = {}
    for series in series_list:
        for linked in series.themes:
            theme: Theme | None = linked
            while theme is not None and theme.key not in wanted:
                wanted[theme.key] = theme
                theme = theme.parent
    return [rec.theme_record(t) for t in sorted(wanted.values(), key=lambda t: t.key.count("."))]


def _scans_of(session: Session, catalogue: Catalogue, records: list[dict], series_list: list[Series]) -> dict:
    files: dict[str, Path] = {}
    by_series = {s.id: r for s, r in zip(series_list, records, strict=True)}
    by_item = {i.id: ir for s, r in zip(series_list, records, strict=True) for i, ir in zip(s.items, r["items"], strict=True)}
    scans = session.scalars(select(Scan).order_by(Scan.position, Scan.id)).all()
    for scan in scans:
        owner = by_item.get(scan.item_id) if scan.item_id is not None else by_series.get(scan.series_id or 0)
        source = scan_file(catalogue.home.scans, scan.sha256, scan.extension)
        if owner is None or not source.exists():
            continue
        name = f"scans/{scan.sha256}.{scan.extension}"
        files[name] = source
        owner.setdefault("scans", []).append({"file": name, "role": scan.role, "position": scan.position,
                                              "original_name": scan.original_name})
    return files


def export_pack(catalogue: Catalogue, path: Path, *, name: str, publisher: str = "", version: str = "",
                query: str | None = None, scans: bool = False) -> ExportResult:
    """Write the catalogue (or the series a search finds) as a pack file at `path`."""
    _check_name(name)
    with catalogue.sessions.begin() as session:
        series_list = _selected_series(session, query, catalogue.dialect)
        _ensure_pack_ids(series_list)
        records = [rec.series_record(s) for s in series_list]
        themes = _theme_records(session, series_list)
        files = _scans_of(session, catalogue, records, series_list) if scans else {}
    manifest = Manifest(name=name, publisher=publisher, version=version)
    size = write_pack(Path(path), manifest, {"themes": themes, "series": records}, files)
    return ExportResult(Path(path), len(records), sum(len(r["items"]) for r in records), len(themes),
                        len(files), size)


def _scan_store(pack: Pack, scans_dir: Path):
    """Copy a pack's scan into the scan folder (validated like any attached image)."""
    def store(name: str):
        with tempfile.TemporaryDirectory() as folder:
            temporary = Path(folder) / f"scan{Path(name).suffix}"
            temporary.write_bytes(pack.scan_bytes(name))
            return store_file(scans_dir, temporary)

    return store


def _check_name(name: str) -> None:
    # The bundled reference's version is tracked under this name; a file claiming it would
    # make the next opening re-apply the bundled reference over it.
    if name.strip().lower() == REFERENCE_PACK:
        raise PackError(f"the pack name {REFERENCE_PACK!r} is reserved for the bundled reference")


def update_from_pack(catalogue: Catalogue, path: Path, *, dry_run: bool = False,
                     resolutions: Mapping[str, str] | None = None) -> UpdateReport:
    """Read and verify the pack at `path`, then apply it in one transaction (or only report, dry run).

    A bad pack raises PackError before anything is written; any error while applying rolls
    the whole update back.
    """
    pack = read_pack(Path(path))
    _check_name(pack.manifest.name)
    session = catalogue.sessions()
    try:
        report = apply_content(
            session, pack.content, name=pack.manifest.name, version=pack.manifest.version,
            content_hash=pack.manifest.content_sha256, resolutions=resolutions,
            scans=None if dry_run else _scan_store(pack, catalogue.home.scans))
        if dry_run:
            session.rollback()
        else:
            session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
    return report
