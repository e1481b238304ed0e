"""Find in a large document: the longest the window is held (no timer tick) while a missing
word is typed letter by letter into the find bar, and then found again with F3 (target ≤ 100
ms). Run: ``python -m benchmarks.find_large [MEGABYTES]``."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from .corpus import interview_like

MISSING = "zqxwvj"


def measure(size_bytes: int = 10 * 1024 * 1024) -> list[tuple[str, float, str]]:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.app import build_main_window
    from reader.document.pipeline import parse_text

    app = QApplication.instance() or QApplication([])
    folder = tempfile.mkdtemp(prefix="reader-bench-")
    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(settings)
    window.resize(1100, 760)
    window.show()
    window.show_document(parse_text(interview_like(size_bytes), plain_text=True))
    app.processEvents()
    finder = window.keyboard.find
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    finder.open()
    started = time.perf_counter()
    for letter in MISSING:
        finder.bar.field.insert(letter)
        finder.bar.field.textEdited.emit(finder.bar.field.text())
        deadline = time.perf_counter() + 0.3
        while time.perf_counter() < deadline:  # what it left for later, too
            app.processEvents()
    finder.step(forward=True)
    deadline = time.perf_counter() + 0.3
    while time.perf_counter() < deadline or finder.searching():
        app.processEvents()
    timer.stop()
    moments = [started, *ticks]
    longest = max(b - a for a, b in zip(moments, moments[1:], strict=False)) * 1000
    found_none = finder.matches == []
    window.close()
    return [("find_missing_word_longest_ui_block_ms", longest,
             f"≤ 100; {size_bytes / 2**20:.0f} MB, typed letter by letter (none found: "
             f"{found_none})")]


if __name__ == "__main__":
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    for name, value, note in measure(int(megabytes * 2**20)):
        print(f"{name}\t{value:.1f}\t{note}")
