"""Where a large document's open holds Python's lock (the GIL) for long, and so freezes the
window: the single calls into C that last longest while the window's worker reads, parses and
renders a large plain-text file, then re-opens it from the cache of parsed documents.

Two views of the same work, done by the window's own worker:

- every call into C (``sys.setprofile``'s ``c_call`` events) that spends over ``LONG_MS`` of
  the thread's processor time (not the wall clock: on a shared machine a thread waits for a
  core too), with the line that made it: one such call holds the lock for its whole length,
  unless the C code lets go of it (hashing a large buffer, Qt's own work …);
- the window's event loop ticking as fast as it can (a timer of 0 ms, as ``benchmarks.turns``
  measures its turns): each turn it was blocked for over ``LONG_MS`` (neither running nor
  waiting for a core) is a hold, with where the worker was at the turn before and after it.
  This one also sees what is not a call (slicing, a large object freed), and a worker taken
  off its core while it holds the lock.

The profiler slows the worker down and the event loop takes the lock thousands of times a
second: the durations are of each call, not of the whole open. Run:
``QT_QPA_PLATFORM=offscreen python -m benchmarks.gil_holds [MB] [--no-profile] [--markdown]``
(``--markdown``: a .md file)."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable

from .open_large import window_and_files
from .turns import Turn, measure_turns

LONG_MS = 10.0
_OWN = ("reader/", "benchmarks/", "json/", "markdown_it/", "codecs", "hashlib")


def _where(frame) -> str:
    """The innermost few lines of ``frame``'s stack in this project (or a library it calls)."""
    lines: list[str] = []
    while frame is not None and len(lines) < 3:
        name = frame.f_code.co_filename
        if any(part in name for part in _OWN):
            short = name.split("/reader/")[-1].split("/site-packages/")[-1]
            lines.append(f"{short}:{frame.f_lineno} {frame.f_code.co_name}")
        frame = frame.f_back
    return " < ".join(lines) or "?"


class CCalls:
    """The calls into C over ``LONG_MS`` made by the threads it profiles, but those that ran
    Python code meanwhile (``sum`` of a generator, an import): the lock may change hands
    between two lines of it."""

    def __init__(self) -> None:
        self.long: list[tuple[float, str, str]] = []  # (ms, the C function, where)
        self._started = threading.local()

    def __call__(self, frame, event: str, arg) -> None:
        started = self._started.__dict__.setdefault("calls", [])
        if event == "c_call":
            started.append([time.thread_time(), False])
        elif event == "call" and started:
            started[-1][1] = True  # Python code ran inside the call into C
        elif event in ("c_return", "c_exception") and started:
            began, ran_python = started.pop()
            ms = (time.thread_time() - began) * 1000
            if started and ran_python:
                started[-1][1] = True
            if ms > LONG_MS and not ran_python:
                name = getattr(arg, "__qualname__", None) or getattr(arg, "__name__", repr(arg))
                self.long.append((ms, str(name), _where(frame)))


def probe(operation: Callable[[], object], done: Callable[[], bool], profiled: bool
          ) -> tuple[list[tuple[float, str, str]], list[tuple[float, str, str]], float, float]:
    """Run ``operation`` from the window's event loop (as a key would) until ``done()``, the
    threads it starts profiled; (their long C calls, the event loop's long waits with where
    the window's worker was before and after, the seconds it took, the processor seconds of
    the window's process: its threads' Python work, which holds the lock; not a child's)."""
    calls = CCalls()
    watch = _WorkerWatch()
    if profiled:
        threading.setprofile(calls)
    started, cpu = time.perf_counter(), time.process_time()
    try:
        measure_turns(operation, done, settle_s=0.0, timeout_s=3600.0, watch=watch)
    finally:
        threading.setprofile(None)
    return calls.long, watch.waits, time.perf_counter() - started, time.process_time() - cpu


class _WorkerWatch:
    """Each turn of the event loop held up (neither running nor waiting for a core) over
    ``LONG_MS``, with where the window's worker was before and after it."""

    def __init__(self) -> None:
        self.waits: list[tuple[float, str, str]] = []
        self.before = "starting"

    def begin(self) -> None:
        self.before = "starting"

    def seen(self, turn: Turn) -> None:
        after = _worker_at()
        held = turn.blocked_ms if turn.blocked_ms is not None else turn.wall_ms - turn.cpu_ms
        if held > LONG_MS:
            self.waits.append((held, self.before, after))
        self.before = after


def _worker_at() -> str:
    frames = sys._current_frames()
    for thread in threading.enumerate():
        if thread.name == "document-open" and thread.ident in frames:
            return _where(frames[thread.ident])
    return "no worker"


def main(megabytes: float, profiled: bool, shape: str = "text") -> None:
    app, window, _folder, path, small = window_and_files(int(megabytes * 2**20), shape,
                                                        "A short text.\n", "reader-gil-")

    def opened() -> bool:
        return window.document is not None and window.document.path == str(path)

    for what in ("open (parse, store in the cache)", "re-open (from the cache)"):
        calls, waits, seconds, cpu = probe(lambda: window.open_path(path, in_background=True),
                                      opened, profiled)
        print(f"== {what}: {seconds:.1f} s, {cpu:.1f} s of the window's process's CPU "
              f"(profiled: {profiled})")
        if profiled:
            print(f"-- calls into C over {LONG_MS:.0f} ms, longest first:")
        for ms, function, where in sorted(calls, reverse=True)[:25]:
            print(f"{ms:7.1f} ms  {function}  at {where}")
        print(f"-- the window's waits over {LONG_MS:.0f} ms (not for a core), longest first:")
        for ms, before, after in sorted(waits, reverse=True)[:25]:
            print(f"{ms:7.1f} ms  before: {before}\n{'':12}after:  {after}")
        window.open_path(small)
        app.processEvents()
    window.close()


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(float(arguments[0]) if arguments else 45.0, "--no-profile" not in sys.argv,
         "markdown" if "--markdown" in sys.argv else "text")
