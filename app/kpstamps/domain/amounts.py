"""Face values and prices as other programs write them: `3*80` (Colnect), `5 chon`,
`1.50 Won`, `€3` (Tellico free text), and currency names (`"₩ - North Korean won"`).

Expressions are evaluated from their syntax tree (numbers, + - * /, brackets); nothing is
ever run with eval. What cannot be read is left to the caller to keep as text.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# Currency names and symbols → ISO 4217. Won and chon (1 won = 100 chon) are the DPRK's.
CURRENCY_NAMES: dict[str, str] = {
    "north korean won": "KPW", "won": "KPW", "wons": "KPW", "euros": "EUR", "kpw": "KPW", "₩": "KPW", "원": "KPW", "wŏn": "KPW",
    "south korean won": "KRW", "euro": "EUR", "€": "EUR", "us dollar": "USD", "united states dollar": "USD",
    "$": "USD", "russian ruble": "RUB", "russian rouble": "RUB", "soviet ruble": "SUR", "chinese yuan": "CNY",
    "renminbi": "CNY", "yuan": "CNY", "japanese yen": "JPY", "yen": "JPY", "¥": "JPY", "pound sterling": "GBP",
    "british pound": "GBP", "£": "GBP", "swiss franc": "CHF", "spanish peseta": "ESP", "pta": "ESP", "pts": "ESP",
    "albanian lek": "ALL", "lek": "ALL",
    "argentine peso": "ARS", "deutsche mark": "DEM", "german mark": "DEM", "french franc": "FRF",
    "italian lira": "ITL", "austrian schilling": "ATS", "mongolian tögrög": "MNT", "vietnamese dong": "VND",
}
SUBUNITS = {"chon": ("KPW", 100), "jeon": ("KRW", 100), "kopek": ("RUB", 100), "cent": (None, 100),
            "cents": (None, 100), "ct": (None, 100), "fen": ("CNY", 100), "pfennig": ("DEM", 100)}
MAX_AMOUNT = Decimal("1e12")
_LEADING = re.compile(r"^\s*([€$£¥₩])\s*([\d.,]+)\s*$")
_TRAILING = re.compile(r"^\s*([\d.,]+)\s*([^\d\s].*?)?\s*$")


def currency_code(text: str | None) -> str | None:
    """ISO code for a currency as files write it: `KPW`, `Won`, `"₩ - North Korean won"`, `"Pta - Spanish peseta"`.
    None when it is not known (the caller keeps the text)."""
    cleaned = " ".join((text or "").split())
    if not cleaned:
        return None
    folded = cleaned.casefold()
    if folded in CURRENCY_NAMES:
        return CURRENCY_NAMES[folded]
    if " - " in cleaned:  # Colnect: "symbol - name"
        symbol, _, name = cleaned.partition(" - ")
        return CURRENCY_NAMES.get(name.strip().casefold()) or CURRENCY_NAMES.get(symbol.strip().casefold())
    if re.fullmatch(r"[A-Z]{3}", cleaned):
        return cleaned
    return None


def evaluate(expression: str) -> Decimal:
    """The value of an arithmetic expression of decimal numbers (`3*80`, `1.5+0.5`, `(2+3)*10`).
    ValueError for anything else (names, calls, huge results, division by zero)."""
    text = expression.strip().replace(",", ".")
    if not text or len(text) > 100:
        raise ValueError(f"{expression!r} is not an amount")
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError:
        raise ValueError(f"{expression!r} is not an amount") from None
    return _value(tree.body, expression)


def _value(node: ast.AST, expression: str) -> Decimal:
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        result = Decimal(str(node.value))
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.UAdd | ast.USub):
        inner = _value(node.operand, expression)
        result = inner if isinstance(node.op, ast.UAdd) else -inner
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub | ast.Mult | ast.Div):
        left, right = _value(node.left, expression), _value(node.right, expression)
        try:
            result = {ast.Add: left + right, ast.Sub: left - right, ast.Mult: left * right}[type(node.op)] \
                if not isinstance(node.op, ast.Div) else left / right
        except (InvalidOperation, ZeroDivisionError):
            raise ValueError(f"{expression!r} is not an amount") from None
    else:
        raise ValueError(f"{expression!r} is not an amount")
    if abs(result) >= MAX_AMOUNT:
        raise ValueError(f"{expression!r} is too large")
    return result


@dataclass(frozen=True)
class Amount:
    """A free-text amount read as hundredths of `currency` (None: the text named no currency)."""

    cents: int
    currency: str | None


def read_amount(text: str) -> Amount | None:
    """`5 chon` → 5 KPW cents, `1.50 Won` → 150 KPW, `€3` → 300 EUR, `30` → 3000 with no
    currency; None when the text is no amount (the caller keeps it as text)."""
    match = _LEADING.match(text)
    if match:
        number, unit = match.group(2), match.group(1)
    else:
        match = _TRAILING.match(text)
        if not match:
            return None
        number, unit = match.group(1), (match.group(2) or "")
    try:
        value = Decimal(number.replace(",", "."))
    except InvalidOperation:
        return None
    if not value.is_finite() or value < 0 or value >= MAX_AMOUNT:
        return None
    unit = unit.strip()
    if unit.casefold() in SUBUNITS:
        code, per = SUBUNITS[unit.casefold()]
        return Amount(int((value * 100 / per).to_integral_value()), code)
    code = currency_code(unit) if unit else None
    if unit and code is None:
        return None
    return Amount(int((value * 100).to_integral_value()), code)
