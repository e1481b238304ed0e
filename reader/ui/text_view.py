"""The reading pane: a read-only QTextEdit with a keyboard caret.

A read-only QTextEdit (not a QTextBrowser) because Orca reads it as text with a caret it
follows (DESIGN §4). Links are never followed on a click: QTextEdit has no ``anchorClicked``
and never opens anything itself; the user opens a link on purpose (Ctrl+Enter or the context
menu), which emits ``link_requested`` for the window to vet.

Everything it says about positions is in model offsets (``Document.text``); the renderer's
``PositionMap`` converts to Qt positions.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from .. import messages
from ..document.model import Document, InlineStyle, Notice, NoticeKind
from .renderer import PositionMap, Rendered

# Lines of context kept above a target when scrolling to it, so a heading is not glued to the
# window's edge.
_CONTEXT_ABOVE_PX = 24


class TextView(QTextEdit):
    caret_moved = Signal(int)  # model offset of the caret
    link_requested = Signal(str)  # the user asked to open this link target

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("text_view")
        self.setReadOnly(True)
        # Keyboard-selectable gives the read-only text a visible, movable caret.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setTabChangesFocus(True)
        self.setCursorWidth(2)
        # Dropped files must reach the window (which opens them), not this widget.
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setAccessibleName(messages.text_view_name())
        self.setPlaceholderText(messages.no_document())
        self._document: Document | None = None
        self._positions = PositionMap()
        self._context_menu: QMenu | None = None
        self.cursorPositionChanged.connect(self._emit_caret)

    # --- Document ---------------------------------------------------------------------------

    @property
    def model(self) -> Document | None:
        return self._document

    @property
    def positions(self) -> PositionMap:
        return self._positions

    def show_document(self, document: Document, rendered: Rendered) -> None:
        """Replace the text; the caret goes to the start and the view to the top."""
        self._document = document
        self._positions = rendered.positions
        # Owned by the view: setDocument deletes the previous document when the view owns it.
        rendered.text_document.setParent(self)
        blocker = QSignalBlocker(self)
        self.setDocument(rendered.text_document)
        empty = not document.blocks
        self.setPlaceholderText(messages.notice(Notice(NoticeKind.EMPTY)) if empty else "")
        self.setTextCursor(QTextCursor(rendered.text_document))
        blocker.unblock()
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)
        self._emit_caret()

    # --- Caret ------------------------------------------------------------------------------

    def caret_offset(self) -> int:
        return self._positions.to_model(self.textCursor().position())

    def go_to(self, offset: int) -> None:
        """Put the caret at ``offset`` and scroll so that its line is near the top."""
        cursor = self.textCursor()
        last = self.document().characterCount() - 1
        cursor.setPosition(max(0, min(self._positions.to_qt(offset), last)))
        self.setTextCursor(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect().top() - _CONTEXT_ABOVE_PX)
        self.ensureCursorVisible()

    def _emit_caret(self) -> None:
        self.caret_moved.emit(self.caret_offset())

    # --- Links ------------------------------------------------------------------------------

    def link_at(self, offset: int) -> str | None:
        """The target of the link at ``offset``: one containing it, else one ending there
        (the caret just after a link's last character)."""
        document = self._document
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

    def link_at_caret(self) -> str | None:
        return self.link_at(self.caret_offset())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt name)
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            # Menu key / Shift+F10: about the caret, and shown at the caret.
            offset = self.caret_offset()
            where = self.viewport().mapToGlobal(self.cursorRect().bottomLeft())
        else:
            position = self.cursorForPosition(event.pos()).position()
            offset = self._positions.to_model(position)
            where = event.globalPos()
        menu = self.context_menu(event.pos(), offset)
        # The caller owns the menu Qt creates: keep it alive while it shows.
        self._context_menu = menu
        menu.popup(where)

    def context_menu(self, point: QPoint, offset: int) -> QMenu:
        """Qt's standard menu (Copy, Select All…), with "Open link" first over a link."""
        scrolled = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        menu = self.createStandardContextMenu(point + scrolled)  # wants document coordinates
        target = self.link_at(offset)
        if target is not None:
            action = QAction(messages.action_open_link(), menu)
            action.setObjectName("context_open_link")
            action.triggered.connect(lambda: self.link_requested.emit(target))
            first = menu.actions()[0] if menu.actions() else None
            menu.insertAction(first, action)
            if first is not None:
                menu.insertSeparator(first)
        return menu
