"""Preferences kept in `settings.json` in the data directory (readable by the CLI too)."""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

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


def load_preferences(path: Path, problems: list[str] | None = None) -> Preferences:
    """Read preferences; a missing or damaged file gives the defaults (never an exception).

    Every value is checked: a bad one (wrong type, unknown language, negative count…) falls
    back to its default, and a one-line message per bad key is logged and appended to
    `problems` (the window shows them once in its status bar).
    """
    found: list[str] = []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError) as exc:
        data = None
        found.append(f"{path.name} cannot be read ({exc}); using the default settings")
    if data is not None and not isinstance(data, dict):
        found.append(f"{path.name} does not hold settings; using the default settings")
    prefs = _checked(data, found) if isinstance(data, dict) else Preferences()
    for problem in found:
        logging.getLogger(__name__).warning("%s", problem)
    if problems is not None:
        problems.extend(found)
    return prefs


def _checked(data: dict[str, Any], problems: list[str]) -> Preferences:
    defaults = Preferences()
    values: dict[str, Any] = {}
    for f in fields(Preferences):
        if f.name == "customer" or f.name not in data:
            continue
        value = data[f.name]
        valid = _VALID.get(f.name, lambda v, d=getattr(defaults, f.name): type(v) is type(d))
        if valid(value):
            values[f.name] = list(value) if isinstance(value, list) else value
        else:
            problems.append(f"settings: {f.name} = {json.dumps(value, ensure_ascii=False)[:60]} is not valid; "
                            f"using the default ({json.dumps(getattr(defaults, f.name), ensure_ascii=False)})")
    prefs = Preferences(**values)
    if "customer" in data:
        prefs.customer = _checked_customer(data["customer"], problems)
    return prefs


def _checked_customer(customer: Any, problems: list[str]) -> CustomerProfile:
    if not isinstance(customer, dict):
        problems.append("settings: customer is not a profile; using an empty one")
        return CustomerProfile()
    values = {}
    for f in fields(CustomerProfile):
        value = customer.get(f.name, f.default)
        if isinstance(value, str) and (f.name != "form_language" or value in FORM_LANGUAGES):
            values[f.name] = value
        else:
            problems.append(f"settings: customer.{f.name} = {json.dumps(value, ensure_ascii=False)[:60]} is not "
                            f"valid; using the default ({json.dumps(f.default)})")
    return CustomerProfile(**values)


LANGUAGES = frozenset(DEFAULT_NAME_ORDER)
FORM_LANGUAGES = ("en", "zh", "ru")


def _is_name_order(value: Any) -> bool:
    return (isinstance(value, list) and bool(value) and len(set(value)) == len(value)
            and all(isinstance(lang, str) and lang in LANGUAGES for lang in value))


_VALID: dict[str, Callable[[Any], bool]] = {
    "name_order": _is_name_order,
    "ui_language": lambda v: isinstance(v, str) and (v == "" or v in LANGUAGES),
    "default_currency": lambda v: isinstance(v, str) and re.fullmatch(r"[A-Z]{3}", v) is not None,
    "backups_to_keep": lambda v: type(v) is int and 0 <= v <= 1000,
}


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
