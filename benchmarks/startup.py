"""Launch to first painted document: the reader against a bare PySide6 window showing the same
text. Both run as fresh processes on the same Qt platform; each prints the wall-clock time of its
first paint of the text, and the launch time is taken just before the process starts.

The reader runs twice over: re-opening a document it has seen (its parse comes from the cache
of parsed documents: the usual case, and the target's) and a first open (an empty cache). A
third program, the Qt floor, builds what any reader window needs from Qt (menus and shortcuts,
a tree beside the text, a status bar, a toolbar) around the same plain text with none of the
reader's code: the floor the reader is compared with (its targets are ratios to it).

All run with compiled bytecode, as an installed app does: a private ``PYTHONPYCACHEPREFIX``
filled by a first run, even where the environment says PYTHONDONTWRITEBYTECODE (compiling the
reader's ~80 modules from source on every start would be measured otherwise, not the reader).
Each program also says the CPU time it had used at its first paint: on a machine shared with
other work, wall-clock times vary with the load far more than CPU times, so the CPU ratio is
printed beside the wall-clock one (a first open's includes its child process's: the document
named on the command line is parsed in one while the window starts, ``reader.parse_ahead``).
One more run with ``-X importtime`` counts the imports before the reader's first paint, and a
run of the reader's start-up steps one by one says where its CPU time goes (Qt's bindings, the
reader's modules, the window, the document, the first paint), and a last one of the reader and
the floor counts what each has defined by its first paint (PySide's Python enums of Qt classes,
the reader's own enums, dataclasses: ``CENSUS``).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
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
            print("first-paint", time.time(), time.process_time(), flush=True)
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


def _first_paint_seconds(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock seconds from launch to the first paint, and the CPU seconds used by then."""
    launched = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    for line in result.stdout.splitlines():
        if line.startswith("first-paint "):
            _, wall, cpu = line.split()
            return float(wall) - launched, float(cpu)
    raise RuntimeError(f"no first paint reported by {command[:3]}: {result.stderr[-400:]}")


def program_env(home: str) -> dict[str, str]:
    """Settings, caches and bytecode of their own: the user's recent files, cache or a
    no-bytecode environment change nothing."""
    env = dict(os.environ, READER_FIRST_PAINT_PROBE="1", XDG_CONFIG_HOME=f"{home}/config",
               XDG_CACHE_HOME=f"{home}/cache", PYTHONPYCACHEPREFIX=f"{home}/bytecode")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def programs() -> dict[str, list[str]]:
    return {
        "bare": [sys.executable, "-c", BARE_WINDOW, str(SEED)],
        "floor": [sys.executable, "-c", QT_FLOOR, str(SEED)],
        "reopen": [sys.executable, "-m", "reader", str(SEED)],
        "first_open": [sys.executable, "-m", "reader", str(SEED)],
    }


def _import_breakdown(env: dict[str, str]) -> dict[str, float]:
    """Milliseconds of import (self times) before the reader's first paint, by who is imported:
    Qt's bindings, the reader's own modules, the rest (standard library and other packages)."""
    command = [sys.executable, "-X", "importtime", "-m", "reader", str(SEED)]
    # One stream, in order: the imports printed after the first paint are not counted.
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, env=env, timeout=60)
    totals = {"qt": 0.0, "reader": 0.0, "other": 0.0}
    modules = 0
    for line in result.stdout.splitlines():
        if line.startswith("first-paint "):
            break
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _cumulative, name = line[len("import time:"):].split("|")
        top = name.strip().split(".")[0]
        group = ("qt" if top in ("PySide6", "shiboken6", "shibokensupport")
                 else "reader" if top == "reader" else "other")
        totals[group] += int(self_us) / 1000
        modules += group == "reader"
    totals["reader_modules"] = modules
    return totals


# The reader's start-up (reader.app.run_gui) step by step, re-opening the seed: the CPU time of
# each step (CPU, not wall-clock: steadier on a shared machine).
STEPS = r"""
import sys, time
steps, last = [], time.process_time()
def step(name):
    global last
    now = time.process_time()
    steps.append((name, now - last))
    last = now
from reader.__main__ import keep_compiled_patterns
keep_compiled_patterns()  # as reader.__main__, before PySide: its kept regular expressions
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
step("qt")
from reader.__main__ import spare_pyside_its_source_reading
spare_pyside_its_source_reading()
import reader.app as app
from reader import window_documents
step("reader_modules")
QtWidgets.QApplication.setApplicationName(app.APP_NAME)
qt_app = QtWidgets.QApplication(sys.argv[:1])
settings = app.make_settings()
settings.hold_writes()  # as run_gui: written after the first paint
app.speak_interface_language(qt_app, settings)
window = app.build_main_window(
    settings, load=window_documents.through_cache(window_documents.open_without_language,
                                                  window_documents.document_cache()),
    deferred=True)
window.language_detection.hold()
window.banner.hold_icons()  # as run_gui: a note's icon (QStyle's enums) after the first paint
window.appearance.hold_screen_reader()  # as run_gui: asked after the first paint
window.typesetter.hold_syllables()  # as run_gui: loaded after the first paint
step("window")
window.open_path(sys.argv[1])
step("document")

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            step("first_paint")
            QTimer.singleShot(0, qt_app.quit)
        return False

probe = FirstPaint()
window.text.viewport().installEventFilter(probe)
window.show()
qt_app.exec()
print("steps", " ".join(f"{name}={seconds}" for name, seconds in steps), flush=True)
"""


# What is left before the first paint (docs/performance.md, "Start-up (session 20)" and
# "Start-up (session 21)").
STARTUP_NEXT_STEP = (
    "left: the reader's modules, about 50-55 ms of CPU beyond what the floor's own window makes "
    "(the window, the document and the paint together cost what the floor's window does): ~110 "
    "modules' import (about 0.15-0.26 ms of mechanics each before what it defines; each has code "
    "run before the first paint, session 20's trace, but for jump_scroll, which a re-open to a "
    "kept place needs, made_later, the later parts' makers, and the appearance's hyphenation, its "
    "soft hyphen; session 21's trace found no other: finding and reading the ~190 modules' "
    "bytecode is about an eighth of the start-up), PySide's Python enums of the Qt classes only "
    "the reader touches (about 70 types, 10 ms: text formats, fonts, palette, painter, the "
    "outline's style options, settings; each needed by the first paint), 7 dataclasses (about 5 "
    "ms: the model's five, Appearance, the place keeper's Anchor); the regular expressions "
    "modules compile as they are imported are kept beside the reader's bytecode "
    "(reader.compiled_once); the Python modules Qt's bindings carry are compiled at every start "
    "by the reader and the floor alike (about 10-20 ms: kept compiled, they would be code run "
    "from a folder a planted file could reach); each other part the window makes before the first "
    "paint costs under 2 ms (session 12; session 21: the outline filled once, two style sheets "
    "set once, no font enumerated, no dialog built, the Python run by Qt's events down from about "
    "760 calls to 480); next step: fewer, larger modules (session 12: 16 message modules imported "
    "as one cost 2.2 ms less), or less defined by those the first paint needs")

FIRST_OPEN_NEXT_STEP = (
    "a first open is parsed in a child process while the window starts (reader.parse_ahead), "
    "forked before PySide is imported for `reader FILE`; measured as a reader that has run "
    "before (its compiled bytecode there, with the structure rules' ~650 regular expressions "
    "reader.compiled_once keeps beside it; the document not in its cache); the child's CPU "
    "(counted here) is 80-110 ms since session 19 (330 before: 270 of them compiling those "
    "patterns; the very first start, or one with no bytecode written, still compiles them; "
    "patterns compiled in functions, a document's names among them, are never kept); on this "
    "shared 2-core machine the child takes the core the window would have had; left: the "
    "re-open's cost, and the child's import of the parser's ~250 modules")

# What the start-up defines before the first paint, counted with hooks (their own overhead
# included): the Python enums PySide makes for a Qt class when Python first touches it, the
# reader's own enums and its dataclasses (the standard library generates and compiles each
# one's methods). Printed by the program at its first paint, whichever program it is.
CENSUS = r"""
import dataclasses, enum, runpy, sys, time
made = {"qt_enum": [], "py_enum": [], "dataclass": []}
inside = [0]
create, new, process = enum.EnumType._create_, enum.EnumType.__new__, dataclasses._process_class
def _create_(cls, *args, **kwargs):  # PySide makes its enums through the functional API
    start = time.process_time(); inside[0] += 1
    try:
        return create(cls, *args, **kwargs)
    finally:
        inside[0] -= 1
        made["qt_enum"].append((str(args[0] if args else kwargs.get("class_name")),
                                time.process_time() - start))
def __new__(metacls, name, *args, **kwargs):
    start = time.process_time()
    made_now = new(metacls, name, *args, **kwargs)
    if not inside[0]:
        made["py_enum"].append((name, time.process_time() - start))
    return made_now
def _process_class(cls, *args, **kwargs):
    start = time.process_time()
    try:
        return process(cls, *args, **kwargs)
    finally:
        made["dataclass"].append((cls.__qualname__, time.process_time() - start))
enum.EnumType._create_, enum.EnumType.__new__ = _create_, __new__
dataclasses._process_class = _process_class
real_print = print
def print(*args, **kwargs):  # the probe's line: what was made by then is counted
    if args and args[0] == "first-paint":
        for kind, items in made.items():
            real_print("census", kind, *(f"{name}={seconds}" for name, seconds in items),
                       flush=True)
    real_print(*args, **kwargs)
__builtins__.print = print
program = sys.argv.pop(1)
if program == "reader":
    sys.argv[0] = "reader"
    runpy.run_module("reader", run_name="__main__", alter_sys=True)
else:
    exec(compile(program, "floor", "exec"), {"__name__": "__main__"})
"""


def _census(env: dict[str, str]) -> dict[str, tuple[int, float, int, float]]:
    """Per kind (``CENSUS``): how many were made before the reader's first paint and their CPU
    ms, then how many of them, and their ms, the floor's window does not make."""
    made: dict[str, dict[str, list[tuple[str, float]]]] = {}
    for name, program in (("reader", "reader"), ("floor", QT_FLOOR)):
        result = subprocess.run([sys.executable, "-c", CENSUS, program, str(SEED)],
                                capture_output=True, text=True, env=env, timeout=60, cwd=ROOT)
        made[name] = {}
        for line in result.stdout.splitlines():
            if line.startswith("census "):
                _, kind, *census = line.split(" ")
                made[name][kind] = [(item.rsplit("=", 1)[0], float(item.rsplit("=", 1)[1]))
                                    for item in census]
        if not made[name]:
            raise RuntimeError(f"no census from {name}: {result.stderr[-400:]}")
    counts: dict[str, tuple[int, float, int, float]] = {}
    for kind, items in made["reader"].items():
        floor_names = Counter(item for item, _ in made["floor"].get(kind, []))
        own: list[float] = []
        for item, seconds in items:
            if floor_names[item]:
                floor_names[item] -= 1
            else:
                own.append(seconds)
        counts[kind] = (len(items), sum(s for _, s in items) * 1000, len(own), sum(own) * 1000)
    return counts


CENSUS_NAMES = {"qt_enum": "PySide's enums of Qt classes", "py_enum": "the reader's own enums",
                "dataclass": "dataclasses"}

STEP_NAMES = {
    "qt": "Qt's bindings", "reader_modules": "the reader's modules (Qt's enums they touch "
    "included)", "window": "building the window", "document": "showing the document",
    "first_paint": "to the first paint",
}


def _steps(env: dict[str, str], runs: int = 3) -> dict[str, float]:
    """Median CPU milliseconds of each start-up step of the reader (``STEPS``)."""
    values: dict[str, list[float]] = {}
    for _run in range(runs):
        result = subprocess.run([sys.executable, "-c", STEPS, str(SEED)], capture_output=True,
                                text=True, env=env, timeout=60, cwd=ROOT)
        line = next((x for x in result.stdout.splitlines() if x.startswith("steps ")), None)
        if line is None:
            raise RuntimeError(f"the start-up steps did not finish: {result.stderr[-400:]}")
        for item in line.split()[1:]:
            name, seconds = item.split("=")
            values.setdefault(name, []).append(float(seconds) * 1000)
    return {name: statistics.median(v) for name, v in values.items()}


def _first_open_cache(home: str, run: int) -> str:
    """A cache folder without the document: a document the reader has not seen, opened by a
    reader that has run before (its compiled bytecode, and the structure rules' regular
    expressions reader.compiled_once keeps beside it, are in the private PYTHONPYCACHEPREFIX)."""
    return f"{home}/empty-cache-{run}"


def measure(runs: int = 9) -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory(prefix="reader-startup-") as home:
        env = program_env(home)
        commands = programs()
        for name in ("bare", "floor", "reopen"):  # bytecode, and the open that fills the cache
            _first_paint_seconds(commands[name], env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for run in range(runs):  # interleaved, so all see the same machine
            for name, command in commands.items():
                run_env = env
                if name == "first_open":
                    run_env = dict(env, XDG_CACHE_HOME=_first_open_cache(home, run))
                wall, used = _first_paint_seconds(command, run_env)
                times[name].append(wall)
                cpu[name].append(used)
        imports = _import_breakdown(env)
        steps = _steps(env)
        census = _census(env)
    median = {name: statistics.median(values) for name, values in times.items()}
    cpu_ms = {name: statistics.median(values) * 1000 for name, values in cpu.items()}
    bare, floor = median["bare"], median["floor"]
    return [
        ("startup_vs_qt_floor", median["reopen"] / floor,
         "≤ 1.15; re-opening, first paint against the Qt floor window; " + STARTUP_NEXT_STEP),
        ("startup_first_open_vs_qt_floor", median["first_open"] / floor,
         "≤ 1.3; an empty cache of parsed documents; " + FIRST_OPEN_NEXT_STEP),
        ("startup_qt_floor_vs_bare_qt", floor / bare,
         "for information: Qt's own cost of a reader window, none of our code"),
        ("startup_first_paint_ms", median["reopen"] * 1000,
         f"for information; first open {median['first_open'] * 1000:.0f} ms, "
         f"Qt floor {floor * 1000:.0f} ms, bare Qt {bare * 1000:.0f} ms"),
        ("startup_cpu_vs_qt_floor", cpu_ms["reopen"] / cpu_ms["floor"],
         f"for information: CPU time to the first paint, re-opening "
         f"{cpu_ms['reopen']:.0f} ms, first open {cpu_ms['first_open']:.0f} ms, "
         f"Qt floor {cpu_ms['floor']:.0f} ms, bare Qt {cpu_ms['bare']:.0f} ms"),
        ("startup_steps_cpu_ms", sum(steps.values()),
         "for information: where the reader's start-up goes (re-opening, CPU ms): "
         + ", ".join(f"{STEP_NAMES[name]} {ms:.0f}" for name, ms in steps.items())
         + f"; of these, the Qt floor pays about the first ({steps['qt']:.0f}) and "
           f"{cpu_ms['floor'] - steps['qt']:.0f} for its window"),
        ("startup_imports_reader_ms", imports["reader"],
         f"for information: {imports['reader_modules']:.0f} modules of the reader imported "
         f"before the first paint; Qt's bindings {imports['qt']:.0f} ms, the rest "
         f"{imports['other']:.0f} ms (import self times, one run)"),
        ("startup_types_made_ms", sum(ms for _n, ms, _o, _oms in census.values()),
         "for information: made before the reader's first paint (CPU ms with the counting's "
         "overhead, one run; in brackets those the floor's window does not make): "
         + ", ".join(f"{CENSUS_NAMES[kind]} {n} in {ms:.0f} ms ({own}, {own_ms:.0f} ms)"
                     for kind, (n, ms, own, own_ms) in census.items())),
    ]


if __name__ == "__main__":
    for measure_name, value, target in measure():
        print(f"{measure_name}: {value:.2f} (target {target})", flush=True)
