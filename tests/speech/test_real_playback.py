"""Real sound: ``reader speak`` plays espeak-ng's speech through Qt Multimedia into a private
PulseAudio server's null sink, and what reached the "speakers" (recorded from the sink's
monitor) is what was synthesised: not silent, and as long, with no gap, as the WAV ``--out``
writes of the same text. The test starts its own server (private HOME and XDG_RUNTIME_DIR, no
default configuration, so it never touches a real sound card) and skips only if it cannot.

Each run is a separate process: Qt Multimedia connects to the audio server once per process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import wave
from array import array
from pathlib import Path

import pytest

from reader.speech.cli import speak_command

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Bonjour à tous. Voici une phrase.\n"
LOUD = 600  # a sample above this (of 32767) is sound, not silence or dither
SETTLE_S = 1.0  # for the null sink to fall into real time behind the keep-alive stream


def _reader(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reader", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def null_sink(tmp_path_factory):
    """Environment variables that send audio to a fresh null sink named reader_test."""
    missing = [tool for tool in ("pulseaudio", "pactl", "parec") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"PulseAudio is not installed ({', '.join(missing)} missing): "
                    "sudo apt-get install pulseaudio pulseaudio-utils")
    root = tmp_path_factory.mktemp("pulse")
    (root / "home").mkdir()
    (root / "run").mkdir(mode=0o700)
    env = dict(os.environ, HOME=str(root / "home"), XDG_RUNTIME_DIR=str(root / "run"),
               QT_QPA_PLATFORM="offscreen")
    env.pop("PULSE_SERVER", None)
    started = subprocess.run(
        ["pulseaudio", "--daemonize", "-n", "--exit-idle-time=-1", "--use-pid-file=yes",
         f"--log-target=file:{root / 'pulse.log'}",
         "--load=module-native-protocol-unix",
         "--load=module-null-sink sink_name=reader_test rate=22050 channels=1",
         "--load=module-always-sink"],
        env=env, capture_output=True, text=True, timeout=30)
    for _ in range(50):
        if started.returncode == 0 and subprocess.run(
                ["pactl", "info"], env=env, capture_output=True, timeout=10).returncode == 0:
            break
        time.sleep(0.1)
    else:
        log = (root / "pulse.log").read_text(errors="replace")[-500:] if (
            root / "pulse.log").exists() else started.stderr
        pytest.skip(f"PulseAudio would not start here: {log.strip()}")
    subprocess.run(["pactl", "set-default-sink", "reader_test"], env=env, timeout=10)
    env["PULSE_SERVER"] = f"unix:{root / 'run' / 'pulse' / 'native'}"
    # An idle null sink renders far ahead, and its monitor then misses the start of a new
    # stream (measured on these machines): a silent low-latency stream keeps it
    # running in real time. Zeros do not change the mix.
    keepalive = subprocess.Popen(
        ["pacat", "--latency-msec=20", "--rate=22050", "--channels=1", "--format=s16le",
         "/dev/zero"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(50):
        sinks = subprocess.run(["pactl", "list", "short", "sinks"], env=env,
                               capture_output=True, text=True, timeout=10).stdout
        if "RUNNING" in sinks:
            break
        time.sleep(0.1)
    time.sleep(SETTLE_S)
    yield env
    keepalive.terminate()
    keepalive.wait(timeout=10)
    subprocess.run(["pulseaudio", "--kill"], env=env, capture_output=True, timeout=30)


def _samples(path: Path) -> array:
    with wave.open(str(path), "rb") as wav:
        assert wav.getsampwidth() == 2 and wav.getnchannels() == 1
        samples = array("h", wav.readframes(wav.getnframes()))
        return samples, wav.getframerate()


def _sound_span_ms(path: Path) -> tuple[float, float]:
    """(ms from the first to the last loud sample, peak level 0-1)."""
    samples, rate = _samples(path)
    loud = [i for i, value in enumerate(samples) if abs(value) > LOUD]
    assert loud, f"{path.name} is silent"
    return (loud[-1] - loud[0]) * 1000 / rate, max(abs(v) for v in samples) / 32768


@pytest.mark.slow
def test_what_reaches_the_speakers_is_what_was_synthesised(null_sink, espeak, tmp_path):
    document = tmp_path / "court.txt"
    document.write_text(TEXT, encoding="utf-8")
    expected = tmp_path / "expected.wav"
    assert speak_command([str(document), "--out", str(expected)], lambda: espeak) == 0

    recording = tmp_path / "heard.wav"
    recorder = subprocess.Popen(
        ["parec", "-d", "reader_test.monitor", "--rate=22050", "--channels=1",
         "--format=s16le", "--file-format=wav", str(recording)],
        env=null_sink, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        played = _reader("speak", str(document), env=null_sink)
    finally:
        time.sleep(0.3)  # the end of the stream drains from the sink to the monitor
        recorder.send_signal(2)  # SIGINT: parec finishes the WAV header
        recorder.wait(timeout=10)
    assert played.returncode == 0, played.stderr
    assert "Done" in played.stdout

    heard_ms, heard_peak = _sound_span_ms(recording)
    synthesised_ms, synthesised_peak = _sound_span_ms(expected)
    # Same sound from first to last word: nothing cut, no gap between sentences (a queue that
    # ran dry would stretch it), within the resampling and a 20 ms window.
    assert abs(heard_ms - synthesised_ms) < 40, (heard_ms, synthesised_ms)
    assert heard_peak > 0.5 * synthesised_peak


def test_no_audio_server_exits_1_with_a_clear_message(tmp_path):
    document = tmp_path / "court.txt"
    document.write_text(TEXT, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PULSE_SERVER=f"unix:{tmp_path / 'no-such-server'}")
    result = _reader("speak", str(document), env=env)
    if "Speech is unavailable" in result.stderr:
        pytest.skip(result.stderr.strip())
    assert result.returncode == 1
    assert "no audio device" in result.stderr and "--out FILE.wav" in result.stderr
    assert "Traceback" not in result.stderr
