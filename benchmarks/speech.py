"""Reading aloud: how soon Play is heard, and how closely the word highlight follows the voice.

- ``speech_first_audio_40_vs_1_sentence``: from ``ReadingSession.start`` to the first sound
  handed to the sink (the sink started on a queue holding the first utterance: QAudioSink pulls
  it at once), reading a 40-sentence section against a 1-sentence section (same engine, same
  sink, interleaved runs, medians). Reading is pull-based, so a long section must not
  cost more than a short one before the first word.
- ``speech_highlight_lag_ms``: for every word highlighted while reading 5 French sentences,
  how far the playback clock had gone past that word's onset (espeak-ng's word timings) when
  the highlight changed. Median.

Both use espeak-ng, and Qt Multimedia's QAudioSink when an audio output exists (e.g. a
PulseAudio null sink, as tests/speech/test_real_playback.py starts one), else the in-memory
sink in real time; the target text says which.
"""

from __future__ import annotations

import statistics
import sys
import time

SENTENCE = "Le rapport décrit la situation de la région avec précision."
SHORT = "Une seule phrase courte ici."
_WAIT_S = 30


def _document():
    from reader.document import parse_text

    long_paragraphs = "\n\n".join(" ".join([SENTENCE] * 5) for _ in range(8))  # 40 sentences
    text = f"# Court\n\n{SHORT}\n\n# Long\n\n{long_paragraphs}\n\n# Fin\n\nFin.\n"
    document = parse_text(text, path="bench.md")
    if document.language != "fr":
        from dataclasses import replace

        document = replace(document, language="fr")
    return document


def _sink_factory():
    """(factory, description): the real default output if there is one, else memory."""
    from PySide6.QtCore import qInstallMessageHandler

    from reader.speech.memory_sink import MemorySink

    qInstallMessageHandler(lambda *args: None)  # Qt Multimedia's chatter about PipeWire
    try:
        from PySide6.QtMultimedia import QMediaDevices

        if not QMediaDevices.defaultAudioOutput().isNull():
            from reader.speech.qt_audio import open_default_sink

            return open_default_sink, "QAudioSink"
    except ImportError:
        pass
    return (lambda: MemorySink(realtime=True)), "in-memory sink"


def _wait(app, condition) -> None:
    deadline = time.monotonic() + _WAIT_S
    while not condition():
        app.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError("speech did not get there in time")
        time.sleep(0.0005)


def _first_audio_ms(app, session, document, section_start: int) -> float:
    started = time.perf_counter()
    session.start(document, section_start)
    _wait(app, lambda: session.player.position() is not None)
    elapsed = (time.perf_counter() - started) * 1000
    session.stop()
    time.sleep(0.1)  # the look-ahead of this run leaves the engine before the next one
    app.processEvents()
    return elapsed


def measure(runs: int = 21) -> list[tuple[str, float, str]]:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    from reader.speech.espeak_engine import EspeakEngine
    from reader.speech.options import ReadingOptions
    from reader.speech.player import Player
    from reader.speech.session import ReadingSession

    open_sink, sink_name = _sink_factory()
    engine = EspeakEngine()
    document = _document()
    short, long_ = document.sections[0].start, document.sections[1].start
    session = ReadingSession(engine, Player(open_sink), ReadingOptions(section_only=True))
    try:
        _first_audio_ms(app, session, document, short)  # warm-up: imports, the sink opens
        shorts, longs = [], []
        for _ in range(runs):
            shorts.append(_first_audio_ms(app, session, document, short))
            longs.append(_first_audio_ms(app, session, document, long_))
        session.set_options(ReadingOptions(rate_wpm=300))
        paragraph = document.blocks[document.block_index_at(long_) + 1]  # 5 sentences
        lags = _highlight_lags(app, session, document, paragraph.start, paragraph.end)
    finally:
        session.close()
    short_ms, long_ms = statistics.median(shorts), statistics.median(longs)
    return [
        ("speech_first_audio_40_vs_1_sentence", long_ms / short_ms,
         f"≤ 1.5; {long_ms:.0f} ms vs {short_ms:.0f} ms, {sink_name}"),
        ("speech_highlight_lag_ms", statistics.median(lags),
         f"≤ 50; median of {len(lags)} words, 90th percentile "
         f"{statistics.quantiles(lags, n=10)[-1]:.1f} ms, {sink_name}"),
    ]


def _highlight_lags(app, session, document, start: int, end: int) -> list[float]:
    """Read ``start:end``; at each highlight change, how far the clock is past the word's
    onset (ms)."""
    lags: list[float] = []

    def word_changed(word_start: int, _end: int) -> None:
        heard = session.player.position()
        if heard is None:
            return
        (utterance, synthesis), ms = heard
        for timing in synthesis.words:
            if utterance.document_range(timing.text_start, timing.text_end)[0] == word_start:
                lags.append(ms - timing.audio_ms)
                return

    session.word_changed.connect(word_changed)
    session.start(document, start, end)
    _wait(app, lambda: session.state.value == "idle")
    session.word_changed.disconnect(word_changed)
    return lags
