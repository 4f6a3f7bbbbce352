import pytest
from kpstamps.db.models import Series, Theme, series_theme
from kpstamps.ui.editing.theme_manager import TOP_LEVEL
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import select, text


@pytest.fixture
def feature(main_window):
    feature = main_window.themes_feature
    feature.open_manager()
    return feature


def _theme(main_window, key):
    with main_window.catalogue.sessions() as s:
        theme = s.scalar(select(Theme).where(Theme.key == key))
        return None if theme is None else (theme.id, theme.parent.key if theme.parent else None, theme.name_en)


def _links(main_window, key):
    with main_window.catalogue.sessions() as s:
        return sorted(s.scalars(select(Series.id).join(series_theme).join(Theme).where(Theme.key == key)))


def test_menu_opens_non_modal_manager_and_model_is_consistent(main_window, qtbot, qtmodeltester):
    action = main_window.findChild(type(main_window.themes_feature.action), "openThemeManager")
    action.trigger()
    manager = main_window.themes_feature.manager
    assert manager.isVisible() and not manager.isModal()
    qtmodeltester.check(manager.model, force_py=True)
    sport = manager.model.index_of(_theme(main_window, "sport")[0])
    assert manager.model.rowCount(sport) == 2
    assert manager.model.data(manager.model.index(1, 3, sport)) == "乒乓球"


def test_drag_and_drop_moves_and_undo(main_window, feature):
    from PySide6.QtWidgets import QAbstractItemView

    view = feature.manager.view  # the tree drags its own rows and drops them on a theme
    assert view.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    assert view.dragEnabled() and view.viewport().acceptDrops()
    model = feature.model
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDropEnabled
    football_id = _theme(main_window, "sport.football")[0]
    friendship = model.index_of(_theme(main_window, "friendship")[0])
    mime = model.mimeData([model.index_of(football_id)])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, friendship)
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, friendship)
    assert _theme(main_window, "sport.football")[1] == "friendship"
    assert model.node(model.index_of(football_id)).parent_id == friendship.internalId()
    assert main_window.undo_stack.undoText().startswith("Move theme Football under")
    main_window.undo_stack.undo()
    assert _theme(main_window, "sport.football")[1] == "sport"
    mime = model.mimeData([model.index_of(football_id)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())  # to the top level
    assert _theme(main_window, "sport.football")[1] is None


def test_move_into_own_descendant_is_refused(main_window, feature):
    sport_id, football_id = _theme(main_window, "sport")[0], _theme(main_window, "sport.football")[0]
    depth = main_window.undo_stack.count()
    model = feature.model
    model.dropMimeData(model.mimeData([model.index_of(sport_id)]), Qt.DropAction.MoveAction, -1, -1,
                       model.index_of(football_id))
    assert _theme(main_window, "sport")[1] is None
    assert "under itself" in feature.manager.message.text()
    assert main_window.undo_stack.count() == depth


def test_rename_in_place_and_undo(main_window, feature):
    model = feature.model
    index = model.index_of(_theme(main_window, "new_year")[0], 2)  # the English column
    assert model.setData(index, "Lunar New Year")
    assert _theme(main_window, "new_year")[2] == "Lunar New Year"
    main_window.undo_stack.undo()
    assert _theme(main_window, "new_year")[2] == "New Year"


def test_merge_via_button_keeps_links(main_window, feature):
    russia, china = _theme(main_window, "friendship.russia")[0], _theme(main_window, "friendship.china")[0]
    linked = _links(main_window, "friendship.russia") + _links(main_window, "friendship.china")
    feature.manager.select(russia)
    offered = []
    feature.choose_theme = lambda title, options: offered.append(options) or china
    feature.manager.buttons["merge"].click()
    assert _theme(main_window, "friendship.russia") is None
    assert _links(main_window, "friendship.china") == sorted(linked)
    assert russia not in [i for i, _label in offered[0]] and TOP_LEVEL not in [i for i, _ in offered[0]]
    assert main_window.undo_stack.undoText().startswith("Merge theme DPRK–Russia friendship into")
    main_window.undo_stack.undo()
    assert _links(main_window, "friendship.russia") == linked[:1]
    main_window.undo_stack.redo()
    assert _theme(main_window, "friendship.russia") is None


def test_delete_used_theme_needs_reassignment(main_window, feature):
    tennis = _theme(main_window, "sport.table_tennis")[0]
    feature.manager.select(tennis)
    feature.choose_theme = lambda title, options: None  # the collector cancels
    feature.manager.buttons["delete"].click()
    assert _theme(main_window, "sport.table_tennis") is not None
    assert "still in use" in feature.manager.message.text()
    feature.delete(tennis)  # directly: the service refuses
    assert "used by 1 series" in feature.manager.message.text()
    new_id = feature.create(None, {"en": "Flowers"})
    feature.manager.select(new_id)
    feature.manager.buttons["delete"].click()  # unused: deleted without asking
    assert _theme(main_window, "flowers") is None
    main_window.undo_stack.undo()
    assert _theme(main_window, "flowers")[0] == new_id
    main_window.undo_stack.undo()  # undo the creation
    assert _theme(main_window, "flowers") is None
    main_window.undo_stack.redo()
    assert _theme(main_window, "flowers")[0] == new_id


def test_rename_through_the_tree_editor(main_window, feature, qtbot):
    from PySide6.QtWidgets import QLineEdit

    view = feature.manager.view
    index = feature.model.index_of(_theme(main_window, "new_year")[0], 2)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Lunar New Year")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main_window.undo_stack.count() > 0)  # the delegate commits queued
    assert _theme(main_window, "new_year")[2] == "Lunar New Year"
    assert feature.model.data(feature.model.index_of(_theme(main_window, "new_year")[0], 0)) == "Lunar New Year"


def test_names_in_four_scripts_through_an_input_method(main_window, feature):
    from ime_input import ime_type_in_cell
    from kpstamps.domain.enums import LANGS

    theme_id = feature.create(None, {"en": "Flowers"})
    names = {"ko": "꽃", "en": "Flowers", "zh": "花卉", "ru": "Цветы"}
    for column, lang in enumerate(LANGS, start=1):
        if lang.value != "en":
            ime_type_in_cell(feature.manager.view, feature.model.index_of(theme_id).row(), column, names[lang.value])
    with main_window.catalogue.sessions() as s:
        row = s.execute(text("SELECT name_ko, name_en, name_zh, name_ru FROM theme WHERE id = :id"),
                        {"id": theme_id}).one()
    assert tuple(row) == tuple(names.values())
    assert main_window.undo_stack.undoText() == "Rename theme Flowers to Цветы"
