"""The links of the text view: which one is at an offset of the model, and "Open link" put
first in the view's standard context menu (shown at the caret from the keyboard)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QMenu

from reader import messages
from reader.document.model import Document, InlineStyle

if TYPE_CHECKING:
    from reader.ui.text.text_view import TextView


def link_at(document: Document | None, offset: int) -> str | None:
    """The target of the link at ``offset``: one containing it, else one ending there (the
    caret just after a link's last character)."""
    if document is None or not document.blocks:
        return None
    block = document.blocks[document.block_index_at(offset)]
    links = [i for i in block.inlines if i.style is InlineStyle.LINK]
    for inline in links:
        if inline.start <= offset < inline.end:
            return inline.target
    for inline in links:
        if inline.end == offset:
            return inline.target
    return None


def add_open_link(menu: QMenu, target: str, open_link: Callable[[str], object]) -> None:
    """"Open link" at the top of ``menu``, above a separator."""
    action = QAction(messages.action_open_link(), menu)
    action.setObjectName("context_open_link")
    action.triggered.connect(lambda: open_link(target))
    if menu.actions():
        first = menu.actions()[0]
        menu.insertAction(first, action)
        menu.insertSeparator(first)
    else:
        menu.addAction(action)


def pop_up_menu(view: TextView, event: QContextMenuEvent) -> QMenu:
    """The view's context menu for ``event``, shown: at the caret and about it from the
    keyboard (Menu key, Shift+F10), else at the pointer and about the text under it."""
    if event.reason() == QContextMenuEvent.Reason.Keyboard:
        offset = view.caret_offset()
        where = view.viewport().mapToGlobal(view.cursorRect().bottomLeft())
    else:
        offset = view.positions.to_model(view.cursorForPosition(event.pos()).position())
        where = event.globalPos()
    menu = view.context_menu(event.pos(), offset)
    menu.popup(where)
    return menu


def context_menu(view: TextView, point: QPoint, offset: int) -> QMenu:
    """Qt's standard menu (Copy, Select All…), with "Open link" first over a link."""
    scrolled = QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    menu = view.createStandardContextMenu(point + scrolled)  # wants document coordinates
    target = view.link_at(offset)
    if target is not None:
        add_open_link(menu, target, view.link_requested.emit)
    view.menu_opening.emit(menu, offset)
    return menu
