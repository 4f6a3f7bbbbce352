"""Parse search text into an AST (see ast.py). AND binds tighter than OR; `-` negates a term.

Never raises: a term that cannot be understood (`year:abc`, `kind:spaceship`) is left out
and explained in `hints`; stray brackets, and brackets nested deeper than MAX_DEPTH, are
ignored with a hint (the parser recurses once per bracket level).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from kpstamps.domain.countries import country_code
from kpstamps.domain.enums import (
    CATALOGUE_ABBREVIATIONS,
    CatalogueName,
    Condition,
    ItemKind,
    SeriesStatus,
    parse_enum,
)
from kpstamps.domain.query.ast import (
    FLAGS,
    And,
    ConditionIs,
    CountryIs,
    Flag,
    KindIs,
    Node,
    Not,
    NumberIs,
    Or,
    SerialIs,
    StatusIs,
    Text,
    ThemeIs,
    YearRange,
)
from kpstamps.domain.query.tokenizer import Kind, Token, tokenize

MAX_TERMS = 40
MAX_DEPTH = 20
_YEAR = re.compile(r"^(\d{4})?(?:(\.\.|-)(\d{4})?)?$")
CATALOGUE_FIELDS: dict[str, str] = {
    "mi": CatalogueName.MICHEL, "michel": CatalogueName.MICHEL,
    "scott": CatalogueName.SCOTT, "sc": CatalogueName.SCOTT,
    "sg": CatalogueName.SG, "yvert": CatalogueName.YVERT, "yv": CatalogueName.YVERT,
    "ksc": CatalogueName.KSC, "colnect": CatalogueName.COLNECT, "col": CatalogueName.COLNECT,
}
CATALOGUE_FIELDS.update({"afa": CatalogueName.AFA, "edi": CatalogueName.EDIFIL, "edifil": CatalogueName.EDIFIL,
                         "un": CatalogueName.UNIFICATO, "unificato": CatalogueName.UNIFICATO,
                         "ank": CatalogueName.ANK, "gz": CatalogueName.GZ, "wad": CatalogueName.WAD,
                         "yt": CatalogueName.YVERT, "sn": CatalogueName.SCOTT})
FIELDS = ("theme", "year", "kind", "serial", "cat", "condition", "country", "status", *CATALOGUE_FIELDS)


@dataclass
class ParseResult:
    node: Node | None  # None: nothing to filter on (empty search)
    hints: list[str] = field(default_factory=list)


def parse(text: str) -> ParseResult:
    """Parse `text`; the result's hints explain anything that was ignored or read literally."""
    hints: list[str] = []
    tokens = tokenize(text or "", hints)
    terms = sum(1 for t in tokens if t.kind is Kind.TERM)
    if terms > MAX_TERMS:
        hints.append(f"Only the first {MAX_TERMS} search terms are used.")
        kept, count = [], 0
        for token in tokens:
            count += token.kind is Kind.TERM
            if count <= MAX_TERMS:
                kept.append(token)
        tokens = kept
    parser = _Parser(tokens, hints)
    node = parser.parse_or(top=True)
    return ParseResult(node, hints)


class _Parser:
    def __init__(self, tokens: list[Token], hints: list[str]):
        self.tokens, self.pos, self.hints = tokens, 0, hints
        self.ignored = 0  # brackets opened beyond MAX_DEPTH whose closing bracket is skipped too

    def _peek(self) -> Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def parse_or(self, top: bool = False, depth: int = 0) -> Node | None:
        branches: list[Node] = []
        while True:
            node = self.parse_and(top, depth)
            if node is not None:
                branches.append(node)
            token = self._peek()
            if token is not None and token.kind is Kind.OR:
                self.pos += 1
                continue
            break
        if not branches:
            return None
        return branches[0] if len(branches) == 1 else Or(tuple(branches))

    def parse_and(self, top: bool, depth: int = 0) -> Node | None:
        nodes: list[Node] = []
        while (token := self._peek()) is not None and token.kind is not Kind.OR:
            if token.kind is Kind.CLOSE and self.ignored:
                self.ignored -= 1
                self.pos += 1
                continue
            if token.kind is Kind.CLOSE:
                if not top:
                    break
                self.pos += 1
                self.hints.append("A closing bracket has no opening bracket; it is ignored.")
                continue
            self.pos += 1
            if token.kind is Kind.OPEN and depth >= MAX_DEPTH:
                self.ignored += 1
                hint = f"Brackets nest deeper than {MAX_DEPTH} levels; the deeper ones are ignored."
                if hint not in self.hints:
                    self.hints.append(hint)
                continue
            if token.kind is Kind.OPEN:
                node = self.parse_or(depth=depth + 1)
                closing = self._peek()
                if closing is not None and closing.kind is Kind.CLOSE:
                    self.pos += 1
                else:
                    self.hints.append("A bracket is not closed; it is closed at the end.")
            else:
                node = term_node(token, self.hints)
            if node is not None:
                nodes.append(node)
        if not nodes:
            return None
        return nodes[0] if len(nodes) == 1 else And(tuple(nodes))


def term_node(token: Token, hints: list[str]) -> Node | None:
    """The node of one term, or None (with a hint) when it cannot be understood."""
    name, value = token.field, token.text.strip()
    if name is None:
        node: Node | None = _word(value)
    elif name not in FIELDS:
        node = Text(f"{name}:{value}")  # not a field we know: `12:30` or `re:` is just text
    elif not value:
        hints.append(f"{name}: needs a value, for example {_EXAMPLES.get(name, name + ':…')}.")
        node = None
    else:
        node = _field(name, value, hints)
    if node is not None and token.negated:
        return Not(node)
    return node


def _word(value: str) -> Node | None:
    if not value:
        return None
    if value.lower() in FLAGS:
        return Flag(value.lower())
    return Text(value)


_EXAMPLES = {"year": "year:2024 or year:2020..2024", "theme": "theme:sport", "kind": "kind:postcard",
             "serial": "serial:Ba79", "cat": 'cat:"Mi 6789"', "condition": "condition:used", "mi": "mi:6789",
             "country": "country:KP", "status": "status:planned"}


def _field(name: str, value: str, hints: list[str]) -> Node | None:
    if name == "year":
        return _year(value, hints)
    if name == "theme":
        return ThemeIs(value)
    if name == "serial":
        return SerialIs(value)
    if name == "cat":
        return _catalogue_number(value)
    if name == "country":
        code = country_code(value)
        if code is None:
            hints.append(f"country:{value} is not a country KP Stamps knows; write its ISO code, e.g. country:KP.")
            return None
        return CountryIs(code)
    if name in CATALOGUE_FIELDS:
        return NumberIs(str(CATALOGUE_FIELDS[name]), value)
    enums: dict[str, type[StrEnum]] = {"kind": ItemKind, "status": SeriesStatus, "condition": Condition}
    try:
        member = parse_enum(enums[name], value, name)
    except ValueError as exc:
        hints.append(f"{str(exc)[0].upper()}{str(exc)[1:]}.")
        return None
    if name == "kind":
        return KindIs(member.value)
    return StatusIs(member.value) if name == "status" else ConditionIs(member.value)


def _year(value: str, hints: list[str]) -> Node | None:
    match = _YEAR.match(value)
    if not match or not (match.group(1) or match.group(3)):
        hints.append(f"year:{value} is not a year; write year:2024 or year:2020..2024.")
        return None
    low = int(match.group(1)) if match.group(1) else None
    high = int(match.group(3)) if match.group(3) else None
    if match.group(2) is None:
        high = low
    if low is not None and high is not None and low > high:
        low, high = high, low
    return YearRange(low, high)


_ABBREVIATIONS = {abbr.lower(): name.value for name, abbr in CATALOGUE_ABBREVIATIONS.items() if abbr}


def _catalogue_number(value: str) -> NumberIs:
    """`Mi 6789`, `Sc5123`, `michel 6789` or just `6789` (any catalogue)."""
    match = re.match(r"^\s*([A-Za-z]+)\.?\s*(\S.*)$", value)
    if match:
        prefix = match.group(1).lower()
        catalogue = CATALOGUE_FIELDS.get(prefix) or _ABBREVIATIONS.get(prefix)
        if catalogue is not None and re.match(r"^\d", match.group(2)):
            return NumberIs(str(catalogue), match.group(2).strip())
    return NumberIs(None, value.strip())
