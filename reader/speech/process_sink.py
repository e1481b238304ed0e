"""An audio sink in a child process (``reader.speech.audio_child``), for ``Player``.

The same methods as ``QAudioSink`` as ``Player`` uses them (see ``MemorySink``), so the player,
its gapless queue and its clock are unchanged; but when the audio server dies and takes Qt
Multimedia down with it, only the child dies. The sink then reports a stopped state with an
``IOError``: ``Player`` stops reading with a message and drops the sink, and the next Play opens
a new child, which connects to the audio server afresh.

Commands go down a pipe as soon as the event loop runs (pause, resume and stop take effect in
milliseconds); the child reports its clock every 10 ms while playing, which is the precision of
``processedUSecs`` here (no guess between reports: a clock frozen by a dead server must look
frozen to the player's watchdog).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QIODevice, QObject, QProcess, Signal

from .audio_child import HEADER
from .player import PlaybackError, SinkError, SinkState

_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])
_CHILD = ("import sys; sys.path.insert(0, sys.argv[1]); "
          "from reader.speech.audio_child import main; sys.exit(main())")


def open_process_sink() -> ProcessSink:
    """A sink on the default output, played by a child process. It opens at once: a child that
    finds no device reports it as the state change of a failed start (``failure``)."""
    return ProcessSink()


class ProcessSink(QObject):
    state_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.failure: PlaybackError | None = None  # why the child could not play, once known
        self._generation = 0
        self._state, self._error = SinkState.StoppedState, SinkError.NoError
        self._usecs = 0
        self._device: QIODevice | None = None
        self._partial = b""
        self._ready = False
        self._process = QProcess(self)
        self._process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        self._process.readyReadStandardOutput.connect(self._read_reports)
        self._process.finished.connect(self._child_ended)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.close)
        self._spawn()

    def _spawn(self) -> None:
        # Not waited for (the child takes ~0.7 s to load Qt Multimedia): commands wait in the
        # pipe until it reads them, and a child that cannot play says why (``failure``).
        self._ready, self._partial, self.failure = False, b"", None
        self._process.start(sys.executable, ["-c", _CHILD, _PACKAGE_ROOT])

    # --- QAudioSink's methods, as Player uses them ------------------------------------------

    def setBufferSize(self, size: int) -> None:  # noqa: N802 (Qt name)
        self._send(b"B", struct.pack(">I", size))

    def start(self, device: QIODevice) -> None:
        self._detach()
        if not self._alive():  # it ended while idle: a new one connects to the server afresh
            self._spawn()
        self._generation += 1
        self._usecs = 0
        self._state, self._error = SinkState.ActiveState, SinkError.NoError
        self._send(b"G", struct.pack(">I", self._generation))
        self._device = device
        device.readyRead.connect(self._pump)
        self._pump()

    def stop(self) -> None:
        self._detach()
        self._send(b"T")
        self._state = SinkState.StoppedState

    def reset(self) -> None:
        self._send(b"X")

    def suspend(self) -> None:
        self._send(b"P")
        self._state = SinkState.SuspendedState

    def resume(self) -> None:
        self._send(b"R")
        self._state = SinkState.ActiveState

    def state(self) -> SinkState:
        return self._state

    def error(self) -> SinkError:
        return self._error

    def processedUSecs(self) -> int:  # noqa: N802 (Qt name)
        return self._usecs

    def close(self) -> None:
        """End the child (the reader is done with this sink, or it is broken)."""
        self._detach()
        if self._alive():
            self._process.finished.disconnect(self._child_ended)
            self._process.closeWriteChannel()
            if not self._process.waitForFinished(500):
                self._process.kill()
                self._process.waitForFinished(1000)

    # --- The child --------------------------------------------------------------------------

    def _alive(self) -> bool:
        return self._process.state() is not QProcess.ProcessState.NotRunning

    def _send(self, command: bytes, payload: bytes = b"") -> None:
        if self._alive():
            self._process.write(HEADER.pack(command, len(payload)) + payload)

    def _pump(self) -> None:
        device = self._device
        if device is not None and device.bytesAvailable() > 0:
            self._send(b"D", bytes(device.read(device.bytesAvailable()).data()))

    def _detach(self) -> None:
        if self._device is not None:
            self._device.readyRead.disconnect(self._pump)
            self._device = None

    def _read_reports(self) -> None:
        data = self._partial + bytes(self._process.readAllStandardOutput().data())
        *lines, self._partial = data.split(b"\n")
        changed = False
        for line in lines:
            parts = line.decode("utf-8", "replace").split()
            if not self._ready:
                self._ready = parts == ["ready"]
                if not self._ready:  # "unavailable REASON [DETAIL]", or it broke
                    self._unavailable(parts[1] if len(parts) > 1 else "")
                    return
                continue
            if len(parts) != 5 or parts[0] != "s" or int(parts[1]) != self._generation:
                continue  # a report on an earlier start, still in the pipe
            state, error = SinkState[parts[2]], SinkError[parts[3]]
            if self._state is SinkState.SuspendedState and state is SinkState.ActiveState:
                continue  # sent before the child saw the pause
            changed |= (state, error) != (self._state, self._error)
            self._state, self._error = state, error
            self._usecs = int(parts[4])
        if changed:
            self.state_changed.emit()

    def _unavailable(self, reason: str) -> None:
        try:
            self.failure = PlaybackError(reason)
        except ValueError:
            self.failure = PlaybackError.OPEN_FAILED
        self._detach()
        self._set(SinkState.StoppedState, SinkError.OpenError)

    def _child_ended(self) -> None:
        self._detach()
        if not self._ready:  # it died before it could say whether it can play
            self._unavailable("")
        else:
            self._set(SinkState.StoppedState, SinkError.IOError)

    def _set(self, state: SinkState, error: SinkError) -> None:
        self._state, self._error = state, error
        self.state_changed.emit()
