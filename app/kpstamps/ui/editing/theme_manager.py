"""The theme manager: a tree of themes with their four names, edited in place.

The tree model does not change the catalogue itself: renames and drag-and-drop moves come out
as `renameRequested` / `moveRequested`, which the manager turns into undoable commands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kpstamps.db.session import Sessions
from kpstamps.domain.enums import LANGS
from kpstamps.services.editing.themes import ThemeNode, theme_tree
from kpstamps.ui.common.i18n import tr

MIME_TYPE = "application/x-kpstamps-theme-ids"
LANG_TITLES = {"ko": QT_TRANSLATE_NOOP("ThemeManager", "Korean"), "en": QT_TRANSLATE_NOOP("ThemeManager", "English"),
               "zh": QT_TRANSLATE_NOOP("ThemeManager", "Chinese"), "ru": QT_TRANSLATE_NOOP("ThemeManager", "Russian")}
TOP_LEVEL = 0  # what a chooser returns for "no parent" (theme ids start at 1)



class ThemeTreeModel(QAbstractItemModel):
    """Column 0: the name in the preferred order; then one column per language; then usage."""

    renameRequested = Signal(int, str, str)  # theme id, language, new name
    moveRequested = Signal(int, object)  # theme id, new parent id or None

    def __init__(self, sessions: Sessions, name_order: Sequence[str], parent=None):
        super().__init__(parent)
        self._sessions = sessions
        self.name_order = list(name_order)
        self._roots: list[ThemeNode] = []
        self._nodes: dict[int, ThemeNode] = {}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._roots = theme_tree(self._sessions)
        self._nodes = {}
        stack = list(self._roots)
        while stack:
            node = stack.pop()
            self._nodes[node.id] = node
            stack.extend(node.children)
        self.endResetModel()

    def node(self, index: QModelIndex | QPersistentModelIndex) -> ThemeNode | None:
        return self._nodes.get(index.internalId()) if index.isValid() else None

    def index_of(self, theme_id: int, column: int = 0) -> QModelIndex:
        node = self._nodes.get(theme_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(self._siblings(node).index(node), column, node.id)

    def all_nodes(self) -> list[ThemeNode]:
        return list(self._nodes.values())

    def _siblings(self, node: ThemeNode) -> list[ThemeNode]:
        parent = self._nodes.get(node.parent_id) if node.parent_id is not None else None
        return parent.children if parent else self._roots

    # -- structure -------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        children = self.node(parent).children if parent.isValid() else self._roots
        if not (0 <= row < len(children) and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column, children[row].id)

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent_id is None:
            return QModelIndex()
        return self.index_of(node.parent_id)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid():
            return len(self.node(parent).children) if parent.column() == 0 else 0
        return len(self._roots)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 2 + len(LANGS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return tr("Theme")
        if 1 <= section <= len(LANGS):
            return QCoreApplication.translate("ThemeManager", LANG_TITLES[LANGS[section - 1].value])
        return tr("Series") if section == len(LANGS) + 1 else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        if node is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                                        Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return node.key if role == Qt.ItemDataRole.ToolTipRole else node.name(self.name_order)
        if column <= len(LANGS):
            return node.names.get(LANGS[column - 1].value, "")
        return str(node.series_count)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                 | Qt.ItemFlag.ItemIsDropEnabled)
        if 1 <= index.column() <= len(LANGS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if node is None or role != Qt.ItemDataRole.EditRole or not 1 <= index.column() <= len(LANGS):
            return False
        lang = LANGS[index.column() - 1].value
        text = str(value or "").strip()
        if text == node.names.get(lang, ""):
            return False
        self.renameRequested.emit(node.id, lang, text)
        return True

    # -- drag and drop ------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({self.node(i).id for i in indexes if self.node(i) is not None})
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(",".join(map(str, ids)).encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex | QPersistentModelIndex) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        """Dropping on a theme puts the dragged themes under it; between top rows, at the top."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self.node(parent)
        text = bytes(data.data(MIME_TYPE).data()).decode()
        for theme_id in (int(t) for t in text.split(",") if t):
            if theme_id in self._nodes and self._nodes[theme_id].parent_id != (target.id if target else None):
                self.moveRequested.emit(theme_id, target.id if target else None)
        # False: the view must not remove the source rows, the model reloads after the move.
        return False


Chooser = Callable[[str, list[tuple[int, str]]], "int | None"]


class ThemeManager(QDialog):
    """Non-modal dialog; actions are requested through `actions` (a ThemeActions-like object)."""

    def __init__(self, model: ThemeTreeModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Themes"))
        self.setObjectName("themeManager")
        self.resize(760, 480)
        self.model = model
        self.view = QTreeView(self)
        self.view.setObjectName("themeTree")
        self.view.setAccessibleName(tr("Themes and their names in four languages"))
        self.view.setModel(model)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        model.modelReset.connect(self.view.expandAll)
        self.view.expandAll()
        self.view.setColumnWidth(0, 200)
        self.message = QLabel(self)
        self.message.setObjectName("themeMessage")
        self.message.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, title in (("new", tr("&New theme")), ("new_child", tr("New &sub-theme")),
                            ("move", tr("&Move to…")), ("merge", tr("Mer&ge into…")), ("delete", tr("&Delete")),
                            ("close", tr("Close"))):
            button = QPushButton(title, self)
            button.setObjectName(f"theme_{name}")
            row.addWidget(button)
            self.buttons[name] = button
        self.buttons["close"].clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)

    def current_id(self) -> int | None:
        node = self.model.node(self.view.currentIndex())
        return node.id if node else None

    def select(self, theme_id: int) -> None:
        self.view.setCurrentIndex(self.model.index_of(theme_id))
