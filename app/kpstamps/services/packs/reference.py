"""The bundled reference catalogue is a pack: new catalogues get it, old ones get its updates.

resources/reference/catalogue.json holds pack content (themes, series with items and
sources, each with a stable id) plus the recipients and a `legacy` section. Applying it is
the same update as any pack (services/packs/updating.py), so reference rows the user has
edited stay as they are and holdings are never touched.

Opening a catalogue costs one primary-key SELECT (`update_due`): the reference is applied
only when the catalogue's stored reference version differs from REFERENCE_VERSION.

A catalogue made before packs existed has the version-1 reference rows without pack ids.
`adopt_legacy` recognises them (Ba79/Ba80 by serial, the two series without a serial by
English title and year; items by position) and gives them the new ids with the hash of what
version 1 brought, so the update knows which of them the user has edited since. An old
catalogue with none of them (made with --no-reference) is marked declined and left alone.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpstamps.db.models import PackState, Series, table

if TYPE_CHECKING:
    from kpstamps.services.packs.updating import UpdateReport

REFERENCE_PACK = "kpstamps-reference"
REFERENCE_VERSION = "2026.12.1"  # equals "version" in catalogue.json (a test checks)
DECLINED = "declined"  # a catalogue made without the reference: never filled behind the user's back


@cache
def bundled() -> dict[str, Any]:
    """The bundled reference content (parsed once per process)."""
    text = resources.files("kpstamps.resources").joinpath("reference", "catalogue.json").read_text(encoding="utf-8")
    return json.loads(text)


def reference_version(session: Session) -> str | None:
    """The reference version this catalogue has (None: made before versions were stored).
    Core columns: every open asks, before the window's first paint (`db.models.table`)."""
    columns = table(PackState).c
    return session.execute(select(columns.version).where(columns.name == REFERENCE_PACK)).scalar()


def update_due(session: Session) -> bool:
    """Cheap check at open: is the bundled reference newer than what this catalogue has?"""
    version = reference_version(session)
    return version != REFERENCE_VERSION and version != DECLINED


def decline(session: Session) -> None:
    """Remember that this catalogue was made without the reference."""
    session.merge(PackState(name=REFERENCE_PACK, version=DECLINED))
    session.flush()


def _legacy_series(session: Session, match: dict[str, Any]) -> Series | None:
    query = select(Series).where(Series.pack_id.is_(None))
    if match.get("serial"):
        query = query.where(Series.serial == match["serial"])
    else:
        query = query.where(Series.serial.is_(None), Series.title_en == match["title_en"],
                            Series.year == match["year"])
    return session.scalars(query.order_by(Series.id)).first()


def adopt_legacy(session: Session) -> int:
    """Give version-1 reference rows their new pack ids and version 1's hashes; returns the series adopted."""
    from kpstamps.services.packs import records as rec

    adopted = 0
    for entry in bundled().get("legacy", []):
        series = _legacy_series(session, entry["match"])
        if series is None:
            continue
        record = entry["record"]
        series.pack_id, series.pack_hash = record["id"], rec.record_hash("series", record)
        by_position = {item.position: item for item in series.items if item.pack_id is None}
        for item_record in record["items"]:
            item = by_position.get(item_record["position"])
            if item is not None:
                item.pack_id = item_record["id"]
                item.pack_hash = rec.record_hash("item", item_record, record["id"])
        adopted += 1
    session.flush()
    return adopted


def apply_reference(session: Session, *, new: bool = False) -> UpdateReport | None:
    """Bring the bundled reference into the catalogue of `session` (the caller commits).

    `new`: a catalogue just created. Returns None when an old catalogue without any reference
    rows is marked declined instead.
    """
    # Imported only when an update is due, not at every start.
    from kpstamps.services.packs.updating import apply_content

    data = bundled()
    if not new and reference_version(session) is None and adopt_legacy(session) == 0:
        decline(session)
        return None
    content = {"themes": data["themes"], "series": data["series"]}
    return apply_content(session, content, name=REFERENCE_PACK, version=data["version"])
