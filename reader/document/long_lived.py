"""Large models and Python's cycle collector: paused while they are built, and a window's kept
out of its walks for good.

Building a document makes a million short-lived objects and no garbage in cycles, and each
batch of allocations makes the collector rescan all that survive (a third of a 10 MB parse's
time): ``collection_paused`` holds automatic collection off while a model is built.

What the model then is: a 10 MB interview's holds about 100,000 objects the collector tracks
(blocks, inline runs, sections, the tuples of inline runs), a 45 MB one 450,000, and a full
collection walks every tracked object the process holds, holding Python's lock (measured:
about 55 ms with a 10 MB document shown, 150-220 ms with a 45 MB one), so the window waits for
it (it runs on the window's thread: ``collected``). Python 3.11 runs one each time the objects
that reached the oldest generation since the last exceed a quarter of those it kept: once
while a large document is being opened, then again now and then while it is read. But a model
has no cycle (its blocks, runs and sections refer to values, never back): reference counting
frees it when the last reference to it goes, without the collector. ``kept_out_of_collection``
therefore freezes (``gc.freeze``) what a window's large open built: no collection walks it
again, and it is freed as before when the document is left.

``gc.freeze`` takes every object the collector tracks at that moment, not the model alone, so
what is garbage then would never be collected: the collector first collects what is not yet
frozen (cheap: what earlier opens froze is not walked), and a build must leave nothing in a
cycle. Some libraries do (python-docx's package, pypdfium2's pages, markdown-it's renderer,
json.dump's encoder: 13 to 220 objects an open, a Word file's whole parsed XML among them,
frozen for good): the pipeline collects what a format's reader left (``cycles_collected``) and
lets go of the others' cycles. Opening and leaving documents of every format again and again
leaves nothing (tests/document/test_documents_leave_nothing.py, tests/ui/
test_documents_left.py).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# A first generation's threshold no build reaches: collection stays off however the collector
# is switched on meanwhile (the window's collector starts after the first paint, whatever runs
# then, and reads the thresholds as Python would).
_NEVER = 2**30

# Where a window has one, the collections of its process run on its thread only (reader.ui.
# shell.collector): Python's automatic collection is off there, since it runs on whichever
# thread crosses a threshold, and a QObject left in a cycle must be deleted on its own thread.
# None (the command line, scripts, tests without a window): collected where asked, as Python
# would. The function runs a collection of a generation on the window's thread and returns
# once it has run (or gives up: a collection missed is garbage kept longer, never a crash).
_window_collects: Callable[[int], None] | None = None
_paused = 0  # collection_paused's depth, for the window's collector
_paused_lock = threading.Lock()


def collect_on_window_thread(collect: Callable[[int], None] | None) -> None:
    """From now on, every collection asked here runs through ``collect`` (None: here)."""
    global _window_collects
    _window_collects = collect


def collected(generation: int) -> None:
    """A collection of ``generation`` and the younger ones, on the window's thread if there is
    a window, else here."""
    collect = _window_collects
    if collect is None:
        gc.collect(generation)
    else:
        collect(generation)


def collection_due(*, youngest_two_only: bool = False) -> int | None:
    """The generation Python's automatic collection would collect now, or None: none is due,
    or a model is being built (``collection_paused``, ``kept_out_of_collection``). The
    oldest's quarter rule (a full collection only once the objects that reached it since
    the last are a quarter of those it held) is left to the caller, which can count them
    and ask again for the ``youngest_two_only``."""
    if _paused:
        return None
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (1, 0) if youngest_two_only else (2, 1, 0):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            return generation
    return None


@contextmanager
def collection_paused() -> Iterator[None]:
    """No automatic collection while a model is built (it is collected as usual after)."""
    global _paused
    enabled = gc.isenabled()
    gc.disable()
    with _paused_lock:
        _paused += 1
    try:
        yield
    finally:
        with _paused_lock:
            _paused -= 1
        if enabled:
            gc.enable()


@contextmanager
def kept_out_of_collection() -> Iterator[None]:
    """No automatic collection while a large document is opened (read or parsed, rendered),
    then, if it opened, everything it made frozen: no later collection walks it. For a
    window's worker, whose documents stay open for long; nested or overlapping, the first to
    start restores the collector's threshold."""
    young, *older = gc.get_threshold()
    outermost = young != _NEVER
    collecting = gc.isenabled() or _window_collects is not None
    if outermost and collecting:  # (start-up pauses it: it makes next to no garbage)
        # What is garbage now must not be frozen. The oldest generation is walked only once
        # something is frozen, when it holds little (what was made since): before the first
        # freeze it holds the whole window (40,000 objects, 20-80 ms), and its garbage is what
        # lived through two collections before it became garbage, next to none. On the
        # window's thread: this runs in its worker.
        collected(2 if gc.get_freeze_count() else 1)
    gc.set_threshold(_NEVER, *older)
    try:
        yield
        # Only what was built: a failure's garbage is left to the collector (an exception
        # caught keeps the frames it went through, their locals with them, in a cycle).
        gc.freeze()
    finally:
        if outermost:
            gc.set_threshold(young, *older)


def cycles_collected() -> None:
    """Collect what a format's reader left in cycles, before a model is built from what it
    read: python-docx's package (its parts and relationships refer to each other, and hold the
    parsed XML) and pypdfium2's pages and fonts are freed by the collector alone, and
    ``kept_out_of_collection`` froze them with the model, for good (each Word file the window
    opened kept its whole XML). Only the youngest generation is walked: what was made since
    the last collection and is still alive, which is what the reader read (a small part of
    what reading it cost). On the window's thread, when there is a window."""
    collected(0)
