"""Tools → Themes…: create, rename, move, merge and delete themes, each an undoable step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog

from kpstamps.errors import CatalogueError
from kpstamps.services.editing import themes
from kpstamps.ui.common.i18n import tr
from kpstamps.ui.common.undo_commands import ServiceCommand
from kpstamps.ui.editing.theme_manager import TOP_LEVEL, ThemeManager, ThemeTreeModel


def ask_with_list(parent) -> Callable[[str, list[tuple[int, str]]], int | None]:
    """The default chooser (a small modal list); tests replace `ThemesFeature.choose_theme`."""

    def choose(title: str, options: list[tuple[int, str]]) -> int | None:
        labels = [label for _id, label in options]
        label, ok = QInputDialog.getItem(parent, tr("Themes"), title, labels, 0, False)
        return options[labels.index(label)][0] if ok and label in labels else None

    return choose


class ThemesFeature:
    def __init__(self, window):
        self.window = window
        self.sessions = window.catalogue.sessions
        self._model: ThemeTreeModel | None = None  # read when the manager first opens, not at start-up
        # Undo/redo and edits elsewhere (series themes) change names and usage counts.
        window.catalogueChanged.connect(self._refresh)
        self.manager: ThemeManager | None = None
        self.choose_theme = ask_with_list(window)
        action = QAction(tr("&Themes…"), window)
        action.setObjectName("openThemeManager")
        action.triggered.connect(self.open_manager)
        window.menus["tools"].addAction(action)
        self.action = action

    @property
    def model(self) -> ThemeTreeModel:
        if self._model is None:
            self._model = ThemeTreeModel(self.sessions, self.window.prefs.name_order, self.window)
            self._model.renameRequested.connect(self.rename)
            self._model.moveRequested.connect(self.move)
        return self._model

    # -- the dialog ---------------------------------------------------------------------------
    def open_manager(self) -> ThemeManager:
        if self.manager is None:
            self.manager = ThemeManager(self.model, self.window)
            buttons = self.manager.buttons
            buttons["new"].clicked.connect(lambda: self.create(None))
            buttons["new_child"].clicked.connect(lambda: self.create(self.manager.current_id()))
            buttons["move"].clicked.connect(self._move_current)
            buttons["merge"].clicked.connect(self._merge_current)
            buttons["delete"].clicked.connect(self._delete_current)
        self.model.name_order = list(self.window.prefs.name_order)
        self.model.reload()
        self.manager.show()
        self.manager.raise_()
        return self.manager

    def _refresh(self) -> None:
        if self.manager is not None and self.manager.isVisible():  # open_manager reloads anyway
            self.model.reload()

    def _name(self, theme_id: int | None) -> str:
        if theme_id is None:
            return tr("top level")
        node = next((n for n in self.model.all_nodes() if n.id == theme_id), None)
        return node.name(self.window.prefs.name_order) if node else str(theme_id)

    def _options(self, exclude: int | None, top_level: bool) -> list[tuple[int, str]]:
        nodes = sorted(self.model.all_nodes(), key=lambda n: n.key)
        options = [(TOP_LEVEL, tr("(top level)"))] if top_level else []
        return options + [(n.id, f"{'  ' * n.key.count('.')}{self._name(n.id)}") for n in nodes if n.id != exclude]

    def _say(self, text: str) -> None:
        if self.manager is not None:
            self.manager.message.setText(text)

    def _push(self, text: str, do, undo, redo=None) -> bool:
        """Do the change now; only a change that worked becomes an undo step."""
        try:
            do()
        except CatalogueError as exc:
            self._say(tr("Not changed: {error}").format(error=exc))
            return False
        self._say("")
        self.window.undo_stack.push(ServiceCommand(text, redo or do, undo, self.window, done=True))
        return True

    # -- actions ------------------------------------------------------------------------------
    def create(self, parent_id: int | None, names: dict[str, str] | None = None) -> int | None:
        names = names or {"en": tr("New theme")}
        created: list[int] = []
        gone: list[themes.ThemeSnapshot] = []

        def do() -> None:
            created.append(themes.create_theme(self.sessions, names, parent_id))

        def undo() -> None:
            gone[:] = [themes.delete_theme(self.sessions, created[0])]

        ok = self._push(tr("Create theme {name}").format(name=next(v for v in names.values() if v)), do, undo,
                        lambda: themes.restore_theme(self.sessions, gone[0]))
        if ok and self.manager is not None:
            self.manager.select(created[0])
        return created[0] if ok else None

    def rename(self, theme_id: int, lang: str, text: str) -> None:
        before: list[dict[str, str]] = []
        old = self._name(theme_id)

        def do() -> None:
            before[:] = [themes.rename_theme(self.sessions, theme_id, {lang: text})]

        self._push(tr("Rename theme {old} to {new}").format(old=old, new=text), do,
                   lambda: themes.rename_theme(self.sessions, theme_id, before[0]))

    def move(self, theme_id: int, parent_id: int | None) -> None:
        before: list[int | None] = []

        def do() -> None:
            before[:] = [themes.move_theme(self.sessions, theme_id, parent_id)]

        self._push(tr("Move theme {name} under {parent}").format(name=self._name(theme_id),
                                                                 parent=self._name(parent_id)),
                   do, lambda: themes.move_theme(self.sessions, theme_id, before[0]))

    def merge(self, source_id: int, target_id: int, text: str | None = None) -> None:
        snaps: list[themes.ThemeSnapshot] = []

        def do() -> None:
            snaps[:] = [themes.merge_themes(self.sessions, source_id, target_id)]

        text = text or tr("Merge theme {source} into {target}").format(
            source=self._name(source_id), target=self._name(target_id))
        self._push(text, do, lambda: themes.restore_theme(self.sessions, snaps[0]))

    def delete(self, theme_id: int, reassign_to: int | None = None) -> None:
        if reassign_to is not None:
            self.merge(theme_id, reassign_to, tr("Delete theme {name}, reassigning to {target}").format(
                name=self._name(theme_id), target=self._name(reassign_to)))
            return
        snaps: list[themes.ThemeSnapshot] = []

        def do() -> None:
            snaps[:] = [themes.delete_theme(self.sessions, theme_id)]

        self._push(tr("Delete theme {name}").format(name=self._name(theme_id)), do,
                   lambda: themes.restore_theme(self.sessions, snaps[0]))

    # -- buttons: pick a target, then act -------------------------------------------------------
    def _current(self) -> int | None:
        theme_id = self.manager.current_id() if self.manager else None
        if theme_id is None:
            self._say(tr("Select a theme first."))
        return theme_id

    def _move_current(self) -> None:
        theme_id = self._current()
        if theme_id is None:
            return
        target = self.choose_theme(tr("Move {name} under:").format(name=self._name(theme_id)),
                                   self._options(theme_id, top_level=True))
        if target is not None:
            self.move(theme_id, None if target == TOP_LEVEL else target)

    def _merge_current(self) -> None:
        theme_id = self._current()
        if theme_id is None:
            return
        target = self.choose_theme(tr("Merge {name} into:").format(name=self._name(theme_id)),
                                   self._options(theme_id, top_level=False))
        if target is not None:
            self.merge(theme_id, target)

    def _delete_current(self) -> None:
        theme_id = self._current()
        if theme_id is None:
            return
        used, children = themes.theme_usage(self.sessions, theme_id)
        if not used and not children:
            self.delete(theme_id)
            return
        question = tr("{name} is used by {used} series and has {children} sub-themes. "
                      "Reassign them to:").format(name=self._name(theme_id), used=used, children=children)
        target = self.choose_theme(question, self._options(theme_id, top_level=False))
        if target is None:
            self._say(tr("Not deleted: {name} is still in use.").format(name=self._name(theme_id)))
        else:
            self.delete(theme_id, reassign_to=target)


def install(window) -> None:
    window.themes_feature = ThemesFeature(window)
