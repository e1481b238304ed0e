"""A text-size change on a 1 MB document, until the page is repainted, against Qt's own
``setDefaultFont`` relayout of the same document in the same view
(docs/architecture.md#text-view-and-start-up).

The reader's change is ``AppearanceController.apply`` (default font with its spacing, one
whole-document block-format merge, then the space above headings and questions in slices);
both sides then repaint the viewport, and Qt lays the rest out lazily in both. Also printed:
the longest the event loop was held by the change or by anything it queued for later (the
remaining slices, the panels' and menus' fonts) (target ≤ 100 ms).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from .corpus import interview_like

SIZES = (14.0, 18.0, 24.0, 16.0, 20.0, 28.0, 12.0)


def measure(size_bytes: int = 1024 * 1024) -> list[tuple[str, float, str]]:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFont
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
    view, controller = window.text, window.appearance
    document = view.document()

    def qt_alone(size: float) -> None:
        font = QFont(document.defaultFont())
        font.setPointSizeF(size)
        document.setDefaultFont(font)

    def reader(size: float) -> None:
        controller.apply(replace(controller.appearance, font_size=size), save=False)

    def timed(change: Callable[[float], None], size: float) -> float:
        start = time.perf_counter()
        change(size)
        view.viewport().repaint()
        return time.perf_counter() - start

    qt_times, reader_times, slices = [], [], []
    for size in SIZES * 5:
        qt_times.append(timed(qt_alone, size))
        reader_times.append(timed(reader, size))
        spacing = window.typesetter.spacing
        while spacing.pending():  # the slices that follow, one event-loop turn each
            start = time.perf_counter()
            spacing._step()  # what the timer would run
            slices.append(time.perf_counter() - start)
        start = time.perf_counter()
        app.processEvents()  # what else the change queued (panels' and menus' fonts)
        slices.append(time.perf_counter() - start)
    ratio = statistics.median(reader_times) / statistics.median(qt_times)
    longest = max(reader_times + slices) * 1000
    window.close()
    return [
        ("font_size_change_vs_set_default_font", ratio,
         "≤ 1.2; a 1 MB document, until repainted, against Qt's own setDefaultFont"),
        ("font_size_change_longest_ui_block_ms", longest, "≤ 100"),
    ]
