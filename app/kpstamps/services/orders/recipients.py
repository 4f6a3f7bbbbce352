"""The recipients an order can be addressed to (the issuer's agencies and dealers), for pickers."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db.models import Recipient


def recipients(sessions: sessionmaker[Session]) -> list[tuple[int, str]]:
    """(id, name) of every recipient an order can go to, in the order they were added."""
    with sessions() as session:
        return [(r.id, r.name) for r in session.scalars(select(Recipient).order_by(Recipient.id))]
