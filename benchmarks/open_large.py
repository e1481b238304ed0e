"""Opening a large plain-text document in the window: the longest the window is held (no
timer tick) from the open until the document is shown and settled (target ≤ 100 ms), and the
process's peak memory against the file's size; then its resident memory against the file's size
when shown, once laid out to its end (the part shown, for a document shown in parts), at its
end after Ctrl+End, and once left for a small document (what stays).
Run: ``python -m benchmarks.open_large [MB]``; ``--markdown``: a .md file; ``--line``: the
whole text on a single line; ``--profile`` also prints what ran on the window's thread."""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from .corpus import interview_like

SETTLE_SECONDS = 2.0
# What is left once a large document is shown a part at a time (reader.ui.text.parts).
NEXT_STEP = ("left: Qt and the window (64 MB), the model, and what glibc keeps of the parse's "
             "garbage; next step: malloc_trim after some seconds without input, then the "
             "parse's peak")


def large_source(size_bytes: int, shape: str) -> tuple[str, str]:
    """(file name, text): the interview repeated (``text`` or ``markdown``), or one single
    line of it (``line``: a paragraph Qt would otherwise lay out at once)."""
    text = interview_like(size_bytes)
    if shape == "line":
        return "line.txt", " ".join(text.split())
    return ("large.md" if shape == "markdown" else "large.txt"), text


def measure(size_bytes: int, profile: bool = False,
            shape: str = "text") -> list[tuple[str, float, str]]:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.app import build_main_window

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    name, text = large_source(size_bytes, shape)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(settings)
    window.resize(1100, 760)
    window.show()
    app.processEvents()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    timer.start()
    started = time.perf_counter()
    window.open_path(path, in_background=True)
    while window.document is None or window.document.path != str(path):
        app.processEvents()
    shown = time.perf_counter()
    while time.perf_counter() < shown + SETTLE_SECONDS:
        app.processEvents()
    timer.stop()
    if profiler is not None:
        import pstats

        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    moments = [started, *ticks]
    longest = max(b - a for a, b in zip(moments, moments[1:], strict=False)) * 1000
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    resident = {"shown": _resident_bytes()}
    window.typesetter.layout.finish()
    resident["laid out to its end"] = _resident_bytes()  # of its part, when shown in parts
    _go_to_the_end(app, window)
    resident["at its end"] = _resident_bytes()
    small = folder / "small.txt"
    small.write_text(interview_like(20_000), encoding="utf-8")
    window.open_path(small)
    leftovers = getattr(window.text, "leftovers", None)  # freed in slices (reader.ui.text)
    settled = time.perf_counter() + SETTLE_SECONDS
    while (window.document is None or window.document.path != str(small)
           or (leftovers is not None and leftovers.busy()) or time.perf_counter() < settled):
        app.processEvents()
    resident["left for a small document"] = _resident_bytes()
    window.close()
    return [
        ("open_large_longest_ui_block_ms", longest, f"≤ 100; {size_bytes / 2**20:.0f} MB {name}"),
        ("open_large_seconds_until_shown", shown - started, "how long the user waits"),
        ("open_large_peak_memory_vs_file", peak / size_bytes, f"a small multiple; {NEXT_STEP}"),
        *((f"open_large_resident_{when.replace(' ', '_')}_vs_file", size / size_bytes,
           f"a small multiple; {size / 2**20:.0f} MB resident, {when}")
          for when, size in resident.items()),
    ]


def _go_to_the_end(app, window) -> None:
    """Ctrl+End (the window's action), then the text there laid out to its end: a document
    shown in parts (reader.ui.text.parts) shows its last part instead of the first."""
    from reader.ui.context import ActionId

    window.named_actions[ActionId.DOCUMENT_END].trigger()
    end = len(window.document.text)
    while window.text.caret_offset() != end:
        app.processEvents()
    window.typesetter.layout.finish()
    leftovers = getattr(window.text, "leftovers", None)
    while leftovers is not None and leftovers.busy():  # the first part, freed in slices
        app.processEvents()


def _resident_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    megabytes = float(arguments[0]) if arguments else 10.0
    shape = next((a[2:] for a in sys.argv if a in ("--markdown", "--line")), "text")
    for name, value, note in measure(int(megabytes * 2**20), "--profile" in sys.argv, shape):
        print(f"{name}\t{value:.1f}\t{note}")
