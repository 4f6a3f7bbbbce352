"""Preferences kept in `settings.json` in the data directory (readable by the CLI too)."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from kpstamps.domain.titles import DEFAULT_NAME_ORDER


@dataclass
class CustomerProfile:
    """Who orders: printed on every order form."""

    name: str = ""
    address: str = ""
    country: str = ""
    email: str = ""
    phone: str = ""
    form_language: str = "en"  # en, zh or ru: independent of the UI language


@dataclass
class Preferences:
    name_order: list[str] = field(default_factory=lambda: list(DEFAULT_NAME_ORDER))
    ui_language: str = ""  # "" follows the system locale
    default_currency: str = "EUR"
    load_reference: bool = True
    backup_on_close: bool = True
    backups_to_keep: int = 10
    customer: CustomerProfile = field(default_factory=CustomerProfile)
    welcome_seen: bool = False  # the first-run welcome was shown (started or skipped)


def load_preferences(path: Path) -> Preferences:
    """Read preferences; a missing or damaged file gives the defaults (never an exception)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(data, dict):
        return Preferences()
    known = {f.name for f in fields(Preferences)} - {"customer"}
    prefs = Preferences(**{k: v for k, v in data.items() if k in known})
    customer = data.get("customer")
    if isinstance(customer, dict):
        names = {f.name for f in fields(CustomerProfile)}
        prefs.customer = CustomerProfile(**{k: str(v) for k, v in customer.items() if k in names})
    return prefs


def save_preferences(path: Path, prefs: Preferences) -> None:
    """Write atomically, so a crash never leaves half a settings file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(prefs), handle, ensure_ascii=False, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
