"""Where a catalogue lives: the data directory with the database, scans and backups."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from kpstamps import APP_NAME

HOME_ENV = "KPSTAMPS_HOME"
SCANS_ENV = "KPSTAMPS_SCANS"  # a scan folder shared by the members of a PostgreSQL catalogue
DB_FILENAME = "catalogue.sqlite3"


@dataclass(frozen=True)
class DataHome:
    """The data directory: `catalogue.sqlite3`, `scans/`, `backups/`, `cache/`, `settings.json`."""

    root: Path
    shared_scans: Path | None = None  # $KPSTAMPS_SCANS: scans live there instead of root/scans

    @classmethod
    def resolve(cls, home: str | os.PathLike[str] | None = None) -> DataHome:
        """`--home` wins, then $KPSTAMPS_HOME, then platformdirs' user data dir."""
        chosen = home or os.environ.get(HOME_ENV) or platformdirs.user_data_dir(APP_NAME, appauthor=False)
        shared = os.environ.get(SCANS_ENV, "").strip()
        return cls(Path(chosen).expanduser().resolve(), Path(shared).expanduser().resolve() if shared else None)

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def scans(self) -> Path:
        return self.shared_scans or self.root / "scans"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def thumbnails(self) -> Path:
        return self.cache / "thumbnails"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    def ensure(self) -> None:
        for path in (self.root, self.scans, self.backups, self.thumbnails):
            path.mkdir(parents=True, exist_ok=True)
