"""A pyttsx3 driver that synthesises espeak-ng speech into memory, with exact word timings.

``EspeakEngine`` registers this module as ``pyttsx3.drivers.reader_espeak`` (pyttsx3 imports
drivers by that dotted name), so pyttsx3 stays the engine front: its properties, its command
queue and its notifications carry everything. Importing this module loads libespeak-ng (through
pyttsx3's ctypes binding), which raises if the library is missing: import it lazily.

Why a subclass of pyttsx3's ``EspeakDriver`` (docs/architecture.md#speech): its ``_onSynth`` drops
espeak-ng's ``audio_position`` and plays the whole utterance with ``aplay`` only once synthesis is
over, so its word events and its playback cannot be followed. Here one synthesis runs as:

1. ``Engine.setProperty`` (voice, rate, pitch, volume) and ``Engine.say`` queue commands;
   ``Engine.runAndWait`` calls ``startLoop``, which runs them, then ``_start_synthesis``.
2. espeak-ng calls ``_onSynth`` with PCM buffers and event records; word events are kept as
   ``(text_position - 1, length, audio_position)``. *Measured*: with ``CHARS_UTF8``
   ``text_position`` is 1-based and counts characters (code points), not UTF-8 bytes.
3. When it is over, the driver sends pyttsx3's ``finished-utterance`` notification carrying
   ``text``, ``pcm``, ``sample_rate`` and ``word_events`` (after an ``error`` notification and
   with ``completed=False`` if espeak-ng refused the text).

If this driver is the first to start espeak-ng in the process it uses synchronous mode
(*measured*: ``espeak_Synth`` returns when all is synthesised, callbacks run on the calling
thread, no ``MSG_TERMINATED`` event comes). If pyttsx3's own driver started it first (retrieval
mode: callbacks on espeak-ng's thread, ``MSG_TERMINATED`` ends the message), espeak-ng cannot be
started again, so the notification is sent from espeak-ng's thread at ``MSG_TERMINATED``.
"""

from __future__ import annotations

import ctypes
from typing import Any

from pyttsx3.drivers import _espeak
from pyttsx3.drivers.espeak import EspeakDriver

NAME = "reader_espeak"
_EVENT_SAMPLERATE = 8  # espeakEVENT_SAMPLERATE (pyttsx3's binding does not name it)
_BUFFER_MS = 200  # synchronous mode: how much audio each callback brings at most
# espeakINITIALIZE_DONT_EXIT: without it a missing espeak-ng-data makes the library call exit().
# With it, failure is a return value of 0 (not -1 as documented). EspeakEngine probes in a child
# process first, since a later synthesis can still crash; this is the second line of defence.
_DONT_EXIT = 0x8000


def started() -> bool:
    """Whether espeak-ng was already started in this process (by this driver or pyttsx3's)."""
    return bool(EspeakDriver._moduleInitialized)


def buildDriver(proxy: Any) -> RecordingDriver:  # the name pyttsx3 looks for
    return RecordingDriver(proxy)


class RecordingDriver(EspeakDriver):  # type: ignore[misc]  # pyttsx3 ships no types
    synchronous = False  # whether this process's espeak-ng was started by this driver
    sample_rate = 22050
    _text_to_say: str | None  # set by the base class when say() is queued

    def __init__(self, proxy: Any) -> None:
        if not EspeakDriver._moduleInitialized:
            rate = _espeak.Initialize(_espeak.AUDIO_OUTPUT_SYNCHRONOUS, _BUFFER_MS, None,
                                      _DONT_EXIT)
            if rate <= 0:
                raise RuntimeError("espeak-ng could not start (is espeak-ng-data installed?)")
            voices = _espeak.ListVoices(None)
            if not voices:
                raise LookupError("espeak-ng has no voices")
            # The base class would otherwise start espeak-ng again in retrieval mode, and set a
            # default voice by display name, which SetVoiceByName does not accept.
            EspeakDriver._moduleInitialized = True
            EspeakDriver._defaultVoice = voices[0].identifier.decode("utf-8")
            RecordingDriver.synchronous, RecordingDriver.sample_rate = True, rate
        self._pcm = bytearray()
        self._word_events: list[tuple[int, int, int]] = []
        self._text = ""
        self._rate = RecordingDriver.sample_rate
        super().__init__(proxy)

    def startLoop(self) -> None:
        # pyttsx3's loop polls every 10 ms, waiting for a playback that never happens here: run
        # the queued commands (properties, say, endLoop), then synthesise.
        self._proxy.setBusy(False)
        text, self._text_to_say = self._text_to_say, None
        if text:
            self._start_synthesis(text)

    def _start_synthesis(self, text: str) -> None:
        self._pcm, self._word_events, self._text = bytearray(), [], text
        self._speaking = True
        # No ENDPAUSE flag: the pauses between sentences and paragraphs are the reader's own.
        status = _espeak.Synth(text.encode("utf-8"), flags=_espeak.CHARS_UTF8)
        if status != _espeak.EE_OK:
            self._proxy.notify("error", exception=RuntimeError(f"espeak_Synth returned {status}"))
            self._finish(completed=False)
        elif self.synchronous:
            self._finish()

    # wav and events are ctypes pointers (to samples, and to an array of espeak-ng events).
    def _onSynth(self, wav: Any, numsamples: int, events: Any) -> int:
        if not self._speaking:
            return 0
        if numsamples > 0:
            self._pcm += ctypes.string_at(wav, numsamples * ctypes.sizeof(ctypes.c_short))
        finished = False
        i = 0
        while (event := events[i]).type != _espeak.EVENT_LIST_TERMINATED:
            if event.type == _espeak.EVENT_WORD:
                self._word_events.append(
                    (event.text_position - 1, event.length, event.audio_position)
                )
            elif event.type == _EVENT_SAMPLERATE:
                self._rate = event.id.number
            elif event.type == _espeak.EVENT_MSG_TERMINATED:
                finished = True
            i += 1
        if finished:
            self._finish()
        return 0

    def _finish(self, completed: bool = True) -> None:
        self._speaking = False
        self._proxy.notify(
            "finished-utterance",
            completed=completed,
            text=self._text,
            pcm=bytes(self._pcm),
            sample_rate=self._rate,
            word_events=tuple(self._word_events),
        )
