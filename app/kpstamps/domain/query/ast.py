"""Nodes of a parsed search. Immutable, so a parsed query can be cached and compared in tests."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """Free text (a word or a quoted phrase) matched against titles, notes, serials, numbers."""

    text: str


@dataclass(frozen=True)
class ThemeIs:
    """A theme key or name; child themes are included."""

    value: str


@dataclass(frozen=True)
class YearRange:
    low: int | None
    high: int | None


@dataclass(frozen=True)
class KindIs:
    kind: str  # ItemKind value


@dataclass(frozen=True)
class SerialIs:
    serial: str


@dataclass(frozen=True)
class NumberIs:
    """A catalogue number; `catalogue` None means any catalogue."""

    catalogue: str | None
    number: str


@dataclass(frozen=True)
class CountryIs:
    """The series' country, an ISO 3166 code (`country:AL`, `country:"North Korea"`)."""

    code: str


@dataclass(frozen=True)
class ConditionIs:
    condition: str  # Condition value of a holding


@dataclass(frozen=True)
class StatusIs:
    status: str  # SeriesStatus value: issued, announced, planned


@dataclass(frozen=True)
class Flag:
    name: str  # "owned", "wanted", "missing"


@dataclass(frozen=True)
class Not:
    node: Node


@dataclass(frozen=True)
class And:
    nodes: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    nodes: tuple[Node, ...]


Node = Text | ThemeIs | YearRange | KindIs | SerialIs | NumberIs | CountryIs | StatusIs | ConditionIs | Flag | Not | And | Or
FLAGS = ("owned", "wanted", "missing")


def is_broad(node: Node | None) -> bool:
    """Whether a search probably keeps a large share of the catalogue: no condition, a theme,
    a kind, "owned", a negation, or an AND of those (an OR with one of them).

    A status counts as broad (nearly every series is issued).
    Words, numbers, serials, years and wants narrow a search to few rows. The main table reads
    the first page of a broad search in catalogue order and stops; a narrow one is sorted.
    """
    if node is None or isinstance(node, ThemeIs | KindIs | CountryIs | StatusIs | Not):
        return True
    if isinstance(node, Flag):
        return node.name == "owned"
    if isinstance(node, And):
        return all(is_broad(n) for n in node.nodes)
    if isinstance(node, Or):
        return any(is_broad(n) for n in node.nodes)
    return False
