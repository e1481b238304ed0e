"""The states of a reading session, in a module of their own: the window compares them before
the session's modules are loaded (they load after the first paint)."""

from __future__ import annotations

from enum import Enum


class State(Enum):
    IDLE = "idle"
    SPEAKING = "speaking"
    PAUSED = "paused"
