"""The export job: a document read aloud into one audio file per part, one whole file with a
chapter at each part, their captions and a playlist. Pure and cancellable: the window runs it
in a worker thread, ``reader export-audio`` in the main one; both follow it through
``progress`` and stop it through ``cancelled``.

Memory stays flat: each sentence is synthesised, resampled and written at once to its part's
file. libopus is the slow step, so an Opus whole file is not encoded again: each finished
part's pages are appended to it (``opus_join``). MP3 and WAV whole files are written sentence
by sentence beside the part's, on a second thread one sentence behind (libsndfile releases
the GIL). Only the captions' text is kept until the end.

Every file is written under a temporary name and renamed when complete (``PendingFile``).
On Cancel or a fault the part being made and the whole file are removed; finished parts stay.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

import numpy as np

from .. import messages
from ..document.model import Document, Role
from ..speech.engine import Engine, Synthesis, SynthesisError
from ..speech.options import ReadingOptions
from ..speech.planning import PlanOptions, Utterance, plan
from .captions import Cue, playlist, webvtt
from .encoding import AudioFormat, PendingFile, Resampler, Samples, WriterFactory, open_soundfile
from .opus_join import JoinedOpus
from .parts import SEPARATOR, Part, file_stem, outline_parts, safe_name
from .tags import Chapter, Tags, write_tags

_LOW_SPACE_BYTES = 1 << 20  # libsndfile says "System error" for ENOSPC: this tells them apart
_ESTIMATE_AFTER = 0.03  # of the work done before a time left is guessed


class ExportFault(Enum):
    NO_FOLDER = "no_folder"
    NOT_A_FOLDER = "not_a_folder"
    UNWRITABLE = "unwritable"
    DISK_FULL = "disk_full"
    CANNOT_WRITE = "cannot_write"
    NOTHING_TO_READ = "nothing_to_read"
    ENGINE_FAILED = "engine_failed"


class ExportError(Exception):
    """The export stopped; ``finished`` lists the part files that were completed and stay."""

    def __init__(self, fault: ExportFault, detail: str = "",
                 finished: tuple[Path, ...] = ()) -> None:
        super().__init__(f"{fault.value}: {detail}")
        self.fault, self.detail, self.finished = fault, detail, finished

    @property
    def message(self) -> str:
        return messages.export_fault(self.fault.value, self.detail)


@dataclass(frozen=True, slots=True)
class ExportRequest:
    document: Document
    folder: Path
    audio_format: AudioFormat = AudioFormat.OPUS
    reading: ReadingOptions = ReadingOptions()
    parts: tuple[Part, ...] = ()  # () for all of outline_parts(document)


@dataclass(frozen=True, slots=True)
class ExportProgress:
    index: int  # of the part being made, 0-based among those exported
    count: int
    part: Part
    fraction: float  # of the whole job, 0.0-1.0
    seconds_left: float | None  # None until there is enough to estimate from


@dataclass(frozen=True, slots=True)
class ExportResult:
    parts: tuple[Path, ...]  # the part files, in order
    whole: Path | None  # None when cancelled
    playlist: Path | None
    duration_ms: int  # of the parts finished
    cancelled: bool = False


def export_audio(
    request: ExportRequest,
    engine: Engine,
    *,
    progress: Callable[[ExportProgress], None] = lambda _: None,
    cancelled: Callable[[], bool] = lambda: False,
    open_writer: WriterFactory = open_soundfile,
) -> ExportResult:
    """Make the files of ``request`` (see the module); raises ``ExportError``."""
    _check_folder(request.folder)
    every_part = outline_parts(request.document)
    parts = list(request.parts) or every_part
    if not parts:
        raise ExportError(ExportFault.NOTHING_TO_READ)
    return _Export(request, engine, len(every_part), parts, progress, cancelled,
                   open_writer).run()


@dataclass
class _Made:
    """What the parts finished so far give the whole file and the playlist."""

    files: list[Path] = field(default_factory=list)
    frames: int = 0  # of audio in the files, at the written rate
    chapters: list[Chapter] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    entries: list[tuple[str, int, str]] = field(default_factory=list)


class _Export:
    def __init__(self, request: ExportRequest, engine: Engine, total: int, parts: list[Part],
                 progress: Callable[[ExportProgress], None], cancelled: Callable[[], bool],
                 open_writer: WriterFactory) -> None:
        self._request, self._engine, self._total, self._parts = request, engine, total, parts
        self._progress, self._cancelled, self._open_writer = progress, cancelled, open_writer
        document = request.document
        reading = request.reading
        self._voices = reading.voices(engine.voices(), document.language)
        self._options = PlanOptions(
            sentence_pause_ms=reading.sentence_pause_ms,
            paragraph_pause_ms=reading.paragraph_pause_ms,
            announce=(lambda section: messages.announce_question(section.number))
            if reading.announce_questions else None)
        self._work = sum(max(part.end - part.start, 1) for part in parts)
        self._done = 0
        self._started = time.monotonic()
        self._resample: Resampler | None = None
        self._rate = 0
        self._current: PendingFile | None = None  # the part being made
        self._whole: PendingFile | None = None  # MP3 and WAV: encoded beside the parts
        self._joined: JoinedOpus | None = None  # Opus: the parts' pages appended
        self._behind: Future[None] | None = None  # the whole file's last write
        self._made = _Made()

    def run(self) -> ExportResult:
        with ThreadPoolExecutor(1, thread_name_prefix="export-whole") as background:
            try:
                for index, part in enumerate(self._parts):
                    if not self._make_part(index, part, background):
                        self._abandon()
                        return self._cancelled_result()
                return self._finish()
            except ExportError:
                self._abandon()
                raise
            except (OSError, RuntimeError) as error:  # RuntimeError: soundfile.LibsndfileError
                self._abandon()
                raise self._write_fault(error) from error

    # --- one part ----------------------------------------------------------------------------

    def _make_part(self, index: int, part: Part, background: ThreadPoolExecutor) -> bool:
        """Write ``part``'s file (none if it has nothing to read); False if cancelled."""
        document = self._request.document
        cues: list[Cue] = []
        self._report(index, part, 0)
        for utterance in plan(document, part.start, self._voices, self._options, end=part.end):
            if self._cancelled():
                return False
            synthesis = self._synthesize(part, utterance)
            if self._current is None:
                self._current = self._open(part, synthesis.sample_rate)
            pending = self._current
            speech = np.frombuffer(synthesis.pcm, dtype="<i2").astype(np.int16)
            silence = np.zeros(synthesis.sample_rate * utterance.pause_after_ms // 1000,
                               dtype=np.int16)
            start_ms = pending.frames * 1000 // pending.rate
            assert self._resample is not None
            samples = self._resample(np.concatenate((speech, silence)))
            pending.write(samples)
            if self._request.audio_format is not AudioFormat.OPUS:
                self._write_whole(samples, background)
            cues.append(Cue(start_ms, start_ms + synthesis.duration_ms,
                            _shown(document, utterance)))
            self._report(index, part, utterance.doc_end - part.start)
        if self._current is not None:
            self._commit_part(part, self._current, cues)
            self._current = None
        self._done += max(part.end - part.start, 1)
        return True

    def _synthesize(self, part: Part, utterance: Utterance) -> Synthesis:
        reading = self._request.reading
        try:
            return self._engine.synthesize(utterance.text, utterance.voice_id,
                                           reading.rate_wpm, reading.pitch,
                                           reading.volume / 100)
        except SynthesisError as error:
            text = utterance.text if len(utterance.text) <= 60 else utterance.text[:59] + "…"
            raise ExportError(ExportFault.ENGINE_FAILED, messages.export_engine_failed(
                part.title, text, str(error)), tuple(self._made.files)) from error

    def _open(self, part: Part, source_rate: int) -> PendingFile:
        audio_format = self._request.audio_format
        if self._resample is None:
            self._rate = audio_format.rate_for(source_rate)
            self._resample = Resampler(source_rate, self._rate)
        name = f"{file_stem(part.number, self._total, part.title)}.{audio_format.extension}"
        return PendingFile(self._request.folder / name, audio_format, self._rate,
                           self._open_writer)

    def _write_whole(self, samples: Samples, background: ThreadPoolExecutor) -> None:
        if self._whole is None:
            self._whole = self._open_whole()
        if self._behind is not None:
            self._behind.result()  # one write in flight at most: memory stays flat
        self._behind = background.submit(self._whole.write, samples)

    def _open_whole(self) -> PendingFile:
        return PendingFile(self._whole_path(), self._request.audio_format, self._rate,
                           self._open_writer)

    def _whole_path(self) -> Path:
        stem = safe_name(f"00{SEPARATOR}{messages.export_complete()}{SEPARATOR}"
                         f"{self._request.document.title}")
        return self._request.folder / f"{stem}.{self._request.audio_format.extension}"

    def _commit_part(self, part: Part, pending: PendingFile, cues: list[Cue]) -> None:
        pending.close()
        write_tags(pending.temporary, self._request.audio_format,
                   self._tags(part.title, part.number))
        path = pending.commit()
        _write_text(path.with_suffix(".vtt"), webvtt(cues))
        made = self._made
        if self._request.audio_format is AudioFormat.OPUS:
            if self._joined is None:
                self._joined = JoinedOpus(self._whole_path())
            offset = self._joined.append(path)
        else:
            offset = made.frames * 1000 // pending.rate  # from frames: no rounding piles up
        made.frames += pending.frames
        duration_ms = pending.frames * 1000 // pending.rate
        made.files.append(path)
        made.chapters.append(Chapter(part.title, offset, offset + duration_ms))
        made.cues += [Cue(c.start_ms + offset, c.end_ms + offset, c.text) for c in cues]
        made.entries.append((part.title, duration_ms, path.name))

    # --- the end -----------------------------------------------------------------------------

    def _finish(self) -> ExportResult:
        made = self._made
        if not made.files:
            raise ExportError(ExportFault.NOTHING_TO_READ)
        whole: PendingFile | JoinedOpus | None = self._joined
        if whole is None:
            assert self._behind is not None
            self._behind.result()
            whole = self._whole
        assert whole is not None
        self._whole = self._joined = None
        whole.close()
        end = whole.duration_ms  # each chapter ends where the next starts
        made.chapters = [Chapter(c.title, c.start_ms, n.start_ms) for c, n in
                         zip(made.chapters, made.chapters[1:], strict=False)] + [
            Chapter(made.chapters[-1].title, made.chapters[-1].start_ms, end)]
        title = self._request.document.title
        write_tags(whole.temporary, self._request.audio_format, self._tags(title, 0),
                   made.chapters)
        whole_path = whole.commit()
        _write_text(whole_path.with_suffix(".vtt"), webvtt(made.cues))
        playlist_path = self._request.folder / f"{safe_name(title)}.m3u8"
        _write_text(playlist_path, playlist(title, made.entries))
        return ExportResult(tuple(made.files), whole_path, playlist_path, end)

    def _cancelled_result(self) -> ExportResult:
        made = self._made
        duration = made.frames * 1000 // self._rate if self._rate else 0
        return ExportResult(tuple(made.files), None, None, duration, cancelled=True)

    def _abandon(self) -> None:
        if self._current is not None:
            self._current.discard()
            self._current = None
        if self._behind is not None:
            with contextlib.suppress(OSError, RuntimeError):  # the file is thrown away
                self._behind.result()
            self._behind = None
        for whole in (self._whole, self._joined):
            if whole is not None:
                whole.discard()
        self._whole = self._joined = None

    def _write_fault(self, error: Exception) -> ExportError:
        finished = tuple(self._made.files)
        folder = self._request.folder
        filename = getattr(error, "filename", None) or str(folder)
        if isinstance(error, OSError) and error.errno == errno.ENOSPC:
            return ExportError(ExportFault.DISK_FULL, str(filename), finished)
        try:
            low = shutil.disk_usage(folder).free < _LOW_SPACE_BYTES
        except OSError:
            low = False
        if low:
            return ExportError(ExportFault.DISK_FULL, str(folder), finished)
        detail = (error.strerror or str(error)) if isinstance(error, OSError) else str(error)
        return ExportError(ExportFault.CANNOT_WRITE, detail, finished)

    # --- bits --------------------------------------------------------------------------------

    def _tags(self, title: str, track: int) -> Tags:
        document = self._request.document
        return Tags(title=title, album=document.title, artist=_byline(document),
                    language=document.language, encoder=_encoder(), track=track,
                    track_total=self._total if track else 0)

    def _report(self, index: int, part: Part, done_in_part: int) -> None:
        fraction = min((self._done + max(done_in_part, 0)) / self._work, 1.0)
        elapsed = time.monotonic() - self._started
        left = elapsed / fraction * (1 - fraction) if fraction >= _ESTIMATE_AFTER else None
        self._progress(ExportProgress(index, len(self._parts), part, fraction, left))


def _check_folder(folder: Path) -> None:
    if not folder.exists():
        raise ExportError(ExportFault.NO_FOLDER, str(folder))
    if not folder.is_dir():
        raise ExportError(ExportFault.NOT_A_FOLDER, str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(ExportFault.UNWRITABLE, str(folder))


def _write_text(path: Path, text: str) -> None:
    """A small text file, under a temporary name first like the audio."""
    temporary = path.with_name(f".{path.name}.part")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _shown(document: Document, utterance: Utterance) -> str:
    """A caption shows the text as written, not as prepared for the ear."""
    if utterance.announcement:
        return utterance.text
    return document.text[utterance.doc_start:utterance.doc_end]


def _byline(document: Document) -> str:
    return next((b.text for b in document.blocks if b.role is Role.BYLINE), "")


def _encoder() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{messages.app_display_name()} {version('accessible-reader')}"
    except PackageNotFoundError:
        return messages.app_display_name()
