"""The reader's place stays where it was on screen through every change of layout.

A bigger text, other spacing, a font, margins, a theme, focus mode, full screen, a resized
window or a panel shown or hidden all lay the text out anew. Qt keeps the scroll bar's value in
pixels, so without help the view would show other text (after four Ctrl+= from question 5, the
answer to question 1). The keeper remembers, before the change, the *anchor*: the place's line
(the word read aloud while reading, else the caret; ``ReaderContext.place``), or the line at the
top of the view when the place is out of sight, and its height in the window. After the change
it scrolls that line back to that height.

Relayouts are not all done at once: Qt lays a long document out lazily (the scroll bar's range
grows afterwards), the typography updates spaced blocks in slices, a window manager resizes in
steps. So the anchor is *held* and put back after each of those, until the user moves on: the
place changes (a jump, the caret moved, the next word read), the user scrolls, or another
document is shown. A burst of changes (Ctrl+= four times) keeps the first anchor, so nothing
drifts.

Callers wrap a change in ``ReaderContext.keeping_place()``; a resized text view (a panel, the
window, full screen) is held and restored without them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QTextCursor

from reader.ui.text.text_view import TextView
from reader.ui.text.typography import Typesetter


@dataclass(frozen=True, slots=True)
class Anchor:
    place: int  # the place when held: another place means the user moved on
    offset: int  # the model offset of the line kept (the place's, or the top line's)
    window_y: int  # the top of that line, in the window's coordinates


class PlaceKeeper(QObject):
    def __init__(self, view: TextView, typesetter: Typesetter,
                 place: Callable[[], int]) -> None:
        super().__init__(view)
        self._view = view
        self._typesetter = typesetter
        self._place = place
        self._anchor: Anchor | None = None
        self._restoring = False
        # Where the view was last drawn in the window: when a resize reaches the view, the
        # window's layout has already moved it (a menu bar hidden, a message shown above).
        self._shown_top: int | None = None
        view.viewport().installEventFilter(self)
        view.resizing.connect(self.hold)
        view.resized.connect(self.restore)
        bar = view.verticalScrollBar()
        bar.rangeChanged.connect(self.restore)  # the lazy layout went further
        bar.actionTriggered.connect(self.release)  # the user scrolled (wheel, scroll bar)
        typesetter.relaid_out.connect(self.restore)

    @property
    def anchor(self) -> Anchor | None:
        return self._anchor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._shown_top = self._viewport_top()
        return False

    def _viewport_top(self) -> int:
        return self._view.viewport().mapTo(self._view.window(), QPoint(0, 0)).y()

    @contextmanager
    def kept(self) -> Iterator[None]:
        self.hold()
        try:
            yield
        finally:
            self.restore()

    def hold(self) -> None:
        """Remember the anchor, unless one is held for the same place (a burst of changes)."""
        place = self._place()
        if self._anchor is not None and self._anchor.place == place:
            return
        self._anchor = self._anchor_at(place)

    def release(self) -> None:
        self._anchor = None

    def carry(self, anchor: Anchor | None, caret: int) -> None:
        """After the document shown gave way to one that begins with the same text (a long
        PDF's first pages, then the whole of it), where the reader was in the first: the caret
        at ``caret`` and ``anchor``'s line (held before) back at its height."""
        view = self._view
        view.show_part_at(caret)  # of a large document (reader.ui.text.parts)
        cursor = QTextCursor(view.document())
        last = view.document().characterCount() - 1
        cursor.setPosition(max(0, min(view.positions.to_qt(caret), last)))
        view.setTextCursor(cursor)
        if anchor is not None:
            self._anchor = replace(anchor, place=self._place())
            self.restore()

    def restore(self) -> None:
        """The anchor's line back at its height (within the view, and whole if it fits)."""
        anchor = self._anchor
        # (While the view takes a new page its signals are blocked and its caret is not yet
        # back: the place would seem to have moved, and the anchor would be dropped.)
        if anchor is None or self._restoring or self._view.signalsBlocked():
            return
        if self._place() != anchor.place:
            self._anchor = None  # the user moved on: where they went is theirs
            return
        view = self._view
        viewport = view.viewport()
        top, height = self._line(anchor.offset)
        wanted = viewport.mapFrom(view.window(), QPoint(0, anchor.window_y)).y()
        wanted = max(0, min(wanted, viewport.height() - height))
        bar = view.verticalScrollBar()
        self._restoring = True
        try:
            bar.setValue(bar.value() + top - wanted)
        finally:
            self._restoring = False

    def _anchor_at(self, place: int) -> Anchor | None:
        view = self._view
        if view.document().isEmpty():
            return None
        viewport = view.viewport()
        offset = place
        top, height = self._line(place)
        if top + height <= 0 or top >= viewport.height():
            # The place is out of sight (the user scrolled away from the caret): keep what
            # they see, from its first whole line.
            offset = self._first_line_shown()
            top, height = self._line(offset)
        shown_top = self._viewport_top() if self._shown_top is None else self._shown_top
        return Anchor(place, offset, shown_top + top)

    def _first_line_shown(self) -> int:
        """The model offset of the first line whose top is in the view."""
        return self._view.positions.to_model(self._typesetter.layout.line_at_top())

    def _line(self, offset: int) -> tuple[int, int]:
        """The top and height of the line at a model offset, in viewport pixels (laid out
        first if it was not yet)."""
        view = self._view
        cursor = QTextCursor(view.document())
        last = view.document().characterCount() - 1
        cursor.setPosition(max(0, min(view.positions.to_qt(offset), last)))
        rect = view.cursorRect(cursor)
        return rect.top(), rect.height()
