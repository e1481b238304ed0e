"""A large text file parsed in a child process, into the cache of parsed documents.

The window's worker thread shares Python's lock (the GIL) with the window. Once decoding,
normalising and putting the text together went a piece at a time (``long_text``), no single
call of a 45 MB parse held the lock for more than 10 ms of processor time
(``benchmarks/gil_holds.py``), yet the window still waited 100-600 ms at a time while its
worker parsed: on a loaded machine the worker is often taken off its core while it holds the
lock, and the window's thread then waits until the worker is given a core again (its longest
turns were "blocked", neither running nor waiting for a core, in pure Python code of the
structure rules). Only another process shares no lock. So a large text file is parsed by a
child, which stores the document in the cache as the parse-ahead child does
(``reader.parse_ahead``), and the window's worker reads the entry back a piece at a time, as
a re-open does: a small part of the parse's work in the window's process, and none of its
peak memory.

A child that fails (no interpreter, an unreadable file, a parser error, no room in the cache)
stores nothing: the caller then parses in its own process, as before, and says what went
wrong. Only text and Markdown files: the other formats have their reading options, previews
and limits of their own.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

APART_BYTES = 1024 * 1024  # from this size on (opened in the background: reader.ui.opening)
_TIMEOUT_S = 30 * 60  # 50 MB on a loaded machine took minutes; a hung child is ended

# The window's parse (reader.parse_ahead.parse), stored as the window's cache stores it.
_CHILD = """
import gc, sys
sys.path.insert(0, sys.argv[1])
from reader.document.cache import DocumentCache
from reader.document.pipeline import open_document
gc.disable()  # a parse makes many objects and no garbage worth collecting
DocumentCache(sys.argv[2]).store(sys.argv[3], open_document(sys.argv[3], with_language=False))
"""


def worth_a_child(path: str | Path) -> bool:
    """Whether ``path`` is a text or Markdown file large enough to be parsed apart."""
    from .formats.reading import format_for_suffix

    try:
        size = Path(path).stat().st_size
    except (OSError, ValueError):
        return False
    return size >= APART_BYTES and not format_for_suffix(path)


def parse_into(folder: Path, path: str | Path) -> bool:
    """Parse ``path`` in a child process that stores it in the cache in ``folder``; whether
    the child ended well (the entry is then there, unless the cache could not be written)."""
    source_root = str(Path(__file__).resolve().parents[2])
    try:
        subprocess.run([sys.executable, "-c", _CHILD, source_root, str(folder), str(path)],
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=_TIMEOUT_S,
                       check=True)
    except (OSError, subprocess.SubprocessError):
        return False
    return True
