"""The reading pane: a read-only QTextEdit with a keyboard caret.

A read-only QTextEdit (not a QTextBrowser) because Orca reads it as text with a caret it
follows (docs/architecture.md#text-view-and-start-up). Links are never followed on a click:
QTextEdit has no ``anchorClicked`` and never opens anything itself; the user opens a link on purpose
(Ctrl+Enter or the context menu), which emits ``link_requested`` for the window to vet.

Everything it says about positions is in model offsets (``Document.text``); the renderer's
``PositionMap`` converts to Qt positions.

What it highlights (the sentence and the word read aloud, find's matches) is ``highlights``
(reader.ui.text.highlights): extra selections, which a screen reader does not announce, in named
layers. While reading aloud the caret stays where the user left it; only the view scrolls to
keep the word in sight, into another part of a large document if need be (``show_reading``).

Line focus (``set_line_focus``) is painted over the text after it (reader.ui.text.line_focus),
around the word being read or else the caret, so the highlight layers keep their colours inside it.
Ctrl+wheel asks the window for a bigger or smaller text (``zoom_requested``) instead of
QTextEdit's own zoom, so the reader's size setting stays the one truth.

Line focus, links and notes' marks (reader.ui.text.line_focus, .text_links, .note_marks) are
imported when first used, not on the way to the first paint: most starts use none of them
before it (docs/performance.md, "Start-up (session 20)").
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QPaintEvent, QResizeEvent, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget
from shiboken6 import createdByPython

from reader import messages
from reader.appearance.hyphenation import SOFT_HYPHEN
from reader.document.model import Document, Notice, NoticeKind
from reader.ui.text.highlights import Highlights
from reader.ui.text.jump_scroll import keep_in_sight, scroll_to_show
from reader.ui.text.leftovers import Leftovers
from reader.ui.text.parts_ahead import Page, PartsAhead
from reader.ui.text.renderer import PartSource, PositionMap, Rendered, SpacedBlock
from reader.ui.text.soft_hyphens import SoftHyphenCaret
from reader.ui.text.tables import Table

CONTEXT_LINES = 2  # shown above the target of a jump (fewer at very large type)


class TextView(QTextEdit):
    caret_moved = Signal(int)  # model offset of the caret
    link_requested = Signal(str)  # the user asked to open this link target
    zoom_requested = Signal(int)  # Ctrl+wheel: +1 bigger, -1 smaller
    resizing = Signal()  # the text is about to be laid out to the view's new size...
    resized = Signal()  # ... and now is (reader.ui.text.place_keeper)
    menu_opening = Signal(QMenu, int)  # a context menu about this offset: others may add to it
    part_shown = Signal(object)  # another part of a large document is shown: its Rendered

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
        self._source: PartSource | None = None  # a large document's, shown a part at a time
        self._part = 0  # the part shown
        self._part_layout: tuple[tuple[SpacedBlock, ...], tuple[Table, ...]] = ((), ())
        self._context_menu: QMenu | None = None
        self._line_focus_lines = 0  # 0: off
        self.focus_band: tuple[int, int] | None = None  # last painted, viewport pixels
        self.highlights = Highlights(self)
        self.cursorPositionChanged.connect(self._emit_caret)
        self._soft_hyphens = SoftHyphenCaret(self)
        self.leftovers = Leftovers(self)  # what a document shown before leaves behind
        self.parts_ahead = PartsAhead(self._page, self)  # the next parts, rendered ahead

    # --- Document ---------------------------------------------------------------------------

    @property
    def model(self) -> Document | None:
        return self._document

    @property
    def positions(self) -> PositionMap:
        return self._positions

    def show_document(self, document: Document, rendered: Rendered) -> None:
        """Replace the text; the caret goes to the start and the view to the top."""
        self.leftovers.bury(self._document)
        self._document = document
        self._positions = rendered.positions
        self._source, self._part = rendered.source, rendered.part
        self._part_layout = rendered.spaced_blocks, rendered.tables
        blocker = QSignalBlocker(self)
        self.highlights.forget()
        self._adopt(rendered)
        empty = not document.blocks
        self.setPlaceholderText(messages.notice(Notice(NoticeKind.EMPTY)) if empty else "")
        self.setTextCursor(QTextCursor(rendered.text_document))
        blocker.unblock()
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)
        self._emit_caret()
        self.parts_ahead.page_shown()

    def replace_rendering(self, rendered: Rendered, top: int | None = None) -> None:
        """The same document laid out anew (hyphenated or not): the caret, the selection, the
        highlights and the line at the top (``top``, a model offset, if the caller knows it)
        stay where they were in the text (a large document's part too)."""
        old = self._positions
        cursor = self.textCursor()
        anchor, caret = old.to_model(cursor.anchor()), old.to_model(cursor.position())
        top = old.to_model(self.cursorForPosition(QPoint(0, 0)).position()) if top is None else top
        source = rendered.source
        if source is not None and source.parts.index_at(caret) != rendered.part:
            rendered.text_document.deleteLater()  # the first part: the caret is in another
            rendered = self.parts_ahead.render(source, source.parts.index_at(caret),
                                               rendered.text_document.defaultFont(),
                                               self.palette(), self)
        self._source, self._part = rendered.source, rendered.part
        self._part_layout = rendered.spaced_blocks, rendered.tables
        blocker = QSignalBlocker(self)
        self._swap(rendered)
        self._scroll_to_top(top)  # that line at the top, then the caret back where it was:
        cursor = QTextCursor(rendered.text_document)
        cursor.setPosition(self._positions.to_qt(anchor))
        cursor.setPosition(self._positions.to_qt(caret), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        blocker.unblock()
        self.parts_ahead.page_shown()

    def adopt_positions(self, positions: PositionMap) -> None:  # soft hyphens (long_words)
        self._positions = positions
    # --- A large document's parts (reader.ui.text.parts) ----------------------------------

    @property
    def source(self) -> PartSource | None:
        """The large document shown a part at a time; None: the document is shown whole."""
        return self._source

    @property
    def part(self) -> int:
        return self._part

    @property
    def part_layout(self) -> tuple[tuple[SpacedBlock, ...], tuple[Table, ...]] | None:
        """The spaced blocks and tables of the part shown (numbered in it); None when the
        document is shown whole."""
        return None if self._source is None else self._part_layout

    def _page(self) -> Page:
        return self._source, self._part, self.document().defaultFont(), self.palette()

    def show_part_at(self, offset: int) -> bool:
        """Show the part holding ``offset``, unless it is shown (False). The caret goes to the
        part's start: Qt would lay out at once all the text up to a caret further on (the
        caller moves it once laid out: ``LayoutPacer.when_shown``)."""
        source = self._source
        if source is None or self._positions.holds(offset):
            return False
        rendered = self.parts_ahead.render(source, source.parts.index_at(offset),
                                           self.document().defaultFont(), self.palette(), self)
        self._part, self._part_layout = rendered.part, (rendered.spaced_blocks, rendered.tables)
        blocker = QSignalBlocker(self)
        self._swap(rendered)
        self.setTextCursor(QTextCursor(rendered.text_document))
        blocker.unblock()
        self.verticalScrollBar().setValue(0)
        self.part_shown.emit(rendered)  # its typography (reader.ui.text.typography)
        self._emit_caret()
        self.parts_ahead.page_shown()
        return True

    def _swap(self, rendered: Rendered) -> None:
        """Show ``rendered`` in place of the text shown; the highlights follow their text."""
        highlights = self.highlights.in_model()
        self._positions = rendered.positions
        self._adopt(rendered)
        self.highlights.put_back(highlights)

    def _adopt(self, rendered: Rendered) -> None:
        """Show ``rendered``'s document; the one before, if the renderer's, is freed (setDocument
        keeps it: it held its memory, and Qt went on laying it out unseen, 70 ms a turn, 10 MB)."""
        previous, ours = self.document(), createdByPython(self.document())  # not parent(): 30 ms
        rendered.text_document.setParent(self)
        self.setDocument(rendered.text_document)
        if ours and previous is not rendered.text_document:
            self.leftovers.take_apart(previous)

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copied text without the page's soft hyphens (reader.appearance.hyphenation), and a
        note's mark as written ("1", not the "¹" shown: reader.ui.text.note_marks)."""
        from reader.ui.text.note_marks import holds_note_mark  # when first used (see above)

        data = super().createMimeDataFromSelection()
        shown = data.text()  # first: Qt fills the data when first read, over any set before
        cursor = self.textCursor()
        start, end = (self._positions.to_model(cursor.selectionStart()),
                      self._positions.to_model(cursor.selectionEnd()))
        document = self._document
        if document is not None and holds_note_mark(document, start, end):
            data.setText(document.text[start:end])
        elif SOFT_HYPHEN in shown:
            data.setText(shown.replace(SOFT_HYPHEN, ""))
        return data

    # --- Caret ------------------------------------------------------------------------------

    def caret_offset(self) -> int:
        return self._positions.to_model(self.textCursor().position())

    def go_to(self, offset: int) -> None:
        """Put the caret at ``offset`` and show its line whole near the top, with a line or two
        of the text before it above (whole lines: none cut at the top edge)."""
        self.show_part_at(offset)
        cursor = self.textCursor()
        last = self.document().characterCount() - 1
        cursor.setPosition(max(0, min(self._positions.to_qt(offset), last)))
        self.setTextCursor(cursor)
        scroll_to_show(self, cursor, context_lines=CONTEXT_LINES)
        self.ensureCursorVisible()

    def _scroll_to_top(self, offset: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(self._positions.to_qt(offset),
                                      self.document().characterCount() - 1)))
        scroll_to_show(self, cursor, context_lines=0)

    def _emit_caret(self) -> None:
        if self._line_focus_lines:
            self.viewport().update()
        self.caret_moved.emit(self.caret_offset())

    # --- Line focus and zoom ----------------------------------------------------------------

    def set_line_focus(self, lines: int) -> None:
        """Dim all but ``lines`` lines around the caret or the word read; 0 turns it off."""
        self._line_focus_lines = max(0, lines)
        self.focus_band = None
        self.viewport().update()

    def line_focus_position(self) -> int:
        """The Qt position the band is centred on: the word (or sentence) read, else the caret."""
        reading = self.highlights.reading_place()
        if reading is not None:
            return self._positions.to_qt(reading[0])
        return self.textCursor().position()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._line_focus_lines and self.document().characterCount() > 1:
            from reader.ui.text import line_focus  # when first used (see above)

            before = self.focus_band
            self.focus_band = line_focus.paint(self, self.line_focus_position(),
                                               self._line_focus_lines)
            if self.focus_band != before and event.rect() != self.viewport().rect():
                # A partial repaint (the highlight cleared, the caret blinking) found the band
                # moved: the rest of the page still shows the old one.
                self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.resizing.emit()
        super().resizeEvent(event)
        self.resized.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y()
            if steps:
                self.zoom_requested.emit(1 if steps > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    # --- Reading aloud ----------------------------------------------------------------------

    def show_reading(self, sentence: tuple[int, int] | None,
                     word: tuple[int, int] | None = None) -> None:
        """Highlight the sentence and the word heard (model ranges) and keep them in view."""
        shown = self.highlights.shows_reading
        if sentence is not None and shown:
            self.show_part_at(sentence[0])  # the caret goes with the reading into another part
        self.highlights.set_reading(sentence, word)
        if self._line_focus_lines:
            self.viewport().update()
        target = word or sentence
        if target is not None and shown:
            keep_in_sight(self, self.highlights.cursor_over(*target))

    # --- Links ------------------------------------------------------------------------------

    def link_at(self, offset: int) -> str | None:
        """The target of the link at ``offset`` (or just before it)."""
        from reader.ui.text import text_links  # when first used (see above)

        return text_links.link_at(self._document, offset)

    def link_at_caret(self) -> str | None:
        return self.link_at(self.caret_offset())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        from reader.ui.text import text_links

        # The caller owns the menu Qt creates: kept alive while it shows.
        self._context_menu = text_links.pop_up_menu(self, event)

    def context_menu(self, point: QPoint, offset: int) -> QMenu:
        """Qt's standard menu (Copy, Select All…), with "Open link" first over a link."""
        from reader.ui.text import text_links

        return text_links.context_menu(self, point, offset)

