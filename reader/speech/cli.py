"""``reader speak FILE [--question N | --section N] [--voice ID] [--rate WPM] [--out FILE.wav]
[--list-voices]``: read a document, a question or a section aloud through the speakers (with a
progress line) or into a WAV file; list the voices.

Playback uses the window's own machinery (``ReadingSession`` over ``Player`` and Qt
Multimedia's ``QAudioSink``) in a ``QCoreApplication``: what the terminal plays is what the
window plays. Ctrl+C stops at once.

Exit codes as ``reader outline``: 0 done; 1 with a message on stderr when the file cannot be
read, speech is unavailable or fails, or there is no audio device to play on (130 after
Ctrl+C); 2 on a usage error (argparse's convention), such as a question the document does not
have.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .. import messages
from ..document import Document, LoadError, open_document
from ..document.model import SectionKind
from ..translated_argparse import TranslatedArgumentParser
from .engine import Engine, EngineUnavailable, Synthesis, SynthesisError, voice_for_language
from .planning import PlanOptions, Scope, Voices, plan
from .wav import write_wav

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    from .planning import Utterance


def speak_command(
    argv: list[str],
    engine_factory: Callable[[], Engine] | None = None,
    open_sink: Callable[[], object] | None = None,
) -> int:
    """Run ``reader speak`` with ``argv`` (after "speak"); ``engine_factory`` defaults to
    espeak-ng's and ``open_sink`` to the default audio output (tests pass the scripted engine
    and an in-memory sink)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.list_voices and args.file is None:
        parser.error(messages.speak_need_file())
    try:
        engine = (engine_factory or _espeak)()
    except EngineUnavailable as error:
        return _fail(messages.speech_unavailable(error.reason.value))
    low, high = engine.capabilities.min_rate, engine.capabilities.max_rate
    if args.rate is not None and not low <= args.rate <= high:
        parser.error(messages.speak_bad_rate(low, high))
    if args.list_voices:
        _list_voices(engine)
        return 0
    try:
        document = open_document(args.file)
    except LoadError as error:
        return _fail(messages.load_error(error))
    start, scope = _part(parser, document, args)
    voices = engine.voices()
    voice = args.voice or _default_voice(engine, document.language)
    if voice.split("+")[0] not in {v.id for v in voices}:
        parser.error(messages.speak_unknown_voice(voice))
    rate = args.rate or engine.capabilities.default_rate
    if args.out is None:
        return _play(document, start, scope, voice, rate, engine, open_sink)
    return _write(document, start, scope, voice, rate, engine, args.out)


def _write(document: Document, start: int, scope: Scope, voice: str, rate: int,
           engine: Engine, out: str) -> int:
    options = PlanOptions(
        scope=scope, announce=lambda section: messages.announce_question(section.number)
    )
    utterances = plan(document, start, Voices(voice), options)
    failures: list[str] = []

    def parts() -> Iterator[tuple[Synthesis, int]]:
        for utterance in utterances:
            try:
                synthesis = engine.synthesize(utterance.text, utterance.voice_id, rate)
            except SynthesisError as error:
                failures.append(messages.speak_failed(_short(utterance.text), str(error)))
                return
            yield synthesis, utterance.pause_after_ms

    try:
        duration_ms = write_wav(out, parts())
    except OSError as error:
        return _fail(messages.speak_cannot_write(out, error.strerror or str(error)))
    if failures:
        Path(out).unlink(missing_ok=True)  # no half-written file that looks complete
        return _fail(failures[0])
    print(messages.speak_wrote(out, round(duration_ms / 1000, 1)))
    return 0


def _play(document: Document, start: int, scope: Scope, voice: str, rate: int,
          engine: Engine, open_sink: Callable[[], object] | None) -> int:
    """Through the speakers, with the reading session the window uses."""
    from PySide6.QtCore import QCoreApplication, qInstallMessageHandler

    from .options import ReadingOptions
    from .player import AudioUnavailable, PlaybackError, Player
    from .session import ReadingSession
    from .session_types import State

    previous_handler = qInstallMessageHandler(_quiet_multimedia)
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    if open_sink is None:
        from .loader import default_sink

        open_sink = default_sink
    playback_failures: list[PlaybackError] = []  # worded for a terminal below

    def open_sink_noting_failure() -> object:
        try:
            return open_sink()
        except AudioUnavailable as error:
            playback_failures.append(error.reason)
            raise
    options = ReadingOptions(voice=voice, interviewer_timbre="", interviewee_timbre="",
                             rate_wpm=rate, section_only=scope is Scope.SECTION)
    player = Player(open_sink_noting_failure)
    player.failed.connect(playback_failures.append)
    session = ReadingSession(engine, player, options)
    progress = _Progress(document)
    outcome = {"code": 0, "error": ""}

    def failed(message: str) -> None:
        if session.state is State.IDLE:  # reading stopped: an error to exit with
            outcome.update(code=1, error=message)
            app.quit()
        else:  # a sentence skipped: say so and go on
            progress.message(message)

    def interrupted(*_args: object) -> None:
        outcome["code"] = 130
        session.stop()
        app.quit()

    session.utterance_heard.connect(progress.heard)
    session.error.connect(failed)
    session.player.drained.connect(app.quit)  # the end, once the last word has come out
    old_sigint = signal.signal(signal.SIGINT, interrupted)
    try:
        session.start(document, start)
        if session.state is not State.IDLE:
            app.exec()
    finally:
        signal.signal(signal.SIGINT, old_sigint)
        session.close()
        qInstallMessageHandler(previous_handler)
    progress.end()
    if outcome["code"] == 1:
        if playback_failures:
            return _fail(messages.speak_no_audio(playback_failures[-1].value))
        return _fail(str(outcome["error"]))
    if outcome["code"] == 130:
        print(messages.speak_interrupted(), file=sys.stderr)
        return 130
    print(messages.speak_done(progress.seconds()))
    return 0


class _Progress:
    """The progress line: elapsed time, where in the document, the sentence heard. Rewritten
    in place on a terminal; one line per section otherwise (logs, pipes)."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._started = time.monotonic()
        self._tty = sys.stdout.isatty()
        self._section: str | None = None
        self._width = 0

    def seconds(self) -> int:
        return int(time.monotonic() - self._started)

    def heard(self, utterance: Utterance) -> None:
        where = self._where(utterance.doc_start)
        if not self._tty and where == self._section:
            return
        self._section = where
        line = messages.speak_progress(self.seconds(), where, _short(utterance.text))
        if self._tty:
            line = line[: max(20, _columns() - 1)]
            sys.stdout.write("\r" + line.ljust(self._width))
            self._width = len(line)
        else:
            sys.stdout.write(line + "\n")
        sys.stdout.flush()

    def message(self, text: str) -> None:
        self.end()
        print(f"reader: {text}", file=sys.stderr)

    def end(self) -> None:
        if self._tty and self._width:
            sys.stdout.write("\n")
            self._width = 0

    def _where(self, offset: int) -> str:
        document = self._document
        if not document.sections:
            return document.title
        section = document.sections[document.section_index_at(offset)]
        if section.kind is SectionKind.QUESTION:
            return messages.question_position(section.number, len(document.questions))
        return messages.section_label(section)


def _quiet_multimedia(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt Multimedia's start-up chatter (no PipeWire, FFmpeg's version, no PulseAudio) is not
    for the user: the player says what matters in words of its own."""
    if (context.category or "").startswith("qt.multimedia") or message.startswith(
            ("PulseAudioService", "No audio device")):
        return
    print(message, file=sys.stderr)


def _columns() -> int:
    import shutil

    return shutil.get_terminal_size((80, 24)).columns


def _parser() -> argparse.ArgumentParser:
    parser = TranslatedArgumentParser(prog="reader speak",
                                      description=messages.speak_description())
    parser.add_argument("file", nargs="?", help=messages.speak_file())
    part = parser.add_mutually_exclusive_group()
    part.add_argument("--question", type=int, metavar="N", help=messages.speak_question())
    part.add_argument("--section", type=int, metavar="N", help=messages.speak_section())
    parser.add_argument("--voice", metavar="ID", help=messages.speak_voice())
    parser.add_argument("--rate", type=int, metavar="WPM",
                        help=messages.speak_rate(80, 450, 175))
    parser.add_argument("--out", metavar="FILE.wav", help=messages.speak_out())
    parser.add_argument("--list-voices", action="store_true", help=messages.speak_list_voices())
    return parser


def _part(
    parser: argparse.ArgumentParser, document: Document, args: argparse.Namespace
) -> tuple[int, Scope]:
    """Where reading starts, and whether it stops at the end of that section."""
    if args.question is not None:
        questions = document.questions
        if not 1 <= args.question <= len(questions):
            parser.error(messages.speak_no_question(args.question, len(questions)))
        return questions[args.question - 1].start, Scope.SECTION
    if args.section is not None:
        sections = document.sections
        if not 1 <= args.section <= len(sections):
            parser.error(messages.speak_no_section(args.section, len(sections)))
        return sections[args.section - 1].start, Scope.SECTION
    return 0, Scope.DOCUMENT


def _default_voice(engine: Engine, language: str) -> str:
    voices = engine.voices()
    voice = (voice_for_language(voices, language) or voice_for_language(voices, "en")
             or voices[0])
    return voice.id


def _list_voices(engine: Engine) -> None:
    rows = sorted((v.languages[0] if v.languages else "", v.id, v.name) for v in engine.voices())
    for language, voice_id, name in rows:
        print(f"{language:<16} {voice_id:<24} {name}")


def _espeak() -> Engine:
    from .espeak_engine import EspeakEngine  # loads libespeak-ng: only when speech is asked for

    return EspeakEngine()


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:59] + "…"


def _fail(message: str) -> int:
    print(f"reader: {message}", file=sys.stderr)
    return 1
