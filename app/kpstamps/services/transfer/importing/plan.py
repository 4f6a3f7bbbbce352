"""The plan of an import: what happens to every row (new, updated, duplicate, rejected, with reasons).

`dry_run` reports the plan without writing; importing/commit.py makes the same plan inside
its write transaction and applies it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db.models import CatalogueNumber, Item, Series, Theme
from kpstamps.services.transfer.importing.records import (
    ImportRow,
    Number,
    ParsedFile,
    RowProblem,
    paused_gc,
)

OnDuplicate = Literal["skip", "update", "duplicate"]
ON_DUPLICATE: tuple[str, ...] = ("skip", "update", "duplicate")


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do), row by row."""

    format: str
    on_duplicate: str
    new: int = 0
    updated: int = 0
    duplicate: int = 0
    rejected: int = 0
    series_new: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[RowProblem] = field(default_factory=list)
    committed: bool = False

    def summary(self) -> str:
        return (f"{self.new} new, {self.updated} updated, {self.duplicate} duplicate, "
                f"{self.rejected} rejected; {self.series_new} new series")

    def text(self, verb: str = "Imported", limit: int = 50) -> str:
        """The report as the CLI prints it (and the closing note of an import quotes it)."""
        lines = [f"{verb} ({self.format}): {self.summary()}"]
        lines += [f"  rejected {p}" for p in self.problems]
        lines += [f"  note {n}" for n in self.notes[:limit]]
        if len(self.notes) > limit:
            lines.append(f"  ... and {len(self.notes) - limit} more notes")
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {"format": self.format, "on_duplicate": self.on_duplicate, "new": self.new,
                "updated": self.updated, "duplicate": self.duplicate, "rejected": self.rejected,
                "series_new": self.series_new, "committed": self.committed,
                "problems": [str(p) for p in self.problems], "notes": [str(n) for n in self.notes]}


@dataclass
class SeriesPlan:
    key: Any
    values: dict[str, Any]
    existing_id: int | None
    themes: list[str]
    scans: list[dict[str, Any]]
    update: bool = False
    new_id: int | None = None

    @property
    def id(self) -> int:
        found = self.existing_id if self.existing_id is not None else self.new_id
        assert found is not None
        return found


@dataclass
class RowPlan:
    row: ImportRow
    series: SeriesPlan
    action: Literal["new", "update", "skip"]
    item_id: int | None = None


@dataclass
class Plan:
    report: ImportReport
    series: list[SeriesPlan]
    rows: list[RowPlan]


def series_key(values: dict[str, Any]) -> Any:
    """Series are the same when their serials are; without a serial, when all fields are."""
    return ("serial", values["serial"]) if values.get("serial") else tuple(sorted(values.items(), key=lambda kv: kv[0]))


NumberKey = tuple[str, str, str]  # catalogue, country, number: see Number.match_key


def number_keys(conn: Connection) -> dict[NumberKey, int]:
    """Every catalogue number of the catalogue as catalogue + country + number → item id.
    A number without its own country prefix has its series' country. This is the matching
    rule of every import: `Mi:KP 1155` and `Mi:AL 1155` are two different stamps."""
    country = func.coalesce(func.nullif(CatalogueNumber.country, ""), Series.country)
    query = (select(CatalogueNumber.catalogue, country, CatalogueNumber.number, CatalogueNumber.item_id)
             .join(Item, Item.id == CatalogueNumber.item_id).join(Series, Series.id == Item.series_id))
    found: dict[NumberKey, int] = {}
    for catalogue, code, number, item_id in conn.execute(query):
        found.setdefault((catalogue, code, number), item_id)
    return found


def find_item_by_number(conn: Connection, catalogue: str, country: str, number: str) -> int | None:
    """The item with this catalogue number in this country (e.g. michel, KP, 1155), or None.
    The same rule as imports use; for other features that match by catalogue number."""
    code = func.coalesce(func.nullif(CatalogueNumber.country, ""), Series.country)
    return conn.execute(
        select(CatalogueNumber.item_id).join(Item, Item.id == CatalogueNumber.item_id)
        .join(Series, Series.id == Item.series_id)
        .where(CatalogueNumber.catalogue == catalogue, CatalogueNumber.number == number, code == country)
        .limit(1)).scalar()


def row_number_keys(row: ImportRow) -> list[NumberKey]:
    country = row.series.get("country") or "KP"
    return [Number(*n).match_key(country) for n in row.numbers]


class _Existing:
    """What the catalogue already holds, looked up once per import."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.serials = dict(conn.execute(select(Series.serial, Series.id).where(Series.serial.is_not(None))).all())
        self.numbers = number_keys(conn)
        self.sources: dict[str, int] = {source: item_id for source, item_id in conn.execute(
            select(Item.source_id, Item.id).where(Item.source_id.is_not(None))) if source is not None}
        # Series without a serial (not yet numbered by KSC) are known by country, date and titles.
        self.unnumbered = {(c, d, ko, en): i for c, d, ko, en, i in conn.execute(
            select(Series.country, Series.issue_date, Series.title_ko, Series.title_en, Series.id)
            .where(Series.serial.is_(None)))}
        self._positions: dict[int, dict[tuple[int, str], int]] = {}

    def series_id(self, values: dict[str, Any]) -> int | None:
        if values["serial"]:
            return self.serials.get(values["serial"])
        return self.unnumbered.get((values.get("country") or "KP", values["issue_date"], values["title_ko"],
                                    values["title_en"]))

    def themes_named(self, names: list[str], report: ImportReport) -> list[str]:
        """Theme keys for theme names (any language, or the key), existing themes only: a name
        that matches none is reported once and stays in the item's description."""
        if not hasattr(self, "_theme_names"):
            self._theme_names: dict[str, str] = {}
            self._unmatched: set[str] = set()
            for row in self.conn.execute(select(Theme.key, Theme.name_en, Theme.name_ko, Theme.name_zh, Theme.name_ru)):
                for name in reversed(row):
                    if name:
                        self._theme_names[name.casefold()] = row[0]
        found = []
        for name in names:
            key = self._theme_names.get(name.casefold())
            if key is not None:
                found.append(key)
            elif name not in self._unmatched:
                self._unmatched.add(name)
                report.notes.append(RowProblem(0, "Themes", f"theme {name!r} matches no theme of the catalogue; "
                                                            "kept in the description"))
        return found

    def item_at(self, series_id: int, position: int, kind: str) -> int | None:
        if series_id not in self._positions:
            found = self.conn.execute(select(Item.position, Item.kind, Item.id).where(Item.series_id == series_id))
            self._positions[series_id] = {(p, k): i for p, k, i in found}
        return self._positions[series_id].get((position, kind))


def make_plan(conn: Connection, parsed: ParsedFile, on_duplicate: str) -> Plan:
    """Decide, row by row, what the import does; nothing is written."""
    if on_duplicate not in ON_DUPLICATE:
        raise ValueError(f"on_duplicate must be one of {ON_DUPLICATE}")
    report = ImportReport(parsed.format, on_duplicate, problems=list(parsed.problems))
    report.rejected = len(parsed.rejected_lines)
    report.notes += parsed.notes
    existing = _Existing(conn)
    groups: dict[Any, SeriesPlan] = {}
    first_line: dict[Any, int] = {}
    seen_numbers: dict[Any, int] = {}
    rows: list[RowPlan] = []
    for row in parsed.rows:
        if row.notes:
            report.notes += [RowProblem(row.line, "", note) for note in row.notes]
        key = series_key(row.series)
        plan = groups.get(key)
        if plan is None:
            themes = existing.themes_named(row.themes, report) if parsed.themes_by_name else row.themes
            plan = SeriesPlan(key, row.series, existing.series_id(row.series), themes, row.series_scans)
            plan.update = plan.existing_id is not None and on_duplicate == "update"
            groups[key], first_line[key] = plan, row.line
        elif plan.values != row.series:
            changed = sorted(k for k in row.series if row.series[k] != plan.values.get(k))
            report.problems.append(RowProblem(row.line, changed[0], f"series {row.series['serial']} already appears on "
                                              f"line {first_line[key]} with other details ({', '.join(changed)})"))
            report.rejected += 1
            continue
        rows.append(_row_plan(row, plan, existing, seen_numbers, on_duplicate, report))
    # A new series is created only for rows that add something: a row skipped as a duplicate
    # leaves no empty series behind.
    needed = {id(p.series) for p in rows if p.action != "skip" or p.row.item is None}
    series = [p for p in groups.values() if p.existing_id is not None or id(p) in needed]
    report.series_new = sum(1 for p in series if p.existing_id is None)
    return Plan(report, series, rows)


def _row_plan(row: ImportRow, series: SeriesPlan, existing: _Existing, seen: dict[tuple[str, str], int],
              on_duplicate: str, report: ImportReport) -> RowPlan:
    if row.item is None:
        if series.existing_id is None:
            report.new += 1
        elif series.update:
            report.updated += 1
        else:
            report.duplicate += 1
        return RowPlan(row, series, "skip")
    keys: list[Any] = row_number_keys(row)
    source = row.item.get("source_id")
    match = existing.sources.get(source) if source else None  # the source's own id first
    if match is None:
        match = next((existing.numbers[n] for n in keys if n in existing.numbers), None)
    if match is None and not row.numbers and not source and series.existing_id is not None:
        match = existing.item_at(series.existing_id, row.item["position"], row.item["kind"])
    if source:
        keys.append(("source", source))
    earlier = next((seen[n] for n in keys if n in seen), None)
    for number in keys:
        seen.setdefault(number, row.line)
    if match is None and earlier is None:
        report.new += 1
        return RowPlan(row, series, "new")
    what = f"line {earlier} of this file" if match is None else "an item already in the catalogue"
    if on_duplicate == "duplicate":
        report.new += 1
        report.notes.append(RowProblem(row.line, "", f"same catalogue number as {what}; added as a copy"))
        return RowPlan(row, series, "new")
    if on_duplicate == "update" and match is not None:
        report.updated += 1
        return RowPlan(row, series, "update", match)
    report.duplicate += 1
    report.notes.append(RowProblem(row.line, "", f"same catalogue number as {what}; skipped"))
    return RowPlan(row, series, "skip")


def dry_run(sessions: sessionmaker[Session], parsed: ParsedFile, on_duplicate: str = "skip") -> ImportReport:
    """What importing `parsed` would do, without changing anything."""
    with paused_gc(), sessions() as session:
        return make_plan(session.connection(), parsed, on_duplicate).report
