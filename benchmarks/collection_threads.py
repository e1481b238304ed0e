"""Which threads Python's cyclic collections run on while the reader is used: the real start-up
(``reader.app.run_gui``, collection off until the first paint as ``python -m reader`` has it),
a 1.5 MB interview opened in the background, then two more, one after the other. A collection
on any thread but the window's can delete a QObject off its thread (docs/reliability.md,
"Collections on the window's thread only"). Prints the collections by thread name.

Run alone: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.collection_threads``
(an empty cache, settings and data of its own, in a temporary folder).
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from .corpus import interview_like

STEP_MS = 1500  # how often the next document is opened, once the last one is shown


def main() -> int:
    ran: Counter[str] = Counter()

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            ran[threading.current_thread().name] += 1

    with tempfile.TemporaryDirectory() as home:
        for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
            os.environ[name] = str(Path(home) / name)
        paths = []
        for number in range(3):
            path = Path(home) / f"interview-{number}.txt"
            path.write_text(interview_like(1_500_000 + number * 1000), encoding="utf-8")
            paths.append(path)
        gc.callbacks.append(note)
        gc.disable()  # as reader.__main__ does before run_gui
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from reader.app import run_gui

        app = QApplication([sys.argv[0]])
        steps: Iterator[Callable[[object], object]] = iter(
            [lambda window: window.open_path(paths[1]),  # type: ignore[attr-defined]
             lambda window: window.open_path(paths[2])])  # type: ignore[attr-defined]

        def step() -> None:
            window = next((w for w in app.topLevelWidgets() if hasattr(w, "opening")), None)
            if window is None or window.opening.background.pending is not None:
                return
            try:
                next(steps)(window)
            except StopIteration:
                app.quit()

        timer = QTimer()
        timer.timeout.connect(step)
        timer.start(STEP_MS)
        run_gui([str(paths[0])])
        gc.callbacks.remove(note)
    others = sum(count for name, count in ran.items() if name != "MainThread")
    print(f"collections by thread: {dict(ran)}; off the window's thread: {others}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
