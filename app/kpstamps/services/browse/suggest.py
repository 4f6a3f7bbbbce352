""""Did you mean": a search that finds nothing, with its misspelled words replaced by the
closest words of the catalogue's own titles (rapidfuzz), offered only if it finds rows.

Only plain words are corrected; field terms (`theme:`, `mi:`), phrases, exclusions and
operators are kept as typed.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db.models import Item, Series
from kpstamps.services.browse.search import where_for
from kpstamps.services.browse.view import count_rows

_WORD = re.compile(r"\w{3,}")
_TOKEN = re.compile(r'"[^"]*"|\S+')
_OPERATORS = {"or", "and", "not"}
MIN_SCORE = 75  # rapidfuzz ratio: "frendship" → "friendship" scores 95, unrelated words < 60


def catalogue_words(session: Session) -> set[str]:
    """The words (3+ letters, case-folded) of every series and item title in every language."""
    words: set[str] = set()
    for model in (Series, Item):
        columns = (model.title_ko, model.title_en, model.title_zh, model.title_ru)
        for titles in session.execute(select(*columns)):
            for title in titles:
                words.update(w.casefold() for w in _WORD.findall(title or ""))
    return words


def _correctable(token: str) -> bool:
    return _WORD.fullmatch(token) is not None and token.casefold() not in _OPERATORS


def did_you_mean(sessions: sessionmaker[Session], text: str, dialect: str = "sqlite") -> str | None:
    """A corrected search that finds rows, or None (nothing to correct, or it finds nothing either)."""
    tokens = _TOKEN.findall(text)
    if not any(_correctable(t) for t in tokens):
        return None
    from rapidfuzz import fuzz, process  # only when a search finds nothing

    with sessions() as session:
        vocabulary = catalogue_words(session)
        changed, corrected = False, []
        for token in tokens:
            word = token.casefold()
            if _correctable(token) and word not in vocabulary:
                best = process.extractOne(word, vocabulary, scorer=fuzz.ratio, score_cutoff=MIN_SCORE)
                if best is not None:
                    token, changed = best[0], True
            corrected.append(token)
        if not changed:
            return None
        suggestion = " ".join(corrected)
        where, _hints = where_for(suggestion, dialect)
        return suggestion if count_rows(session, where) > 0 else None
