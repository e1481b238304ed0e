"""Qt lays a long document out in the background in slices the window never waits on.

``QTextDocumentLayout`` lays a document out lazily after it is shown or its font changes, on a
10 ms timer of its own; but every turn of that timer lays out twice as much as the turn
before, up to 200,000 characters (about 0.15 s, more on a loaded machine), so a 1 MB
document changing size held the window several times for a tenth of a second or more. The
pacer takes that timer's turns over (it filters them out of the layout's events) and has Qt
lay the text out a little further at each turn of the event loop, for a few milliseconds:
what is on screen Qt lays out itself when it paints, the rest follows in idle time, and once
the whole document is laid out a jump anywhere (Ctrl+End on 10 MB) is instant.

A jump that arrives before the layout reaches its target would make Qt lay out everything up
to there at once (18 s for 10 MB on a loaded machine). ``when_laid_out`` holds it instead: the
layout goes on in larger slices, still short enough to keep the window answering, and the jump
is made when its target is laid out; ``waiting`` says so meanwhile, once the wait has lasted
long enough to be noticed (a jump made sooner says nothing: the reader hears the line arrive,
not "Going there…" first).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QKeySequence, QTextBlock
from PySide6.QtWidgets import QApplication, QTextEdit

from reader import messages
from reader.ui.text.part_edges import MODIFIER_KEYS, PartEdges
from reader.ui.text.text_view import TextView

IDLE_SLICE_S = 0.006  # per turn of the event loop while the reader reads on
HURRY_SLICE_S = 0.025  # per turn while a jump waits for its target
# A target this close to what is laid out is reached at once: Qt lays the rest out in a few
# tens of milliseconds (a jump is then never held in a short document).
NEAR_CHARS = 30_000
_END_KEYS = (QKeySequence.StandardKey.MoveToEndOfDocument,
             QKeySequence.StandardKey.SelectEndOfDocument)
# A wait shorter than this is not announced (crossing into the previous part of a large
# document takes about a third of a second: its end is laid out first).
SAY_WAITING_AFTER_MS = 500


class LayoutPacer(QObject):
    waiting = Signal(str)  # a jump waits for the layout to reach its target: what to say
    done_waiting = Signal(str)  # that jump was made or given up: what was said is stale
    finished = Signal()  # the whole document is laid out

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._layout: QAbstractTextDocumentLayout | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self._laid_out_to = 0  # Qt position: the text before it is laid out
        # The jump waiting: its target, its action and what ``waiting`` says of it (said once
        # ``_say_later`` is no longer running).
        self._pending: tuple[int, Callable[[], object], str] | None = None
        self._say_later = QTimer(self, singleShot=True, interval=SAY_WAITING_AFTER_MS)
        self._say_later.timeout.connect(self._say_waiting)
        view.installEventFilter(self)
        # A large document's parts: keys and the wheel past a part's edge (reader.ui.text.parts)
        self._edges = PartEdges(view, self.when_shown) if isinstance(view, TextView) else None

    def restart(self) -> None:
        """The whole text is being laid out anew (another font, another document)."""
        self._laid_out_to = 0
        self._timer.start()

    def watch(self) -> None:
        """The view shows another document (or the same one rendered anew): pace its layout."""
        self.cancel_wait()
        if self._layout is not None:
            self._layout.removeEventFilter(self)
        self._layout = self._view.document().documentLayout()
        self._layout.installEventFilter(self)
        self.restart()

    def is_laid_out(self, position: int) -> bool:
        """Whether the text is laid out up to this Qt position, or so nearly that reaching it
        costs no noticeable time."""
        return not self._timer.isActive() or position - self._laid_out_to < NEAR_CHARS

    def when_laid_out(self, position: int, action: Callable[[], object], *,
                      to_end: bool = False) -> bool:
        """Run ``action`` now if ``position`` is laid out (True), else once the layout has
        reached it (False; a later call replaces it)."""
        if self.is_laid_out(position):
            self.cancel_wait()  # one waiting before is replaced by this one
            action()
            return True
        if self._pending is not None:  # a later jump replaces it: what was said still holds
            self._pending = (position, action, self._pending[2])
            return False
        said = messages.going_to_end() if to_end else messages.going_there()
        self._pending = (position, action, said)
        if self._say_later.interval() <= 0:
            self._say_waiting()
        else:
            self._say_later.start()
        return False

    def say_waiting_after(self, milliseconds: int) -> None:
        """How long a jump waits before ``waiting`` says so (0: at once)."""
        self._say_later.setInterval(milliseconds)

    def _say_waiting(self) -> None:
        if self._pending is not None:
            self.waiting.emit(self._pending[2])

    def when_shown(self, offset: int, action: Callable[[], object], *,
                   to_end: bool = False) -> bool:
        """Every jump to a model offset goes through here: the part of a large document that
        holds it is shown first if another is (reader.ui.text.parts), then ``action`` runs once
        the text is laid out there (``when_laid_out``)."""
        view = self._view
        if not isinstance(view, TextView):
            return self.when_laid_out(offset, action, to_end=to_end)
        view.show_part_at(offset)
        return self.when_laid_out(view.positions.to_qt(offset), action, to_end=to_end)

    def waiting_for(self) -> int | None:
        return None if self._pending is None else self._pending[0]

    def cancel_wait(self) -> None:
        """No jump waits any more (made, replaced or given up): what was said of it goes."""
        if self._pending is None:
            return
        heard = not self._say_later.isActive()  # the wait outlasted the delay, or none was set
        self._say_later.stop()
        said, self._pending = self._pending[2], None
        if heard:
            self.done_waiting.emit(said)

    def finish(self) -> None:
        """Lay out the rest now (tests, and what must be measured whole)."""
        while self._timer.isActive():
            self._step()

    # --- Qt's own timer, and the slices instead -------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Timer and watched is self._layout:
            if _is_lazy_layout_timer(watched, event.timerId()):  # type: ignore[attr-defined]
                if not self._timer.isActive():  # Qt started laying out anew
                    self.restart()
                return True
            return False
        if isinstance(event, QKeyEvent) and kind == QEvent.Type.KeyPress:
            return (self._edges is not None and self._edges.key(event)) or self._held_key(event)
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.cancel_wait()  # the reader went elsewhere
        return False

    def _held_key(self, event: QKeyEvent) -> bool:
        """Ctrl+End (or Ctrl+Shift+End) before the end is laid out waits for it; any other key
        cancels a waiting jump. In a large document shown in parts, Ctrl+Home and Ctrl+End go
        to the first and the last part."""
        view = self._view
        if isinstance(view, TextView) and view.source is not None and view.model is not None:
            if event.matches(QKeySequence.StandardKey.MoveToStartOfDocument) and view.part:
                view.go_to(0)
                return True
            end_of_text = len(view.model.text)
            if event.matches(_END_KEYS[0]) and view.part < len(view.source.parts) - 1:
                self.when_shown(end_of_text, lambda: view.go_to(end_of_text), to_end=True)
                return True
        if not any(event.matches(key) for key in _END_KEYS):
            if event.key() not in MODIFIER_KEYS:  # Ctrl pressed first is not a move
                self.cancel_wait()
            return False
        end = self._view.document().characterCount() - 1
        if self.is_laid_out(end):
            return False
        replay = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
        self.when_laid_out(end, lambda: QApplication.sendEvent(self._view, replay), to_end=True)
        return True

    def _step(self) -> None:
        budget = HURRY_SLICE_S if self._pending is not None else IDLE_SLICE_S
        deadline = time.perf_counter() + budget
        document = self._view.document()
        layout = document.documentLayout()
        frontier = self._frontier()
        while frontier.isValid() and not self._near() and time.perf_counter() < deadline:
            layout.blockBoundingRect(frontier)  # Qt lays out from where it stopped to past it
            # (A block Qt passed by without laying it out, as it does after some changes of
            # format while it lays out, is left as it is: the search goes on after it.)
            frontier = self._frontier(frontier if _laid_out(frontier) else frontier.next())
        pending = self._pending
        if pending is not None and self.is_laid_out(pending[0]):
            self.cancel_wait()
            pending[1]()
        if not frontier.isValid():
            self._timer.stop()
            self.finished.emit()

    def _frontier(self, start: QTextBlock | None = None) -> QTextBlock:
        """The first block not laid out (from ``start``): Qt lays a document out in order, so
        the laid-out blocks come first, and a binary search over the block numbers finds it
        (each block found in logarithmic time)."""
        document = self._view.document()
        if start is not None and not start.isValid():
            self._laid_out_to = document.characterCount()
            return start
        low, high = (0 if start is None else start.blockNumber()), document.blockCount()
        while low < high:
            middle = (low + high) // 2
            if _laid_out(document.findBlockByNumber(middle)):
                low = middle + 1
            else:
                high = middle
        block = document.findBlockByNumber(low)
        self._laid_out_to = block.position() if block.isValid() else document.characterCount()
        return block  # invalid when all are laid out

    def block_at_top(self) -> QTextBlock:
        """The block at the top of the view. ``cursorForPosition`` finds it too, but when the
        point falls in a margin or between two paragraphs Qt looks at every block to the end
        of the document (0.2-0.5 s for 1 MB)."""
        return self.block_at(self._view.verticalScrollBar().value())

    def line_at_top(self) -> int:
        """The Qt position of the first line whose top is in the view. ``cursorForPosition``
        at the top looks at every block to the end of the document when the point falls in
        a margin or between paragraphs (0.2-0.5 s for 1 MB), and then answers the end of the
        text: the laid-out blocks are searched instead."""
        block = self.block_at_top()
        lines = block.layout()
        block_top = lines.position().y() - self._view.verticalScrollBar().value()
        for number in range(lines.lineCount()):
            line = lines.lineAt(number)
            if block_top + line.y() >= 0:
                return block.position() + line.textStart()
        following = block.next()  # the block at the top is cut: the next one is shown whole
        return (following if following.isValid() else block).position()

    def block_at(self, top: int) -> QTextBlock:
        """The block at this height in the document (in the scroll bar's pixels), among those
        laid out: past them, the first not laid out yet."""
        document = self._view.document()
        layout = document.documentLayout()
        frontier = self._frontier()
        low = 0
        high = frontier.blockNumber() if frontier.isValid() else document.blockCount()
        while low < high:  # the first block laid out whose bottom is below the top
            middle = (low + high) // 2
            if layout.blockBoundingRect(document.findBlockByNumber(middle)).bottom() <= top:
                low = middle + 1
            else:
                high = middle
        return document.findBlockByNumber(min(low, document.blockCount() - 1))

    def _near(self) -> bool:
        """The waiting jump's target is near enough: it can be made."""
        pending = self._pending
        return pending is not None and pending[0] - self._laid_out_to < NEAR_CHARS


def _laid_out(block: QTextBlock) -> bool:
    return block.layout().lineCount() > 0


def _is_lazy_layout_timer(layout: QObject, timer_id: int) -> bool:
    """The layout's lazy-layout timer runs every 10 ms; its other timer (that reports the
    document's new size to the scroll bars) is a zero-interval one, and is left alone."""
    dispatcher = QAbstractEventDispatcher.instance()
    if dispatcher is None:
        return False
    return any(info.timerId == timer_id and info.interval > 0
               for info in dispatcher.registeredTimers(layout))
