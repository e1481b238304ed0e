"""The links of the text view: which one is at an offset of the model, and "Open link" put
first in the view's standard context menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from reader import messages
from reader.document.model import Document, InlineStyle


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
