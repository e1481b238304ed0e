"""``reader [FILE]`` as a user starts it: a separate process on the offscreen platform.

READER_FIRST_PAINT_PROBE=1 (the startup benchmark's switch) makes the app print when the text
is first painted and quit, so these runs end by themselves.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, READER_FIRST_PAINT_PROBE="1", QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "reader", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_no_argument_opens_the_window_on_the_seed():
    result = _run()
    assert result.returncode == 0, result.stderr
    assert "first-paint" in result.stdout
    assert "does not exist" not in result.stderr


def test_a_missing_file_is_reported_on_stderr_and_the_window_still_opens(tmp_path):
    missing = tmp_path / "nowhere.txt"
    result = _run(str(missing))
    assert result.returncode == 0
    assert f"The file “{missing}” does not exist" in result.stderr
    assert "first-paint" in result.stdout  # the window opened anyway
    assert "Traceback" not in result.stderr


def test_a_usage_error_exits_with_two():
    result = _run("--no-such-option")
    assert result.returncode == 2
    assert "usage:" in result.stderr
