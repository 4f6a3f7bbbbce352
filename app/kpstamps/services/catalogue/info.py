"""`kpstamps info`: where the catalogue is and what it holds."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from kpstamps import __version__
from kpstamps.db.migrate import current_revision
from kpstamps.db.models import Holding, Item, PackState, Scan, Series, Theme, Want
from kpstamps.services.catalogue.opening import Catalogue
from kpstamps.services.packs.reference import REFERENCE_PACK
from kpstamps.services.scans.store import scan_health


@dataclass(frozen=True)
class CatalogueInfo:
    version: str
    data_dir: str
    database_url: str
    engine: str
    schema_revision: str | None
    series: int
    items: int
    themes: int
    holdings: int
    wants: int
    scans: int
    planned: int = 0  # series in KSC's plans, not (yet) issued
    reference_version: str = ""  # the bundled reference version this catalogue has ("declined": made without it)
    scan_orphans: int = 0  # files in scans/ that no scan refers to (`kpstamps scans check`)
    scan_missing: int = 0  # scans whose file is gone
    read_only: str = ""  # why the catalogue is open read-only ("" when writable)
    open_elsewhere: list[str] = field(default_factory=list)  # other processes that have it open
    leftovers_removed: int = 0  # stale temporary files of killed backups/restores removed at this start
    leftovers_removed_bytes: int = 0
    leftovers_in_use: int = 0  # temporary files of a backup or restore running now
    finished_restore: bool = False  # a restore killed half-way was finished at this start

    def as_dict(self) -> dict:
        return asdict(self)


def catalogue_info(catalogue: Catalogue) -> CatalogueInfo:
    """Counts and locations, with unused and missing scan files; the password of a database URL is hidden."""
    with catalogue.sessions() as session:
        def count(model) -> int:
            return session.scalar(select(func.count()).select_from(model)) or 0

        counts = {name: count(model) for name, model in (
            ("series", Series), ("items", Item), ("themes", Theme),
            ("holdings", Holding), ("wants", Want), ("scans", Scan))}
        counts["planned"] = session.scalar(
            select(func.count()).select_from(Series).where(Series.status == "planned")) or 0
        state = session.get(PackState, REFERENCE_PACK)
        reference_version = state.version if state is not None else ""
    health = scan_health(catalogue)
    left = catalogue.leftovers
    others = [h.describe() for h in catalogue.lock.holders()] if catalogue.lock is not None else []
    return CatalogueInfo(
        version=__version__,
        data_dir=str(catalogue.home.root),
        database_url=make_url(catalogue.url).render_as_string(hide_password=True),
        engine=catalogue.dialect,
        schema_revision=current_revision(catalogue.engine),
        **counts,
        reference_version=reference_version,
        scan_orphans=len(health.orphans),
        scan_missing=len(health.missing),
        read_only=catalogue.read_only or "",
        open_elsewhere=others,
        leftovers_removed=len(left.removed),
        leftovers_removed_bytes=left.removed_bytes,
        leftovers_in_use=len(left.in_use),
        finished_restore=left.finished_restore,
    )
