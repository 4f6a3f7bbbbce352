"""Bring a pack's series, items and themes into a catalogue, in one session (all or nothing).

Each pack row is matched by its stable pack id, else by catalogue + country + number (a
series by its KSC serial, an item by one of its catalogue numbers). Then:

- not found: added (items only into series the pack brought, never into the user's own);
- found and the user has not edited it since a pack brought it (its values still hash to
  `pack_hash`): updated to the pack's values;
- found and edited, and the pack brings nothing new for it: kept;
- found and edited (or the user's own row), and the pack differs: a conflict. The
  resolution per pack id is "mine" (default: nothing changes) or "theirs".

Holdings, wants, orders and catalogue values are never read or written here, and nothing
is ever deleted: a row the newer pack no longer has stays.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpstamps.db.models import CatalogueNumber, Item, PackState, Scan, Series, Theme
from kpstamps.domain.sorting import natural_key
from kpstamps.errors import PackError
from kpstamps.services.packs import records as rec

MINE, THEIRS = "mine", "theirs"
# A pack's scan file name -> the stored file (sha256, extension, size_bytes, width, height).
StoreScan = Callable[[str], Any]


@dataclass(frozen=True)
class Conflict:
    """A row the user changed (or owns) that the pack would change too."""

    kind: str  # "series" or "item"
    pack_id: str
    label: str  # what the collector calls it: "Ba79", "New Year 2025 · item 2"
    fields: tuple[str, ...]  # the values that differ
    resolution: str = MINE


@dataclass
class UpdateReport:
    """What a pack did (or, in a dry run, would do) to a catalogue."""

    pack: str
    version: str = ""
    series_added: int = 0
    series_updated: int = 0
    items_added: int = 0
    items_updated: int = 0
    themes_added: int = 0
    themes_updated: int = 0
    kept: int = 0  # edited by the user; the pack has nothing new for them
    unchanged: int = 0
    scans_added: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    # For the GUI's undo step: the rows this update touched or created.
    series_ids: set[int] = field(default_factory=set)
    item_ids: set[int] = field(default_factory=set)
    created_theme_ids: list[int] = field(default_factory=list)
    added_series_ids: set[int] = field(default_factory=set)
    added_item_ids: set[int] = field(default_factory=set)

    @property
    def changed(self) -> bool:
        return bool(self.series_added or self.series_updated or self.items_added or self.items_updated
                    or self.themes_added or self.themes_updated or self.scans_added)

    def summary(self) -> str:
        parts = [f"{self.series_added} series and {self.items_added} items added",
                 f"{self.series_updated} series and {self.items_updated} items updated"]
        if self.themes_added:
            parts.append(f"{self.themes_added} themes added")
        if self.kept:
            parts.append(f"{self.kept} of your edits kept")
        open_conflicts = sum(1 for c in self.conflicts if c.resolution == MINE)
        if self.conflicts:
            noun = "conflict" if len(self.conflicts) == 1 else "conflicts"
            parts.append(f"{len(self.conflicts)} {noun} ({open_conflicts} kept as yours)")
        return ", ".join(parts)


def _differing(mine: dict[str, Any], theirs: dict[str, Any]) -> tuple[str, ...]:
    return tuple(name for name in theirs if mine.get(name) != theirs.get(name))


class _Updater:
    def __init__(self, session: Session, content: dict[str, Any], report: UpdateReport,
                 resolutions: Mapping[str, str], scans: StoreScan | None):
        self.session, self.content, self.report = session, content, report
        self.resolutions, self.scans = resolutions, scans
        self.themes = {t.key: t for t in session.scalars(select(Theme))}

    # --- classification shared by series and items ----------------------------------------
    def _decide(self, kind: str, row, pack_id: str, label: str, current: dict, new: dict) -> bool:
        """Whether `row` takes the pack's values (True) or stays as it is (False)."""
        new_hash, current_hash = rec.digest(new), rec.digest(current)
        own = row.pack_hash is None
        if current_hash == new_hash:
            if row.pack_hash != new_hash or row.pack_id != pack_id:
                row.pack_id, row.pack_hash = pack_id, new_hash  # same values: adopt quietly
            self.report.unchanged += 1
            return False
        if not own and current_hash == row.pack_hash:
            return True
        if not own and row.pack_hash == new_hash:
            self.report.kept += 1
            return False
        resolution = self.resolutions.get(pack_id, MINE)
        self.report.conflicts.append(Conflict(kind, pack_id, label, _differing(current, new), resolution))
        return resolution == THEIRS

    # --- themes ---------------------------------------------------------------------------
    def themes_pass(self) -> None:
        pending = list(self.content.get("themes") or [])
        while pending:
            ready = [t for t in pending if not t.get("parent") or t["parent"] in self.themes]
            if not ready:
                raise PackError(f"the pack's theme {pending[0].get('id')!r} has an unknown parent")
            for record in ready:
                self._theme(record)
                pending.remove(record)

    def _theme(self, record: dict[str, Any]) -> None:
        key, values = record.get("id"), rec.theme_values(record)
        if not key:
            raise PackError("the pack has a theme without an id")
        theme, new_hash = self.themes.get(key), rec.digest(values)
        if theme is None:
            theme = Theme(key=key, pack_hash=new_hash)
            self._set_theme(theme, values)
            self.session.add(theme)
            self.session.flush()
            self.themes[key] = theme
            self.report.themes_added += 1
            self.report.created_theme_ids.append(theme.id)
            return
        current = rec.digest(rec.row_theme_values(theme))
        if current == new_hash:
            theme.pack_hash = new_hash
        elif theme.pack_hash is not None and current == theme.pack_hash:
            self._set_theme(theme, values)
            theme.pack_hash = new_hash
            self.report.themes_updated += 1

    def _set_theme(self, theme: Theme, values: dict[str, Any]) -> None:
        theme.parent = self.themes.get(values["parent"]) if values["parent"] else None
        for lang, text in values["names"].items():
            setattr(theme, f"name_{lang}", text)

    # --- series ---------------------------------------------------------------------------
    def _find_series(self, record: dict[str, Any]) -> Series | None:
        found = self.session.scalar(select(Series).where(Series.pack_id == record["id"]))
        if found is None and record.get("serial"):
            query = select(Series).where(Series.serial_sort == natural_key(record["serial"]))
            if hasattr(Series, "country"):
                query = query.where(Series.country == (record.get("country") or "KP"))
            found = self.session.scalar(query)
        return found

    def series_pass(self) -> None:
        for record in self.content.get("series") or []:
            if not record.get("id"):
                raise PackError("the pack has a series without an id")
            unknown = [key for key in record.get("themes") or [] if key not in self.themes]
            if unknown:
                raise PackError(f"series {record['id']!r} of the pack names unknown themes: {', '.join(unknown)}")
            series = self._series(record)
            for record_item in record.get("items") or []:
                self._item(series, record, record_item)

    def _series(self, record: dict[str, Any]) -> Series:
        values, pack_id = rec.series_values(record), record["id"]
        series = self._find_series(record)
        if series is None:
            series = Series(pack_id=pack_id, pack_hash=rec.digest(values))
            rec.apply_series(series, values, self.themes)
            self.session.add(series)
            self.session.flush()
            self._add_scans(record, series_id=series.id)
            self.report.series_added += 1
            self.report.series_ids.add(series.id)
            self.report.added_series_ids.add(series.id)
            return series
        label = series.serial or series.title_en or series.title_ko or pack_id
        if self._decide("series", series, pack_id, label, rec.row_series_values(series, record), values):
            self.report.series_ids.add(series.id)
            rec.apply_series(series, values, self.themes)
            series.pack_id, series.pack_hash = pack_id, rec.digest(values)
            self.report.series_updated += 1
        return series

    # --- items ----------------------------------------------------------------------------
    def _find_item(self, record: dict[str, Any], country: str) -> Item | None:
        found = self.session.scalar(select(Item).where(Item.pack_id == record["id"]))
        for number in record.get("numbers") or []:
            if found is not None:
                break
            query = (select(Item).join(CatalogueNumber).join(Series, Series.id == Item.series_id)
                     .where(CatalogueNumber.catalogue == number["catalogue"],
                            CatalogueNumber.sort_key == natural_key(number["number"])))
            if hasattr(Series, "country"):  # catalogue + country + number
                query = query.where(Series.country == country)
            found = self.session.scalars(query.order_by(Item.id)).first()
        return found

    def _item(self, series: Series, series_record: dict[str, Any], record: dict[str, Any]) -> None:
        if not record.get("id"):
            raise PackError(f"an item of series {series_record['id']!r} in the pack has no id")
        values = rec.item_values(record, series_record["id"])
        item = self._find_item(record, series_record.get("country") or "KP")
        if item is None:
            if series.pack_hash is None:  # the user's own series: the pack adds nothing to it
                return
            item = Item(pack_id=record["id"], pack_hash=rec.digest(values), series=series)
            rec.apply_item(item, values)
            self.session.add(item)
            self.session.flush()
            self._add_scans(record, item_id=item.id)
            self.report.items_added += 1
            self.report.item_ids.add(item.id)
            self.report.added_item_ids.add(item.id)
            return
        label = f"{series.serial or series.title_en or series_record['id']} · {record.get('position', '')}"
        if self._decide("item", item, record["id"], label, rec.row_item_values(item, record), values):
            self.report.item_ids.add(item.id)
            self.report.series_ids.add(item.series_id)
            rec.apply_item(item, values)
            if item.series is not series:
                item.series = series
                self.report.series_ids.add(series.id)
            item.pack_id, item.pack_hash = record["id"], rec.digest(values)
            self.report.items_updated += 1

    # --- scans ----------------------------------------------------------------------------
    def _add_scans(self, record: dict[str, Any], *, item_id: int | None = None, series_id: int | None = None) -> None:
        if self.scans is None:
            return
        for position, entry in enumerate(record.get("scans") or [], start=1):
            stored = self.scans(entry["file"])
            self.session.add(Scan(item_id=item_id, series_id=series_id, role=entry.get("role") or "front",
                                  position=entry.get("position", position), sha256=stored.sha256,
                                  extension=stored.extension, size_bytes=stored.size_bytes, width=stored.width,
                                  height=stored.height, original_name=entry.get("original_name") or ""))
            self.report.scans_added += 1


def apply_content(session: Session, content: dict[str, Any], *, name: str, version: str = "",
                  content_hash: str = "", resolutions: Mapping[str, str] | None = None,
                  scans: StoreScan | None = None) -> UpdateReport:
    """Apply a pack's content in `session` (the caller commits, or rolls back for a dry run).

    `scans` stores one of the pack's scan files in the catalogue's scan folder and returns
    what the scan row needs (None: no scans). Raises PackError for a malformed pack; the
    caller's transaction then rolls everything back.
    """
    report = UpdateReport(pack=name, version=version)
    updater = _Updater(session, content, report, resolutions or {}, scans)
    try:
        updater.themes_pass()
        updater.series_pass()
    except (KeyError, TypeError, ValueError) as exc:
        raise PackError(f"the pack's catalogue is malformed ({type(exc).__name__}: {exc})") from None
    state = session.get(PackState, name) or PackState(name=name)
    state.version, state.content_hash = version, content_hash
    session.add(state)
    session.flush()
    return report
