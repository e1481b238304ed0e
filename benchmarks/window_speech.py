"""How long a screen-reader user who started Orca before the reader waits to hear its window:
from the window appearing on screen to the real Orca's first words naming it
(``window_named_s``), and to its words for the text, the control with the focus
(``text_named_s``). Medians of three starts, each the app started anew on one private headless
desktop where Orca already runs, as users have it (benchmarks.dialog_speech starts Orca after
the app, for the dialogs).

Whatever the app sends a screen reader while it starts (a dialog built once speech has
loaded, some 100 events) is queued by Orca with the window's own events: it named the window
seconds late. Needs what benchmarks.dialog_speech needs; without it ``measure`` gives nothing.

Run alone: .venv/bin/python -m benchmarks.window_speech
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3
TARGET = "<= 1.0"


def measure() -> list[tuple[str, float, str]]:
    from benchmarks.dialog_speech import missing

    why_not = missing()
    if why_not:
        print(f"window_speech: skipped, {why_not}", file=sys.stderr, flush=True)
        return []
    from reader import messages
    from reader.window_documents import default_document_path
    from tests.accessibility.desktop import DesktopSession, wait_for
    from tests.accessibility.orca import Orca

    print(f"window_speech: load average {os.getloadavg()[0]:.2f}", file=sys.stderr, flush=True)
    title = messages.app_display_name()
    names: list[float] = []
    texts: list[float] = []
    desktop = DesktopSession().start()
    try:
        orca = Orca(desktop)
        try:
            if not orca.wait_to_log("About to launch Orca", 60):
                print("window_speech: Orca did not start", file=sys.stderr, flush=True)
                return []
            time.sleep(2)  # Orca's own start-up settles
            for run in range(RUNS):
                orca.mark()
                app = desktop.spawn([sys.executable, "-m", "reader",
                                     str(default_document_path())], f"app{run}.log", cwd=ROOT)
                try:
                    wait_for(lambda: desktop.run(["xdotool", "search", "--onlyvisible",
                                                  "--name", title]).stdout.strip(), 30, 0.02)
                    shown = time.monotonic()
                    named = wait_for(lambda: any(title in u for u in orca.utterances()), 30,
                                     0.02)
                    name_s = time.monotonic() - shown
                    text = wait_for(lambda: any(u.startswith("Document text")
                                                for u in orca.utterances()), 30, 0.02)
                    text_s = time.monotonic() - shown
                    print(f"  start {run + 1}: window named "
                          f"{f'{name_s:.2f} s' if named else 'never'}, text "
                          f"{f'{text_s:.2f} s' if text else 'never'}", file=sys.stderr,
                          flush=True)
                    if named:
                        names.append(name_s)
                    if text:
                        texts.append(text_s)
                    time.sleep(4)  # the rest of its start-up, as a user listens
                finally:
                    app.terminate()
                    app.wait(timeout=20)
                time.sleep(2)
        finally:
            orca.stop()
    finally:
        desktop.stop()
    print(f"window_speech: load average {os.getloadavg()[0]:.2f}", file=sys.stderr, flush=True)
    results = [("window_named_said", len(names) / RUNS, "1")]
    if names:
        results.append(("window_named_s", statistics.median(names), TARGET))
    if texts:
        results.append(("text_named_s", statistics.median(texts), TARGET))
    return results


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for name, value, target in measure():
        print(f"{name}: {value:.2f} (target {target})", flush=True)
