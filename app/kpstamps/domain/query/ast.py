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
class ConditionIs:
    condition: str  # Condition value of a holding


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


Node = Text | ThemeIs | YearRange | KindIs | SerialIs | NumberIs | ConditionIs | Flag | Not | And | Or
FLAGS = ("owned", "wanted", "missing")
