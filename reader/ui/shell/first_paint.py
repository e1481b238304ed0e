"""What the start-up waits for: the window's first paint. Work that the first paint does not
need waits until it has happened (docs/performance.md, "Start-up"), and the benchmarks learn
when it happened."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class AfterFirstPaint(QObject):
    """Runs ``callbacks``, in their order, a moment after the watched widget first paints:
    heavy imports wait until the user sees the document
    (docs/architecture.md#text-view-and-start-up).

    One filter for them all: each filter on the text's viewport runs Python for every event
    the viewport gets before its first paint (docs/performance.md, "Start-up (session 21)")."""

    DELAY_MS = 250  # lets the first frames out before speech loads

    def __init__(self, callbacks: Sequence[Callable[[], None]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callbacks = tuple(callbacks)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            for callback in self._callbacks:  # a timer each: one failing stops none of the others
                QTimer.singleShot(self.DELAY_MS, callback)
        return False


class FirstPaintProbe(QObject):
    """For the benchmarks: print when the text is first painted, then quit
    (READER_FIRST_PAINT_PROBE=1: start-up) or stay (=stay: memory, measured later)."""

    def __init__(self, quit_after: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit_after = quit_after

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # Wall-clock time, and the CPU time the process has used (steadier on a loaded
            # machine), with its children's it waited for (a first open's parse ahead)
            children = os.times()
            print("first-paint", time.time(),
                  time.process_time() + children.children_user + children.children_system,
                  flush=True)
            watched.removeEventFilter(self)
            if self._quit_after:
                QTimer.singleShot(0, QApplication.quit)
        return False
