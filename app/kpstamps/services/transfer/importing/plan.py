"""The plan of an import: what happens to every row (new, updated, duplicate, rejected, with reasons).

`dry_run` reports the plan without writing; importing/commit.py makes the same plan inside
its write transaction and applies it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db.models import CatalogueNumber, Item, Series
from kpstamps.services.transfer.importing.records import (
    ImportRow,
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
                f"{self.rejected} rejected")

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


class _Existing:
    """What the catalogue already holds, looked up once per import."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.serials = dict(conn.execute(select(Series.serial, Series.id).where(Series.serial.is_not(None))).all())
        self.numbers: dict[tuple[str, str], int] = {}
        for catalogue, number, item_id in conn.execute(
                select(CatalogueNumber.catalogue, CatalogueNumber.number, CatalogueNumber.item_id)):
            self.numbers.setdefault((catalogue, number), item_id)
        # Series without a serial (not yet numbered by KSC) are known by date and titles.
        self.unnumbered = {(d, ko, en): i for d, ko, en, i in conn.execute(
            select(Series.issue_date, Series.title_ko, Series.title_en, Series.id).where(Series.serial.is_(None)))}
        self._positions: dict[int, dict[tuple[int, str], int]] = {}

    def series_id(self, values: dict[str, Any]) -> int | None:
        if values["serial"]:
            return self.serials.get(values["serial"])
        return self.unnumbered.get((values["issue_date"], values["title_ko"], values["title_en"]))

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
    existing = _Existing(conn)
    groups: dict[Any, SeriesPlan] = {}
    first_line: dict[Any, int] = {}
    seen_numbers: dict[tuple[str, str], int] = {}
    rows: list[RowPlan] = []
    for row in parsed.rows:
        key = series_key(row.series)
        plan = groups.get(key)
        if plan is None:
            plan = SeriesPlan(key, row.series, existing.series_id(row.series), row.themes, row.series_scans)
            plan.update = plan.existing_id is not None and on_duplicate == "update"
            groups[key], first_line[key] = plan, row.line
            if plan.existing_id is None:
                report.series_new += 1
        elif plan.values != row.series:
            changed = sorted(k for k in row.series if row.series[k] != plan.values.get(k))
            report.problems.append(RowProblem(row.line, changed[0], f"series {row.series['serial']} already appears on "
                                              f"line {first_line[key]} with other details ({', '.join(changed)})"))
            report.rejected += 1
            continue
        rows.append(_row_plan(row, plan, existing, seen_numbers, on_duplicate, report))
    return Plan(report, list(groups.values()), rows)


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
    match = next((existing.numbers[n] for n in row.numbers if n in existing.numbers), None)
    if match is None and not row.numbers and series.existing_id is not None:
        match = existing.item_at(series.existing_id, row.item["position"], row.item["kind"])
    earlier = next((seen[n] for n in row.numbers if n in seen), None)
    for number in row.numbers:
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
