"""The audio process: plays the PCM the reader sends it through Qt Multimedia's ``QAudioSink``.

Why a process of its own: when the audio server (PulseAudio, PipeWire's pulse) dies, Qt's
PulseAudio backend keeps a dead context for the rest of the process, and the next sink it opens
aborts the whole process in libpulse (``Assertion 'c' failed at pulse/context.c:1087
pa_context_get_state()``, *measured* with Qt 6 and a private PulseAudio killed during reading).
Here only this process dies; the reader notices, says so, and starts a new one for the next
Play, which connects afresh (so reading works again once a server is back).

The protocol (``ProcessSink`` is the other end), on standard input, frames of one command
byte, a 4-byte big-endian length and a payload: ``B`` buffer size, ``G`` start (payload: the
start's generation number), ``D`` PCM to append, ``P`` suspend, ``R`` resume, ``X`` reset,
``T`` stop. On standard output, lines: first ``ready`` or ``unavailable REASON DETAIL``, then
``s GENERATION STATE ERROR USECS`` at every state change and every few milliseconds while
playing: the playback clock the highlight follows. End of input ends the process.
"""

from __future__ import annotations

import os
import struct
import sys

HEADER = struct.Struct(">cI")
REPORT_MS = 10


def main() -> int:
    from PySide6.QtCore import QCoreApplication, QSocketNotifier, QTimer, qInstallMessageHandler

    qInstallMessageHandler(_quiet)  # before Qt Multimedia loads and starts talking

    from .player import AudioUnavailable, PcmQueue
    from .qt_audio import open_default_sink

    app = QCoreApplication([sys.argv[0]])
    try:
        sink = open_default_sink()
    except AudioUnavailable as error:
        _say(f"unavailable {error.reason.value} {error.detail}".rstrip())
        return 0
    _say("ready")
    generation = 0
    queue = PcmQueue()
    pending = bytearray()

    def report() -> None:
        _say(f"s {generation} {sink.state().name} {sink.error().name} {sink.processedUSecs()}")

    def report_while_playing() -> None:
        if sink.state().name == "ActiveState":
            report()

    def run(command: bytes, payload: bytes) -> None:
        nonlocal generation, queue
        if command == b"D":
            queue.append(payload)
        elif command == b"G":
            generation = struct.unpack(">I", payload)[0]
            queue = PcmQueue()
            sink.start(queue)
        elif command == b"P":
            sink.suspend()
        elif command == b"R":
            sink.resume()
        elif command == b"X":
            sink.reset()
        elif command == b"T":
            sink.stop()
        elif command == b"B":
            sink.setBufferSize(struct.unpack(">I", payload)[0])
        report()

    def read_input() -> None:
        try:
            data = os.read(0, 1 << 20)
        except BlockingIOError:
            return
        if not data:  # the reader closed the pipe, or is gone
            app.quit()
            return
        pending.extend(data)
        while len(pending) >= HEADER.size:
            command, length = HEADER.unpack_from(pending)
            if len(pending) < HEADER.size + length:
                break
            payload = bytes(pending[HEADER.size : HEADER.size + length])
            del pending[: HEADER.size + length]
            run(command, payload)

    os.set_blocking(0, False)
    notifier = QSocketNotifier(0, QSocketNotifier.Type.Read)
    notifier.activated.connect(read_input)
    sink.state_changed.connect(report)
    ticker = QTimer()
    ticker.setInterval(REPORT_MS)
    ticker.timeout.connect(report_while_playing)
    ticker.start()
    return app.exec()


def _quiet(_mode: object, context: object, message: str) -> None:
    """Qt Multimedia's start-up chatter (no PipeWire, FFmpeg's version, no PulseAudio) is not
    for the user: the reader says what matters in its own words. The rest goes on."""
    category = getattr(context, "category", "") or ""
    if category.startswith("qt.multimedia") or message.startswith(
            ("PulseAudioService", "No audio device")):
        return
    sys.stderr.write(message + "\n")


def _say(line: str) -> None:
    try:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
    except (BrokenPipeError, OSError):  # the reader is gone: so is the reason to play
        os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
