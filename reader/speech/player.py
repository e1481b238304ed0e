"""Playback of synthesised speech from a gapless queue, with a clock that says what is heard.

QtCore only: the sink comes from a factory, ``reader.speech.process_sink.open_process_sink``
for Qt Multimedia's ``QAudioSink`` in a child process (so that an audio server that dies takes
only that process down; ``qt_audio.open_default_sink`` is the same sink in this process) or
``MemorySink`` in tests. Why ``QAudioSink`` in pull mode (docs/architecture.md#speech,
*measured*): play, pause, resume and stop take effect in 2-9 ms; ``processedUSecs()`` follows
the audible audio within ±31 ms; the sink pulls from a ``QIODevice`` on the GUI thread as it
needs data, so utterances queued back to back play with no gap, and a queue that runs dry (the
next sentence not synthesised yet) only makes it idle until more comes.

The flow:

1. ``play()`` opens the sink (``AudioUnavailable`` when there is no audio device).
2. ``enqueue(pcm, tag, silence_before_ms)`` appends the pause that separates it from the
   previous utterance, then its audio, to the ``PcmQueue`` and records a segment: where the
   utterance's audio starts in the stream. The sink is started on the first segment.
3. ``position()`` turns the sink's clock into (tag, milliseconds into that utterance): the
   reading session highlights the word heard at that time.
4. ``pause()``/``resume()`` suspend and resume the sink; ``flush()`` (a skip) resets and stops
   it and forgets the queue, keeping the paused or playing state; ``stop()`` also ends playing.
   At the natural end, ``finish()`` lets the device play out what it still holds (the clock
   runs ahead of the loudspeaker: *measured* 25-130 ms on a null sink, where stopping at once
   cut the last word short), then stops and emits ``drained``.
5. A watchdog checks the clock while audio is waiting to be heard: if it does not move for
   ``STALL_MS`` (the audio server died: the clock just freezes, *measured*), or the sink stops
   with an error, playback stops and ``failed`` carries the reason.
"""

from __future__ import annotations

import bisect
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QIODevice, QObject, QTimer, Signal

from .engine import SAMPLE_WIDTH

SAMPLE_RATE = 22050  # espeak-ng's rate; the scripted engine uses it too
BYTES_PER_SECOND = SAMPLE_RATE * SAMPLE_WIDTH
BUFFER_BYTES = 88200  # 2 s: the sink pulls on the GUI thread, this survives a 1.5 s freeze
STALL_MS = 1200  # clock frozen this long while audio waits: the audio server is gone
# (with the watchdog period, noticed within 1.5 s: the issue asks for 2)
FIRST_SOUND_GRACE_MS = 3000  # before the first sound, a server may take longer to start
DRAIN_MS = 500  # at the end, how long the device may still be playing what the clock counted
_WATCH_MS = 200


# What a sink without Qt Multimedia reports (MemorySink in tests, ProcessSink for the child
# process that plays): the names of QtAudio's states and errors, which the player compares.
class SinkState(Enum):  # the names of QtAudio.State, which Player compares
    ActiveState = 0
    SuspendedState = 1
    StoppedState = 2
    IdleState = 3


class SinkError(Enum):  # the names of QtAudio.Error
    NoError = 0
    OpenError = 1
    IOError = 2
    UnderrunError = 3
    FatalError = 4


class PlaybackError(Enum):
    NO_DEVICE = "no_device"  # no audio output at all (no server, no card)
    OPEN_FAILED = "open_failed"  # the device refused the stream
    STALLED = "stalled"  # the clock stopped while playing: the audio server went away
    DEVICE_ERROR = "device_error"  # the sink stopped with an error


class AudioUnavailable(Exception):
    def __init__(self, reason: PlaybackError, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {detail}".rstrip(": "))
        self.reason, self.detail = reason, detail


SinkFactory = Callable[[], Any]  # returns an object with QAudioSink's methods (see MemorySink)


class PcmQueue(QIODevice):
    """The bytes the sink pulls, in order; appending never disturbs what is being read."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]  # Qt accepts None; the stubs omit it
        self._chunks: deque[bytes] = deque()
        self._offset = 0  # into the first chunk
        self._available = 0
        self.written = 0  # bytes appended since the queue was made: the stream's length
        self.open(QIODevice.OpenModeFlag.ReadOnly)

    def append(self, data: bytes) -> None:
        if data:
            self._chunks.append(bytes(data))
            self._available += len(data)
            self.written += len(data)
            self.readyRead.emit()

    def readData(self, maxlen: int) -> bytes:
        parts = []
        wanted = min(maxlen, self._available)
        while wanted > 0:
            chunk = self._chunks[0]
            piece = chunk[self._offset : self._offset + wanted]
            parts.append(piece)
            wanted -= len(piece)
            self._offset += len(piece)
            if self._offset >= len(chunk):
                self._chunks.popleft()
                self._offset = 0
        data = b"".join(parts)
        self._available -= len(data)
        return data

    def writeData(self, data: bytes | bytearray | memoryview, size: int, /) -> int:
        return -1  # read-only

    def bytesAvailable(self) -> int:
        return self._available + super().bytesAvailable()

    def isSequential(self) -> bool:
        return True


@dataclass(slots=True)
class _Segment:
    tag: object
    start: int  # byte offset in the stream where its audio begins
    end: int  # where its audio ends (the pause before the next one follows)


class PlayerState(Enum):
    STOPPED = "stopped"
    PLAYING = "playing"
    PAUSED = "paused"


class Player(QObject):
    failed = Signal(object)  # PlaybackError: playback stopped by itself
    drained = Signal()  # finish() is over: the last sound has come out, playback stopped

    def __init__(self, open_sink: SinkFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_sink = open_sink
        self._sink: Any = None  # what open_sink returned, once playing was first asked for
        self._queue: PcmQueue | None = None
        self._segments: list[_Segment] = []
        self._starts: list[int] = []
        self._state = PlayerState.STOPPED
        self._running = False  # the sink was started on the current queue
        self._watch = QTimer(self)
        self._watch.setInterval(_WATCH_MS)
        self._watch.timeout.connect(self.check)
        self._drain = QTimer(self)
        self._drain.setSingleShot(True)
        self._drain.setInterval(DRAIN_MS)
        self._drain.timeout.connect(self._drained)
        self._last_clock = -1
        self._clock_since = 0.0
        self._heard = False  # the clock has moved since the sink started

    @property
    def sink(self) -> Any:
        """The audio output, once playback has needed one (None before)."""
        return self._sink

    @property
    def state(self) -> PlayerState:
        return self._state

    # --- Commands ---------------------------------------------------------------------------

    def play(self) -> None:
        """Start (or resume) playing what is and will be queued; raises ``AudioUnavailable``."""
        self._ensure_sink()
        if self._state is PlayerState.PAUSED and self._running:
            self._state = PlayerState.PLAYING
            self._sink.resume()
            self._reset_watch()
            return
        self._state = PlayerState.PLAYING
        if self._segments and not self._running:
            self._start_sink()

    def pause(self) -> None:
        if self._state is not PlayerState.PLAYING:
            return
        self._state = PlayerState.PAUSED
        if self._running:
            self._sink.suspend()
        self._watch.stop()

    def resume(self) -> None:
        if self._state is PlayerState.PAUSED:
            self.play()

    def finish(self) -> None:
        """The clock has reached the end of what was queued: stop once the device has played
        it out (``drained``)."""
        self._watch.stop()
        self._drain.start()

    def _drained(self) -> None:
        self.stop()
        self.drained.emit()

    def flush(self) -> None:
        """Silence and forget everything queued, at once; playing or paused stays as it was."""
        self._drain.stop()
        if self._sink is not None and self._running:
            self._sink.reset()  # drop what the sink buffered, then stop: an instant stop
            self._sink.stop()
        self._running = False
        self._queue = None
        self._segments, self._starts = [], []
        self._watch.stop()

    def stop(self) -> None:
        self.flush()
        self._state = PlayerState.STOPPED

    def enqueue(self, pcm: bytes, tag: object, silence_before_ms: int = 0) -> None:
        """Queue one utterance's audio after a pause (ignored before the first one)."""
        if self._queue is None:
            self._queue = PcmQueue(self)
        elif silence_before_ms > 0:
            frames = SAMPLE_RATE * silence_before_ms // 1000
            self._queue.append(bytes(frames * SAMPLE_WIDTH))
        start = self._queue.written
        self._queue.append(pcm)
        self._segments.append(_Segment(tag, start, start + len(pcm)))
        self._starts.append(start)
        if self._state is PlayerState.PLAYING and not self._running:
            self._start_sink()

    # --- Where the audio is -----------------------------------------------------------------

    def clock_ms(self) -> float:
        """How much of the stream has been heard (the sink's playback clock)."""
        if self._sink is None or not self._running:
            return 0.0
        processed_us: int = self._sink.processedUSecs()
        return processed_us / 1000

    def position(self) -> tuple[object, float] | None:
        """(tag, ms into its audio) of the utterance heard now; past its end during the pause
        after it. None before the first one."""
        if not self._segments:
            return None
        heard = self._clock_bytes()
        index = bisect.bisect_right(self._starts, heard) - 1
        if index < 0:
            return None
        segment = self._segments[index]
        return segment.tag, (heard - segment.start) * 1000 / BYTES_PER_SECOND

    def queued_ahead(self) -> int:
        """How many queued utterances come after the one heard now (or about to be)."""
        if not self._segments:
            return 0
        index = bisect.bisect_right(self._starts, self._clock_bytes()) - 1
        return len(self._segments) - max(index, 0) - 1

    def at_end(self) -> bool:
        """Everything queued has been heard (True when nothing is queued)."""
        return not self._segments or self._clock_bytes() >= self._segments[-1].end

    def ms_until_end_of_audio(self) -> float:
        if not self._segments:
            return 0.0
        return max(0.0, (self._segments[-1].end - self._clock_bytes()) * 1000 / BYTES_PER_SECOND)

    def _clock_bytes(self) -> int:
        frames = round(self.clock_ms() * SAMPLE_RATE / 1000)
        return frames * SAMPLE_WIDTH

    # --- The sink ---------------------------------------------------------------------------

    def _ensure_sink(self) -> None:
        if self._sink is None:
            sink = self._open_sink()  # raises AudioUnavailable
            sink.setBufferSize(BUFFER_BYTES)
            sink.state_changed.connect(self._sink_state_changed)
            self._sink = sink

    def _start_sink(self) -> None:
        self._running = True
        self._sink.start(self._queue)
        if self._sink is None:  # it failed at once (its state change came through already)
            return
        if self._sink.error().name == "OpenError":
            self._fail(getattr(self._sink, "failure", None) or PlaybackError.OPEN_FAILED)
            return
        self._heard = False
        self._reset_watch()

    def _reset_watch(self) -> None:
        self._last_clock = -1
        self._clock_since = time.monotonic()
        self._watch.start()

    def _sink_state_changed(self) -> None:
        sink = self._sink
        if sink is None or not self._running:
            return
        if sink.state().name == "StoppedState" and sink.error().name not in (
            "NoError", "UnderrunError"
        ):
            reason = (PlaybackError.OPEN_FAILED if sink.error().name == "OpenError"
                      else PlaybackError.DEVICE_ERROR)
            reason = getattr(sink, "failure", None) or reason  # a sink that knows better
            self._fail(reason)

    def check(self) -> None:
        """The watchdog (step 5), run by a timer while playing."""
        if self._state is not PlayerState.PLAYING or not self._running:
            self._watch.stop()
            return
        self._sink_state_changed()
        if not self._running:
            return
        clock = self._sink.processedUSecs()
        now = time.monotonic()
        if clock != self._last_clock:
            if self._last_clock >= 0:
                self._heard = True
            self._last_clock, self._clock_since = clock, now
            return
        waiting = self._queue is not None and self._queue.written > self._clock_bytes()
        limit = STALL_MS if self._heard else FIRST_SOUND_GRACE_MS
        if waiting and (now - self._clock_since) * 1000 > limit:
            self._fail(PlaybackError.STALLED)

    def _fail(self, reason: PlaybackError) -> None:
        self.stop()
        # A sink on a dead server cannot be trusted again: the next play() opens a new one.
        if self._sink is not None:
            self._sink.state_changed.disconnect(self._sink_state_changed)
            close = getattr(self._sink, "close", None)  # a sink in a child process ends it
            if close is not None:
                close()
            self._sink = None
        self.failed.emit(reason)
