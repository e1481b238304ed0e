"""A long PDF's pages read in two processes: PDFium loading a page and its text is most of the
time a book takes (each glyph an object in a file that Qt or a word processor wrote), it holds
one core, and each page is read on its own. A second process reads the second half of the pages
while this one reads the first; both run the same code on the same file, so the lines are the
same as read in one process. Anything wrong with the second process (it cannot start, the file
changed, it failed) and this one reads those pages too.
"""

from __future__ import annotations

import ast
import os
import pickle
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .pdf_lines import Line

PARALLEL_FROM_PAGES = 40  # below, starting a process costs about what it saves
_HEAD_START = 10  # pages this process reads more, while the other one starts (~0.2 s)

PageLines = Callable[[Any, int], list[Line]]


def all_page_lines(pdf: Any, count: int, page_lines: PageLines, path: str = "",
                   size: int = -1) -> list[list[Line]]:
    """The lines of pages 0 … ``count`` - 1 of ``pdf``: read from ``size`` bytes of the file at
    ``path``, when they are (else from memory, in this process)."""
    split = count // 2 + _HEAD_START
    other = None
    if count >= PARALLEL_FROM_PAGES and (os.cpu_count() or 1) > 1:
        version = _version(path)
        if version is not None and version[0] == size:
            other = _start(path, version, split, count)
    pages = [page_lines(pdf, number) for number in range(split if other else count)]
    if other is not None:
        rest = _received(other)
        pages += rest if rest is not None and len(rest) == count - split else [
            page_lines(pdf, number) for number in range(split, count)]
    return pages


def _version(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return (info.st_size, info.st_mtime_ns) if stat.S_ISREG(info.st_mode) else None


def _start(path: str, version: tuple[int, int], start: int, stop: int
           ) -> subprocess.Popen[bytes] | None:
    # A new interpreter, not multiprocessing: a fork would copy the window's threads half-way,
    # and a spawn runs the caller's main script again (a script without a main guard, twice).
    package_root = str(Path(__file__).resolve().parents[3])
    code = (f"import sys; sys.path.insert(0, {package_root!r}); "
            "from reader.document.formats.pdf_pages import send_lines; send_lines()")
    request = repr((path, version, start, stop))
    try:
        process = subprocess.Popen([sys.executable, "-c", code, request],
                                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL)
    except (OSError, ValueError):
        return None
    return process


def _received(process: subprocess.Popen[bytes]) -> list[list[Line]] | None:
    try:
        out, _ = process.communicate()
        lines: list[list[Line]] | None = pickle.loads(out) if process.returncode == 0 else None
    except Exception:  # noqa: BLE001 - whatever went wrong there, the pages are read here
        process.kill()
        lines = None
    return lines


def send_lines() -> None:
    """In the second process: the lines of the pages asked for (``sys.argv[1]``: the path,
    the file's version as the first process read it, the first and the end page) on stdout,
    pickled, or exit 1."""
    import pypdfium2 as pdfium

    from .pdf import page_lines

    path, version, start, stop = ast.literal_eval(sys.argv[1])
    if _version(path) != version:
        sys.exit(1)  # the file changed
    pdf = pdfium.PdfDocument(path)
    try:
        if len(pdf) < stop:
            sys.exit(1)
        lines = [page_lines(pdf, number) for number in range(start, stop)]
    finally:
        pdf.close()
    sys.stdout.buffer.write(pickle.dumps(lines, protocol=pickle.HIGHEST_PROTOCOL))
