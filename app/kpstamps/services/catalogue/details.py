"""What the detail pane shows for a series or an item, as plain values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from kpstamps.db.models import Item, Scan, Series
from kpstamps.domain.money import Money
from kpstamps.domain.titles import DEFAULT_NAME_ORDER, pick_title
from kpstamps.services.browse.rows import format_number


@dataclass(frozen=True)
class HoldingView:
    condition: str
    quantity: int
    price: str
    location: str


@dataclass(frozen=True)
class ItemView:
    id: int
    position: int
    kind: str
    title: str
    titles: dict[str, str]
    face_value: str
    perforation: str
    format: str
    description: str
    numbers: list[str]
    holdings: list[HoldingView]
    wanted: int
    scans: int


@dataclass(frozen=True)
class SourceView:
    title: str
    date: str
    url: str


@dataclass(frozen=True)
class SeriesView:
    id: int
    serial: str
    issue_date: str
    announced: str
    year: int | None
    title: str
    titles: dict[str, str]
    themes: list[str]
    notes: str
    source: str
    items: list[ItemView] = field(default_factory=list)
    scans: int = 0
    status: str = "issued"  # domain.enums.SeriesStatus
    sources: list[SourceView] = field(default_factory=list)

    @property
    def owned_items(self) -> int:
        return sum(1 for i in self.items if any(h.quantity for h in i.holdings))


def series_view(session: Session, series_id: int, name_order: Sequence[str] = DEFAULT_NAME_ORDER) -> SeriesView | None:
    series = session.scalar(
        select(Series).where(Series.id == series_id).options(
            selectinload(Series.themes),
            selectinload(Series.sources),
            selectinload(Series.items).selectinload(Item.numbers),
            selectinload(Series.items).selectinload(Item.holdings),
            selectinload(Series.items).selectinload(Item.wants),
        )
    )
    if series is None:
        return None
    scans = session.scalar(select(func.count()).select_from(Scan).where(Scan.series_id == series_id)) or 0
    return SeriesView(
        id=series.id,
        serial=series.serial or "",
        issue_date=series.issue_date or "",
        announced=series.announced or "",
        year=series.year,
        title=pick_title(series.titles(), name_order),
        titles=series.titles(),
        themes=[pick_title(t.names(), name_order) for t in series.themes],
        notes=series.notes,
        source=series.source,
        items=[_item_view(session, i, name_order) for i in series.items],
        scans=scans,
        status=series.status,
        sources=[SourceView(src.title, src.date or "", src.url) for src in series.sources],
    )


def item_view(session: Session, item_id: int, name_order: Sequence[str] = DEFAULT_NAME_ORDER) -> ItemView | None:
    item = session.get(Item, item_id)
    return _item_view(session, item, name_order) if item else None


def _item_view(session: Session, item: Item, name_order: Sequence[str]) -> ItemView:
    scans = session.scalar(select(func.count()).select_from(Scan).where(Scan.item_id == item.id)) or 0
    return ItemView(
        id=item.id,
        position=item.position,
        kind=item.kind,
        title=pick_title(item.titles(), name_order),
        titles=item.titles(),
        face_value=str(Money(item.face_value_cents, item.currency)) if item.face_value_cents is not None else "",
        perforation=" ".join(p for p in (item.perforation or "", item.perf_gauge) if p),
        format=item.format,
        description=item.description,
        numbers=[format_number(n.catalogue, n.number) for n in item.numbers],
        holdings=[
            HoldingView(h.condition, h.quantity,
                        str(Money(h.price_cents, h.price_currency or "")) if h.price_cents is not None else "",
                        h.location)
            for h in item.holdings
        ],
        wanted=sum(w.quantity for w in item.wants),
        scans=scans,
    )
