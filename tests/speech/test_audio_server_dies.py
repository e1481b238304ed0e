"""The audio server dies while reading, or while idle: the reader lives, says so, and plays
again once a server is back.

Qt's PulseAudio backend aborted the whole process (``Assertion 'c' failed at
pulse/context.c:1087 pa_context_get_state()``) on the first sink opened after the server died.
Playback now happens in a child process (``ProcessSink``). Each scenario runs in a process of
its own, so that a regression fails the test instead of killing the test run, against a private
PulseAudio server (no real sound card) that the test kills and starts again.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QCoreApplication
    from reader.speech.player import Player
    from reader.speech.process_sink import open_process_sink

    app = QCoreApplication([])
    player = Player(open_process_sink)
    failures = []
    player.failed.connect(failures.append)
    TONE = (b"\\x00\\x20\\x00\\xe0" * 11025) * 20  # 20 s of a loud square wave

    def wait_for(condition, seconds):
        deadline = time.monotonic() + seconds
        while not condition() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)
        return condition()

    def read():
        player.play()
        player.enqueue(TONE, "tone")
        return wait_for(lambda: player.clock_ms() > 300, 15)

    def step(name):
        print(name, flush=True)
        return sys.stdin.readline().strip()

    if sys.argv[1] == "while-reading":
        print("heard" if read() else "silent", flush=True)
        step("kill now")
    else:
        print("heard" if read() else "silent", flush=True)
        player.stop()
        step("kill now")
        wait_for(lambda: False, 0.5)
        player.play()
        player.enqueue(TONE, "tone")
    print("failed:", failures[0].value if wait_for(lambda: failures, 15) else "never",
          flush=True)
    player.stop()
    step("start a server")
    print("heard again" if read() else "silent again", flush=True)
    player.stop()
""")


class PrivatePulse:
    def __init__(self, root: Path) -> None:
        (root / "home").mkdir()
        (root / "run").mkdir(mode=0o700)
        self.root = root
        self.env = dict(os.environ, HOME=str(root / "home"), XDG_RUNTIME_DIR=str(root / "run"),
                        QT_QPA_PLATFORM="offscreen")
        self.env.pop("PULSE_SERVER", None)

    def start(self) -> None:
        started = subprocess.run(
            ["pulseaudio", "--daemonize", "-n", "--exit-idle-time=-1", "--use-pid-file=yes",
             f"--log-target=file:{self.root / 'pulse.log'}",
             "--load=module-native-protocol-unix",
             "--load=module-null-sink sink_name=reader_test rate=22050 channels=1",
             "--load=module-always-sink"],
            env=self.env, capture_output=True, text=True, timeout=30)
        for _ in range(100):
            if started.returncode == 0 and subprocess.run(
                    ["pactl", "info"], env=self.env, capture_output=True,
                    timeout=10).returncode == 0:
                return
            time.sleep(0.1)
        pytest.skip(f"PulseAudio would not start here: {started.stderr.strip()}")

    def kill(self) -> None:
        pid = int((self.root / "run" / "pulse" / "pid").read_text())
        os.kill(pid, signal.SIGKILL)
        for _ in range(100):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)


@pytest.fixture
def pulse(tmp_path):
    missing = [tool for tool in ("pulseaudio", "pactl") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"PulseAudio is not installed ({', '.join(missing)} missing)")
    server = PrivatePulse(tmp_path)
    server.start()
    yield server
    subprocess.run(["pulseaudio", "--kill"], env=server.env, capture_output=True, timeout=30)


def run_scenario(pulse: PrivatePulse, name: str) -> list[str]:
    child = subprocess.Popen([sys.executable, "-c", SCENARIO, name], cwd=ROOT, env=pulse.env,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    said = []
    try:
        for line in child.stdout:
            said.append(line.strip())
            if line.startswith("kill now"):
                pulse.kill()
            elif line.startswith("start a server"):
                pulse.start()
            else:
                continue
            child.stdin.write("go\n")
            child.stdin.flush()
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, (said, child.stderr.read()[-2000:])
    return said


@pytest.mark.slow
def test_killed_while_reading_reading_stops_with_a_reason_and_plays_again(pulse):
    said = run_scenario(pulse, "while-reading")
    assert said[0] == "heard"
    assert said[2] in ("failed: stalled", "failed: device_error")
    assert said[-1] == "heard again"


@pytest.mark.slow
def test_killed_while_idle_the_next_play_fails_with_a_reason_then_plays_again(pulse):
    said = run_scenario(pulse, "while-idle")
    assert said[0] == "heard"
    assert said[2].startswith("failed: ") and said[2] != "failed: never"
    assert said[-1] == "heard again"
