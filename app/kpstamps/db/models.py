"""The catalogue schema (SQLAlchemy 2 typed ORM).

Amounts are integer hundredths (`*_cents`) of the currency beside them. Partial dates
(`2024-12`) are ISO text, which sorts correctly. Enumerations are stored as their string
values (see `kpstamps.domain.enums`) so the same schema works on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import (
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    cast,
    func,
    literal_column,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    __table__: ClassVar[Table]  # every model maps one table (typed so Core inserts/updates accept it)


class Timestamped:
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utcnow, server_default=func.current_timestamp())
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=_utcnow, onupdate=_utcnow, server_default=func.current_timestamp()
    )


class Titled:
    """Titles in the four languages of KSC announcements."""

    title_ko: Mapped[str] = mapped_column(Text, default="", server_default="")
    title_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    title_zh: Mapped[str] = mapped_column(Text, default="", server_default="")
    title_ru: Mapped[str] = mapped_column(Text, default="", server_default="")

    def titles(self) -> dict[str, str]:
        return {"ko": self.title_ko, "en": self.title_en, "zh": self.title_zh, "ru": self.title_ru}


series_theme = Table(
    "series_theme",
    Base.metadata,
    Column("series_id", ForeignKey("series.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Theme(Timestamped, Base):
    __tablename__ = "theme"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)  # stable, e.g. sport.table_tennis
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("theme.id", ondelete="RESTRICT"), index=True)
    name_ko: Mapped[str] = mapped_column(Text, default="", server_default="")
    name_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    name_zh: Mapped[str] = mapped_column(Text, default="", server_default="")
    name_ru: Mapped[str] = mapped_column(Text, default="", server_default="")
    pack_hash: Mapped[str | None] = mapped_column(String(64))  # see Series.pack_hash

    parent: Mapped[Theme | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[Theme]] = relationship(back_populates="parent")

    def names(self) -> dict[str, str]:
        return {"ko": self.name_ko, "en": self.name_en, "zh": self.name_zh, "ru": self.name_ru}


class Series(Timestamped, Titled, Base):
    __tablename__ = "series"
    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[str | None] = mapped_column(String(40), unique=True)  # KSC serial, e.g. Ba79
    serial_sort: Mapped[str] = mapped_column(String(120), default="", server_default="", index=True)
    issue_date: Mapped[str | None] = mapped_column(String(10), index=True)  # YYYY[-MM[-DD]]
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    announced: Mapped[str | None] = mapped_column(String(10))  # date of the KSC announcement
    # ISO 3166-1 alpha-2 code of the issuing country (migration 0003); the DPRK unless imported otherwise.
    country: Mapped[str] = mapped_column(String(10), default="KP", server_default="KP", index=True)
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    source: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Normalised text (case-folded, NFKC, transliterations) maintained by the search service.
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    version_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Who saved last (kpstamps.db.listeners fills it on every flush): named in a stale-save message.
    updated_by: Mapped[str] = mapped_column(String(120), default="", server_default="")
    # domain.enums.SeriesStatus: issued, announced, planned (a KSC plan, subject to change).
    status: Mapped[str] = mapped_column(String(12), default="issued", server_default="issued", index=True)
    # The stable id a catalogue pack gave this series, and the hash of the values it brought
    # (services/packs/records.py). NULL hash = the user's own row, never changed by a pack.
    pack_id: Mapped[str | None] = mapped_column(String(120), unique=True, index=True)
    pack_hash: Mapped[str | None] = mapped_column(String(64))

    items: Mapped[list[Item]] = relationship(
        back_populates="series", cascade="all, delete-orphan", order_by="Item.position"
    )
    themes: Mapped[list[Theme]] = relationship(secondary=series_theme, order_by=Theme.key)
    sources: Mapped[list[Source]] = relationship(
        back_populates="series", cascade="all, delete-orphan", order_by="Source.position"
    )

    __mapper_args__ = {"version_id_col": version_id}


def table(model: type[Base]) -> Table:
    """`model`'s table. Statements built from its Core columns (`table(Series).c.id`, not
    `Series.id`) compile without the ORM, which configures every mapper on its first statement
    (30 ms): the window reads its first page and totals this way and configures the mappers
    after its first paint (kpstamps/startup.py)."""
    return model.__table__  # type: ignore[return-value]  # a Table for every class here


def catalogue_date():
    """A series' date for the catalogue order: issue date, else announcement, else year, else ''.

    '' is SQL text, not a parameter, so that queries match ix_series_catalogue_order
    (migration 0002; SQLite compares index expressions as written). Core columns (`table`).
    """
    series = table(Series).c
    return func.coalesce(series.issue_date, series.announced, cast(series.year, String), literal_column("''"))


Index("ix_series_catalogue_order", catalogue_date(), Series.serial_sort)


class Item(Timestamped, Titled, Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    kind: Mapped[str] = mapped_column(String(30))  # domain.enums.ItemKind
    face_value_cents: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="KPW", server_default="KPW")
    perforation: Mapped[str | None] = mapped_column(String(20))  # domain.enums.Perforation
    perf_gauge: Mapped[str] = mapped_column(String(40), default="", server_default="")
    format: Mapped[str] = mapped_column(String(120), default="", server_default="")  # shape/size
    # Album geometry (migration 0004): size in mm (NULL: the kind's default, shown as assumed,
    # see domain.album.geometry) and shape (NULL: from `format`, else a rectangle).
    width_mm: Mapped[float | None] = mapped_column(Numeric(6, 1, asdecimal=False))
    height_mm: Mapped[float | None] = mapped_column(Numeric(6, 1, asdecimal=False))
    shape: Mapped[str | None] = mapped_column(String(12))  # domain.album.geometry.Shape
    # Copies the collector keeps; more are offered on the swap list (NULL: 1; 0: all for swap).
    keep_quantity: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Migration 0003: where the item came from ("colnect:1234567" and its page) and the face
    # value as written when it was no amount in a known currency. (0003 also adds width_mm and
    # height_mm, declared above with the album geometry: imports fill them.)
    source_id: Mapped[str | None] = mapped_column(String(80), index=True)
    source_link: Mapped[str] = mapped_column(Text, default="", server_default="")
    face_value_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    version_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Who saved last (kpstamps.db.listeners fills it on every flush): named in a stale-save message.
    updated_by: Mapped[str] = mapped_column(String(120), default="", server_default="")
    pack_id: Mapped[str | None] = mapped_column(String(120), unique=True, index=True)  # see Series.pack_id
    pack_hash: Mapped[str | None] = mapped_column(String(64))

    series: Mapped[Series] = relationship(back_populates="items")
    numbers: Mapped[list[CatalogueNumber]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="(CatalogueNumber.catalogue, CatalogueNumber.sort_key)"
    )
    holdings: Mapped[list[Holding]] = relationship(back_populates="item", cascade="all, delete-orphan")
    wants: Mapped[list[Want]] = relationship(back_populates="item", cascade="all, delete-orphan")
    values: Mapped[list[CatalogueValue]] = relationship(back_populates="item", cascade="all, delete-orphan")

    __table_args__ = (
        Index("ix_item_series_position", "series_id", "position"),
        # Covering indexes for counting a search's rows (migration 0002): a kind, or an id list
        # (owned, wanted), joined to the series without reading the wide item rows.
        Index("ix_item_kind_series", "kind", "series_id"),
        Index("ix_item_id_series", "id", "series_id"),
        CheckConstraint("face_value_cents IS NULL OR face_value_cents >= 0", name="face_value_not_negative"),
    )
    __mapper_args__ = {"version_id_col": version_id}


class Source(Base):
    """Where a series' facts come from: a report, an announcement, a catalogue page."""

    __tablename__ = "source"
    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    title: Mapped[str] = mapped_column(Text, default="", server_default="")
    date: Mapped[str | None] = mapped_column(String(10))  # YYYY[-MM[-DD]]
    url: Mapped[str] = mapped_column(Text, default="", server_default="")

    series: Mapped[Series] = relationship(back_populates="sources")


class PackState(Base):
    """The version of a catalogue pack (or the bundled reference) last applied to this catalogue."""

    __tablename__ = "pack_state"
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    version: Mapped[str] = mapped_column(String(40), default="", server_default="")
    content_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    applied_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utcnow, server_default=func.current_timestamp())


class CatalogueNumber(Timestamped, Base):
    __tablename__ = "catalogue_number"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    catalogue: Mapped[str] = mapped_column(String(20))  # domain.enums.CatalogueName
    number: Mapped[str] = mapped_column(String(60))
    sort_key: Mapped[str] = mapped_column(String(200))  # domain.sorting.natural_key(number)
    # Migration 0003: the catalogue's country prefix (Colnect `Mi:AL 1155`; '' = the series'
    # country) and the souvenir sheet the number belongs to (`Mi 7005 (Bl. 900)`: "Bl. 900").
    country: Mapped[str] = mapped_column(String(10), default="", server_default="")
    block: Mapped[str] = mapped_column(String(60), default="", server_default="")
    block_sort_key: Mapped[str] = mapped_column(String(200), default="", server_default="")  # numbers.block_key

    item: Mapped[Item] = relationship(back_populates="numbers")
    __table_args__ = (
        UniqueConstraint("item_id", "catalogue", "number", name="uq_catalogue_number_item_catalogue_number"),
        Index("ix_catalogue_number_lookup", "catalogue", "sort_key"),
        Index("ix_catalogue_number_block", "catalogue", "block_sort_key"),
        Index("ix_catalogue_number_sort_key", "sort_key"),
    )


class CatalogueValue(Timestamped, Base):
    """What a catalogue says an item is worth in a condition (for the collection's value)."""

    __tablename__ = "catalogue_value"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    condition: Mapped[str] = mapped_column(String(20))
    amount_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    catalogue: Mapped[str] = mapped_column(String(20), default="michel", server_default="michel")
    edition: Mapped[str] = mapped_column(String(60), default="", server_default="")  # e.g. "2024"

    item: Mapped[Item] = relationship(back_populates="values")
    __table_args__ = (CheckConstraint("amount_cents >= 0", name="amount_not_negative"),)


class Holding(Timestamped, Base):
    """Copies of an item the collector owns, in one condition."""

    __tablename__ = "holding"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    condition: Mapped[str] = mapped_column(String(20))
    quantity: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    price_cents: Mapped[int | None] = mapped_column(Integer)
    price_currency: Mapped[str | None] = mapped_column(String(3))
    acquired: Mapped[str | None] = mapped_column(String(10))
    location: Mapped[str] = mapped_column(Text, default="", server_default="")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    item: Mapped[Item] = relationship(back_populates="holdings")
    __table_args__ = (CheckConstraint("quantity >= 0", name="quantity_not_negative"),)


class Want(Timestamped, Base):
    """An entry of the want list."""

    __tablename__ = "want"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    quantity: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    condition: Mapped[str] = mapped_column(String(20), default="mnh", server_default="mnh")
    max_price_cents: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str | None] = mapped_column(String(3))
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    item: Mapped[Item] = relationship(back_populates="wants")
    __table_args__ = (CheckConstraint("quantity >= 1", name="quantity_positive"),)


class Scan(Timestamped, Base):
    """An image of an item or a series; the file is scans/<sha256[:2]>/<sha256>.<ext>."""

    __tablename__ = "scan"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(10), default="front", server_default="front")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    extension: Mapped[str] = mapped_column(String(8), default="jpg", server_default="jpg")
    size_bytes: Mapped[int] = mapped_column(Integer)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    original_name: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (
        CheckConstraint("(item_id IS NULL) <> (series_id IS NULL)", name="one_owner"),
    )


class Recipient(Timestamped, Base):
    """Who an order goes to: the Korea Stamp Corporation or one of its agents."""

    __tablename__ = "recipient"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str | None] = mapped_column(String(40), unique=True)  # "ksc" for the built-in
    name: Mapped[str] = mapped_column(Text)
    address: Mapped[str] = mapped_column(Text, default="", server_default="")
    country: Mapped[str] = mapped_column(Text, default="", server_default="")
    email: Mapped[str] = mapped_column(Text, default="", server_default="")
    phone: Mapped[str] = mapped_column(Text, default="", server_default="")


class Order(Timestamped, Base):
    __tablename__ = "stamp_order"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    recipient_id: Mapped[int | None] = mapped_column(ForeignKey("recipient.id", ondelete="SET NULL"))
    order_date: Mapped[str] = mapped_column(String(10))
    language: Mapped[str] = mapped_column(String(2), default="en", server_default="en")
    currency: Mapped[str] = mapped_column(String(3), default="EUR", server_default="EUR")
    status: Mapped[str] = mapped_column(String(12), default="draft", server_default="draft")
    shipping_route: Mapped[str] = mapped_column(String(60), default="", server_default="")
    shipping_cents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    customer_json: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")  # profile snapshot
    remarks: Mapped[str] = mapped_column(Text, default="", server_default="")

    recipient: Mapped[Recipient | None] = relationship()
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.position"
    )
    events: Mapped[list[OrderEvent]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderEvent.id"
    )


class OrderLine(Base):
    __tablename__ = "order_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("stamp_order.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id", ondelete="SET NULL"))
    series_id: Mapped[int | None] = mapped_column(ForeignKey("series.id", ondelete="SET NULL"))
    condition: Mapped[str] = mapped_column(String(20), default="mnh", server_default="mnh")
    quantity: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    unit_price_cents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    order: Mapped[Order] = relationship(back_populates="lines")
    __table_args__ = (
        CheckConstraint("quantity >= 1", name="quantity_positive"),
        CheckConstraint("unit_price_cents >= 0", name="price_not_negative"),
    )


class OrderEvent(Base):
    """The history of an order: each status change with its time."""

    __tablename__ = "order_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("stamp_order.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utcnow)
    status: Mapped[str] = mapped_column(String(12))
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    order: Mapped[Order] = relationship(back_populates="events")


class SavedSearch(Timestamped, Base):
    __tablename__ = "saved_search"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    query: Mapped[str] = mapped_column(Text)


# The tables' Core columns (`table`), for the statements that run before the mappers are
# configured: the window's first page and totals, and every search.
SERIES, ITEM, NUMBER = table(Series).c, table(Item).c, table(CatalogueNumber).c
HOLDING, WANT, THEME = table(Holding).c, table(Want).c, table(Theme).c
