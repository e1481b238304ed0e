"""A document opened for the first time is parsed in a child process while the window starts.

Re-opening a document reads its parse from the cache of parsed documents; a first open parses
it, after the window is built: the parser's modules (markdown-it and the structure rules,
about 100 ms of CPU to import) and the parse itself, all in the one interpreter. Forked before
Qt starts (no application yet: a process with one thread, which can fork safely; for
``reader FILE`` before PySide is even imported), a child parses and stores the entry in the
cache while the parent imports the reader's modules and builds the window, on the machine's
other core; the parent's loader then waits for the child and reads the entry back as a
re-open does. Nothing else changes: the child's parse is the parent's (``parse``), and if the
child fails or stored nothing, the parent parses as before (and says any problem itself).

The file named on the command line, or the seed (``reader.__main__``), only where the parent
can tell ahead which folder Qt will give the cache (Linux, the XDG rule) and only if the cache
does not hold it: ``ParseAhead.folder`` is checked against Qt's once the application exists
(``matches``).
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document.model import Document

APP_NAME = "accessible-reader"  # the name on the AT-SPI bus, of the settings and cache folders


def parse(path: str) -> Document:
    """The window's parse (``reader.window_documents.open_without_language``): the language
    is detected after the first paint."""
    from .document.pipeline import open_document  # markdown-it & co: only when parsing

    return open_document(path, with_language=False)


def expected_cache_folder() -> Path | None:
    """Where Qt puts the cache of parsed documents (``QStandardPaths.CacheLocation`` and
    ``documents``), when it can be told without Qt: on Linux, ``$XDG_CACHE_HOME`` if absolute,
    else ``~/.cache``, then the application's name."""
    if not sys.platform.startswith("linux"):
        return None
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    return root / APP_NAME / "documents"


class ParseAhead:
    """The child parsing ``path`` into the cache in ``folder``."""

    def __init__(self, path: str, folder: Path, pid: int) -> None:
        self.path, self.folder, self._pid = path, folder, pid

    @classmethod
    def start(cls, path: str) -> ParseAhead | None:
        """A child parsing ``path``, if the cache does not hold it and this can fork; call
        before the application exists (before any thread)."""
        folder = expected_cache_folder()
        if folder is None or not hasattr(os, "fork") or not os.path.isfile(path):
            return None
        from .document.cache import DocumentCache

        cache = DocumentCache(folder)
        if cache.holds(path):
            return None
        try:
            pid = os.fork()
        except OSError:
            return None
        if pid == 0:  # the child: parse, store, and leave without running the parent's exits
            status = 1
            try:
                gc.disable()  # a parse makes many objects and no garbage worth collecting
                from . import compiled_once

                compiled_once.for_parsing()  # the rules' patterns, compiled once
                cache.store(path, parse(path))
                status = 0
                compiled_once.save_new_patterns()
            finally:
                os._exit(status)
        return cls(path, folder, pid)

    def matches(self, folder: Path) -> bool:
        """Whether Qt's cache folder is the one the child stores into; if not, it is stopped."""
        if Path(folder) == self.folder:
            return True
        self.stop()
        return False

    def wait_for(self, path: str) -> None:
        """Wait for the child if it parses ``path``: then its entry, if it stored one, is in
        the cache."""
        if self._pid and _same_file(path, self.path):
            self._reap()

    def stop(self) -> None:
        """End the child if it still runs (its work is not wanted)."""
        if self._pid:
            import signal  # rarely needed: not on the way to the first paint

            with contextlib.suppress(OSError):
                os.kill(self._pid, signal.SIGTERM)
            self._reap()

    def _reap(self) -> None:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self._pid, 0)
        self._pid = 0


def _same_file(one: str, other: str) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False
