"""Python's cyclic garbage collections while an operation runs: which generation, how long,
in which thread. A collection holds Python's lock from start to end, so a long one stops the
window whatever thread ran it: the "blocked" part of a long turn (``benchmarks.turns``).

``with CollectionsWatch() as watch: ...`` then ``watch.summary()``; ``tracked_census()``
counts the objects the collector walks, by type."""

from __future__ import annotations

import gc
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Collection:
    generation: int
    started: float  # time.perf_counter()
    ms: float
    thread: str


@dataclass
class CollectionsWatch:
    collections: list[Collection] = field(default_factory=list)
    _started: dict[int, float] = field(default_factory=dict)

    def _callback(self, phase: str, info: dict[str, Any]) -> None:
        now, thread = time.perf_counter(), threading.get_ident()
        if phase == "start":
            self._started[thread] = now
            return
        began = self._started.pop(thread, now)
        self.collections.append(Collection(info["generation"], began, (now - began) * 1000,
                                           threading.current_thread().name))

    def __enter__(self) -> CollectionsWatch:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *_exc: object) -> None:
        gc.callbacks.remove(self._callback)

    def full(self) -> list[Collection]:
        return [c for c in self.collections if c.generation == 2]

    def summary(self) -> str:
        full = self.full()
        young = [c.ms for c in self.collections if c.generation < 2]
        each = ", ".join(f"{c.ms:.0f}" for c in full[:8]) + (" …" if len(full) > 8 else "")
        threads = sorted({c.thread for c in full})
        return (f"{len(full)} full collections ({each or 'none'} ms"
                f"{', in ' + ', '.join(threads) if threads else ''}), {len(young)} young "
                f"(longest {max(young, default=0.0):.0f} ms)")

    def during(self, start: float, end: float) -> list[Collection]:
        """The collections that overlapped the moments ``start``..``end`` (perf_counter)."""
        return [c for c in self.collections if c.started < end and c.started + c.ms / 1000 > start]


def tracked_census(top: int = 6) -> tuple[int, str]:
    """How many objects a full collection would walk (frozen ones are not), and the most
    common types among them."""
    objects = gc.get_objects()
    kinds = Counter(type(o).__name__ for o in objects).most_common(top)
    count = len(objects)
    del objects
    return count, (f"{count} walked, {gc.get_freeze_count()} frozen; "
                   + ", ".join(f"{name} {n}" for name, n in kinds))
