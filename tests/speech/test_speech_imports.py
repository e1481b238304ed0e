"""The speech package stays free of Qt widgets, Qt Multimedia and espeak-ng until speech is
asked for. QtCore is allowed: the words it says and prints come from reader.messages
(translatable, QtCore only), and the session and player are QObjects."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_speech_modules_load_neither_qt_widgets_nor_multimedia_nor_espeak_at_import():
    code = (
        "import sys\n"
        "import reader.speech.cli, reader.speech.planning, reader.speech.worker\n"
        "import reader.speech.scripted_engine, reader.speech.wav, reader.speech.espeak_engine\n"
        "from reader.speech.cli import speak_command\n"
        "from reader.speech.scripted_engine import ScriptedEngine\n"
        "speak_command(['--list-voices'], ScriptedEngine)\n"
        "heavy = ('PySide6.QtGui', 'PySide6.QtWidgets', 'PySide6.QtMultimedia', 'pyttsx3')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(heavy))\n"
        "print('loaded:' + ','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True, timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "loaded:", result.stdout
