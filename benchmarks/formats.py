"""Opening a 300-page PDF and a 1 MB EPUB against opening the same text as a .txt file: the
first parse in a fresh process (imports included, as a user's first open pays them), and the
peak memory of that process (ru_maxrss). Printed as ratios; run alone with
``.venv/bin/python -m benchmarks.formats``.
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
            seconds, peak = _open_in_fresh_process(path)
            text_seconds, text_peak = _open_in_fresh_process(text)
            results += [
                (f"{name}_first_open_vs_txt", seconds / text_seconds, "≤ 1.5"),
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
