"""Numbers, amounts and dates as the UI language writes them (QLocale), in one place.

`install_translators` makes the UI language's QLocale the default, so `QLocale()` here is
"1 234,50" and "04.12.2026" in Russian, "1,234.50" and "12/4/26" → "Dec 4, 2026" in English.
Services hand over integers (cents) or canonical strings (`Money.__str__`: "1.50 KPW", ISO
dates "2026-12-04", "2026-12", "2026"); only the UI turns them into the collector's notation.
Amounts meant to be edited again leave out group separators (Money.parse reads both "1,50"
and "1.50").
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, QTime

from kpstamps.domain.money import Money

NBSP = "\u00a0"
_MONEY_TEXT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]{0,3})\s*$")


def ui_locale() -> QLocale:
    return QLocale()


def format_integer(value: int) -> str:
    return ui_locale().toString(int(value))


def format_amount(cents: int, *, grouping: bool = True) -> str:
    """Hundredths as a decimal amount with two places: "1 234,50" (ru), "1,234.50" (en)."""
    locale = ui_locale()
    if not grouping:
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(cents / 100, "f", 2)


def format_money(money: Money | None) -> str:
    """"1,50 KPW" in Russian; the currency code after a non-breaking space."""
    if money is None:
        return ""
    amount = format_amount(money.cents)
    return f"{amount}{NBSP}{money.currency}" if money.currency else amount


def localise_money_text(text: str) -> str:
    """A service's canonical amount ("1.50 KPW", "12.00") in the UI's notation; other text as is."""
    match = _MONEY_TEXT.match(text or "")
    if not match:
        return text
    try:
        return format_money(Money.parse(match.group(1), match.group(2)))
    except ValueError:
        return text


def format_date(iso: str | None) -> str:
    """"2026-12-04" as the locale's short date with a four-digit year, "2026-12" as month and
    year, "2026" as is; anything else unchanged."""
    if not iso:
        return ""
    locale = ui_locale()
    parts = iso.split("-")
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        return iso
    if len(numbers) == 3:
        date = QDate(*numbers)
        return locale.toString(date, date_format()) if date.isValid() else iso
    if len(numbers) == 2 and 1 <= numbers[1] <= 12:
        return format_month(numbers[0], numbers[1])
    return iso


def date_format() -> str:
    """The locale's short date pattern with the year written in full ("dd.MM.yyyy", "M/d/yyyy")."""
    pattern = ui_locale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def format_month(year: int, month: int) -> str:
    """Month and year, short enough for a table cell: "Dec 2026", "дек. 2026", "2026. 12.", "2026年12月"."""
    locale = ui_locale()
    name = locale.name()
    if name.startswith("ko"):
        return f"{year}. {month}."
    if name.startswith("zh"):
        return f"{year}年{month}月"
    return f"{locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)} {year}"


def format_datetime(when: dt.datetime) -> str:
    """A date and time to the minute: "04.12.2026 16:05" (ru), "12/4/2026 4:05 PM" (en)."""
    locale = ui_locale()
    date = QDate(when.year, when.month, when.day)
    time = QTime(when.hour, when.minute)
    return f"{locale.toString(date, date_format())} {locale.toString(time, QLocale.FormatType.ShortFormat)}"
