"""espeak-ng through pyttsx3 (Linux): speech into memory with exact word timings.

Never pyttsx3's ``say()`` playback on Linux (docs/architecture.md#speech: it plays with ``aplay``
after the whole synthesis, ``stop()`` neither returns nor cuts the sound, word events all fire
before any sound). ``reader.speech._espeak_driver`` is a pyttsx3 driver that keeps the PCM and
espeak-ng's word events with their ``audio_position``; this class is the engine the reader uses:

1. Construction imports pyttsx3 and the driver (which loads libespeak-ng), tries espeak-ng in a
   child process first (``espeak_probe``: a broken installation calls ``exit()``), registers
   the driver under ``pyttsx3.drivers.reader_espeak`` and starts ``pyttsx3.init`` with it;
   each failure becomes ``EngineUnavailable`` with its reason. The voice list is read once, here.
2. ``synthesize`` sets voice, rate, pitch and volume, says the text and runs pyttsx3's loop; the
   driver answers with a ``finished-utterance`` notification carrying the audio.
3. espeak-ng's word events are mapped onto the words of the text (``timings_from_events``).

Threading: espeak-ng exists once per process, so build one ``EspeakEngine`` (app.py does) and
let one thread call ``synthesize`` (``SpeechWorker``'s): two threads synthesising at once hang
it, and a second pyttsx3 engine with another driver steals its callback.
"""

from __future__ import annotations

import bisect
import importlib
import sys
import threading
from collections.abc import Iterable
from typing import Any

from ..document.segmentation import words
from .engine import (
    Capabilities,
    EngineUnavailable,
    Synthesis,
    SynthesisError,
    Unavailability,
    Voice,
    WordTiming,
)

_DRIVER_MODULE = "reader.speech._espeak_driver"
_RETRIEVAL_TIMEOUT_S = 30  # only when espeak-ng runs asynchronously (see the driver)
_GENDERS = {"Male": "male", "Female": "female"}


class EspeakEngine:
    capabilities = Capabilities(
        word_timings=True,
        own_playback=False,
        min_rate=80,  # espeakRATE_MINIMUM
        max_rate=450,  # espeakRATE_MAXIMUM: faster needs espeak-ng's sonic speed-up
        default_rate=175,  # espeakRATE_NORMAL
        pitch=True,
        volume=True,
    )

    def __init__(self) -> None:
        try:
            import pyttsx3
        except ImportError as error:
            raise EngineUnavailable(Unavailability.PYTTSX3_MISSING, str(error)) from error
        try:
            driver = importlib.import_module(_DRIVER_MODULE)
        except (OSError, RuntimeError, AttributeError) as error:
            # pyttsx3's binding raises RuntimeError when no libespeak-ng can be loaded, and an
            # AttributeError when an old libespeak lacks a function it binds.
            raise EngineUnavailable(Unavailability.LIBRARY_MISSING, str(error)) from error
        sys.modules.setdefault(f"pyttsx3.drivers.{driver.NAME}", driver)
        if not driver.started():
            from .espeak_probe import espeak_problem

            problem = espeak_problem()  # a broken espeak-ng exits the process that starts it
            if problem:
                raise EngineUnavailable(Unavailability.INIT_FAILED, problem)
        try:
            self._pyttsx3 = pyttsx3.init(driver.NAME)
        except LookupError as error:
            raise EngineUnavailable(Unavailability.NO_VOICES, str(error)) from error
        except (RuntimeError, ValueError) as error:
            raise EngineUnavailable(Unavailability.INIT_FAILED, str(error)) from error
        self._voices = [_voice(v) for v in self._pyttsx3.getProperty("voices")]
        if not self._voices:
            raise EngineUnavailable(Unavailability.NO_VOICES)
        self._voice_ids = {v.id for v in self._voices}
        self._done = threading.Event()
        self._result: Synthesis | None = None
        self._errors: list[BaseException] = []
        self._tokens = [
            self._pyttsx3.connect("finished-utterance", self._on_finished),
            self._pyttsx3.connect("error", self._on_error),
        ]

    def voices(self) -> list[Voice]:
        return list(self._voices)

    def synthesize(
        self, text: str, voice_id: str, rate_wpm: int, pitch: int = 50, volume: float = 1.0
    ) -> Synthesis:
        # espeak-ng's "+variant" suffix ("roa/fr+f3") changes the timbre of a listed voice.
        if voice_id.split("+")[0] not in self._voice_ids:
            raise SynthesisError(f"unknown voice {voice_id!r}")
        if not text.strip():  # pyttsx3 refuses blank text; silence has no words anyway
            return Synthesis(b"", _driver_rate())
        caps = self.capabilities
        self._done.clear()
        self._result, self._errors = None, []
        engine = self._pyttsx3
        engine.setProperty("voice", voice_id)
        engine.setProperty("rate", int(min(max(rate_wpm, caps.min_rate), caps.max_rate)))
        engine.setProperty("pitch", int(min(max(pitch, 0), 100)))
        engine.setProperty("volume", float(min(max(volume, 0.0), 1.0)))
        engine.say(text)
        engine.runAndWait()
        if not self._done.wait(_RETRIEVAL_TIMEOUT_S):
            raise SynthesisError("espeak-ng did not finish the utterance")
        if self._errors or self._result is None:
            error = self._errors[0] if self._errors else None
            raise SynthesisError(str(error or "espeak-ng gave no audio")) from error
        return self._result

    def close(self) -> None:
        """Stop listening to pyttsx3's notifications (espeak-ng itself lives until exit)."""
        for token in self._tokens:
            self._pyttsx3.disconnect(token)
        self._tokens = []

    # pyttsx3 notifications: from the synthesising thread, or espeak-ng's own in retrieval mode.
    # Never call the engine from here (it deadlocks): keep the result and wake synthesize().

    def _on_finished(self, completed: bool = True, text: str = "", pcm: bytes = b"",
                     sample_rate: int = 0, word_events: Iterable[tuple[int, int, int]] = (),
                     **_: object) -> None:
        try:  # pyttsx3 swallows a callback's exception: keep it for synthesize() to raise
            if completed:
                self._result = Synthesis(pcm, sample_rate, timings_from_events(text, word_events))
        except Exception as error:
            self._errors.append(error)
        finally:
            self._done.set()

    def _on_error(self, exception: BaseException | None = None, **_: object) -> None:
        self._errors.append(exception or RuntimeError("pyttsx3 reported an error"))


def _driver_rate() -> int:
    rate: int = importlib.import_module(_DRIVER_MODULE).RecordingDriver.sample_rate
    return rate


def _voice(voice: Any) -> Voice:  # a pyttsx3 voice
    languages = tuple(
        tag.lower() for tag in (voice.languages or ()) if tag and tag != "Unknown"
    )
    return Voice(voice.id, voice.name, languages, _GENDERS.get(voice.gender or "", ""))


def timings_from_events(
    text: str, events: Iterable[tuple[int, int, int]]
) -> tuple[WordTiming, ...]:
    """Map engine word events ``(char_offset, length, audio_ms)`` onto the words of ``text``.

    *Measured* espeak-ng quirks in French this absorbs: "l'étude" gives one event "l" (the word
    is "l'étude"); "Est-ce que" gives "Est" and "que" ("Est-ce" is one word); "2024" gives three
    events inside the number (one word, its first event kept); events of length 0 mark sentence
    starts and the end (one inside a word is that word, one after the last word is dropped).
    """
    spans = words(text)
    starts = [start for start, _ in spans]
    timings: list[WordTiming] = []
    last = -1
    for position, length, audio_ms in events:
        index = bisect.bisect_right(starts, position) - 1
        if index < 0 or position >= spans[index][1]:
            # Not inside a word (a space or punctuation): the next word, if the event reaches it.
            index += 1
            if index >= len(spans) or spans[index][0] >= position + max(length, 1):
                continue
        if index <= last:  # a second event in the same word, or one going back
            continue
        timings.append(WordTiming(spans[index][0], spans[index][1], audio_ms))
        last = index
    return tuple(timings)
