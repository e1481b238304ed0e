"""The longest stall of an operation, and what the window's thread did in its longest turn.

A stall's wall time depends on the machine's load: on a shared machine the window's thread is
often ready to run but waiting for a core, and the same code's stalls vary 3-5x between runs.
The thread's own CPU time in its longest turn barely changes with the load, so it is printed
beside the stall (``*_gui_cpu_ms``). On Linux the longest turn is also split into that CPU,
the time spent waiting for a core (the run queue) and the rest, blocked (Python's lock held
by a worker, or the disk), from ``/proc/thread-self/schedstat``.

The stall is measured as ``benchmarks.stalls.longest_stall_ms`` measures it (the longest gap
between two turns of the event loop, until the operation is done and ``SETTLE_S`` more).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

_SCHEDSTAT = Path("/proc/thread-self/schedstat")


@dataclass(frozen=True, slots=True)
class Turn:
    wall_ms: float
    cpu_ms: float
    waiting_ms: float | None  # ready to run, waiting for a core (None: not measurable here)
    ended: float = 0.0  # time.perf_counter() at its end (benchmarks.collections_watch.during)

    @property
    def blocked_ms(self) -> float | None:
        """Neither running nor ready: waiting for Python's lock, the disk, a mutex."""
        if self.waiting_ms is None:
            return None
        return max(0.0, self.wall_ms - self.cpu_ms - self.waiting_ms)

    def split(self) -> str:
        if self.waiting_ms is None:
            return f"{self.wall_ms:.0f} ms, {self.cpu_ms:.0f} of it running"
        return (f"{self.wall_ms:.0f} ms = {self.cpu_ms:.0f} running + {self.waiting_ms:.0f} "
                f"waiting for a core + {self.blocked_ms:.0f} blocked")


@dataclass(frozen=True, slots=True)
class Turns:
    longest: Turn  # the longest in wall time: the stall
    busiest_cpu_ms: float  # the most CPU the window's thread spent in one turn


def _run_queue_s() -> float | None:
    try:
        return int(_SCHEDSTAT.read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return None


class TurnWatch(Protocol):
    """Told of each turn as ``measure_turns`` notes it, between the turns (its own time is in
    neither): ``benchmarks.stalls_large`` profiles each turn and names the other threads."""

    def begin(self) -> None: ...

    def seen(self, turn: Turn) -> None: ...


def measure_turns(operation: Callable[[], object],
                  done: Callable[[], bool] = lambda: True, settle_s: float | None = None,
                  timeout_s: float | None = None, watch: TurnWatch | None = None) -> Turns:
    """Run ``operation`` from the event loop (as a key or menu choice would); its turns,
    until ``done()`` and ``settle_s`` more (``stalls.SETTLE_S`` and ``TIMEOUT_S`` unless given)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from .stalls import SETTLE_S, TIMEOUT_S

    settle = SETTLE_S if settle_s is None else settle_s
    timeout = TIMEOUT_S if timeout_s is None else timeout_s

    loop = QEventLoop()
    turns: list[Turn] = []
    last_wall, last_cpu, last_queued = time.perf_counter(), time.thread_time(), _run_queue_s()
    started = last_wall
    finished: float | None = None

    def tick() -> None:
        nonlocal finished, last_wall, last_cpu, last_queued
        now, cpu, queued = time.perf_counter(), time.thread_time(), _run_queue_s()
        waited = None if queued is None or last_queued is None else (queued - last_queued) * 1000
        turn = Turn((now - last_wall) * 1000, (cpu - last_cpu) * 1000, waited, now)
        turns.append(turn)
        if finished is None and done():
            finished = now
        if (finished is not None and now - finished > settle) or now - started > timeout:
            loop.quit()
        if watch is not None:
            watch.seen(turn)
            now, cpu, queued = time.perf_counter(), time.thread_time(), _run_queue_s()
        last_wall, last_cpu, last_queued = now, cpu, queued

    def begin() -> None:
        nonlocal last_wall, last_cpu, last_queued
        last_wall, last_cpu, last_queued = time.perf_counter(), time.thread_time(), _run_queue_s()
        if watch is not None:
            watch.begin()
        operation()

    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(tick)
    QTimer.singleShot(0, begin)
    ticker.start()
    loop.exec()
    ticker.stop()
    if finished is None:
        raise RuntimeError(f"not done after {timeout:.0f} s")
    return Turns(max(turns, key=lambda turn: turn.wall_ms),
                 max(turn.cpu_ms for turn in turns))
