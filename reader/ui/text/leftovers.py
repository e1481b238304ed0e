"""What a document leaves behind when another is shown is freed a slice per turn of the event loop.

Leaving a 10 MB document freed two large things at once: its parsed model (about 50,000 Python
objects, 15-25 ms, in the turn that showed the next document) and, a turn later, its
QTextDocument with every block's layout (20-25 ms: Qt keeps each laid-out paragraph's shaped
text, about 50 bytes a character, until the block itself is destroyed). Opening a 300-page PDF
after it showed its first pages in the same turn as the first of these.

Here the QTextDocument loses its blocks from the end, 500 at a time, and the model
is cut into pieces of a thousand blocks dropped one per turn, once nothing else holds it.

The memory freed stays with the process (glibc's heap: 450 MB after leaving 10 MB laid out
whole), for the next document. ``malloc_trim`` would give it back to the system, but it takes
about 45 ms and holds the heap's lock all along: the window stopped for that long even with
the call in a worker thread (measured: 225 ms blocked in one turn on a loaded machine).
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QSizeF, QTimer
from PySide6.QtGui import QTextCursor, QTextDocument

from reader.document.model import Document

SLICE_S = 0.004  # of each turn spent freeing
BLOCKS_PER_CUT = 500  # a QTextDocument's blocks removed at once
PIECE = 1000  # a model's blocks (or sections) freed at once
WAIT_MS = 200  # between two looks at a model something else still holds
WAITS = 50  # then it is left to whoever holds it last


class Leftovers(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: list[QTextDocument] = []
        self._models: list[tuple[Document, int]] = []  # and how many looks are left
        self._pieces: list[tuple[object, ...]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def take_apart(self, text_document: QTextDocument) -> None:
        """Free ``text_document`` (shown no more) over the next turns."""
        # Unseen, Qt would go on laying it out on its own timer, 60 ms a turn for 10 MB.
        text_document.documentLayout().installEventFilter(self)
        self._documents.append(text_document)
        self._timer.start(0)

    def bury(self, model: Document | None) -> None:
        """Free ``model`` over the next turns once this holds the last reference to it."""
        if model is not None and model.blocks:
            self._models.append((model, WAITS))
            self._timer.start(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.Timer  # only the layouts of documents taken apart

    def busy(self) -> bool:
        return self._timer.isActive()

    def finish(self) -> None:
        """Free everything now (tests)."""
        self._models = [(model, 0) for model, _ in self._models]
        while self._timer.isActive():
            self._step(budget_s=float("inf"))

    def _step(self, budget_s: float = SLICE_S) -> None:
        deadline = time.perf_counter() + budget_s
        self._look_at_models()
        while time.perf_counter() < deadline and (self._pieces or self._documents):
            if self._pieces:
                self._pieces.pop()
            else:
                self._cut(self._documents[-1])
        if self._pieces or self._documents:
            self._timer.setInterval(0)
        elif self._models:
            self._timer.setInterval(WAIT_MS)
        else:
            self._timer.stop()

    def _look_at_models(self) -> None:
        waiting = []
        for model, looks in self._models:
            # This list's tuple, the loop's name and getrefcount's argument: no one else.
            if sys.getrefcount(model) <= 3:
                self._pieces.extend(_pieces(model))
            elif looks > 0:
                waiting.append((model, looks - 1))
            del model
        self._models = waiting

    def _cut(self, text_document: QTextDocument) -> None:
        if not text_document.pageSize().isNull():
            # Qt's layout then no longer follows the removals (each would be laid out again);
            # not in the showing turn: it visits every block (4 ms for 10 MB).
            text_document.setPageSize(QSizeF(0, 0))
            return
        count = text_document.blockCount()
        if count <= BLOCKS_PER_CUT:
            self._documents.pop()
            text_document.deleteLater()
            return
        cursor = QTextCursor(text_document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        first = text_document.findBlockByNumber(count - BLOCKS_PER_CUT)
        cursor.setPosition(first.position() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()


def _pieces(model: Document) -> list[tuple[object, ...]]:
    """The model's blocks and sections in pieces: each freed alone once the model is gone."""
    return [items[start:start + PIECE]
            for items in (model.blocks, model.sections)
            for start in range(0, len(items), PIECE)]
