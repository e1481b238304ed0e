"""Launch to first painted document: the reader against a bare PySide6 window showing the same
text. Both run as fresh processes on the same Qt platform; each prints the wall-clock time of its
first paint of the text, and the launch time is taken just before the process starts.

The reader runs twice over: re-opening a document it has seen (its parse comes from the cache
of parsed documents: the usual case, and the target's) and a first open (an empty cache). A
third program, the Qt floor, builds what any reader window needs from Qt (menus and shortcuts,
a tree beside the text, a status bar, a toolbar) around the same plain text with none of the
reader's code: it shows how much of the gap is Qt's own cost of a real window.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
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


QT_FLOOR = BARE_WINDOW.replace(
    """view = QTextEdit()
view.setReadOnly(True)
view.setPlainText(open(sys.argv[1], encoding="utf-8").read())
""",
    """from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QLabel, QMainWindow, QSplitter, QToolBar, QTreeWidget,
                               QTreeWidgetItem)
window = QMainWindow()
for title in ("&File", "&Navigate", "&View", "&Speech", "&Help"):
    menu = window.menuBar().addMenu(title)
    for number in range(6):
        action = QAction(f"Action {number}", window)
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        menu.addAction(action)
toolbar = QToolBar("Speech", window)
window.addToolBar(toolbar)
for name in ("Play", "Stop", "Settings"):
    toolbar.addAction(QAction(name, window))
splitter = QSplitter(Qt.Orientation.Horizontal, window)
tree = QTreeWidget(splitter)
for number in range(9):
    QTreeWidgetItem(tree, [f"Question {number}"])
view = QTextEdit(splitter)
view.setReadOnly(True)
view.setPlainText(open(sys.argv[1], encoding="utf-8").read())
window.setCentralWidget(splitter)
window.statusBar().addPermanentWidget(QLabel("Question 1 of 7"))
window.resize(1000, 700)
window.show()
""",
)


def _first_paint_seconds(command: list[str], env: dict[str, str]) -> float:
    launched = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    for line in result.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - launched
    raise RuntimeError(f"no first paint reported by {command[:3]}: {result.stderr[-400:]}")


def measure(runs: int = 9) -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory(prefix="reader-startup-") as home:
        # Settings and caches of its own: the user's recent files or cache change nothing.
        env = dict(os.environ, READER_FIRST_PAINT_PROBE="1", XDG_CONFIG_HOME=f"{home}/config",
                   XDG_CACHE_HOME=f"{home}/cache")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        commands = {
            "bare": [sys.executable, "-c", BARE_WINDOW, str(SEED)],
            "floor": [sys.executable, "-c", QT_FLOOR, str(SEED)],
            "reopen": [sys.executable, "-m", "reader", str(SEED)],
            "first_open": [sys.executable, "-m", "reader", str(SEED)],
        }
        _first_paint_seconds(commands["reopen"], env)  # the earlier open that fills the cache
        times: dict[str, list[float]] = {name: [] for name in commands}
        for run in range(runs):  # interleaved, so all see the same machine
            for name, command in commands.items():
                run_env = env
                if name == "first_open":
                    run_env = dict(env, XDG_CACHE_HOME=f"{home}/empty-cache-{run}")
                times[name].append(_first_paint_seconds(command, run_env))
    median = {name: statistics.median(values) for name, values in times.items()}
    bare = median["bare"]
    return [
        ("startup_vs_bare_qt", median["reopen"] / bare, "≤ 1.3"),
        ("startup_first_open_vs_bare_qt", median["first_open"] / bare,
         "≤ 1.3; an empty cache of parsed documents"),
        ("startup_qt_floor_vs_bare_qt", median["floor"] / bare,
         "for information: Qt's own cost of a reader window, none of our code"),
        ("startup_first_paint_ms", median["reopen"] * 1000,
         f"for information; first open {median['first_open'] * 1000:.0f} ms, "
         f"Qt floor {median['floor'] * 1000:.0f} ms, bare Qt {bare * 1000:.0f} ms"),
    ]
