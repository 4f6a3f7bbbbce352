"""The bundled reference catalogue of real issues (resources/reference/), loaded into catalogues.

The series, items, themes and sources are a catalogue pack (services/packs/reference.py):
a new catalogue gets them, an existing one gets the bundled reference's corrections and new
series through the same update that any pack uses. Recipients (the KSC) and the shipping
routes are plain reference data read here.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpstamps.db.models import Recipient

if TYPE_CHECKING:
    from kpstamps.services.packs.updating import UpdateReport


def reference_data(name: str = "catalogue.json") -> dict[str, Any]:
    text = resources.files("kpstamps.resources").joinpath("reference", name).read_text(encoding="utf-8")
    return json.loads(text)


def load_reference(session: Session) -> int:
    """Fill a new catalogue with the reference themes, series, items and recipients; returns the series added."""
    from kpstamps.services.packs.reference import apply_reference, bundled

    report = apply_reference(session, new=True)
    _add_recipients(session, bundled().get("recipients", []))
    return report.series_added if report is not None else 0


def update_reference(session: Session) -> UpdateReport | None:
    """Bring an existing catalogue's reference rows up to the bundled version, where the user has not edited them.

    Returns None when nothing was due (the cheap check at open) or the catalogue declined the reference.
    """
    from kpstamps.services.packs.reference import apply_reference, bundled, update_due

    if not update_due(session):
        return None
    report = apply_reference(session)
    if report is not None:
        _add_recipients(session, bundled().get("recipients", []))
    return report


def decline_reference(session: Session) -> None:
    """A new catalogue made without the reference: later versions are not pushed into it either."""
    from kpstamps.services.packs.reference import decline

    decline(session)


def _add_recipients(session: Session, entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        if not session.scalar(select(Recipient.id).where(Recipient.key == entry["key"])):
            session.add(Recipient(**entry))
    session.flush()
