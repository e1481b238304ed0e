"""What the start-up waits for: the window's first paint. Work that the first paint does not
need waits until it has happened (docs/performance.md, "Start-up"), the first document is read
while the window is built, and the benchmarks learn when the paint happened."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class AfterFirstPaint(QObject):
    """Runs ``callback`` a moment after the watched widget first paints: heavy imports wait
    until the user sees the document (docs/architecture.md#text-view-and-start-up)."""

    DELAY_MS = 250  # lets the first frames out before speech loads

    def __init__(self, callback: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(self.DELAY_MS, self._callback)
        return False


class FirstPaintProbe(QObject):
    """For the benchmarks: print when the text is first painted, then quit
    (READER_FIRST_PAINT_PROBE=1: start-up) or stay (=stay: memory, measured later)."""

    def __init__(self, quit_after: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit_after = quit_after

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # Wall-clock time, and the CPU time the process has used (steadier on a loaded machine)
            print("first-paint", time.time(), time.process_time(), flush=True)
            watched.removeEventFilter(self)
            if self._quit_after:
                QTimer.singleShot(0, QApplication.quit)
        return False


Loaded = TypeVar("Loaded")


class StartedEarly(Generic[Loaded]):
    """``load`` (a path's document), begun at once for ``path`` on a thread of its own: the
    window is built meanwhile, and its first call for ``path`` waits for that result (or its
    exception) instead of loading again. Other paths, and ``path`` again, load as before.

    Both are Python and share the interpreter: the gain is what the window's building spends
    outside it (Qt's own work, the disk), about a tenth on a first open of the seed.
    """

    def __init__(self, load: Callable[[str], Loaded], path: str) -> None:
        self._load = load
        self._path = path
        self._result: Loaded | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = threading.Thread(
            target=self._run, name="first-document", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._result = self._load(self._path)
        except BaseException as error:  # raised again where the window asks for it
            self._error = error

    def __call__(self, path: str) -> Loaded:
        thread, self._thread = self._thread, None
        if thread is None or path != self._path:
            return self._load(path)
        thread.join()
        result, error, self._result, self._error = self._result, self._error, None, None
        if error is not None:
            raise error
        assert result is not None
        return result
