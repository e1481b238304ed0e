"""Memory a parse or a cache read freed, given back to the system.

Parsing a large document makes and frees tens of megabytes of short-lived objects (the
decoded file, tokens, the parse's own blocks), and reading one back from the cache its JSON.
glibc keeps what was freed for later allocations, and the window's memory stayed that much
larger: ``malloc_trim`` gives back the free pages. Linux with glibc only; elsewhere nothing.
"""

from __future__ import annotations

import sys


def give_back_freed_memory() -> None:
    """Return the free memory of glibc's heaps to the system (``malloc_trim(0)``)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes  # here: only once a document is loaded, never on the way to the first paint

    try:
        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return
    trim(0)  # a foreign call: Python's lock is let go meanwhile
