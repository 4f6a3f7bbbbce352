"""The plain values of the scan services (no Qt, no database): files stored, scans, results."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    extension: str
    size_bytes: int
    width: int
    height: int
    path: Path
    created: bool = False  # written by this call (not already in the store): removed again if its row fails


@dataclass(frozen=True)
class ScanInfo:
    """One scan row as plain values (enough to put it back after an undo)."""

    id: int
    item_id: int | None
    series_id: int | None
    role: str
    position: int
    sha256: str
    extension: str
    size_bytes: int
    width: int | None
    height: int | None
    original_name: str

    @property
    def relative_path(self) -> str:
        return f"{self.sha256[:2]}/{self.sha256}.{self.extension}"


@dataclass(frozen=True)
class AttachResult:
    """What happened to one file of a multi-file attach: a scan or an error message."""

    source: Path
    scan: ScanInfo | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.scan is not None


@dataclass
class ScanHealth:
    orphans: list[Path] = field(default_factory=list)  # files no scan row refers to
    missing: list[ScanInfo] = field(default_factory=list)  # rows whose file is gone

    @property
    def healthy(self) -> bool:
        return not self.orphans and not self.missing

    def as_dict(self) -> dict:
        return {"orphans": [str(p) for p in self.orphans], "missing": [asdict(s) for s in self.missing]}


@dataclass(frozen=True)
class RepairResult:
    removed_rows: int
    deleted_files: int


@dataclass(frozen=True)
class PreparedFile:
    """One file after `prepare_files`: stored in the scan folder, or the message saying why not."""

    source: Path
    stored: StoredFile | None = None
    error: str | None = None
