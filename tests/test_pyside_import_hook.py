"""PySide's ``__feature__`` import hook is taken out at start-up (reader.__main__): the reader
selects no feature, and the hook ran a Python function for every ``import`` statement. Qt's
names must stay Qt's usual ones."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

STARTED = """
import builtins
from reader.__main__ import spare_pyside_its_source_reading
spare_pyside_its_source_reading()
print("hook left:", builtins.__import__ is not getattr(builtins, "__orig_import__", None))
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
widget.setWindowTitle("Qt's own names")
print("title:", widget.windowTitle())
print("snake_case:", hasattr(widget, "window_title"))
"""


def test_imports_no_longer_go_through_pyside_and_qt_keeps_its_names():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", STARTED], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines() == ["hook left: False", "title: Qt's own names",
                                          "snake_case: False"]
