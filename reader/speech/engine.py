"""The small interface every speech engine implements, and the values it trades in.

An engine turns one utterance into audio in memory plus the times its words are heard; it
never plays anything itself on Linux (docs/architecture.md#speech: pyttsx3's own playback cannot be
stopped or followed). Playback, highlighting and pauses are built on ``Synthesis`` values, so a
scripted engine in tests exercises exactly the code the real one does.

Engines are not thread-safe: one thread at a time calls ``synthesize`` (``SpeechWorker`` owns
the engine while reading). ``voices()`` is read once at construction and is safe anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Protocol, runtime_checkable

SAMPLE_WIDTH = 2  # bytes: every Synthesis is signed 16-bit little-endian mono PCM


@dataclass(frozen=True, slots=True)
class Voice:
    id: str  # what synthesize() takes, e.g. espeak-ng's "roa/fr"
    name: str  # the engine's own name for it, e.g. "French (France)"
    languages: tuple[str, ...]  # lowercase BCP 47 tags, e.g. ("fr-fr",)
    gender: str = ""  # "male", "female" or "" when the engine does not say


@dataclass(frozen=True, slots=True)
class Capabilities:
    word_timings: bool  # Synthesis.words is filled
    own_playback: bool  # the engine can only play itself (SAPI5-style): no PCM in Synthesis
    min_rate: int  # words per minute
    max_rate: int
    default_rate: int
    pitch: bool  # synthesize() honours pitch (0-100, 50 = the voice's own)
    volume: bool  # synthesize() honours volume (0.0-1.0)


@dataclass(frozen=True, slots=True)
class WordTiming:
    text_start: int  # offsets of the word in the text given to synthesize()
    text_end: int
    audio_ms: int  # when the word starts to be heard, from the start of the PCM


@dataclass(frozen=True, slots=True)
class Synthesis:
    pcm: bytes  # s16le mono
    sample_rate: int
    words: tuple[WordTiming, ...] = ()

    @property
    def duration_ms(self) -> int:
        return len(self.pcm) * 1000 // (SAMPLE_WIDTH * self.sample_rate)


class Unavailability(Enum):
    """Why speech cannot start; the UI turns each into an explanation and a remedy."""

    PYTTSX3_MISSING = "pyttsx3_missing"  # the Python package is not installed
    LIBRARY_MISSING = "library_missing"  # libespeak-ng1 is not installed
    INIT_FAILED = "init_failed"  # the library is there but would not start (espeak-ng-data?)
    NO_VOICES = "no_voices"  # it started but offers no voice


class EngineUnavailable(Exception):
    def __init__(self, reason: Unavailability, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {detail}".rstrip(": "))
        self.reason, self.detail = reason, detail


class SynthesisError(Exception):
    """One utterance could not be synthesised (unknown voice, engine error); the engine lives on."""


@runtime_checkable
class Engine(Protocol):
    capabilities: Capabilities

    def voices(self) -> list[Voice]: ...

    def synthesize(
        self, text: str, voice_id: str, rate_wpm: int, pitch: int = 50, volume: float = 1.0
    ) -> Synthesis: ...


def voice_for_language(voices: list[Voice], language: str) -> Voice | None:
    """The voice to read ``language`` ("fr", "fr-CA", "en") with, or None if no voice speaks it.

    Preference, as espeak-ng names its voices: the exact tag, then the language's home region
    ("fr-fr", "de-de"), then the voice named after the bare language ("roa/fr", "gmw/en"), then
    any voice of that language.
    """
    tag = language.lower().replace("_", "-")
    primary = tag.split("-")[0]
    if not primary:
        return None
    candidates = [v for v in voices if any(code.split("-")[0] == primary for code in v.languages)]

    def rank(voice: Voice) -> int:
        if tag in voice.languages:
            return 0
        if f"{primary}-{primary}" in voice.languages:
            return 1
        if voice.id.rsplit("/", 1)[-1] == primary:
            return 2
        return 3

    return min(candidates, key=rank, default=None)
