"""The large-document rows of ``benchmarks.stalls``, alone: ``python -m benchmarks.stalls --large``.

Each row prints the stall (the longest gap between two turns of the event loop) and the window
thread's own CPU in its busiest turn (``*_gui_cpu_ms``), which the machine's load barely
changes. ``--profile`` also prints what ran on the window's thread in each row's busiest turn
(a profile per turn, the busiest one kept: the profiler slows every turn alike, so compare
the functions, not the times; ``STALLS_SORT=cumulative STALLS_LINES=40`` for the callers).
After any turn blocked over ``BLOCKED_MS`` (neither running nor waiting for a core), a
"blocked turn" line says where every other thread was just after it: what held Python's lock.
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import time
from collections.abc import Callable
from pathlib import Path

from .corpus import interview_like
from .turns import Turn, Turns, measure_turns

TARGET = "≤ 50"
BLOCKED_MS = 50.0  # a turn blocked this long says where the other threads were just after
MISSING_WORD = "zqxwvj"


class _ProfiledTurns:
    """A profile of each turn, the busiest one's kept; after a turn blocked over
    ``BLOCKED_MS``, where the other threads were."""

    def __init__(self, profile: bool) -> None:
        self.profile = profile
        self.profiler: cProfile.Profile | None = None
        self.busiest: tuple[float, cProfile.Profile | None] = (0.0, None)
        self.holders: list[str] = []

    def begin(self) -> None:
        if self.profile:
            self.profiler = cProfile.Profile()
            self.profiler.enable()

    def seen(self, turn: Turn) -> None:
        if self.profiler is not None:
            self.profiler.disable()
            if turn.cpu_ms > self.busiest[0]:
                self.busiest = (turn.cpu_ms, self.profiler)
        if (turn.blocked_ms or 0) > BLOCKED_MS:
            self.holders.append(f"{turn.split()}: {_other_threads()}")
        self.begin()

    def end(self) -> str:
        """Stops profiling; the busiest turn's profile, as text."""
        if self.profiler is not None:
            self.profiler.disable()
        for holder in self.holders:
            print(f"blocked turn {holder}", flush=True)
        if self.busiest[1] is None:
            return ""
        out = io.StringIO()
        stats = pstats.Stats(self.busiest[1], stream=out)  # STALLS_SORT=cumulative: the callers
        stats.sort_stats(os.environ.get("STALLS_SORT", "tottime"))
        stats.print_stats(int(os.environ.get("STALLS_LINES", "12")))
        return out.getvalue()


def measure_profiled(operation: Callable[[], object], done: Callable[[], bool],
                     profile: bool, settle_s: float = 0.3,
                     timeout_s: float = 300.0) -> tuple[Turns, str]:
    """As ``benchmarks.turns.measure_turns``; with ``profile``, the window thread's profile of
    its busiest turn too (the top functions by their own time)."""
    watch = _ProfiledTurns(profile)
    try:
        turns = measure_turns(operation, done, settle_s, timeout_s, watch)
    finally:
        text = watch.end()
    return turns, text


def measure(profile: bool = False) -> list[tuple[str, float, str]]:
    import tempfile

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from .stalls import _opened, _opening_lines, _wait_for_threads, _window

    results: list[tuple[str, float, str]] = []
    profiles: list[tuple[str, str]] = []

    def row(name: str, operation: Callable[[], object], done: Callable[[], bool],
            what: str) -> None:
        turns, text = measure_profiled(operation, done, profile)
        results.extend(_opening_lines(name, turns, f"{TARGET}; {what}"))
        if text:
            profiles.append((name, text))

    with tempfile.TemporaryDirectory(prefix="reader-stalls-") as name:
        folder = Path(name)
        one_mb, ten_mb, ten_md = folder / "one.txt", folder / "ten.txt", folder / "ten.md"
        one_mb.write_text(interview_like(1024 * 1024), encoding="utf-8")
        ten_mb.write_text(interview_like(10 * 1024 * 1024, seed=11), encoding="utf-8")
        ten_md.write_text(interview_like(10 * 1024 * 1024, seed=13), encoding="utf-8")
        window = _window(folder)
        # Preferences made ahead (fontpkg reads every package's metadata in a thread after the
        # first paint) is left to finish first, as in the whole run: its thread holds Python's
        # lock now and then.
        _wait_for_threads("preferences-ahead")
        row("open_1mb", lambda: window.open_path(one_mb), _opened(window, one_mb),
            "a 1 MB .txt, for comparison")
        row("open_10mb_md", lambda: window.open_path(ten_md), _opened(window, ten_md),
            "a 10 MB .md, parsed")
        row("open_10mb", lambda: window.open_path(ten_mb), _opened(window, ten_mb),
            "a 10 MB .txt, parsed")
        text = window.text
        text.setFocus()
        at_end = lambda: text.textCursor().atEnd()  # noqa: E731 (a test)
        started = time.perf_counter()
        row("jump_to_end_10mb", lambda: QTest.keyClick(
            text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier), at_end,
            "Ctrl+End at once after opening, until the caret is there")
        results.append(("jump_to_end_10mb_reached_ms", (time.perf_counter() - started) * 1000,
                        "how long the reader waits (the end is laid out first)"))
        finder = window.keyboard.find
        finder.open()
        field = finder.bar.field
        answered = lambda: not finder.searching()  # noqa: E731 (a test)

        def type_in(letters: str) -> Callable[[], object]:
            def typed() -> None:
                field.insert(letters)
                field.textEdited.emit(field.text())
            return typed

        def typing(word: str, name: str, what: str) -> None:
            runs = [measure_profiled(type_in(letter), answered, profile) for letter in word]
            results.extend(_worst([turns for turns, _ in runs], name, what))
            busiest = max(runs, key=lambda run: run[0].busiest_cpu_ms)
            if busiest[1]:
                profiles.append((name, busiest[1]))

        typing("enquête", "find_10mb", "typing a word letter by letter, each searched")
        field.clear()
        field.textEdited.emit("")
        typing(MISSING_WORD, "find_missing_10mb", f"typing {MISSING_WORD!r}, not there")
        finder.close()
        cursor = text.textCursor()
        cursor.setPosition(cursor.document().characterCount() // 2)
        text.setTextCursor(cursor)
        middle = text.caret_offset()
        leftovers = window.text.leftovers
        left = _opened(window, one_mb)
        row("leave_10mb", lambda: window.open_path(one_mb),
            lambda: left() and not leftovers.busy(),
            "a 1 MB document opened instead, the 10 MB one's leftovers freed")
        opened = _opened(window, ten_mb)
        row("reopen_10mb", lambda: window.open_path(ten_mb),
            lambda: opened() and text.caret_offset() == middle,
            "from the cache, the caret put back in the middle")
        window.close()
    for name, text in profiles:
        print(f"--- {name}: the window thread's busiest turn\n{text}", flush=True)
    return results


def _worst(runs: list[Turns], name: str, what: str) -> list[tuple[str, float, str]]:
    from .stalls import _opening_lines

    longest = max(runs, key=lambda turns: turns.longest.wall_ms).longest
    return _opening_lines(name, Turns(longest, max(t.busiest_cpu_ms for t in runs)),
                          f"{TARGET}; {what}")


def _other_threads() -> str:
    """Where each other thread is (just after a blocked turn: what held Python's lock)."""
    import sys
    import threading
    import traceback

    names = {thread.ident: thread.name for thread in threading.enumerate()}
    me = threading.get_ident()
    return "; ".join(
        f"{names.get(ident, ident)} at " + " < ".join(
            f"{Path(f.filename).name}:{f.lineno} {f.name}"
            for f in reversed(traceback.extract_stack(frame)[-3:]))
        for ident, frame in sys._current_frames().items() if ident != me)
