"""A large file parsed in a child process, into the cache of parsed documents.

The window's worker thread shares Python's lock (the GIL) with the window. Once decoding,
normalising and putting the text together went a piece at a time (``long_text``), no single
call of a 45 MB parse held the lock for more than 10 ms of processor time
(``benchmarks/gil_holds.py``), yet the window still waited 100-600 ms at a time while its
worker parsed: on a loaded machine the worker is often taken off its core while it holds the
lock, and the window's thread then waits until the worker is given a core again (its longest
turns were "blocked", neither running nor waiting for a core, in pure Python code of the
structure rules). Only another process shares no lock. So a large file is parsed by a child,
which stores the document in the cache as the parse-ahead child does (``reader.parse_ahead``),
and the window's worker reads the entry back a piece at a time, as a re-open does: a small
part of the parse's work in the window's process, and none of its peak memory.

Every format but PDF goes apart from a size of its own (``APART_FROM``), where its parse in the
window's process takes about half a second of Python (measured: ``docs/performance.md``,
"Every large file parsed apart"): starting the child costs about 0.3 s more to open, worth it
only for a parse that long. The child parses as the window's loader does (``through_cache``
only sees the usual reading options: ``reader.ui.opening.reading_choices``), with the same
limits, so its document is the one the window would have made. A PDF is not sent (see
``APART_FROM``).

A child whose parse is no longer wanted (the user opened another document meanwhile, or
quit) is stopped: ``parse_into`` runs under ``wanted_while``, asks every ``_POLL_S`` whether
its result is still wanted, and ends the child if not (``stop_children`` ends them all, at
quit), removing what it had begun to write: no partial entry is left, and ``ParseStopped``
is raised (its caller must not parse the file itself instead).

A file the child finds unreadable (``LoadError``: damaged, locked by a password, too large …)
is said as the window's own parse would say it: the child hands back the problem and its
detail, and the same ``LoadError`` is raised here, without parsing the file a second time (a
file found damaged at its end would take as long again). A child that fails otherwise (no
interpreter, a parser's bug, no room in the cache) stores nothing: the caller then parses in
its own process, as before.
"""

from __future__ import annotations

import contextlib
import json
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import subprocess

    from .loading import LoadProblem

_KB = 1024
_MB = 1024 * _KB
# From which size each format is parsed apart, by the format its suffix names ("": text,
# Markdown, or a file whose suffix says nothing). Compressed formats hold far more text than
# their size: 1 MB of Word's XML text took about 0.7 s of CPU. None: never. A PDF stays in the
# worker: PDFium lets go of the lock while it reads, a second process reads half of a long
# PDF's pages already (formats.pdf_pages), and measured apart it opened 1.5-2 times later for
# no fewer long turns of the window (docs/performance.md).
APART_FROM: dict[str, int | None] = {
    "": _MB, "html": _MB, "epub": _MB, "rtf": _MB,
    "docx": 256 * _KB, "odt": 256 * _KB, "doc": 512 * _KB, "transcript": 512 * _KB,
    "pdf": None,
}
_TIMEOUT_S = 30 * 60  # 50 MB on a loaded machine took minutes; a hung child is ended
_UNREADABLE = 3  # the child's exit status for a LoadError, said on its standard output
_POLL_S = 0.1  # how often a parse asks whether it is still wanted: how long an unwanted one runs

_still_wanted: ContextVar[Callable[[], bool]] = ContextVar("still_wanted", default=lambda: True)
_children: set[subprocess.Popen[bytes]] = set()  # running, for stop_children
_children_lock = threading.Lock()


class ParseStopped(Exception):
    """A child's parse was stopped: its result was no longer wanted."""

# The window's parse (reader.parse_ahead.parse), stored as the window's cache stores it; a
# file it cannot read is said as a LoadError's problem and detail.
_CHILD = f"""
import gc, json, sys
sys.path.insert(0, sys.argv[1])
from reader.document.cache import DocumentCache
from reader.document.loading import LoadError
from reader.document.pipeline import open_document
gc.disable()  # a parse makes many objects and no garbage worth collecting
try:
    document = open_document(sys.argv[3], with_language=False)
except LoadError as error:
    print(json.dumps([error.problem.value, error.detail]))
    sys.exit({_UNREADABLE})
DocumentCache(sys.argv[2]).store(sys.argv[3], document)
"""


def worth_a_child(path: str | Path) -> bool:
    """Whether ``path`` is large enough for its format to be parsed apart."""
    from .formats.reading import format_for_suffix

    try:
        size = Path(path).stat().st_size
    except (OSError, ValueError):
        return False
    smallest = APART_FROM.get(format_for_suffix(path), _MB)
    return smallest is not None and size >= smallest


def parse_into(folder: Path, path: str | Path) -> bool:
    """Parse ``path`` in a child process that stores it in the cache in ``folder``; whether
    the child ended well (the entry is then there, unless the cache could not be written).
    Raises the ``LoadError`` the child met, as the window's own parse would have."""
    # Imported here: the window imports this module at start, and subprocess (with locale,
    # signal, selectors) would cost every re-open's first paint ~3 ms for a large file's child.
    import subprocess

    source_root = str(Path(__file__).resolve().parents[2])
    try:
        child = subprocess.Popen([sys.executable, "-c", _CHILD, source_root, str(folder),
                                  str(path)], stdin=subprocess.DEVNULL,
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return False
    with _children_lock:
        _children.add(child)
    try:
        said = _output_while_wanted(child)
    finally:
        with _children_lock:
            _children.discard(child)
    if said is None:  # no longer wanted, ended by stop_children, or hung
        hung = child.returncode is None and _still_wanted.get()()
        _end(child, folder)
        if hung:
            return False  # the caller parses it, as when a child fails
        raise ParseStopped(str(path))  # (a child that ended meanwhile stored its entry whole)
    if child.returncode == _UNREADABLE:
        from .loading import LoadError

        problem = _problem(said)
        if problem is not None:
            raise LoadError(problem[0], str(path), problem[1])
    return child.returncode == 0


@contextlib.contextmanager
def wanted_while(still_wanted: Callable[[], bool]) -> Iterator[None]:
    """Parses started in this context (this thread) are stopped once ``still_wanted()`` is
    false."""
    token = _still_wanted.set(still_wanted)
    try:
        yield
    finally:
        _still_wanted.reset(token)


def stop_children() -> None:
    """End every child still parsing (the app is quitting): each one's ``parse_into`` removes
    what it had begun and raises ``ParseStopped``."""
    with _children_lock:
        running = list(_children)
    for child in running:
        with contextlib.suppress(OSError):
            child.terminate()


def _output_while_wanted(child: subprocess.Popen[bytes]) -> bytes | None:
    """What the child said once it ended, or None: it was no longer wanted, or took longer
    than any parse (it is still running, or ended by ``stop_children``)."""
    import subprocess  # imported by parse_into already

    still_wanted = _still_wanted.get()
    started = time.monotonic()
    while still_wanted() and time.monotonic() - started < _TIMEOUT_S:
        try:
            said, _ = child.communicate(timeout=_POLL_S)
        except subprocess.TimeoutExpired:
            continue
        return None if child.returncode < 0 else said  # a signal ended it: stop_children
    return None


def _end(child: subprocess.Popen[bytes], folder: Path) -> None:
    """End ``child`` and remove the partial entry it was writing (``DocumentCache.store``
    names it after the writer's process)."""
    import subprocess  # imported by parse_into already

    with contextlib.suppress(OSError):
        child.kill()
    with contextlib.suppress(subprocess.SubprocessError, OSError, ValueError):
        child.communicate(timeout=_POLL_S * 50)
    for partial in folder.glob(f"*.{child.pid}-*.partial"):
        with contextlib.suppress(OSError):
            partial.unlink()


def _problem(said: bytes) -> tuple[LoadProblem, str] | None:
    """The problem and detail the child said on its last line (a library may have printed
    before it), or None if it said none that is known."""
    from .loading import LoadProblem  # noqa: F811 (the run-time import of the hint's type)

    try:
        value, detail = json.loads(said.decode("utf-8").strip().rsplit("\n", 1)[-1])
        return LoadProblem(value), str(detail)
    except (ValueError, TypeError):  # (UnicodeDecodeError, JSONDecodeError are ValueErrors)
        return None
