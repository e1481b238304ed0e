"""Python's cyclic garbage collection, on the window's thread only.

Python collects cycles on whichever thread allocates when a threshold is crossed: a worker's
too (the document-open worker, the find worker, speech's). A QObject, or the Python object of
one, left in a cycle is then deleted on that thread, and Qt's rule is that a QObject is
deleted on the thread it lives on: breaking it crashes the app, or corrupts it, at random.

So the window's process switches automatic collection off for good (``gc.disable``: the
counts and thresholds go on as before) and collects from a timer on the window's thread what
Python would have collected: every ``CHECK_MS`` it compares the counts with the thresholds
(``long_lived.collection_due``: three integers) and collects the generation Python would,
with its rule for the oldest one. A collection a worker asks for (``long_lived.collected``:
before a large document is frozen, after a format's reader left cycles) is run on the
window's thread too, the worker waiting for it. The command line and scripts have no window:
Python's automatic collection stays theirs.
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from reader.document import long_lived

CHECK_MS = 100  # 700 allocations of a busy turn are well under a tenth of a second
# How long a worker waits for the window's thread to collect for it: a window busy that long
# leaves the garbage to a later collection (kept longer, or frozen with a large document).
WORKER_WAITS_S = 5.0


class WindowThreadCollector(QObject):
    """Runs every collection of the process on this object's thread, from ``start`` until
    ``stop`` (Python's automatic collection is then as it was)."""

    _asked = Signal(int, object)  # (generation, the worker's Event): queued to this thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._asked.connect(self._collect_asked)
        self._was_enabled: bool | None = None
        self._stopped = False  # for good: a start asked later (a timer of run_gui's) is ignored
        # The oldest generation's size after its last collection: Python collects it again
        # only once a quarter as many objects reached it since (its "long-lived" rule).
        self._oldest_kept = 0

    @property
    def running(self) -> bool:
        return self._was_enabled is not None

    def start(self) -> None:
        if self.running or self._stopped:
            return
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._oldest_kept = len(gc.get_objects(generation=2))
        long_lived.collect_on_window_thread(self._collect_for)
        self._timer.start()

    def stop(self) -> None:
        """Collection as it was before ``start``: off in the reader's process, whose
        ``run_gui`` then returns (a worker still running must not collect while the window is
        torn down; the interpreter's last collection runs on the main thread), on for a caller
        that had it on (a test)."""
        self._stopped = True
        if not self.running:
            return
        self._timer.stop()
        long_lived.collect_on_window_thread(None)
        if self._was_enabled:
            gc.enable()
        self._was_enabled = None

    def collect_if_due(self) -> None:
        """Collect the generation Python's automatic collection would collect now, if any."""
        generation = long_lived.collection_due()
        if generation == 2 and self._oldest_grew_too_little():
            generation = long_lived.collection_due(youngest_two_only=True)
        if generation is not None:
            self._collect(generation)

    def _oldest_grew_too_little(self) -> bool:
        """Whether fewer objects reached the oldest generation since its last collection than
        a quarter of those it kept: Python then collects a younger one instead."""
        return len(gc.get_objects(generation=2)) - self._oldest_kept < self._oldest_kept // 4

    def _collect(self, generation: int) -> None:
        gc.collect(generation)
        if generation == 2:
            self._oldest_kept = len(gc.get_objects(generation=2))

    def _collect_for(self, generation: int) -> None:
        """A collection a thread asked for (``long_lived.collected``): here, or on this
        object's thread, waited for."""
        if QThread.currentThread() == self.thread():
            self._collect(generation)
            return
        done = threading.Event()
        try:
            self._asked.emit(generation, done)
        except RuntimeError:  # the window is gone: nothing collects any more
            return
        done.wait(WORKER_WAITS_S)

    def _collect_asked(self, generation: int, done: object) -> None:
        try:
            self._collect(generation)
        finally:
            if isinstance(done, threading.Event):
                done.set()
