"""Launch to first painted document: the reader against a bare PySide6 window showing the same
text. Both run as fresh processes on the same Qt platform; each prints the wall-clock time of its
first paint of the text, and the launch time is taken just before the process starts.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "interview-pedocriminalite.txt"

BARE_WINDOW = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTextEdit

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("first-paint", time.time(), flush=True)
            QTimer.singleShot(0, app.quit)
            obj.removeEventFilter(self)
        return False

app = QApplication(sys.argv)
view = QTextEdit()
view.setReadOnly(True)
view.setPlainText(open(sys.argv[1], encoding="utf-8").read())
probe = FirstPaint()
view.viewport().installEventFilter(probe)
view.resize(1000, 700)
view.show()
app.exec()
"""


def _first_paint_seconds(command: list[str], env: dict[str, str]) -> float:
    launched = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    for line in result.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - launched
    raise RuntimeError(f"no first paint reported by {command[:3]}: {result.stderr[-400:]}")


def measure(runs: int = 7) -> list[tuple[str, float, str]]:
    env = dict(os.environ, READER_FIRST_PAINT_PROBE="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    bare_cmd = [sys.executable, "-c", BARE_WINDOW, str(SEED)]
    reader_cmd = [sys.executable, "-m", "reader", str(SEED)]
    bare, reader = [], []
    for _ in range(runs):  # interleaved, so both see the same machine
        bare.append(_first_paint_seconds(bare_cmd, env))
        reader.append(_first_paint_seconds(reader_cmd, env))
    bare_median, reader_median = statistics.median(bare), statistics.median(reader)
    return [
        ("startup_vs_bare_qt", reader_median / bare_median, "≤ 1.3"),
        ("startup_first_paint_ms", reader_median * 1000, f"for information; bare Qt {bare_median * 1000:.0f} ms"),
    ]
