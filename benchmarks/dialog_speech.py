"""How long a screen-reader user waits for each dialog to be spoken: from its key to the first
words of the real Orca screen reader that name it.

Every dialog and window the reader opens from a key is opened three times in one session
(the app on a private headless desktop with its accessibility bus, Orca logging what it would
say), and ``<dialog>_dialog_spoken_s`` is the median time, in seconds, from the key to Orca's
first utterance holding the dialog's title (target 0.5 s: a user who presses Tab sooner
would miss the first control). A dialog reached through a menu is timed from the key that
chooses the menu item. Each opening starts from the text, with Orca silent, and ends with
Esc. The first opening of each is printed with the three runs: it is the one a user meets
first, and the one a dialog built on demand makes slow.

With a screen reader listening, the app builds its larger dialogs and File > Open ahead, a
part at a time, each after a few seconds without a key (reader.ui.shell.kept_dialogs), and
unheard until shown (reader.ui.shell.unheard). ``n_during_builds_said``
is the share of N presses Orca said (target 1: none lost) when N is pressed, at start-up, just
as each of those parts begins, and ``n_during_builds_s`` the median time from N to the question's
words. The dialogs are then timed after the builds are over, as a reader who has listened a
few seconds meets them.

The machine's load changes these times more than anything (Orca works through every event
the app sends); the load average is printed with them, and ``<dialog>_dialog_spoken_vs_about``
gives each median against the About box's in the same run (a small message box built when
asked: the floor the load sets). Needs Orca and what the AT-SPI tests
need (tests/accessibility); without them ``measure`` says what is missing and gives nothing.

Run alone: .venv/bin/python -m benchmarks.dialog_speech [NAME…] (names: n_during_builds and
those of ``dialogs``)
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3
N_PRESSES = 5
BUILD_AHEAD_PARTS = 14  # at least as many as the parts of the dialogs built ahead
TARGET = "<= 0.5"


@dataclass(frozen=True)
class DialogKey:
    name: str  # the measure is <name>_dialog_spoken_s
    title: Callable[[], str]  # a reader.messages function: Orca's words must hold it
    key: str  # xdotool's name of the key timed
    menu: str = ""  # opens the menu first when the dialog has no key of its own


def dialogs(questions: int) -> tuple[DialogKey, ...]:
    """Every dialog and window opened from a key, in a document of ``questions`` questions
    with the caret at its start."""
    from reader import messages

    # The presenter is a window on the slides: the first thing said is the slide, not a title.
    first_slide = messages.presenter_position(True, 1, questions)

    return (
        DialogKey("preferences", messages.preferences_title, "ctrl+comma"),
        DialogKey("speech_settings", messages.speech_settings_title, "t", menu="alt+s"),
        DialogKey("go_to_question", messages.go_to_title, "ctrl+g"),
        DialogKey("bookmarks", messages.bookmarks_title, "ctrl+shift+b"),
        DialogKey("keyboard_shortcuts", messages.shortcuts_title, "F1"),
        DialogKey("export_audio", messages.export_dialog_title, "ctrl+shift+e"),
        DialogKey("about", messages.about_title, "a", menu="alt+h"),
        DialogKey("open_file", messages.open_dialog_title, "ctrl+o"),
        DialogKey("presenter", lambda: first_slide, "F5"),
    )


def _n_during_builds(orca, document) -> list[float | None]:  # noqa: ANN001
    """N from the document's start, each press just after a dialog has begun to be built
    ahead (the wait for a quiet moment, and a little more); then back to the start."""
    from reader import messages
    from reader.ui.shell.kept_dialogs import BUILD_AHEAD_QUIET_MS
    from tests.accessibility.desktop import wait_for

    times: list[float | None] = []
    questions = document.questions
    for number in range(1, min(N_PRESSES, len(questions)) + 1):
        time.sleep(BUILD_AHEAD_QUIET_MS / 1000 + 0.3)
        expected = messages.question_position(number, len(questions))  # "Question 2 of 7"
        orca.mark()
        start = time.monotonic()
        orca.desktop.key("n")
        said = wait_for(partial(_has_said, orca, expected), 8, 0.01)
        times.append(time.monotonic() - start if said else None)
        heard = f"{times[-1]:.2f} s" if said else f"not said; Orca said {orca.utterances()[:3]}"
        print(f"  n_during_builds: question {number}: {heard}", file=sys.stderr, flush=True)
    orca.desktop.key("ctrl+Home")
    return times


def missing() -> str:
    """Why the benchmark cannot run here, or ""."""
    from tests.accessibility.desktop import missing_tools
    from tests.accessibility.orca import orca_installed, other_orca_running

    needed = missing_tools() + ([] if orca_installed() else ["orca"])
    if needed:
        return f"needs: {' '.join(needed)}"
    if other_orca_running():
        return "another Orca runs for this user (one per user)"
    return ""


def _has_said(orca, words: str) -> bool:  # noqa: ANN001
    return any(words in utterance for utterance in orca.utterances())


def _wait_quiet(orca, quiet: float = 0.6, timeout: float = 15) -> None:  # noqa: ANN001
    """Until Orca's log has not grown for ``quiet`` s: it has worked through every event."""
    from tests.accessibility.desktop import wait_for

    seen = [len(orca.text()), time.monotonic()]

    def settled() -> bool:
        size = len(orca.text())
        if size != seen[0]:
            seen[:] = [size, time.monotonic()]
        return time.monotonic() - seen[1] >= quiet

    wait_for(settled, timeout, 0.05)


def _open_menu(orca, key: str) -> bool:  # noqa: ANN001
    """Open a menu and wait until Orca has said its first item. On this headless desktop a
    menu opened just after another window closed is sometimes closed again at once by the
    main window's activation: then Esc and try again."""
    from tests.accessibility.desktop import wait_for

    for _attempt in range(3):
        orca.mark()
        orca.desktop.key(key)
        # A key's echo ends with a space ("left alt "); a menu item's name does not.
        if wait_for(lambda: any(not u.endswith(" ") for u in orca.utterances()), 3, 0.05):
            _wait_quiet(orca)
            return True
        orca.desktop.key("Escape")
        _wait_quiet(orca)
    return False


def _time_to_speak(orca, dialog: DialogKey) -> float | None:  # noqa: ANN001
    from tests.accessibility.desktop import wait_for

    title = dialog.title().replace("&", "").lower()
    if dialog.menu and not _open_menu(orca, dialog.menu):
        return None
    orca.mark()
    start = time.monotonic()
    orca.desktop.key(dialog.key)
    spoken = wait_for(lambda: any(title in u.lower() for u in orca.utterances()), 20, 0.01)
    elapsed = time.monotonic() - start
    said = [u[:60] for u in orca.utterances()[:4]]
    print(f"  {dialog.name}: {elapsed:.2f} s, Orca said {said}", file=sys.stderr, flush=True)
    _wait_quiet(orca)
    orca.mark()
    orca.desktop.key("Escape")
    wait_for(lambda: any(u.startswith("Document text") for u in orca.utterances()), 10, 0.05)
    _wait_quiet(orca)
    return elapsed if spoken else None


def measure(only: tuple[str, ...] = ()) -> list[tuple[str, float, str]]:
    """Every dialog, or those named in ``only``."""
    why_not = missing()
    if why_not:
        print(f"dialog_speech: skipped, {why_not}", file=sys.stderr, flush=True)
        return []
    from reader import messages
    from reader.app import APP_NAME
    from reader.document.pipeline import open_document
    from reader.ui.shell.kept_dialogs import BUILD_AHEAD_QUIET_MS
    from reader.window_documents import default_document_path
    from tests.accessibility.desktop import SYSTEM_PYTHON, DesktopSession, wait_for
    from tests.accessibility.orca import Orca
    from tests.accessibility.test_atspi_tree import WALKER

    results: list[tuple[str, float, str]] = []
    print(f"dialog_speech: load average {os.getloadavg()[0]:.2f}", file=sys.stderr, flush=True)
    document = open_document(str(default_document_path()))
    desktop = DesktopSession().start()
    try:
        app = desktop.spawn([sys.executable, "-m", "reader", document.path],
                            "app.log", cwd=ROOT)
        desktop.run([SYSTEM_PYTHON, WALKER, APP_NAME, "--timeout", "30", "--max-children", "0"],
                    timeout=90)
        wait_for(lambda: desktop.activate(messages.app_display_name()), 10)
        orca = Orca(desktop)
        try:
            orca.wait_to_say(lambda u: u.startswith("Document text"), 30)
            if not only or "n_during_builds" in only:
                presses = _n_during_builds(orca, document)
                heard = [t for t in presses if t is not None]
                results.append(("n_during_builds_said", len(heard) / len(presses), "1"))
                if heard:
                    results.append(("n_during_builds_s", statistics.median(heard), TARGET))
            # Start-up's work, then the parts of the dialogs built ahead, one each quiet moment.
            _wait_quiet(orca, quiet=4)
            time.sleep(BUILD_AHEAD_PARTS * BUILD_AHEAD_QUIET_MS / 1000)
            _wait_quiet(orca, quiet=2)
            for dialog in dialogs(len(document.questions)):
                if only and dialog.name not in only:
                    continue
                times = [_time_to_speak(orca, dialog) for _run in range(RUNS)]
                heard = [t for t in times if t is not None]
                if len(heard) < len(times):
                    print(f"  {dialog.name}: Orca never named it in {len(times) - len(heard)}"
                          f" of {len(times)} openings", file=sys.stderr, flush=True)
                if heard:
                    results.append((f"{dialog.name}_dialog_spoken_s",
                                    statistics.median(heard), TARGET))
                if times[0] is not None:
                    results.append((f"{dialog.name}_dialog_first_spoken_s", times[0], TARGET))
        finally:
            orca.stop()
            app.terminate()
    finally:
        desktop.stop()
    print(f"dialog_speech: load average {os.getloadavg()[0]:.2f}", file=sys.stderr, flush=True)
    return results + _against_the_about_box(results)


def _against_the_about_box(results: list[tuple[str, float, str]]) -> list[tuple[str, float, str]]:
    """Each median against the About box's, measured in the same run: a small message box
    built when asked, the floor the machine's load sets (0.35-0.45 s on an idle machine, so
    0.5 s is about 1.25 times it)."""
    medians = {name: value for name, value, _target in results
               if name.endswith("_dialog_spoken_s")}
    about = medians.pop("about_dialog_spoken_s", None)
    if not about:
        return []
    return [(name.replace("_spoken_s", "_spoken_vs_about"), value / about, "<= 1.25")
            for name, value in medians.items()]


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for name, value, target in measure(tuple(sys.argv[1:])):
        print(f"{name}: {value:.2f} (target {target})", flush=True)
