"""Find in a large document: the longest the window is held while a missing word is typed
letter by letter into the find bar (each letter searched until answered), and then found again
with F3 (target ≤ 100 ms), with what that turn was made of (``benchmarks.turns``: running,
waiting for a core, blocked: Python's lock held by the find's worker) and the collections in
it. ``--calls`` also lists the worker's single calls into C that held Python's lock longest
(the worker is profiled, so its own Python runs slower: compare the calls, not the times).
Run: ``python -m benchmarks.find_large [MEGABYTES] [--calls]``."""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

from .corpus import interview_like

LONG_CALL_MS = 10.0


def measure(size_bytes: int = 10 * 1024 * 1024,
            calls: bool = False) -> list[tuple[str, float, str]]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from reader.app import build_main_window
    from reader.document.long_lived import kept_out_of_collection
    from reader.document.pipeline import parse_text

    from .collections_watch import CollectionsWatch
    from .open_large import _find_missing

    app = QApplication.instance() or QApplication([])
    folder = tempfile.mkdtemp(prefix="reader-bench-")
    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(settings)
    window.resize(1100, 760)
    window.show()
    with kept_out_of_collection():  # as the window's worker opens a large document
        document = parse_text(interview_like(size_bytes), plain_text=True, keep_source=False)
    window.show_document(document)
    del document
    app.processEvents()
    held = _LongCalls("find")
    if calls:
        threading.setprofile(held.install)  # the find worker starts with the first search
    process, window_thread = time.process_time(), time.thread_time()
    with CollectionsWatch() as watch:
        longest, described = _find_missing(window, watch)
    worker_cpu = time.process_time() - process - (time.thread_time() - window_thread)
    threading.setprofile(None)  # (None turns it off)
    found_none = window.keyboard.find.matches == []
    window.close()
    results = [("find_missing_word_longest_ui_block_ms", longest,
                f"≤ 100; {size_bytes / 2**20:.0f} MB, typed letter by letter, then F3 (none "
                f"found: {found_none}); {described}"),
               ("find_worker_cpu_seconds", worker_cpu,
                "processor time of the other threads meanwhile (the find's worker): the "
                "longer it works, the more often the window waits for Python's lock")]
    if calls:
        results.append(("find_worker_longest_call_ms", held.longest(),
                        f"calls into C over {LONG_CALL_MS:.0f} ms in the find worker: "
                        f"{held.summary() or 'none'}"))
    return results


class _LongCalls:
    """The calls into C that took longest in the threads named ``prefix...``: such a call holds
    Python's lock throughout, unless it lets it go itself (reading a file, waiting)."""

    def __init__(self, prefix: str) -> None:
        self._prefix = prefix
        self._took: Counter[str] = Counter()
        self._worst: dict[str, float] = {}

    def install(self, *_ignored: object) -> None:
        if threading.current_thread().name.startswith(self._prefix):
            sys.setprofile(self._profile())

    def _profile(self) -> Any:
        started: list[float] = []

        def profile(frame: FrameType, event: str, function: Any) -> None:
            if event == "c_call":
                started.append(time.perf_counter())
            elif event in ("c_return", "c_exception") and started:
                ms = (time.perf_counter() - started.pop()) * 1000
                name = getattr(function, "__qualname__", "?")
                if ms >= LONG_CALL_MS and name not in _WAITS:
                    where = f"{name} ({Path(frame.f_code.co_filename).name}:{frame.f_lineno})"
                    self._took[where] += 1
                    self._worst[where] = max(self._worst.get(where, 0.0), ms)

        return profile

    def longest(self) -> float:
        return max(self._worst.values(), default=0.0)

    def summary(self) -> str:
        worst = sorted(self._worst.items(), key=lambda item: -item[1])[:6]
        return ", ".join(f"{where} up to {ms:.0f} ms ×{self._took[where]}"
                         for where, ms in worst)


# Calls that wait, Python's lock let go: a worker waiting for its next job.
_WAITS = frozenset({"SimpleQueue.get", "lock.acquire", "Lock.acquire"})


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    megabytes = float(arguments[0]) if arguments else 10.0
    for name, value, note in measure(int(megabytes * 2**20), "--calls" in sys.argv):
        print(f"{name}\t{value:.1f}\t{note}")
