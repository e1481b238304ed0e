"""Syntheses and pauses into one WAV file."""

import wave

import pytest

from reader.speech.engine import Synthesis
from reader.speech.wav import write_wav


def tone(ms, rate=22050):
    return Synthesis(b"\x10\x00" * (rate * ms // 1000), rate)


def read(path):
    with wave.open(str(path), "rb") as wav:
        frames = wav.readframes(wav.getnframes())
        return wav.getframerate(), wav.getnchannels(), wav.getsampwidth(), frames


def test_parts_and_pauses_in_order(tmp_path):
    path = tmp_path / "out.wav"
    assert write_wav(path, [(tone(100), 50), (tone(200), 0)]) == 350
    rate, channels, width, frames = read(path)
    assert (rate, channels, width) == (22050, 1, 2)
    assert len(frames) == 2 * (2205 + 1102 + 4410)  # 100 ms, 50 ms of pause, 200 ms
    pause = frames[2 * 2205 : 2 * (2205 + 1102)]
    assert set(pause) == {0} and frames[:2] == b"\x10\x00"


def test_nothing_to_say_is_an_empty_wav(tmp_path):
    path = tmp_path / "empty.wav"
    assert write_wav(path, []) == 0
    assert read(path)[3] == b""


def test_one_sample_rate_per_file(tmp_path):
    with pytest.raises(ValueError):
        write_wav(tmp_path / "mixed.wav", [(tone(10, 22050), 0), (tone(10, 16000), 0)])
