"""Themes (topics) of series: a tree with names in four languages.

Every change returns what is needed to undo it: `merge_themes` and `delete_theme` return a
`ThemeSnapshot` that `restore_theme` puts back (same id, links and children).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db.models import Theme, series_theme
from kpstamps.domain.enums import LANGS
from kpstamps.domain.titles import DEFAULT_NAME_ORDER, pick_title
from kpstamps.errors import CatalogueError


@dataclass
class ThemeNode:
    id: int
    key: str
    parent_id: int | None
    names: dict[str, str]
    series_count: int
    children: list[ThemeNode] = field(default_factory=list)

    def name(self, order: Sequence[str] = DEFAULT_NAME_ORDER) -> str:
        return pick_title(self.names, order) or self.key


@dataclass(frozen=True)
class ThemeSnapshot:
    """A theme as it was before a merge or delete, with its links and children."""

    id: int
    key: str
    parent_id: int | None
    names: dict[str, str]
    series_ids: tuple[int, ...]
    child_ids: tuple[int, ...]
    links_added_to: int | None = None  # the theme that received the links
    added_series_ids: tuple[int, ...] = ()  # links that did not exist on the receiver before


def _theme(session: Session, theme_id: int) -> Theme:
    theme = session.get(Theme, theme_id)
    if theme is None:
        raise CatalogueError(f"no theme with id {theme_id}")
    return theme


def _series_of(session: Session, theme_id: int) -> set[int]:
    return set(session.scalars(select(series_theme.c.series_id).where(series_theme.c.theme_id == theme_id)))


def _clean_names(names: dict[str, str]) -> dict[str, str]:
    unknown = set(names) - set(LANGS)
    if unknown:
        raise CatalogueError(f"unknown name language {', '.join(sorted(unknown))}; expected ko, en, zh or ru")
    return {lang: (text or "").strip() for lang, text in names.items()}


def theme_tree(sessions: sessionmaker[Session]) -> list[ThemeNode]:
    """All themes as a forest (roots sorted by key), each with how many series use it."""
    with sessions() as session:
        counts = dict(session.execute(select(series_theme.c.theme_id, func.count())
                                      .group_by(series_theme.c.theme_id)).all())
        nodes = {t.id: ThemeNode(t.id, t.key, t.parent_id, t.names(), counts.get(t.id, 0))
                 for t in session.scalars(select(Theme).order_by(Theme.key))}
    roots = []
    for node in nodes.values():
        parent = nodes.get(node.parent_id) if node.parent_id is not None else None
        (parent.children if parent else roots).append(node)
    return roots


def _unique_key(session: Session, wanted: str) -> str:
    base = re.sub(r"[^a-z0-9_.]+", "_", wanted.strip().lower()).strip("_.") or "theme"
    key, n = base, 2
    while session.scalar(select(Theme.id).where(Theme.key == key)) is not None:
        key, n = f"{base}_{n}", n + 1
    return key


def create_theme(sessions: sessionmaker[Session], names: dict[str, str], parent_id: int | None = None,
                 key: str | None = None) -> int:
    """Add a theme (under `parent_id`); needs a name in at least one language. Returns its id."""
    names = _clean_names(names)
    if not any(names.values()):
        raise CatalogueError("a theme needs a name in at least one language")
    with sessions.begin() as session:
        if parent_id is not None:
            _theme(session, parent_id)
        theme = Theme(key=_unique_key(session, key or pick_title(names)), parent_id=parent_id,
                      **{f"name_{lang}": text for lang, text in names.items()})
        session.add(theme)
        session.flush()
        return theme.id


def theme_names(sessions: sessionmaker[Session], theme_id: int) -> dict[str, str]:
    with sessions() as session:
        return _theme(session, theme_id).names()


def rename_theme(sessions: sessionmaker[Session], theme_id: int, names: dict[str, str]) -> dict[str, str]:
    """Change some of the four names; returns the names before (for undo)."""
    names = _clean_names(names)
    with sessions.begin() as session:
        theme = _theme(session, theme_id)
        before = theme.names()
        if not any({**before, **names}.values()):
            raise CatalogueError("a theme needs a name in at least one language")
        for lang, text in names.items():
            setattr(theme, f"name_{lang}", text)
        return before


def move_theme(sessions: sessionmaker[Session], theme_id: int, new_parent_id: int | None) -> int | None:
    """Put a theme under another (None: top level); refuses to put it under itself or its own
    descendants. Returns the previous parent (for undo)."""
    with sessions.begin() as session:
        theme = _theme(session, theme_id)
        ancestor_id = new_parent_id
        while ancestor_id is not None:
            if ancestor_id == theme_id:
                raise CatalogueError(f"cannot move theme {theme.key!r} under itself or one of its sub-themes")
            ancestor_id = _theme(session, ancestor_id).parent_id
        before = theme.parent_id
        theme.parent_id = new_parent_id
        return before


def _take_snapshot(session: Session, theme: Theme) -> ThemeSnapshot:
    children = tuple(session.scalars(select(Theme.id).where(Theme.parent_id == theme.id)))
    return ThemeSnapshot(theme.id, theme.key, theme.parent_id, theme.names(),
                         tuple(sorted(_series_of(session, theme.id))), children)


def _hand_over(session: Session, theme: Theme, target_id: int | None) -> ThemeSnapshot:
    """Move links and children of `theme` to `target_id`, then delete `theme`."""
    snap = _take_snapshot(session, theme)
    added: tuple[int, ...] = ()
    if target_id is not None:
        added = tuple(sorted(set(snap.series_ids) - _series_of(session, target_id)))
        if added:
            session.execute(insert(series_theme), [{"series_id": s, "theme_id": target_id} for s in added])
    session.execute(delete(series_theme).where(series_theme.c.theme_id == theme.id))
    for child in session.scalars(select(Theme).where(Theme.parent_id == theme.id)):
        child.parent_id = target_id if target_id is not None else theme.parent_id
    session.flush()
    session.delete(theme)
    return ThemeSnapshot(**{**snap.__dict__, "links_added_to": target_id, "added_series_ids": added})


def merge_themes(sessions: sessionmaker[Session], source_id: int, target_id: int) -> ThemeSnapshot:
    """Merge `source` into `target`: its series links move (no duplicates), its sub-themes go
    under `target`, and `source` disappears. Returns a snapshot for `restore_theme`."""
    if source_id == target_id:
        raise CatalogueError("cannot merge a theme into itself")
    with sessions.begin() as session:
        source, target = _theme(session, source_id), _theme(session, target_id)
        ancestor: Theme | None = target
        while ancestor is not None:
            if ancestor.id == source.id:
                raise CatalogueError(f"cannot merge {source.key!r} into its own sub-theme {target.key!r}")
            ancestor = ancestor.parent
        return _hand_over(session, source, target.id)


def theme_usage(sessions: sessionmaker[Session], theme_id: int) -> tuple[int, int]:
    """(series using the theme, sub-themes) — a theme is deletable when both are 0."""
    with sessions() as session:
        _theme(session, theme_id)
        children = session.scalar(select(func.count()).select_from(Theme).where(Theme.parent_id == theme_id))
        return len(_series_of(session, theme_id)), int(children or 0)


def delete_theme(sessions: sessionmaker[Session], theme_id: int, reassign_to: int | None = None) -> ThemeSnapshot:
    """Delete an unused theme, or a used one after reassigning its series and sub-themes to
    `reassign_to`. Refuses to delete a used theme without a reassignment."""
    if reassign_to is not None:
        return merge_themes(sessions, theme_id, reassign_to)
    with sessions.begin() as session:
        theme = _theme(session, theme_id)
        used = len(_series_of(session, theme_id))
        children = session.scalar(select(func.count()).select_from(Theme).where(Theme.parent_id == theme_id))
        if used or children:
            raise CatalogueError(
                f"theme {theme.key!r} is used by {used} series and has {children} sub-themes; "
                "reassign them to another theme first")
        return _hand_over(session, theme, None)


def restore_theme(sessions: sessionmaker[Session], snap: ThemeSnapshot) -> None:
    """Undo a merge or delete: the theme comes back with its id, links and sub-themes."""
    with sessions.begin() as session:
        session.add(Theme(id=snap.id, key=snap.key, parent_id=snap.parent_id,
                          **{f"name_{lang}": text for lang, text in snap.names.items()}))
        session.flush()
        if snap.links_added_to is not None and snap.added_series_ids:
            session.execute(delete(series_theme).where(series_theme.c.theme_id == snap.links_added_to,
                                                       series_theme.c.series_id.in_(snap.added_series_ids)))
        if snap.series_ids:
            session.execute(insert(series_theme), [{"series_id": s, "theme_id": snap.id} for s in snap.series_ids])
        for child in session.scalars(select(Theme).where(Theme.id.in_(snap.child_ids))):
            child.parent_id = snap.id
