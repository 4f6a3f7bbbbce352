"""Split search text into tokens. Never raises: odd input becomes words plus hints."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

MAX_LENGTH = 500  # characters of a query that are read; the rest is ignored with a hint


class Kind(Enum):
    TERM = "term"
    OR = "or"
    OPEN = "("
    CLOSE = ")"


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str = ""
    field: str | None = None  # "year" for year:2024
    negated: bool = False
    quoted: bool = False


def tokenize(text: str, hints: list[str]) -> list[Token]:
    """Tokens of `text`; problems (unbalanced quotes, overlong text) are appended to `hints`."""
    if len(text) > MAX_LENGTH:
        hints.append(f"Only the first {MAX_LENGTH} characters of the search are used.")
        text = text[:MAX_LENGTH]
    # Control characters (NUL, escapes pasted from a terminal) mean nothing in a search and
    # end an FTS5 string early ("unterminated string"): they separate words like spaces.
    text = "".join(ch if ch.isprintable() or ch.isspace() else " " for ch in text)
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append(Token(Kind.OPEN if ch == "(" else Kind.CLOSE))
            i += 1
        else:
            token, i = _term(text, i, hints)
            if token is not None:
                tokens.append(token)
    return tokens


def _quoted(text: str, i: int, hints: list[str]) -> tuple[str, int]:
    """The phrase starting after the quote at `i`; an unclosed quote runs to the end."""
    end = text.find('"', i + 1)
    if end < 0:
        hints.append("A quote is not closed; the rest of the search is read as one phrase.")
        return text[i + 1:], len(text)
    return text[i + 1:end], end + 1


def _bare(text: str, i: int) -> tuple[str, int]:
    start = i
    while i < len(text) and not text[i].isspace() and text[i] not in '()"':
        i += 1
    return text[start:i], i


def _term(text: str, i: int, hints: list[str]) -> tuple[Token | None, int]:
    negated = False
    if text[i] == "-" and i + 1 < len(text) and not text[i + 1].isspace():
        negated, i = True, i + 1
    if text[i] == '"':
        phrase, i = _quoted(text, i, hints)
        return (Token(Kind.TERM, phrase, negated=negated, quoted=True) if phrase.strip() else None), i
    word, i = _bare(text, i)
    if not word:  # a lone "-" before a bracket
        return None, i
    if word == "OR" and not negated:
        return Token(Kind.OR), i
    name, colon, value = word.partition(":")
    if colon and name.isalpha() and name.isascii():
        if not value and i < len(text) and text[i] == '"':
            value, i = _quoted(text, i, hints)
            return Token(Kind.TERM, value, field=name.lower(), negated=negated, quoted=True), i
        return Token(Kind.TERM, value, field=name.lower(), negated=negated), i
    return Token(Kind.TERM, word, negated=negated), i
