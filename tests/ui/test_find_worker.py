"""The find worker of a large document never keeps the app from ending, and a collection on the
window's thread while the worker starts cannot stop the window (issue 17: the app never dies;
docs/reliability.md#the-find-worker-and-the-collector). Each runs in a process of its own: the
failure they guard against is a process that never ends."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject

from reader.ui.places.background_search import BackgroundSearch

ROOT = Path(__file__).resolve().parents[2]


def _run(script: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run([sys.executable, "-c", textwrap.dedent(script)], cwd=ROOT,
                              capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired as hung:
        raise AssertionError(f"the process never ended; it printed {hung.stdout!r}") from None


def test_quitting_does_not_wait_for_a_search_under_way():
    result = _run("""
        import threading
        from reader.ui.places import background_search

        folding = threading.Event()

        class EndlessFold:  # a fold of 45 MB, or a worker that never finishes
            @staticmethod
            def of(text):
                folding.set()
                threading.Event().wait()

        background_search.FoldedText = EndlessFold
        finder = background_search.BackgroundSearch()
        finder.search("the document's text", "word")
        folding.wait()
        print("searching, and quitting")
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "searching, and quitting\n"


def test_a_collection_while_the_worker_starts_cannot_stop_the_window():
    # A collection on the window's thread just as the worker's thread starts, whose garbage
    # (what a closed window left in a cycle) reaches another find worker when it is finalized:
    # the worker of the next window started inside a lock all the others needed.
    result = _run("""
        import gc
        import threading
        from reader.ui.places.background_search import BackgroundSearch

        start = threading.Thread.start

        def start_during_a_collection(thread):
            gc.collect()
            start(thread)

        threading.Thread.start = start_during_a_collection

        class LeftInACycle:
            def __init__(self, finder):
                self.finder, self.itself = finder, self

            def __del__(self):
                self.finder.keep_only("the next document's text")

        other = BackgroundSearch()
        LeftInACycle(other)
        finder = BackgroundSearch()
        finder.keep_only("the document's text")
        print("started:", sorted(t.name for t in threading.enumerate()))
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "started: ['MainThread', 'find', 'find']\n"


def test_the_worker_ends_with_its_window(qtbot):
    window = QObject()
    finder = BackgroundSearch(window)
    finder.keep_only("the document's text")
    worker = finder.worker()
    assert worker is not None and worker.is_alive()
    shiboken6.delete(window)  # the window is closed and deleted
    qtbot.waitUntil(lambda: not worker.is_alive())
