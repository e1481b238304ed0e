"""One thread that owns the engine and synthesises utterances in order, dropping stale work.

espeak-ng hangs when two threads synthesise at once and deadlocks when called from its own
callback (docs/architecture.md#threading), so after construction only this thread calls
``engine.synthesize``. A request's life:

1. The reading session (on the GUI thread) calls ``submit`` with a ``SynthesisRequest`` tagged
   with the current generation; requests are served in order.
2. ``cancel`` starts a new generation (a jump, a stop, a new rate): every request of an older
   one still queued is dropped without being synthesised.
3. The worker thread synthesises the request; an engine error becomes a result with ``error``
   set, and the worker goes on with the next request.
4. If the request is still current, ``on_result`` is called *on the worker thread*: the receiver
   hands it to its own thread (a queued Qt signal) and checks the generation again there, since
   a ``cancel`` may come between the call and its delivery.
5. ``close`` lets the request in hand finish, then ends the thread.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass

from .engine import Engine, Synthesis


@dataclass(frozen=True, slots=True)
class SynthesisRequest:
    generation: int
    text: str
    voice_id: str
    rate_wpm: int
    pitch: int = 50
    volume: float = 1.0
    tag: object = None  # the caller's own (e.g. the Utterance), given back with the result


@dataclass(frozen=True, slots=True)
class SynthesisResult:
    request: SynthesisRequest
    synthesis: Synthesis | None  # None when the engine failed
    error: Exception | None = None


class SpeechWorker:
    def __init__(self, engine: Engine, on_result: Callable[[SynthesisResult], None]) -> None:
        self._engine = engine
        self._on_result = on_result
        self._queue: queue.Queue[SynthesisRequest | None] = queue.Queue()
        self._lock = threading.Lock()
        self._generation = 0
        # A daemon: a synthesis in hand must never keep the application from quitting.
        self._thread = threading.Thread(target=self._run, name="speech-worker", daemon=True)
        self._thread.start()

    @property
    def generation(self) -> int:
        with self._lock:
            return self._generation

    def cancel(self) -> int:
        """Make all work submitted so far stale; returns the new generation to submit with."""
        with self._lock:
            self._generation += 1
            return self._generation

    def submit(self, request: SynthesisRequest) -> None:
        self._queue.put(request)

    def close(self, timeout: float | None = 5.0) -> None:
        self.cancel()
        self._queue.put(None)
        self._thread.join(timeout)

    def _current(self, request: SynthesisRequest) -> bool:
        with self._lock:
            return request.generation >= self._generation

    def _run(self) -> None:
        while (request := self._queue.get()) is not None:
            if not self._current(request):
                continue
            try:
                result = SynthesisResult(request, self._engine.synthesize(
                    request.text, request.voice_id, request.rate_wpm, request.pitch,
                    request.volume))
            except Exception as error:  # one bad sentence must not end reading
                result = SynthesisResult(request, None, error)
            if self._current(request):
                self._on_result(result)
