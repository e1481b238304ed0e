"""One engine for two users: reading aloud and audio export take turns, a sentence each.

espeak-ng hangs when two threads synthesise at once (``espeak_engine``), and there is one
espeak-ng per process. Reading aloud synthesises on the speech worker's thread, an export on
its own; ``SharedEngine`` makes them wait for each other at each ``synthesize`` instead of
forbidding one while the other runs.
"""

from __future__ import annotations

import threading
from typing import Any

from .engine import Capabilities, Engine, Synthesis, Voice


class SharedEngine:
    """``engine`` with ``synthesize`` called by one thread at a time."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._turn = threading.Lock()
        self.capabilities: Capabilities = engine.capabilities

    @property
    def shared(self) -> Engine:
        """The engine itself (tests look at what it was asked)."""
        return self._engine

    def voices(self) -> list[Voice]:
        return self._engine.voices()

    def synthesize(self, text: str, voice_id: str, rate_wpm: int, pitch: int = 50,
                   volume: float = 1.0) -> Synthesis:
        with self._turn:
            return self._engine.synthesize(text, voice_id, rate_wpm, pitch, volume)

    def __getattr__(self, name: str) -> Any:  # what else the engine offers, unchanged
        return getattr(self._engine, name)
