"""A real engine for tests, like NVDA's ``silence`` driver: predictable audio, exact timings.

Each word of the text becomes a short tone followed by a gap, so durations follow the rate and
the text, the audio is not silent (playback tests can find it in a sink), and word timings are
known in advance. Every call is recorded in ``calls``; ``fail_on`` makes chosen texts raise
``SynthesisError``; ``before_synthesis`` lets a test hold the engine mid-utterance (e.g. on a
``threading.Event``) to exercise cancellation.
"""

from __future__ import annotations

import math
import sys
from array import array
from collections.abc import Callable
from dataclasses import dataclass

from ..document.segmentation import words
from .engine import Capabilities, Synthesis, SynthesisError, Voice, WordTiming

SAMPLE_RATE = 22050  # espeak-ng's, so both engines feed the same audio path
TONE_HZ = 440
AMPLITUDE = 8000

DEFAULT_VOICES = (
    Voice("fr", "Scripted French", ("fr-fr",), "male"),
    Voice("fr+f", "Scripted French (female)", ("fr-fr",), "female"),
    Voice("en", "Scripted English", ("en-gb",), "male"),
)


@dataclass(frozen=True, slots=True)
class ScriptedCall:
    text: str
    voice_id: str
    rate_wpm: int
    pitch: int
    volume: float


class ScriptedEngine:
    capabilities = Capabilities(
        word_timings=True,
        own_playback=False,
        min_rate=80,
        max_rate=450,
        default_rate=175,
        pitch=True,
        volume=True,
    )

    def __init__(
        self,
        voices: tuple[Voice, ...] = DEFAULT_VOICES,
        *,
        fail_on: Callable[[str], bool] = lambda text: False,
        before_synthesis: Callable[[str], None] | None = None,
    ) -> None:
        self._voices = voices
        self._fail_on = fail_on
        self._before = before_synthesis
        self.calls: list[ScriptedCall] = []

    @property
    def texts(self) -> list[str]:
        return [call.text for call in self.calls]

    def voices(self) -> list[Voice]:
        return list(self._voices)

    def synthesize(
        self, text: str, voice_id: str, rate_wpm: int, pitch: int = 50, volume: float = 1.0
    ) -> Synthesis:
        self.calls.append(ScriptedCall(text, voice_id, rate_wpm, pitch, volume))
        if self._before is not None:
            self._before(text)
        # As espeak-ng, a "+variant" suffix ("fr+f3") is a timbre of a listed voice.
        if voice_id.split("+")[0] not in {v.id.split("+")[0] for v in self._voices}:
            raise SynthesisError(f"unknown voice {voice_id!r}")
        if self._fail_on(text):
            raise SynthesisError(f"scripted failure on {text!r}")
        # A word lasts what the rate gives it: 60000 / rate ms, 70 % tone then 30 % gap.
        word_samples = SAMPLE_RATE * 60 // max(rate_wpm, 1)
        tone = int(word_samples * 0.7)
        level = AMPLITUDE * min(max(volume, 0.0), 1.0)
        hz = TONE_HZ * (0.5 + min(max(pitch, 0), 100) / 100)
        one_word = array("h", (int(level * math.sin(2 * math.pi * hz * i / SAMPLE_RATE))
                               for i in range(tone)))
        one_word.extend([0] * (word_samples - tone))
        spans = words(text)
        pcm = array("h")
        timings = []
        for index, (start, end) in enumerate(spans):
            timings.append(WordTiming(start, end, index * word_samples * 1000 // SAMPLE_RATE))
            pcm.extend(one_word)
        if sys.byteorder == "big":
            pcm.byteswap()  # Synthesis PCM is little-endian everywhere
        return Synthesis(pcm.tobytes(), SAMPLE_RATE, tuple(timings))
