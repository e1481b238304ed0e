"""Audio files through libsndfile (``soundfile``): the formats, resampling, and writing under a
temporary name that becomes the final one only once the file is complete.

Measured here with the libsndfile 1.2.2 that soundfile bundles: it writes Ogg Opus and MP3
(LAME) itself, so no external program is needed. Opus is encoded at compression level 0.8,
about 56 kbit/s mono: at that rate libopus uses its CELT mode, which encodes speech about 2.7
times faster than the hybrid mode of libsndfile's default (about 37 kbit/s), and a whole
interview still takes a tenth of its WAV. Opus takes 8, 12, 16, 24 or 48 kHz only, so
espeak-ng's 22 050 Hz is resampled to 24 kHz (linear interpolation: an upsampling that keeps
speech intact).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

Samples = npt.NDArray[np.int16]


@dataclass(frozen=True, slots=True)
class _Encoding:
    extension: str
    container: str  # soundfile's format
    subtype: str
    compression_level: float | None
    rates: tuple[int, ...]  # sample rates the codec takes; () for any


class AudioFormat(Enum):
    OPUS = _Encoding("opus", "OGG", "OPUS", 0.8, (8000, 12000, 16000, 24000, 48000))
    MP3 = _Encoding("mp3", "MP3", "MPEG_LAYER_III", None, ())
    WAV = _Encoding("wav", "WAV", "PCM_16", None, ())

    @classmethod
    def named(cls, name: str) -> AudioFormat:
        return cls[name.upper()]

    @property
    def extension(self) -> str:
        return self.value.extension

    def rate_for(self, source_rate: int) -> int:
        """The sample rate to write audio made at ``source_rate``: the same when the codec
        takes it, else the next rate up that it takes."""
        rates = self.value.rates
        if not rates or source_rate in rates:
            return source_rate
        return min((rate for rate in rates if rate >= source_rate), default=rates[-1])


class AudioWriter(Protocol):
    def write(self, samples: Samples) -> None: ...

    def close(self) -> None: ...


class Resampler:
    """Mono 16-bit audio from one rate to another, chunk by chunk, with no seam between chunks:
    each output sample is placed on the same grid whatever the chunk sizes."""

    def __init__(self, source_rate: int, target_rate: int) -> None:
        self._step = source_rate / target_rate  # input samples per output sample
        self._identity = source_rate == target_rate
        self._consumed = 0  # input samples seen
        self._produced = 0  # output samples given
        self._last = np.zeros(1, dtype=np.int16)

    def __call__(self, chunk: Samples) -> Samples:
        if self._identity or not len(chunk):
            return chunk
        first = self._consumed - 1  # index of self._last in the input
        joined = np.concatenate((self._last, chunk)).astype(np.float64)
        self._consumed += len(chunk)
        end = int((self._consumed - 1) / self._step) + 1  # outputs that fall before the end
        positions = np.arange(self._produced, end) * self._step - first
        self._produced = max(end, self._produced)
        self._last = chunk[-1:]
        out = np.interp(positions, np.arange(len(joined)), joined)
        resampled: Samples = np.round(out).astype(np.int16)
        return resampled


class PendingFile:
    """An audio file written under ``.NAME.part`` in the destination folder and renamed to NAME
    by ``commit`` (an atomic rename on one file system): a crash, a full disk or Cancel never
    leave a half-written file under a final name."""

    def __init__(self, final: Path, audio_format: AudioFormat, rate: int,
                 open_writer: WriterFactory) -> None:
        self.final = final
        self.temporary = final.with_name(f".{final.name}.part")
        self.frames = 0
        self.rate = rate
        self._writer: AudioWriter | None = open_writer(self.temporary, audio_format, rate)

    def write(self, samples: Samples) -> None:
        assert self._writer is not None
        self._writer.write(samples)
        self.frames += len(samples)

    @property
    def duration_ms(self) -> int:
        return self.frames * 1000 // self.rate

    def close(self) -> None:
        if self._writer is not None:
            writer, self._writer = self._writer, None
            writer.close()

    def commit(self) -> Path:
        self.close()
        os.replace(self.temporary, self.final)
        return self.final

    def discard(self) -> None:
        with contextlib.suppress(OSError, RuntimeError):  # the file goes anyway
            self.close()
        self.temporary.unlink(missing_ok=True)


class WriterFactory(Protocol):
    def __call__(self, path: Path, audio_format: AudioFormat, rate: int) -> AudioWriter: ...


def open_soundfile(path: Path, audio_format: AudioFormat, rate: int) -> AudioWriter:
    """libsndfile's writer for ``audio_format``, mono."""
    import soundfile

    encoding = audio_format.value
    options: dict[str, Any] = {}
    if encoding.compression_level is not None:
        options["compression_level"] = encoding.compression_level
    writer: AudioWriter = soundfile.SoundFile(
        str(path), "w", rate, 1, format=encoding.container, subtype=encoding.subtype,
        **options)
    return writer
