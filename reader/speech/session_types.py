"""What a reading session shares with those who use it, in a module of its own: the window
compares its states before the session's modules are loaded (they load after the first paint).
"""

from __future__ import annotations

from enum import Enum
from typing import Protocol, cast


class State(Enum):
    IDLE = "idle"
    SPEAKING = "speaking"
    PAUSED = "paused"


class SessionMessages(Protocol):
    """The words the session says or shows (``reader.messages``; tests give their own)."""

    def announce_question(self, number: int) -> str: ...
    def messages_language(self) -> str: ...
    def sentence_failed(self, text: str, error: str) -> str: ...
    def speech_failed_repeatedly(self, error: str) -> str: ...
    def playback_error(self, reason_value: str) -> str: ...


def app_messages() -> SessionMessages:
    """The app's own, translatable words (QtCore only)."""
    from .. import messages

    return cast(SessionMessages, messages)
