"""An audio sink that plays into memory, for tests and benchmarks (as ``ScriptedEngine`` is an
engine): the same methods as ``QAudioSink`` as ``Player`` uses them, a clock that moves only
when told to (``advance``) or with the wall clock (``realtime=True``), and everything "heard"
kept in ``played``; ``speed`` > 1 plays a real-time sink faster than life, for quick tests.
``freeze()`` imitates an audio server that died (the clock stops); a sink
made with ``fail_open=True`` refuses to start as a device that cannot be opened does.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QIODevice, QObject, QTimer, Signal

from .player import BYTES_PER_SECOND, SinkError, SinkState


class MemorySink(QObject):
    state_changed = Signal()

    def __init__(self, *, realtime: bool = False, speed: float = 1.0, fail_open: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.played = bytearray()  # every byte the sink took, in order, over all starts
        self.buffer_size = 0
        self.starts = 0
        self._device: QIODevice | None = None
        self._state = SinkState.StoppedState
        self._error = SinkError.NoError
        self._processed = 0  # bytes heard since the last start
        self._fail_open = fail_open
        self._frozen = False
        self._timer: QTimer | None = None
        self._last = 0.0
        self._speed = speed
        if realtime:
            self._timer = QTimer(self)
            self._timer.setInterval(5)
            self._timer.timeout.connect(self._tick)

    # QAudioSink's API, as Player uses it.

    def setBufferSize(self, size: int) -> None:
        self.buffer_size = size

    def start(self, device: QIODevice) -> None:
        if self._fail_open:
            self._set(SinkState.StoppedState, SinkError.OpenError)
            return
        self.starts += 1
        self._device, self._processed = device, 0
        self._set(SinkState.ActiveState, SinkError.NoError)
        if self._timer is not None:
            self._last = time.monotonic()
            self._timer.start()

    def stop(self) -> None:
        self._device = None
        if self._timer is not None:
            self._timer.stop()
        self._set(SinkState.StoppedState, SinkError.NoError)

    def reset(self) -> None:
        pass  # nothing is buffered ahead here

    def suspend(self) -> None:
        if self._state in (SinkState.ActiveState, SinkState.IdleState):
            self._set(SinkState.SuspendedState, self._error)

    def resume(self) -> None:
        if self._state is SinkState.SuspendedState:
            self._last = time.monotonic()
            self._set(SinkState.ActiveState, self._error)

    def state(self) -> SinkState:
        return self._state

    def error(self) -> SinkError:
        return self._error

    def processedUSecs(self) -> int:
        return self._processed * 1_000_000 // BYTES_PER_SECOND

    # For tests.

    def advance(self, ms: float) -> int:
        """Play ``ms`` of audio (less if the queue runs dry); returns the bytes played."""
        if self._device is None or self._frozen or self._state not in (
            SinkState.ActiveState, SinkState.IdleState
        ):
            return 0
        wanted = int(ms * BYTES_PER_SECOND / 1000) & ~1
        data = self._device.read(wanted).data() if wanted else b""
        self.played += data
        self._processed += len(data)
        state = SinkState.IdleState if len(data) < wanted else SinkState.ActiveState
        if state is not self._state:
            self._set(state, self._error)
        return len(data)

    def freeze(self) -> None:
        self._frozen = True

    def _tick(self) -> None:
        now = time.monotonic()
        if self._state in (SinkState.ActiveState, SinkState.IdleState):
            self.advance((now - self._last) * 1000 * self._speed)
        self._last = now

    def _set(self, state: SinkState, error: SinkError) -> None:
        changed = (state, error) != (self._state, self._error)
        self._state, self._error = state, error
        if changed:
            self.state_changed.emit()
