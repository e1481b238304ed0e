"""A broken espeak-ng installation (its data missing) never takes the reader down.

libespeak-ng calls exit() when it cannot find its data: the process died 0.5 s after the
window appeared, with no word. Each check runs in a fresh process, because espeak-ng starts
once per process (and these tests must not be spared by an engine another test started).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytest.importorskip("pyttsx3")


@pytest.fixture
def no_espeak_data(tmp_path) -> dict[str, str]:
    empty = tmp_path / "espeak-ng-data"
    empty.mkdir()
    return dict(os.environ, ESPEAK_DATA_PATH=str(empty), QT_QPA_PLATFORM="offscreen")


def run(code: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_engine_says_unavailable_and_the_process_lives_on(no_espeak_data):
    result = run("""
        from reader.speech.engine import EngineUnavailable
        from reader.speech.espeak_engine import EspeakEngine
        try:
            EspeakEngine()
        except EngineUnavailable as error:
            print("unavailable:", error.reason.value)
        print("still alive")
    """, no_espeak_data)
    assert result.returncode == 0, result.stderr
    assert "unavailable: init_failed" in result.stdout
    assert "still alive" in result.stdout


def test_reader_speak_says_speech_is_unavailable(no_espeak_data, tmp_path):
    document = tmp_path / "court.txt"
    document.write_text("Bonjour. Il fait beau.\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "reader", "speak", "--out",
                             str(tmp_path / "out.wav"), str(document)], cwd=ROOT,
                            env=no_espeak_data, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "Speech is unavailable" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out.wav").exists()


def test_the_window_stays_and_play_explains(no_espeak_data, tmp_path):
    result = run(f"""
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        from reader.app import build_main_window
        app = QApplication([])
        settings = QSettings({str(tmp_path / "settings.ini")!r}, QSettings.Format.IniFormat)
        window = build_main_window(settings)  # the real espeak-ng loader
        window.show()
        window.speech.wait_until_loaded()
        window.speech.play_pause()
        app.processEvents()
        print("banner:", window.banner.text())
        print("window visible:", window.isVisible())
    """, no_espeak_data)
    assert result.returncode == 0, result.stderr
    assert "banner: Speech is unavailable" in result.stdout
    assert "window visible: True" in result.stdout
