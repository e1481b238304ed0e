"""Find in a large document off the window's thread: folding 10 MB and listing a common
letter's matches held the window 3.5 s. One worker thread; only the latest query is searched
(letters typed while it works replace the one waiting, and stop the one under way).

What crosses to the window is one object (a ``MatchSpans``: two arrays), never a Python list:
a signal declared with ``list`` copies each element into a Qt variant, 1.3 s in the worker and
0.8 s in the window for a letter's 1.5 million matches. The worker works a piece of the text at
a time (``reader.document.search.PIECE``), so Python's lock goes back to the window often."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

from reader.document.search import FoldedText

# Below this many characters a search takes a few milliseconds: done at once, in place.
LARGE_CHARS = 500_000


class BackgroundSearch(QObject):
    # text searched (the document's), query, its MatchSpans: delivered on the window's thread
    found = Signal(object, str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="find")
        self._lock = threading.Lock()
        self._latest: tuple[str, str] | None = None  # (text, query) wanted now
        self._folded: tuple[str, FoldedText] | None = None  # touched by the worker only
        self.destroyed.connect(lambda: self._worker.shutdown(wait=False, cancel_futures=True))

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
        self._worker.submit(job, *args)

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
