"""Resident memory ten seconds after the first paint of the seed interview: the reader against
the Qt floor window (benchmarks/startup.py), both in fresh processes, side by side.

The reader is measured on a first open (an empty cache: the document is parsed and its
language detected, the heaviest case) and on a re-open. Its memory is then broken down by
what the pages belong to (/proc/PID/smaps): Python's objects, Qt's libraries, speech
(espeak-ng, PulseAudio, Qt Multimedia), fonts, numpy, the rest; each against the floor's.
Run alone with ``.venv/bin/python -m benchmarks.memory``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from .startup import program_env, programs

SETTLE_S = 10.0  # after the first paint: speech loaded, language detected, caches filled

_GROUPS = (  # the first whose marker is in the mapping's path names it
    ("speech", ("espeak", "pulse", "Multimedia", "libav", "libsw", "sndfile", "asound")),
    ("numpy", ("numpy", "openblas", "gfortran")),
    ("fonts", (".ttf", ".otf", ".ttc", ".pcf", "fontconfig")),
    ("qt", ("Qt6", "Qt", "pyside", "shiboken", "libicu")),
    ("python_libs", ("python3", "cpython", "site-packages")),
)


def _group(mapping: str) -> str:
    if mapping in ("", "[heap]") or mapping.startswith("[anon"):
        return "python_objects"  # the interpreter's and the libraries' heaps
    for group, markers in _GROUPS:
        if any(marker in mapping for marker in markers):
            return group
    return "other"


def _resident_mb(pid: int) -> defaultdict[str, float]:
    groups: defaultdict[str, float] = defaultdict(float)  # MB per group; a group not seen is 0
    mapping = ""
    with open(f"/proc/{pid}/smaps", encoding="utf-8", errors="replace") as smaps:
        for line in smaps:
            fields = line.split()
            if not fields:
                continue
            if "-" in fields[0] and len(fields) >= 5 and ":" in fields[3]:  # a mapping's header
                mapping = fields[5] if len(fields) > 5 else ""
            elif fields[0] == "Rss:":
                groups[_group(mapping)] += int(fields[1]) / 1024
    return groups


def _settled_memory(command: list[str], env: dict[str, str]) -> defaultdict[str, float]:
    """Start ``command``, wait for its first paint and ``SETTLE_S`` more, measure, stop it."""
    process = subprocess.Popen(command, env=dict(env, READER_FIRST_PAINT_PROBE="stay"),
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("first-paint "):
                break
        time.sleep(SETTLE_S)
        return _resident_mb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)


def measure() -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory(prefix="reader-memory-") as home:
        env = program_env(home)
        commands = programs()
        # The floor's script quits at its first paint; here it must stay to be measured.
        floor_command = [*commands["floor"][:2],
                         commands["floor"][2].replace("QTimer.singleShot(0, app.quit)", "pass"),
                         *commands["floor"][3:]]
        floor = _settled_memory(floor_command, env)
        first_open = _settled_memory(commands["first_open"], env)  # fills the cache
        reopen = _settled_memory(commands["reopen"], env)
    total_floor, total_first = sum(floor.values()), sum(first_open.values())
    results = [
        ("memory_vs_qt_floor", total_first / total_floor,
         f"≤ 1.6; {total_first:.0f} MB against {total_floor:.0f} MB, {SETTLE_S:.0f} s after "
         "a first open of the seed"),
        ("memory_reopen_vs_qt_floor", sum(reopen.values()) / total_floor,
         f"for information; {sum(reopen.values()):.0f} MB"),
    ]
    for group in ("python_objects", "qt", "python_libs", "speech", "fonts", "numpy", "other"):
        results.append((f"memory_{group}_mb", first_open[group],
                        f"for information; Qt floor {floor[group]:.1f} MB"))
    return results


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for measure_name, value, target in measure():
        print(f"{measure_name}: {value:.2f} (target {target})", flush=True)
