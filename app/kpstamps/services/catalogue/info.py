"""`kpstamps info`: where the catalogue is and what it holds."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from kpstamps import __version__
from kpstamps.db.migrate import current_revision
from kpstamps.db.models import Holding, Item, Scan, Series, Theme, Want
from kpstamps.services.catalogue.opening import Catalogue
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
    scan_orphans: int = 0  # files in scans/ that no scan refers to (`kpstamps scans check`)
    scan_missing: int = 0  # scans whose file is gone

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
    health = scan_health(catalogue)
    return CatalogueInfo(
        version=__version__,
        data_dir=str(catalogue.home.root),
        database_url=make_url(catalogue.url).render_as_string(hide_password=True),
        engine=catalogue.dialect,
        schema_revision=current_revision(catalogue.engine),
        **counts,
        scan_orphans=len(health.orphans),
        scan_missing=len(health.missing),
    )
