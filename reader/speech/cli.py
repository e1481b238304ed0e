"""``reader speak FILE [--question N | --section N] [--voice ID] [--rate WPM] [--out FILE.wav]
[--list-voices]``: say a document, a question or a section, into a WAV file; list the voices.

Exit codes as ``reader outline``: 0 done; 1 with a message on stderr when the file cannot be
read, speech is unavailable or fails, or playback is asked for (not available from a terminal
yet); 2 on a usage error (argparse's convention), such as a question the document does not have.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from ..document import Document, LoadError, open_document
from .engine import Engine, EngineUnavailable, Synthesis, SynthesisError, Unavailability
from .engine import voice_for_language
from .planning import PlanOptions, Scope, Voices, plan
from .wav import write_wav

# Every string a user sees or hears here. To move into reader.messages (translatable); kept here
# meanwhile because reader.messages imports Qt and the speech package must not need it.
TEXT = {
    "description": "Read a document aloud into a WAV file, or list the voices.",
    "file": "a text or Markdown file",
    "question": "read only question N (1 is the first)",
    "section": "read only section N of the outline (1 is the first)",
    "voice": "the voice to read with (see --list-voices); default: one for the document's language",
    "rate": "speed in words per minute, {low} to {high} (default {default})",
    "out": "write the speech to this WAV file",
    "list_voices": "list the installed voices, grouped by language, and exit",
    "need_file": "a FILE to read is needed (or --list-voices)",
    "bad_rate": "the rate must be between {low} and {high} words per minute",
    "no_question": "there is no question {n}: the document has {count}",
    "no_section": "there is no section {n}: the document has {count}",
    "unknown_voice": "there is no voice “{voice}”; reader speak --list-voices lists them",
    "cannot_read": "“{path}” could not be read ({problem}{detail})",
    "cannot_write": "“{path}” could not be written: {error}",
    "failed": "speech failed on “{text}”: {error}",
    "no_playback": "Playing from the terminal is not available yet. Save the speech with "
    "--out FILE.wav and play that file.",
    "wrote": "Wrote {path} ({seconds} s of speech).",
    "announce_question": "Question {n}.",
    Unavailability.PYTTSX3_MISSING: "Speech is unavailable: the Python package pyttsx3 is not "
    "installed. Install it with: pip install pyttsx3",
    Unavailability.LIBRARY_MISSING: "Speech is unavailable: the espeak-ng library is not "
    "installed. Install it with: sudo apt-get install libespeak-ng1 espeak-ng-data",
    Unavailability.INIT_FAILED: "Speech is unavailable: espeak-ng would not start (are its "
    "voices installed? sudo apt-get install espeak-ng-data)",
    Unavailability.NO_VOICES: "Speech is unavailable: no voice is installed. Install them "
    "with: sudo apt-get install espeak-ng-data",
}


def speak_command(argv: list[str], engine_factory: Callable[[], Engine] | None = None) -> int:
    """Run ``reader speak`` with ``argv`` (after "speak"); ``engine_factory`` defaults to
    espeak-ng's (tests pass the scripted engine's)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.list_voices and args.file is None:
        parser.error(TEXT["need_file"])
    try:
        engine = (engine_factory or _espeak)()
    except EngineUnavailable as error:
        return _fail(TEXT[error.reason])
    low, high = engine.capabilities.min_rate, engine.capabilities.max_rate
    if args.rate is not None and not low <= args.rate <= high:
        parser.error(TEXT["bad_rate"].format(low=low, high=high))
    if args.list_voices:
        _list_voices(engine)
        return 0
    try:
        document = open_document(args.file)
    except LoadError as error:
        return _fail(TEXT["cannot_read"].format(
            path=error.path, problem=error.problem.value,
            detail=f": {error.detail}" if error.detail else ""))
    start, scope = _part(parser, document, args)
    voices = engine.voices()
    voice = args.voice or _default_voice(engine, document.language)
    if voice.split("+")[0] not in {v.id for v in voices}:
        parser.error(TEXT["unknown_voice"].format(voice=voice))
    if args.out is None:
        return _fail(TEXT["no_playback"])
    rate = args.rate or engine.capabilities.default_rate
    options = PlanOptions(
        scope=scope, announce=lambda section: TEXT["announce_question"].format(n=section.number)
    )
    utterances = plan(document, start, Voices(voice), options)

    failures: list[str] = []

    def parts() -> Iterator[tuple[Synthesis, int]]:
        for utterance in utterances:
            try:
                synthesis = engine.synthesize(utterance.text, utterance.voice_id, rate)
            except SynthesisError as error:
                failures.append(TEXT["failed"].format(text=_short(utterance.text), error=error))
                return
            yield synthesis, utterance.pause_after_ms

    try:
        duration_ms = write_wav(args.out, parts())
    except OSError as error:
        return _fail(TEXT["cannot_write"].format(path=args.out, error=error.strerror or error))
    if failures:
        Path(args.out).unlink(missing_ok=True)  # no half-written file that looks complete
        return _fail(failures[0])
    print(TEXT["wrote"].format(path=args.out, seconds=round(duration_ms / 1000, 1)))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reader speak", description=TEXT["description"])
    parser.add_argument("file", nargs="?", help=TEXT["file"])
    part = parser.add_mutually_exclusive_group()
    part.add_argument("--question", type=int, metavar="N", help=TEXT["question"])
    part.add_argument("--section", type=int, metavar="N", help=TEXT["section"])
    parser.add_argument("--voice", metavar="ID", help=TEXT["voice"])
    parser.add_argument("--rate", type=int, metavar="WPM",
                        help=TEXT["rate"].format(low=80, high=450, default=175))
    parser.add_argument("--out", metavar="FILE.wav", help=TEXT["out"])
    parser.add_argument("--list-voices", action="store_true", help=TEXT["list_voices"])
    return parser


def _part(parser: argparse.ArgumentParser, document: Document, args) -> tuple[int, Scope]:
    """Where reading starts, and whether it stops at the end of that section."""
    if args.question is not None:
        questions = document.questions
        if not 1 <= args.question <= len(questions):
            parser.error(TEXT["no_question"].format(n=args.question, count=len(questions)))
        return questions[args.question - 1].start, Scope.SECTION
    if args.section is not None:
        sections = document.sections
        if not 1 <= args.section <= len(sections):
            parser.error(TEXT["no_section"].format(n=args.section, count=len(sections)))
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
