"""Entering and editing series and their items: drafts, checks, saving, deleting, undo data.

The dialog edits a `SeriesDraft` (plain values, text as typed); nothing touches the database
until `save_series`, which writes it in one transaction. Undo works on `Snapshot`s
(see kpstamps.services.editing.snapshots), re-exported here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from kpstamps.db.models import CatalogueNumber, Item, Series, Theme
from kpstamps.domain.album.geometry import Shape, format_size, parse_shape, parse_size
from kpstamps.domain.catalogue_numbers import block_key, format_number, split_number
from kpstamps.domain.dates import PartialDate
from kpstamps.domain.entry import (
    check_item_fields,
    check_series_fields,
    format_catalogue_numbers,
    parse_catalogue_numbers,
)
from kpstamps.domain.enums import LANGS, SeriesStatus
from kpstamps.domain.money import DEFAULT_CURRENCY, Money
from kpstamps.domain.sorting import natural_key
from kpstamps.errors import CatalogueError, SeriesConflict
from kpstamps.services.editing.concurrency import draft_changes
from kpstamps.services.editing.snapshots import (
    Impact,
    Snapshot,
    delete,
    delete_impact,
    restore,
    snapshot,
)

__all__ = [
    "Impact", "ItemDraft", "SeriesConflict", "SeriesDraft", "Snapshot", "ThemeChoice", "delete", "delete_impact",
    "load_draft", "restore", "save_series", "series_conflict", "snapshot", "theme_choices", "theme_ids",
    "unreadable_numbers", "validate",
]


def _empty_titles() -> dict[str, str]:
    return {lang.value: "" for lang in LANGS}


@dataclass
class ItemDraft:
    """One item as the dialog shows it; `id` None for a new item."""

    kind: str = ""
    id: int | None = None
    face_value: str = ""  # as typed: "50", "1.20"
    currency: str = DEFAULT_CURRENCY
    perforation: str = ""  # "", "perforated", "imperforate"
    perf_gauge: str = ""
    format: str = ""
    size: str = ""  # "40×30" in mm; "" for unknown (the album assumes the kind's default)
    shape: str = ""  # domain.album.geometry.Shape value; "" for a rectangle
    titles: dict[str, str] = field(default_factory=_empty_titles)
    numbers: str = ""  # "Mi 6789, Sc 5123"
    description: str = ""


@dataclass
class SeriesDraft:
    """A series with its items as the dialog shows it; `id` None for a new series."""

    id: int | None = None
    serial: str = ""
    issue_date: str = ""  # YYYY[-MM[-DD]]
    announced: str = ""
    year: int | None = None
    titles: dict[str, str] = field(default_factory=_empty_titles)
    status: str = "issued"  # domain.enums.SeriesStatus: a planned series becomes issued here
    notes: str = ""
    source: str = ""
    theme_keys: list[str] = field(default_factory=list)
    new_themes: dict[str, str] = field(default_factory=dict)  # key -> English name, created on save
    items: list[ItemDraft] = field(default_factory=list)
    version: int | None = None  # series.version_id when loaded: a save refuses to overwrite newer edits


@dataclass(frozen=True)
class ThemeChoice:
    key: str
    names: dict[str, str]
    depth: int


def theme_choices(sessions: sessionmaker[Session]) -> list[ThemeChoice]:
    """All themes in tree order (parents before children), for the theme picker."""
    with sessions() as session:
        themes = list(session.scalars(select(Theme)))
    by_parent: dict[int | None, list[Theme]] = {}
    for theme in themes:
        by_parent.setdefault(theme.parent_id, []).append(theme)
    result: list[ThemeChoice] = []

    def walk(parent: int | None, depth: int) -> None:
        for theme in sorted(by_parent.get(parent, []), key=lambda t: t.key):
            result.append(ThemeChoice(theme.key, theme.names(), depth))
            walk(theme.id, depth + 1)

    walk(None, 0)
    return result


def theme_ids(sessions: sessionmaker[Session], keys: list[str]) -> tuple[int, ...]:
    """The ids of the themes with these keys (unknown keys are skipped)."""
    if not keys:
        return ()
    with sessions() as session:
        return tuple(session.scalars(select(Theme.id).where(Theme.key.in_(keys)).order_by(Theme.id)))


def load_draft(sessions: sessionmaker[Session], series_id: int) -> SeriesDraft:
    """The draft of an existing series, ready for the dialog."""
    with sessions() as session:
        series = session.scalar(select(Series).where(Series.id == series_id).options(
            selectinload(Series.items).selectinload(Item.numbers), selectinload(Series.themes)))
        if series is None:
            raise CatalogueError(f"series {series_id} does not exist (deleted meanwhile?)")
        return SeriesDraft(
            id=series.id, serial=series.serial or "", issue_date=series.issue_date or "",
            announced=series.announced or "", year=series.year, titles=series.titles(),
            status=series.status, notes=series.notes, source=series.source, theme_keys=[t.key for t in series.themes],
            items=[_item_draft(item) for item in series.items], version=series.version_id,
        )


def _item_draft(item: Item) -> ItemDraft:
    face = "" if item.face_value_cents is None else f"{Money(item.face_value_cents).amount:g}"
    return ItemDraft(
        id=item.id, kind=item.kind, face_value=face, currency=item.currency, perforation=item.perforation or "",
        perf_gauge=item.perf_gauge, format=item.format, titles=item.titles(), description=item.description,
        size=format_size(item.width_mm, item.height_mm), shape=item.shape or "",
        numbers=format_catalogue_numbers([(n.catalogue, format_number(n.number, n.country, n.block))
                                          for n in item.numbers]),
    )


def validate(sessions: sessionmaker[Session], draft: SeriesDraft) -> list[str]:
    """Every problem that stops `draft` from being saved, as sentences (empty = fine)."""
    messages = check_series_fields(draft.serial, draft.issue_date, draft.announced, draft.year)
    serial = draft.serial.strip()
    if serial:
        with sessions() as session:
            other = session.scalar(select(Series.id).where(
                func.lower(Series.serial) == serial.lower(), Series.id != (draft.id or -1)))
        if other is not None:
            messages.append(f"Serial {serial} is already used by another series.")
    if not serial and not any(t.strip() for t in draft.titles.values()):
        messages.append("Give the series a serial or a title.")
    for key, name in draft.new_themes.items():
        if not key.strip() or not name.strip():
            messages.append("A new theme needs a key and an English name.")
    for number, item in enumerate(draft.items, start=1):
        messages += check_item_fields(number, item.kind, item.face_value, item.currency, item.perforation,
                                      item.numbers)
        messages += _geometry_problems(number, item)
    return messages


def unreadable_numbers(draft: SeriesDraft) -> list[tuple[int, str]]:
    """(item position, number as written) for each catalogue number that does not read as a
    catalogue + number (+ block), e.g. `Mi ??`. Not a problem: it is saved as written (like an
    import keeps it with a warning), so the dialog shows a note and OK stays enabled. A part
    without a known abbreviation is left to `validate`, which refuses it."""
    found: list[tuple[int, str]] = []
    for position, item in enumerate(draft.items, start=1):
        try:
            numbers = parse_catalogue_numbers(item.numbers)
        except ValueError:
            continue
        found += [(position, format_catalogue_numbers([(catalogue, number)]))
                  for catalogue, number in numbers if split_number(number).warning]
    return found


def _geometry_problems(number: int, item: ItemDraft) -> list[str]:
    problems = []
    try:
        parse_size(item.size)
    except ValueError as exc:
        problems.append(f"Item {number}: {exc}.")
    if item.shape.strip() and parse_shape(item.shape) is None:
        problems.append(f"Item {number}: unknown shape {item.shape!r} "
                        f"(expected one of: {', '.join(s.value for s in Shape)}).")
    return problems


def save_series(sessions: sessionmaker[Session], draft: SeriesDraft, original: SeriesDraft | None = None) -> int:
    """Create or update the series of `draft` in one transaction; returns its id.

    Items keep their ids where the draft's item ids match; items left out are deleted.
    Raises CatalogueError with the first problem if the draft does not validate, and
    SeriesConflict (a CatalogueError) if someone else saved or deleted the series since
    `draft.version` was loaded; `original`, the draft as loaded, lets it say what they changed.
    """
    problems = validate(sessions, draft)
    if problems:
        raise CatalogueError(problems[0])
    try:
        return _write_series(sessions, draft)
    except StaleDataError:
        raise series_conflict(sessions, draft, original) from None


def _write_series(sessions: sessionmaker[Session], draft: SeriesDraft) -> int:
    with sessions.begin() as session:
        series = Series() if draft.id is None else session.get(Series, draft.id)
        if series is None and draft.version is None:
            raise CatalogueError(f"series {draft.id} does not exist (deleted meanwhile?)")
        if series is None or (draft.version is not None and series.version_id != draft.version):
            raise StaleDataError(f"series {draft.id} is not at version {draft.version}")
        with session.no_autoflush:  # one UPDATE of the series, after everything is filled in
            _fill_series(session, series, draft)
            if draft.id is None:
                session.add(series)
            existing = {item.id: item for item in series.items}
            items = []
            for position, item_draft in enumerate(draft.items, start=1):
                item = existing.pop(item_draft.id, None) if item_draft.id is not None else None
                item = item or Item(series=series)
                _fill_item(item, item_draft, position)
                items.append(item)
            series.items = items  # the ones left in `existing` are orphans and get deleted
            _touch_if_changed(session, series)
        session.flush()
        return series.id


def _touch_if_changed(session: Session, series: Series) -> None:
    """Any change under the series (items, numbers, themes) bumps its version: it is saved as one."""
    if series in session.new or session.is_modified(series, include_collections=False):
        return
    if session.new or session.deleted or any(session.is_modified(obj) for obj in session.dirty):
        series.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)


def series_conflict(sessions: sessionmaker[Session], draft: SeriesDraft,
                    original: SeriesDraft | None = None) -> SeriesConflict:
    """Who changed the series of `draft` since it was loaded, and what (compared with `original`)."""
    name = draft.serial or draft.titles.get("en") or f"#{draft.id}"
    with sessions() as session:
        row = session.execute(select(Series.updated_by, Series.updated_at).where(Series.id == draft.id)).first()
    if row is None:
        return SeriesConflict(name, "", None, [])
    current = load_draft(sessions, draft.id)
    changes = draft_changes(original, current) if original is not None else draft_changes(draft, current)
    return SeriesConflict(name, row.updated_by, row.updated_at, changes, current)


def _fill_series(session: Session, series: Series, draft: SeriesDraft) -> None:
    serial = draft.serial.strip() or None
    issue = PartialDate.parse_optional(draft.issue_date)
    announced = PartialDate.parse_optional(draft.announced)
    series.serial = serial
    series.serial_sort = natural_key(serial or "")
    series.issue_date = issue.iso() if issue else None
    series.announced = announced.iso() if announced else None
    series.year = draft.year if draft.year is not None else (issue.year if issue else None)
    series.notes, series.source = draft.notes, draft.source
    series.status = SeriesStatus(draft.status or SeriesStatus.ISSUED).value
    for lang in LANGS:
        setattr(series, f"title_{lang}", draft.titles.get(lang, "").strip())
    themes = {t.key: t for t in session.scalars(select(Theme).where(
        Theme.key.in_([*draft.theme_keys, *draft.new_themes])))}
    for key, name in draft.new_themes.items():
        if key.strip() not in themes:
            themes[key.strip()] = Theme(key=key.strip(), name_en=name.strip())
            session.add(themes[key.strip()])
    wanted = dict.fromkeys([*draft.theme_keys, *(k.strip() for k in draft.new_themes)])
    series.themes = [themes[key] for key in wanted if key in themes]


def _fill_item(item: Item, draft: ItemDraft, position: int) -> None:
    item.position = position
    item.kind = draft.kind
    item.face_value_cents = Money.parse(draft.face_value).cents if draft.face_value.strip() else None
    item.currency = (draft.currency or DEFAULT_CURRENCY).upper()
    item.perforation = draft.perforation or None
    item.perf_gauge = draft.perf_gauge.strip()
    item.format = draft.format.strip()
    size = parse_size(draft.size)
    item.width_mm, item.height_mm = size if size else (None, None)
    shape = parse_shape(draft.shape)
    item.shape = shape.value if shape else None
    item.description = draft.description
    for lang in LANGS:
        setattr(item, f"title_{lang}", draft.titles.get(lang, "").strip())
    # "Mi 7005 (Bl. 900)" is number 7005 of Michel block 900; "Mi AL:1155" names the country.
    parts = {(c.value, p.number): p for c, p in
             ((c, split_number(n)) for c, n in parse_catalogue_numbers(draft.numbers))}
    kept = [n for n in item.numbers if (n.catalogue, n.number) in parts]
    have = {(n.catalogue, n.number) for n in kept}
    for number in kept:
        found = parts[(number.catalogue, number.number)]
        number.country, number.block, number.block_sort_key = (
            found.country, found.block, block_key(found.block) if found.block else "")
    item.numbers = kept + [CatalogueNumber(catalogue=c, number=p.number, sort_key=natural_key(p.number),
                                           country=p.country, block=p.block,
                                           block_sort_key=block_key(p.block) if p.block else "")
                           for (c, _), p in parts.items() if (c, p.number) not in have]
