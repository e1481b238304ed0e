"""Opening a 300-page PDF and a 1 MB EPUB against opening the same text as a .txt file, each in
a fresh process (imports included, as a user's first open pays them), printed as ratios:

- for the PDF, the time from asking a real window to open the file to the first paint of its
  text (``first_paint``: a long PDF shows its first pages while the rest is read), and to the
  whole document shown (``whole_shown``), in the window as the app builds it, with an empty
  cache of parsed documents and settings of its own;
- the whole parse alone (``whole_open``, for the EPUB ``first_open``), and the peak memory of
  that process (VmHWM).

Run alone with ``.venv/bin/python -m benchmarks.formats``.
"""

from __future__ import annotations

import html
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from .corpus import interview_like

_ROOT = Path(__file__).resolve().parent.parent
_PROBE = """
import sys, time
start = time.perf_counter()
from reader.document.pipeline import open_document
document = open_document(sys.argv[1], with_language=False)
elapsed = time.perf_counter() - start
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec.
peak = next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]
print(elapsed, peak, len(document.blocks))
"""


_WINDOW_PROBE = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.app import build_main_window, make_settings
from reader.window_documents import document_cache, open_without_language, through_cache
from reader.ui.opening.preview import preview_unless_cached

path = sys.argv[1]
app = QApplication(sys.argv[:1])
settings = make_settings()
cache = document_cache()
# As reader.app.run_gui builds it.
window = build_main_window(settings, load=through_cache(open_without_language, cache))
window.opening.set_previewer(preview_unless_cached(cache.holds))
window.language_detection.hold()  # released after the first paint, as run_gui does
window.resize(1000, 700)
window.show()
QTest.qWaitForWindowExposed(window)
for _ in range(20):
    app.processEvents()
times = {}

class TextPainted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and window.document is not None:
            times.setdefault("first_paint", time.perf_counter())
            if window.document.path == path:
                times["whole_shown"] = time.perf_counter()
                app.quit()
        return False

painted = TextPainted()
window.text.viewport().installEventFilter(painted)
start = time.perf_counter()
window.open_path(path)
if "whole_shown" not in times:
    app.exec()
print(times["first_paint"] - start, times["whole_shown"] - start, len(window.document.text))
"""


def _open_in_window(path: Path) -> tuple[float, float]:
    """Seconds from asking a fresh window to open ``path`` to the first paint of its text,
    and to the whole document on the screen (best of three, by the first)."""
    runs = []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as home:
            environment = dict(os.environ, XDG_CONFIG_HOME=f"{home}/config",
                               XDG_CACHE_HOME=f"{home}/cache", QT_QPA_PLATFORM="offscreen")
            result = subprocess.run([sys.executable, "-c", _WINDOW_PROBE, str(path)], cwd=_ROOT,
                                    capture_output=True, text=True, check=True,
                                    env=environment)
        first, whole, _ = result.stdout.split()[-3:]
        runs.append((float(first), float(whole)))
    return min(runs)


def _open_in_fresh_process(path: Path) -> tuple[float, float]:
    """Seconds to open ``path`` and the process's peak memory in MB (best of three)."""
    runs = []
    for _ in range(3):
        result = subprocess.run([sys.executable, "-c", _PROBE, str(path)], cwd=_ROOT,
                                capture_output=True, text=True, check=True)
        seconds, peak_kb, _ = result.stdout.split()
        runs.append((float(seconds), int(peak_kb) / 1024))
    return min(runs)


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


def measure() -> list[tuple[str, float, str]]:
    sys.path.insert(0, str(_ROOT))
    from tests.document.formats.makers import write_epub, write_pdf

    results = []
    with tempfile.TemporaryDirectory() as folder:
        where = Path(folder)
        # ~2 700 characters a page: 300 pages.
        pdf_text = interview_like(300 * 2_700)
        pdf_paragraphs = _paragraphs(pdf_text)
        pdf = write_pdf(where / "book.pdf", _html(pdf_paragraphs))
        epub_paragraphs = _paragraphs(interview_like(1024 * 1024))
        chapters = [(f"Chapitre {n + 1}", _html(epub_paragraphs[n::20])) for n in range(20)]
        epub = write_epub(where / "book.epub", chapters)
        for name, path, paragraphs in (("pdf_300_pages", pdf, pdf_paragraphs),
                                       ("epub_1mb", epub, epub_paragraphs)):
            text = where / f"{name}.txt"
            text.write_text("\n\n".join(paragraphs), encoding="utf-8")
            parse = "first_open"
            if name.startswith("pdf"):
                (paint, whole), (text_paint, text_whole) = (_open_in_window(path),
                                                            _open_in_window(text))
                results += [
                    (f"{name}_first_paint_vs_txt", paint / text_paint, "≤ 1.5"),
                    (f"{name}_whole_shown_vs_txt", whole / text_whole, "for information"),
                ]
                parse = "whole_open"
            seconds, peak = _open_in_fresh_process(path)
            text_seconds, text_peak = _open_in_fresh_process(text)
            results += [
                (f"{name}_{parse}_vs_txt", seconds / text_seconds,
                 "for information" if parse == "whole_open" else "≤ 1.5"),
                (f"{name}_peak_memory_vs_txt", peak / text_peak, "for information"),
                (f"{name}_peak_memory_mb", peak, "< 1500"),
            ]
    return results


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    for measure_name, value, target in measure():
        print(f"{measure_name}: {value:.2f} (target {target})", flush=True)
