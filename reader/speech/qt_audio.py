"""Qt Multimedia's ``QAudioSink`` on the default output, for ``Player``.

Importing this module loads QtMultimedia (~30 ms, *measured*): import it only once the window
has painted, or when speech is first used. PySide6 pitfall (docs/architecture.md#speech):
``stateChanged`` connected to a lambda raises a TypeError in PySide6 6.12, so a
``@Slot(QtAudio.State)`` method relays it as a plain signal.
"""

from __future__ import annotations

from PySide6.QtCore import QIODevice, QObject, Signal, Slot
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from .player import SAMPLE_RATE, AudioUnavailable, PlaybackError


class QtSink(QObject):
    """A ``QAudioSink`` for 22050 Hz s16le mono with the few methods ``Player`` uses."""

    state_changed = Signal()

    def __init__(self, sink: QAudioSink, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink = sink
        sink.setParent(self)
        sink.stateChanged.connect(self._relay)

    @Slot(QtAudio.State)
    def _relay(self, _state: QtAudio.State) -> None:
        self.state_changed.emit()

    def setBufferSize(self, size: int) -> None:
        self._sink.setBufferSize(size)

    def start(self, device: QIODevice) -> None:
        self._sink.start(device)

    def stop(self) -> None:
        self._sink.stop()

    def reset(self) -> None:
        self._sink.reset()

    def suspend(self) -> None:
        self._sink.suspend()

    def resume(self) -> None:
        self._sink.resume()

    def state(self) -> QtAudio.State:
        return self._sink.state()

    def error(self) -> QtAudio.Error:
        return self._sink.error()

    def processedUSecs(self) -> int:
        return self._sink.processedUSecs()


def speech_format() -> QAudioFormat:
    audio_format = QAudioFormat()
    audio_format.setSampleRate(SAMPLE_RATE)
    audio_format.setChannelCount(1)
    audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return audio_format


def open_default_sink() -> QtSink:
    """A sink on the system's default output; ``AudioUnavailable`` when there is none (no audio
    server: Qt then reports a null device, *measured*)."""
    device = QMediaDevices.defaultAudioOutput()
    if device.isNull():
        raise AudioUnavailable(PlaybackError.NO_DEVICE)
    audio_format = speech_format()
    if not device.isFormatSupported(audio_format):
        raise AudioUnavailable(PlaybackError.OPEN_FAILED, device.description())
    return QtSink(QAudioSink(device, audio_format))
