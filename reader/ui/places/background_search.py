"""Find in a large document off the window's thread: folding 10 MB and listing a common
letter's matches held the window 3.5 s. One worker thread; only the latest query is searched
(letters typed while it works replace the one waiting)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

from reader.document.search import FoldedText

# Below this many characters a search takes a few milliseconds: done at once, in place.
LARGE_CHARS = 500_000


class BackgroundSearch(QObject):
    # text searched (the document's), query, its matches: delivered on the window's thread
    found = Signal(object, str, list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="find")
        self._lock = threading.Lock()
        self._latest: tuple[str, str] | None = None  # (text, query) wanted now
        self._folded: tuple[str, FoldedText] | None = None  # touched by the worker only
        self.destroyed.connect(lambda: self._worker.shutdown(wait=False, cancel_futures=True))

    def search(self, text: str, query: str) -> None:
        with self._lock:
            self._latest = (text, query)
        self._worker.submit(self._run, text, query)

    def searching(self) -> bool:
        with self._lock:
            return self._latest is not None

    def cancel(self) -> None:
        with self._lock:
            self._latest = None

    def _run(self, text: str, query: str) -> None:
        with self._lock:
            if self._latest is None or self._latest[0] is not text or self._latest[1] != query:
                return  # replaced by a later letter, or cancelled
        if self._folded is None or self._folded[0] is not text:
            self._folded = (text, FoldedText.of(text))
        matches = self._folded[1].find_all(query)
        with self._lock:
            if self._latest is None or self._latest[0] is not text or self._latest[1] != query:
                return
            self._latest = None
        self.found.emit(text, query, matches)
