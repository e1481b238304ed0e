"""Find in a large document off the window's thread: folding 10 MB and listing a common
letter's matches held the window 3.5 s. One worker thread; only the latest query is searched
(letters typed while it works replace the one waiting, and stop the one under way).

What crosses to the window is one object (a ``MatchSpans``: two arrays), never a Python list:
a signal declared with ``list`` copies each element into a Qt variant, 1.3 s in the worker and
0.8 s in the window for a letter's 1.5 million matches. The worker works a piece of the text at
a time (``reader.document.search.PIECE``), so Python's lock goes back to the window often.

The worker is a daemon thread of its own, not a ``ThreadPoolExecutor``'s: Python joins an
executor's threads when it exits, so a reader who quit while 45 MB was being folded waited for
the fold, and a worker that never finished kept the app from ever ending (issue 17); and an
executor starts its thread inside ``submit`` while it holds a lock every executor of the process
shares, so a collection on the window's thread at that moment whose finalizer reached any
executor waited for good (docs/reliability.md#the-find-worker-and-the-collector). The thread is
started outside every lock, and jobs reach it through a queue."""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from reader.document.search import FoldedText

# What the worker is given: a job and its arguments, or None once its owner is gone.
_Jobs = queue.SimpleQueue[tuple[Callable[..., object], tuple[object, ...]] | None]

# Below this many characters a search takes a few milliseconds: done at once, in place.
LARGE_CHARS = 500_000


class BackgroundSearch(QObject):
    # text searched (the document's), query, its MatchSpans: delivered on the window's thread
    found = Signal(object, str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: _Jobs = queue.SimpleQueue()
        self._thread: threading.Thread | None = None  # started with the first job
        self._lock = threading.Lock()
        self._latest: tuple[str, str] | None = None  # (text, query) wanted now
        self._folded: tuple[str, FoldedText] | None = None  # touched by the worker only
        # Not a lambda holding ``self``: the queue alone, so that the thread ends with its owner.
        self.destroyed.connect(_stopper(self._jobs))

    def prepare(self, text: str) -> None:
        """Fold ``text`` ahead (the find bar opened): the first letter typed waits less."""
        self._submit(self._fold, text)

    def keep_only(self, text: str) -> None:
        """Another document is shown: the fold of any other text goes (10 MB folded is 10-20 MB
        more, and it held the closed document's text too)."""
        self._submit(self._keep_only, text)

    def search(self, text: str, query: str) -> None:
        with self._lock:
            self._latest = (text, query)
        self._submit(self._run, text, query)

    def _submit(self, job: Callable[..., object], *args: object) -> None:
        self._jobs.put((job, args))
        if self._thread is None:
            # A daemon: quitting the app never waits for a search nobody will see.
            self._thread = threading.Thread(target=_work, args=(self._jobs,), name="find",
                                            daemon=True)
            self._thread.start()

    def worker(self) -> threading.Thread | None:
        """The worker thread, once a job started it (for tests)."""
        return self._thread

    def searching(self) -> bool:
        with self._lock:
            return self._latest is not None

    def cancel(self) -> None:
        with self._lock:
            self._latest = None

    def _wanted(self, text: str, query: str) -> bool:
        with self._lock:
            latest = self._latest
        return latest is not None and latest[0] is text and latest[1] == query

    def _fold(self, text: str) -> FoldedText:
        if self._folded is None or self._folded[0] is not text:
            self._folded = None  # the previous document's fold goes before the next is made
            self._folded = (text, FoldedText.of(text))
        return self._folded[1]

    def _keep_only(self, text: str) -> None:
        if self._folded is not None and self._folded[0] is not text:
            self._folded = None

    def _run(self, text: str, query: str) -> None:
        if not self._wanted(text, query):
            return  # replaced by a later letter, or cancelled
        spans = self._fold(text).match_spans(query, lambda: not self._wanted(text, query))
        with self._lock:
            if spans is None or self._latest is None or self._latest[0] is not text \
                    or self._latest[1] != query:
                return
            self._latest = None
        self.found.emit(text, query, spans)


def _work(jobs: _Jobs) -> None:
    """The worker: each job in turn, until ``None`` says its owner is gone."""
    while (item := jobs.get()) is not None:
        job, args = item
        # As an executor did: one failed search (or its owner deleted meanwhile) must not stop
        # the next.
        with contextlib.suppress(Exception):
            job(*args)
        del item, job, args  # the text searched is not kept while the worker waits


def _stopper(jobs: _Jobs) -> Callable[[], None]:
    def stop() -> None:
        with contextlib.suppress(queue.Empty):  # the jobs not begun are dropped: nobody waits
            while True:
                jobs.get_nowait()
        jobs.put(None)

    return stop
