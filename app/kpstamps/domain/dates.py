"""Partial dates: KSC issues are often known only to the month ("December 2024")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_PATTERN = re.compile(r"^\s*(\d{4})(?:[-./](\d{1,2})(?:[-./](\d{1,2}))?)?\s*$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A year, a year and month, or a full date.

    Its ISO text (`2024`, `2024-12`, `2024-12-01`) sorts correctly as a string, which is
    how it is stored: a month-only date sorts before the days of that month.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1840 <= self.year <= 2200:
            raise ValueError(f"year {self.year} is out of range")
        if self.month is None and self.day is not None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} does not exist")
        if self.day is not None:
            try:
                dt.date(self.year, self.month or 1, self.day)
            except ValueError:
                raise ValueError(f"{self.year}-{self.month:02d}-{self.day:02d} does not exist") from None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        match = _PATTERN.match(text or "")
        if not match:
            raise ValueError(f"{text!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None  # the pattern requires the year
        return cls(year, month, day)

    @classmethod
    def parse_optional(cls, text: str | None) -> PartialDate | None:
        return cls.parse(text) if text and text.strip() else None

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.iso()
