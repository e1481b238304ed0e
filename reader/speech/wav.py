"""Syntheses and the pauses between them, written as one WAV file (``reader speak --out``)."""

from __future__ import annotations

import wave
from collections.abc import Iterable
from pathlib import Path

from .engine import SAMPLE_WIDTH, Synthesis

DEFAULT_RATE = 22050  # the header of a WAV with nothing in it


def write_wav(path: str | Path, parts: Iterable[tuple[Synthesis, int]]) -> int:
    """Write each synthesis followed by its pause (ms) of silence; returns the duration in ms.

    ``parts`` is consumed lazily, so a long document is synthesised while it is written. All
    parts must share one sample rate (one engine gives one).
    """
    frames = 0
    rate = 0
    # The file is opened first: wave.open(path) failing to create it leaves a half-built
    # Wave_write whose __del__ raises again.
    with open(path, "wb") as file, wave.open(file, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(SAMPLE_WIDTH)
        for synthesis, pause_ms in parts:
            if not rate:
                rate = synthesis.sample_rate
                out.setframerate(rate)
            elif synthesis.sample_rate != rate:
                raise ValueError(f"sample rate {synthesis.sample_rate} Hz after {rate} Hz")
            silence = rate * max(pause_ms, 0) // 1000
            out.writeframes(synthesis.pcm + bytes(silence * SAMPLE_WIDTH))
            frames += len(synthesis.pcm) // SAMPLE_WIDTH + silence
        if not rate:
            rate = DEFAULT_RATE
            out.setframerate(rate)
    return round(frames * 1000 / rate)
