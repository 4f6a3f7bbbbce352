"""Every input in the main window and the main dialogs has a name for screen readers (an
accessible name, a label whose buddy it is, or visible text), and every one of them is
reachable with Tab, in an order that ends with the dialog's buttons."""

from __future__ import annotations

import pytest
from dialog_walk import (
    OPENERS,
    buddied,
    describe,
    has_accessible_name,
    inputs,
    is_part_of_another_input,
    tab_focusable,
    tab_inputs,
)
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QStackedWidget, QWidget


@pytest.fixture
def opened(request, main_window, qtbot, tmp_path):
    """(top-level widget, name) for the main window or one of its dialogs, closed afterwards."""
    name = request.param
    if name == "main window":
        yield main_window, name
        return
    opener = OPENERS[name]
    top = opener(main_window, tmp_path / "import.csv") if name == "import" else opener(main_window)
    assert top is not None and top.isVisible(), name
    qtbot.waitExposed(top)
    yield top, name
    top.close()
    modal = QApplication.activeModalWidget()
    if modal is not None:
        modal.close()


ALL = ["main window", *OPENERS]


def each_page(top: QWidget):
    """Show every page of every tab widget / page stack in turn (hidden pages have inputs too)."""
    yield "first page"
    for stack in top.findChildren(QStackedWidget):
        if stack.window() is top and stack.isVisibleTo(top):
            for index in range(stack.count()):
                stack.setCurrentIndex(index)
                yield f"page {index} of {stack.objectName() or type(stack.parentWidget()).__name__}"


@pytest.mark.parametrize("opened", ALL, indirect=True)
def test_every_input_has_an_accessible_name(opened):
    top, name = opened
    buddies = buddied(top)
    assert len(inputs(top)) >= 2, name  # the walk found the dialog's inputs
    for page in each_page(top):
        unnamed = [describe(w) for w in inputs(top) if not has_accessible_name(w, buddies)]
        assert not unnamed, f"{name}, {page}: inputs without an accessible name, buddy label or text: {unnamed}"


@pytest.mark.parametrize("opened", ALL, indirect=True)
def test_tab_reaches_every_input_on_every_page(opened):
    top, name = opened
    for page in each_page(top):
        reached = {id(w) for w in focus_chain(top)}
        unreachable = [describe(w) for w in tab_inputs(top) if id(w) not in reached]
        assert not unreachable, f"{name}, {page}: inputs Tab never reaches: {unreachable}"


def focus_chain(top: QWidget) -> list[QWidget]:
    """The widgets Tab visits from the top, in order (Qt's focus chain, filtered as Qt does)."""
    chain, widget = [], top.nextInFocusChain()
    while widget is not top and len(chain) < 2000:
        if widget.window() is top and widget.isVisibleTo(top) and widget.isEnabled() and tab_focusable(widget):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


@pytest.mark.parametrize("opened", ALL, indirect=True)
def test_tab_reaches_every_input_and_buttons_come_last(opened):
    top, name = opened
    chain = focus_chain(top)
    positions = {id(w): i for i, w in enumerate(chain)}
    unreachable = [describe(w) for w in tab_inputs(top) if id(w) not in positions]
    assert not unreachable, f"{name}: inputs Tab never reaches: {unreachable}"
    box_buttons = [b for box in top.findChildren(QDialogButtonBox) if box.window() is top and box.isVisibleTo(top)
                   for b in box.buttons() if id(b) in positions]
    if box_buttons:
        first_button = min(positions[id(b)] for b in box_buttons)
        late_inputs = [describe(w) for w in chain[first_button:] if w not in box_buttons
                       and _is_in_form(w, top) and not is_part_of_another_input(w, top)]
        assert not late_inputs, f"{name}: inputs after the OK/Cancel buttons in the Tab order: {late_inputs}"


def _is_in_form(widget: QWidget, top: QWidget) -> bool:
    """True for inputs above the button box (forms, tables), i.e. not in the button row itself."""
    boxes = [b for b in top.findChildren(QDialogButtonBox) if b.window() is top]
    return not any(box.isAncestorOf(widget) for box in boxes)
