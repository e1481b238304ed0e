"""``reader export-audio FILE [--out DIR] [--format opus|mp3|wav] [--sections all|3|3-5]
[--voice ID] [--rate WPM]``: a document as audio files to take away (see ``reader.export``).

A progress bar when stdout is a terminal; nothing but the closing line when it is piped.
Exit codes as ``reader speak``: 0 done; 1 with a message on stderr when the file cannot be
read, speech is unavailable or the export fails (130 after Ctrl+C, the finished files kept);
2 on a usage error (argparse's convention), such as sections the document does not have.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from .. import messages
from ..document import LoadError, open_document
from ..speech.engine import Engine, EngineUnavailable
from ..speech.options import ReadingOptions
from .encoding import AudioFormat
from .job import ExportError, ExportProgress, ExportRequest, export_audio
from .parts import outline_parts, safe_name, select

_BAR = 20  # characters of the bar itself


def export_audio_command(argv: list[str],
                         engine_factory: Callable[[], Engine] | None = None) -> int:
    """Run ``reader export-audio`` with ``argv`` (after "export-audio"); ``engine_factory``
    defaults to espeak-ng's (tests pass the scripted engine)."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        document = open_document(args.file)
    except LoadError as error:
        return _fail(messages.load_error(error))
    parts = outline_parts(document)
    try:
        chosen = select(parts, args.sections) if parts else []
    except ValueError:
        parser.error(messages.export_bad_sections(args.sections, len(parts)))
    try:
        engine = (engine_factory or _espeak)()
    except EngineUnavailable as error:
        return _fail(messages.speech_unavailable(error.reason.value))
    low, high = engine.capabilities.min_rate, engine.capabilities.max_rate
    if args.rate is not None and not low <= args.rate <= high:
        parser.error(messages.speak_bad_rate(low, high))
    if args.voice and args.voice.split("+")[0] not in {v.id for v in engine.voices()}:
        parser.error(messages.speak_unknown_voice(args.voice))
    reading = ReadingOptions(voice=args.voice or "",
                             rate_wpm=args.rate or engine.capabilities.default_rate)
    folder = Path(args.out) if args.out else _default_folder(args.file)
    request = ExportRequest(document, folder, AudioFormat.named(args.format), reading,
                            tuple(chosen))
    stop = threading.Event()
    bar = _ProgressBar() if sys.stdout.isatty() else None
    old_sigint = signal.signal(signal.SIGINT, lambda *_: stop.set())
    try:
        result = export_audio(request, engine, progress=bar or (lambda _: None),
                              cancelled=stop.is_set)
    except ExportError as error:
        return _fail(error.message)
    finally:
        signal.signal(signal.SIGINT, old_sigint)
        if bar is not None:
            bar.end()
    if result.cancelled:
        print(messages.export_cancelled(len(result.parts)), file=sys.stderr)
        return 130
    files = len(result.parts) + 1
    print(messages.export_done(files, str(folder), round(result.duration_ms / 60000, 1)))
    return 0


class _ProgressBar:
    """One line rewritten in place: the bar, percent, the part being made, time left."""

    def __init__(self) -> None:
        self._width = 0
        self._shown = ""

    def __call__(self, progress: ExportProgress) -> None:
        filled = round(progress.fraction * _BAR)
        left = (messages.export_time_left(round(progress.seconds_left))
                if progress.seconds_left is not None else messages.export_time_unknown())
        line = "[" + "#" * filled + "-" * (_BAR - filled) + "] " + messages.export_progress(
            int(progress.fraction * 100), progress.index + 1, progress.count,
            progress.part.label, left)
        line = line[: max(20, shutil.get_terminal_size((80, 24)).columns - 1)]
        if line != self._shown:
            sys.stdout.write("\r" + line.ljust(self._width))
            sys.stdout.flush()
            self._shown, self._width = line, len(line)

    def end(self) -> None:
        if self._width:
            sys.stdout.write("\n")
            sys.stdout.flush()


def _default_folder(file: str) -> Path:
    """A new folder named after the document, in the current folder."""
    folder = Path.cwd() / safe_name(Path(file).stem)
    folder.mkdir(exist_ok=True)
    return folder


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reader export-audio",
                                     description=messages.export_description())
    parser.add_argument("file", help=messages.export_file())
    parser.add_argument("--out", metavar="DIR", help=messages.export_out())
    parser.add_argument("--format", choices=[f.extension for f in AudioFormat],
                        default=AudioFormat.OPUS.extension, help=messages.export_format())
    parser.add_argument("--sections", default="all", metavar="all|N|N-M",
                        help=messages.export_sections())
    parser.add_argument("--voice", metavar="ID", help=messages.speak_voice())
    parser.add_argument("--rate", type=int, metavar="WPM", help=messages.speak_rate(80, 450, 175))
    return parser


def _espeak() -> Engine:
    from ..speech.espeak_engine import EspeakEngine  # loads libespeak-ng only when asked

    return EspeakEngine()


def _fail(message: str) -> int:
    print(f"reader: {message}", file=sys.stderr)
    return 1
