"""Opening a large plain-text document in the window, as the app does (through the cache of
parsed documents): the longest the window is held (the longest turn of its event loop) while it
opens (parsed) until shown and settled, while it re-opens (read back from the cache), and while
a word it lacks is typed into the find bar and found again with F3 (target ≤ 100 ms each), each
with what that turn was made of (``benchmarks.turns``: running, waiting for a core, blocked)
and the cycle collections that ran in it (``benchmarks.collections_watch``); and the longest
while it is left for a small document. Then the process's peak memory against the file's size;
its resident memory when shown, once laid out to its end (the part shown, for a document shown
in parts), at its end after Ctrl+End, and once left for a small document (what stays).
Run: ``python -m benchmarks.open_large [MB]``; ``--markdown``: a .md file; ``--line``: the
whole text on a single line; ``--profile`` also prints what ran on the window's thread."""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from .corpus import interview_like

SETTLE_SECONDS = 2.0
TIMEOUT_SECONDS = 600.0  # 45 MB parsed on a loaded machine
MISSING_WORD = "zqxwvj"
# What is left once a large document is shown a part at a time (reader.ui.text.parts).
NEXT_STEP = ("left: Qt and the window (64 MB), the model, what glibc keeps of the cache read's "
             "garbage (the parse is a child's: reader.document.parse_apart); next step: "
             "malloc_trim after some seconds without input")


def large_source(size_bytes: int, shape: str) -> tuple[str, str]:
    """(file name, text): the interview repeated (``text`` or ``markdown``), or one single
    line of it (``line``: a paragraph Qt would otherwise lay out at once)."""
    text = interview_like(size_bytes)
    if shape == "line":
        return "line.txt", " ".join(text.split())
    return ("large.md" if shape == "markdown" else "large.txt"), text


def window_and_files(size_bytes: int, shape: str, small_text: str, prefix: str):
    """A main window loading as the app does (through a cache of parsed documents in a new
    folder, so the re-open reads it back), the large file and a small one to leave it for."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from reader.app import build_main_window
    from reader.document.cache import DocumentCache
    from reader.window_documents import open_without_language, through_cache

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    name, text = large_source(size_bytes, shape)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    del text
    small = folder / "small.txt"
    small.write_text(small_text, encoding="utf-8")
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    load = through_cache(open_without_language, DocumentCache(folder / "cache"))
    window = build_main_window(settings, load=load)
    window.resize(1100, 760)
    window.show()
    app.processEvents()
    return app, window, folder, path, small


def measure(size_bytes: int, profile: bool = False,
            shape: str = "text") -> list[tuple[str, float, str]]:
    from .collections_watch import CollectionsWatch, tracked_census

    app, window, folder, path, small = window_and_files(size_bytes, shape,
                                                        interview_like(20_000), "reader-bench-")
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started = time.perf_counter()
    with CollectionsWatch() as watch:
        opening = _turns(watch, lambda: window.open_path(path, in_background=True),
                         _opened(window, path))
        shown = time.perf_counter() - started
        if profiler is not None:
            import pstats

            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        resident = {"shown": _resident_bytes()}
        walked = tracked_census()
        window.typesetter.layout.finish()
        resident["laid out to its end"] = _resident_bytes()  # of its part, when shown in parts
        _go_to_the_end(app, window)
        resident["at its end"] = _resident_bytes()
        leaving = _turns(watch, lambda: window.open_path(small), _left_for(window, small))
        resident["left for a small document"] = _resident_bytes()
        reopening = _turns(watch, lambda: window.open_path(path, in_background=True),
                           _opened(window, path))
        finding = _find_missing(window, watch)
    window.close()
    mb = f"{size_bytes / 2**20:.0f} MB {path.name}"
    return [
        ("open_large_longest_ui_block_ms", opening[0], f"≤ 100; {mb}; {opening[1]}"),
        ("open_large_seconds_until_shown", shown, "how long the user waits"),
        ("open_large_reopen_longest_ui_block_ms", reopening[0],
         f"≤ 100; from the cache; {reopening[1]}"),
        ("open_large_find_longest_ui_block_ms", finding[0],
         f"≤ 100; a missing word typed letter by letter, then F3; {finding[1]}"),
        ("open_large_leave_longest_ui_block_ms", leaving[0],
         f"for a small document; {leaving[1]}"),
        ("open_large_full_collections", len(watch.full()),
         f"in all of the above: {watch.summary()}"),
        ("open_large_objects_walked_shown", walked[0],
         f"what a full collection walks with the document shown: {walked[1]}"),
        ("open_large_peak_memory_vs_file", peak / size_bytes, f"a small multiple; {NEXT_STEP}"),
        *((f"open_large_resident_{when.replace(' ', '_')}_vs_file", size / size_bytes,
           f"a small multiple; {size / 2**20:.0f} MB resident, {when}")
          for when, size in resident.items()),
    ]


def _opened(window, path: Path) -> Callable[[], bool]:
    return lambda: window.document is not None and window.document.path == str(path)


def _left_for(window, small: Path) -> Callable[[], bool]:
    """The small document shown and the large one's leftovers freed (reader.ui.text)."""
    leftovers = getattr(window.text, "leftovers", None)
    opened = _opened(window, small)
    return lambda: opened() and (leftovers is None or not leftovers.busy())


def _turns(watch, operation: Callable[[], object],
           done: Callable[[], bool]) -> tuple[float, str]:
    """The longest block of the window during ``operation`` and ``SETTLE_SECONDS`` after it
    is done, with what it was made of and the collections that ran then."""
    from .turns import measure_turns

    longest = measure_turns(operation, done, SETTLE_SECONDS, TIMEOUT_SECONDS).longest
    return longest.wall_ms, _described(watch, longest)


def _described(watch, turn) -> str:
    during = watch.during(turn.ended - turn.wall_ms / 1000, turn.ended)
    collections = ", ".join(f"generation {c.generation} {c.ms:.0f} ms in {c.thread}"
                            for c in during if c.ms >= 1)
    return f"that turn: {turn.split()}; collections in it: {collections or 'none over 1 ms'}"


def _find_missing(window, watch) -> tuple[float, str]:
    """A word the document lacks typed into the find bar letter by letter (each letter
    searched until answered), then F3."""
    from .turns import measure_turns

    finder = window.keyboard.find
    finder.open()
    field = finder.bar.field
    answered = lambda: not finder.searching()  # noqa: E731 (a test)

    def type_in(letter: str) -> None:
        field.insert(letter)
        field.textEdited.emit(field.text())

    turns = [measure_turns(partial(type_in, letter), answered, 0.3, TIMEOUT_SECONDS).longest
             for letter in MISSING_WORD]
    turns.append(measure_turns(lambda: finder.step(forward=True), answered, 0.3,
                               TIMEOUT_SECONDS).longest)
    longest = max(turns, key=lambda turn: turn.wall_ms)
    finder.close()
    return longest.wall_ms, _described(watch, longest)


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
