"""Run every benchmark and print one line per measure: ``NAME: VALUE (target TARGET)``.

Each value is a ratio measured side by side in the same run, or has its unit in its name.
Benchmarks are not tests: they print, they do not assert. Run: .venv/bin/python -m benchmarks.run
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from benchmarks import export, formats, memory, pipeline, speech, stalls, startup, typography

    # One application for all of them: a benchmark that made a QCoreApplication first would
    # leave the widget benchmarks none (Qt aborts on a widget without a QApplication).
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (kept alive)

    # Real Orca: they measure nothing where Orca is missing.
    from benchmarks import dialog_speech, window_speech

    for module in (pipeline, startup, memory, stalls, speech, typography, formats, export,
                   dialog_speech, window_speech):
        for name, value, target in module.measure():
            print(f"{name}: {value:.2f} (target {target})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
