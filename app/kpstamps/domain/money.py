"""Money as integer hundredths of a currency unit, so sums are exact on every engine."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

DEFAULT_CURRENCY = "KPW"  # the DPRK won: face values of DPRK stamps
CURRENCIES = ("KPW", "EUR", "USD", "CNY", "RUB", "GBP", "JPY", "CHF")


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str = DEFAULT_CURRENCY

    @classmethod
    def parse(cls, text: str, currency: str = DEFAULT_CURRENCY) -> Money:
        """Parse `12.50` or `12,50`; negative amounts are refused."""
        cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            amount = Decimal(cleaned)
        except InvalidOperation:
            raise ValueError(f"{text!r} is not an amount") from None
        if not amount.is_finite():
            raise ValueError(f"{text!r} is not an amount")
        if amount < 0:
            raise ValueError(f"amount {text!r} is negative")
        if amount >= Decimal("1e12"):
            raise ValueError(f"amount {text!r} is too large")
        cents = int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        return cls(cents, currency.upper())

    @property
    def amount(self) -> Decimal:
        return Decimal(self.cents) / 100

    def __str__(self) -> str:
        return f"{self.amount:.2f} {self.currency}"
