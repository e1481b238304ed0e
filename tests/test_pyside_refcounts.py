"""Regression guard: PySide6 6.12.0 on CPython 3.11 loses a reference to None on every call of a
void method and one to True on every Python ``Signal.emit()``; after a few thousand calls the
process aborts ("Fatal Python error: none_dealloc"). pyproject.toml pins a clean Qt; this test
fails if the Qt in use leaks, whatever the pin says. It runs in a subprocess so that a leaking Qt
aborts that process, not the test run.
"""

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject, Signal

class Emitter(QObject):
    fired = Signal(bool)

emitter = Emitter()
emitter.fired.connect(lambda value: None)
none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(2000):
    emitter.setObjectName("probe")   # a void method: returns None
    emitter.fired.emit(True)
print(sys.getrefcount(None) - none_before, sys.getrefcount(True) - true_before)
"""


def test_qt_bindings_do_not_leak_references_to_none_or_true():
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, f"the probe died: {result.stderr[-500:]}"
    none_delta, true_delta = (int(x) for x in result.stdout.split())
    # A leaking binding loses ~2000 of each; a clean one stays within noise (or is immortal).
    assert none_delta > -100, f"PySide6 loses references to None ({none_delta} after 2000 calls)"
    assert true_delta > -100, f"PySide6 loses references to True ({true_delta} after 2000 emits)"
