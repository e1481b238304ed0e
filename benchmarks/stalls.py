"""The longest the window stops answering during each interactive operation: ``*_stall_ms``.

A stall is the longest gap between two turns of the event loop, from the moment the operation
starts (as the user's key or menu choice would start it) until it is done and a moment more
(``SETTLE_S``: what it queued for later counts too). A zero-interval timer notes every turn of
the real event loop (modal dialogs' loops included), so background work that hands its
results back in slices is measured as the user feels it. Target ≤ 50 ms each. Run alone with
``.venv/bin/python -m benchmarks.stalls``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

from .corpus import interview_like
from .turns import Turns, measure_turns

SETTLE_S = 0.3
TIMEOUT_S = 120.0
TARGET = "≤ 50"
# What is left of the theme change and of opening Preferences (docs/performance.md, session 12).
THEME_NEXT_STEP = (
    "left: the palette and the page's links in one turn, the restyle of every widget in the "
    "next (a change of palette alone cannot do while the application has a style sheet: Qt's "
    "style sheet style keeps each widget's colours from when it polished it); next step: no "
    "application sheet, a proxy style drawing edges, focus rings and arrows from the palette")
PREFERENCES_NEXT_STEP = (
    "left: the first opening builds the dialog (kept afterwards: preferences_reopen), then "
    "its first paint, a turn each; next step: build it ahead in parts after the first paint "
    "for every reader (done today when a screen reader listens)")


def longest_stall_ms(operation: Callable[[], object],
                     done: Callable[[], bool] = lambda: True) -> float:
    """Run ``operation`` from the event loop; the longest gap between two turns of the loop
    until ``done()`` and ``SETTLE_S`` more."""
    return measure_turns(operation, done).longest.wall_ms


def _window(folder: Path):
    from PySide6.QtCore import QSettings

    from reader.app import build_main_window
    from reader.document.cache import DocumentCache
    from reader.window_documents import open_without_language, through_cache

    from .speech import _sink_factory

    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    # As the app loads: through the cache of parsed documents (reopen_10mb reads it back).
    load = through_cache(open_without_language, DocumentCache(folder / "cache"))
    window = build_main_window(settings, load=load, open_sink=_sink_factory()[0])
    window.resize(1100, 760)
    window.show()
    window.appearance.preferences.prepare()  # as the app does after its first paint
    return window


def _opened(window, path: Path) -> Callable[[], bool]:
    return lambda: window.document is not None and window.document.path == str(path)


def measure(*, appearance_only: bool = False) -> list[tuple[str, float, str]]:
    """Every operation; ``appearance_only``: up to the theme and Preferences (``--appearance``
    on the command line), a minute rather than several."""
    from .collections_watch import CollectionsWatch

    with CollectionsWatch() as watch:
        results = _measure(appearance_only)
    full = watch.full()
    return [*results, ("full_collection_ms", max((c.ms for c in full), default=0.0),
                       f"{TARGET}; the longest cycle collection of the whole run, which holds "
                       f"Python's lock (the window waits, whatever thread runs it): "
                       f"{watch.summary()}")]


def _measure(appearance_only: bool) -> list[tuple[str, float, str]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reader.appearance.themes import THEME_IDS

    app = QApplication.instance() or QApplication([])
    results: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory(prefix="reader-stalls-") as name:
        folder = Path(name)
        one_mb, ten_mb = folder / "one.txt", folder / "ten.txt"
        one_mb.write_text(interview_like(1024 * 1024), encoding="utf-8")
        if not appearance_only:
            ten_mb.write_text(interview_like(10 * 1024 * 1024, seed=11), encoding="utf-8")
        window = _window(folder)
        appearance = window.appearance
        longest_stall_ms(lambda: window.open_path(one_mb), _opened(window, one_mb))

        def size(points: float) -> Callable[[], object]:
            return lambda: appearance.apply(replace(appearance.appearance, font_size=points),
                                            save=False)

        spacing_done = lambda: not window.typesetter.spacing.pending()  # noqa: E731 (a test)
        results.append(("text_size_1mb_stall_ms", max(
            longest_stall_ms(size(points), spacing_done) for points in (18.0, 24.0, 14.0)),
            f"{TARGET}; a 1 MB document"))
        if not appearance_only:
            results += _very_large_text(window, size, spacing_done)
        _wait_for_threads("preferences-ahead")  # as in the full run, done long before
        results += _appearance(window, THEME_IDS)
        if appearance_only:
            window.close()
            app.processEvents()
            return results
        results.append(("read_aloud_start_stall_ms", _read_aloud(window),
                        f"{TARGET}; Play, the engine loaded, the language known"))

        results += _opening_lines("open_10mb", measure_turns(
            lambda: window.open_path(ten_mb), _opened(window, ten_mb)), TARGET)
        text = window.text
        text.setFocus()
        at_end = lambda: text.textCursor().atEnd()  # noqa: E731 (a test)
        started = time.perf_counter()
        results.append(("jump_to_end_10mb_stall_ms", longest_stall_ms(
            lambda: QTest.keyClick(text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier),
            at_end), f"{TARGET}; Ctrl+End at once after opening, until the caret is there"))
        results.append(("jump_to_end_10mb_reached_ms",
                         (time.perf_counter() - started - SETTLE_S) * 1000,
                         "how long the reader waits (the end is laid out in slices first)"))
        text.moveCursor(text.textCursor().MoveOperation.Start)
        results.append(("jump_to_end_10mb_again_stall_ms", longest_stall_ms(
            lambda: QTest.keyClick(text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier),
            at_end), f"{TARGET}; Ctrl+End once the document is laid out"))
        typing, again = _find(window, "enquête")
        results.append(("find_10mb_stall_ms", typing,
                        f"{TARGET}; typing a word, each key searches, until it is found"))
        results.append(("find_again_10mb_stall_ms", again, f"{TARGET}; F3 and Shift+F3"))
        results += _opening_lines("reopen_10mb", _reopen(window, ten_mb, one_mb),
                                  f"{TARGET}; from the cache, the caret put back in the middle")
        results += _opening_lines("open_pdf_300_pages", _open_pdf(window, folder), TARGET)
        window.close()
    app.processEvents()
    return results


def _very_large_text(window, size: Callable[[float], Callable[[], object]],
                     done: Callable[[], bool]) -> list[tuple[str, float, str]]:
    """96 pt, where many words are wider than a line and get soft hyphens (in the document's
    language, found in the background: waited for first, and what follows it settled, as
    when a reader changes the size some seconds after opening), then back; at the start of
    the document, then with the place in its middle. Past 24 pt the page is cut anew (in the
    background since session 11): done when the page shown is at the size asked."""
    from reader.ui.text.syllables_ahead import THREAD_NAME

    longest_stall_ms(window.ensure_language)
    _wait_for_threads(THREAD_NAME)  # the syllables, loaded ahead once the language is known

    def at(points: float) -> Callable[[], bool]:
        return lambda: (done() and not window.typesetter.fitting_words()
                        and window.text.document().defaultFont().pointSizeF() == points)

    def lines(name: str, points: float, what: str) -> list[tuple[str, float, str]]:
        turns = measure_turns(size(points), at(points))
        return [(f"{name}_stall_ms", turns.longest.wall_ms,
                 f"{TARGET}; {what}; that turn: {turns.longest.split()}"),
                (f"{name}_gui_cpu_ms", turns.busiest_cpu_ms,
                 f"{TARGET}; the window thread's own CPU in its busiest turn")]

    results = [*lines("text_size_96pt_1mb", 96.0,
                      "a 1 MB document, its words wider than a line hyphenated"),
               *lines("text_size_back_from_96pt_1mb", 14.0, "the hyphens taken out again")]
    text = window.text
    middle = len(window.document.text) // 2
    longest_stall_ms(lambda: window.jump_to(middle), lambda: text.caret_offset() == middle)
    results += [*lines("text_size_96pt_1mb_middle", 96.0,
                       "the same with the place in the middle of the document"),
                *lines("text_size_back_from_96pt_1mb_middle", 14.0,
                       "the same back: Qt lays out all the text before the place first")]
    longest_stall_ms(lambda: window.jump_to(0), lambda: text.caret_offset() == 0)
    return results


def _appearance(window, theme_ids: tuple[str, ...]) -> list[tuple[str, float, str]]:
    """The theme changed from the View menu (no dialog built), Preferences opened the first
    time and again (kept), and the theme chosen in its list, its live preview."""
    appearance = window.appearance

    def theme(theme_id: str) -> Callable[[], object]:
        return lambda: appearance.apply(replace(appearance.appearance, theme=theme_id,
                                                custom_colours=False), save=False)

    def opening(dialogs: list) -> Turns:
        turns = measure_turns(lambda: dialogs.append(appearance.preferences.show()),
                              lambda: bool(dialogs) and dialogs[-1].isVisible())
        dialogs[-1].reject()
        return turns

    # Two themes, then the system's (no sheet): the three kinds of change.
    changes = [measure_turns(theme(theme_id)) for theme_id in (*theme_ids[1:3], theme_ids[0])]
    first, again = opening([]), opening([])
    dialog = appearance.preferences.show()
    choices = [*range(1, min(3, len(theme_ids))), 0]  # as above: two themes, the system's
    previews = [measure_turns(partial(dialog.theme.setCurrentIndex, index)) for index in choices]
    dialog.reject()
    return [*_worst_lines("theme_change_1mb", changes, f"{TARGET}; a 1 MB document; "
                          f"{THEME_NEXT_STEP}"),
            *_opening_lines("preferences_open", first, f"{TARGET}; {PREFERENCES_NEXT_STEP}"),
            *_opening_lines("preferences_reopen", again,
                            f"{TARGET}; the dialog kept, built, from its first opening"),
            *_worst_lines("theme_change_in_preferences_1mb", previews,
                          f"{TARGET}; chosen in Preferences, its live preview (the usual way); "
                          "each restyle of the dialog's 60 widgets is a turn of its own")]


def _wait_for_threads(name: str) -> None:
    """Until no thread called ``name`` runs: one that holds Python's lock would be measured
    as the window's stall."""
    import threading

    for thread in threading.enumerate():
        if thread.name == name:
            thread.join()


def _worst_lines(name: str, runs: list[Turns], target: str) -> list[tuple[str, float, str]]:
    """The longest stall of several runs of an operation, with its busiest turn's CPU."""
    worst = max(runs, key=lambda turns: turns.longest.wall_ms)
    return _opening_lines(name, Turns(worst.longest,
                                      max(turns.busiest_cpu_ms for turns in runs)), target)


def _read_aloud(window) -> float:
    speech = window.speech
    speech.load()
    speech.wait_until_loaded()
    window.ensure_language()
    window.text.setFocus()
    stall = longest_stall_ms(speech.play_pause, lambda: speech.reading)
    speech.stop()
    return stall


def _find(window, word: str) -> tuple[float, float]:
    """Typing ``word`` in the find bar (each key timed until its search is answered), then
    F3 and Shift+F3 from the match found."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    find = window.keyboard.find
    longest_stall_ms(find.open, lambda: find.bar.isVisible())
    field = find.bar.field
    answered = lambda: not find.searching()  # noqa: E731 (a test)

    def type_in(char: str) -> None:  # QTest.keyClick types "ê" as "Ã"
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key(ord(char.upper())),
                                                    Qt.KeyboardModifier.NoModifier, char))

    typing = max(longest_stall_ms(partial(type_in, char), answered) for char in word)
    shift = Qt.KeyboardModifier.ShiftModifier
    again = max(longest_stall_ms(partial(QTest.keyClick, field, Qt.Key.Key_F3, modifier), answered)
        for modifier in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.NoModifier, shift))
    return typing, again


def _opening_lines(name: str, turns: Turns, target: str) -> list[tuple[str, float, str]]:
    """The stall, what its turn was made of, and the busiest turn's CPU (benchmarks.turns)."""
    return [(f"{name}_stall_ms", turns.longest.wall_ms,
             f"{target}; that turn: {turns.longest.split()}"),
            (f"{name}_gui_cpu_ms", turns.busiest_cpu_ms,
             f"{TARGET}; the window thread's own CPU in its busiest turn, which the load "
             "barely changes")]


def _reopen(window, path: Path, other: Path) -> Turns:
    """Leave ``path`` (shown) in its middle for ``other``, then open it again. The find bar
    the line before left open is closed first: with it open, the new document is searched
    from its start when it is shown, and the first match can take the place of the place
    kept (a race: the caret then never reaches the middle)."""
    window.keyboard.find.close()
    text = window.text
    cursor = text.textCursor()
    cursor.setPosition(cursor.document().characterCount() // 2)
    text.setTextCursor(cursor)
    middle = text.caret_offset()
    longest_stall_ms(lambda: window.open_path(other), _opened(window, other))
    opened = _opened(window, path)
    return measure_turns(lambda: window.open_path(path),
                         lambda: opened() and text.caret_offset() == middle)


def _open_pdf(window, folder: Path) -> Turns:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from reader.document.pipeline import open_preview
    from tests.document.formats.makers import write_pdf

    from .formats import _html, _paragraphs

    pdf = write_pdf(folder / "book.pdf", _html(_paragraphs(interview_like(300 * 2_700))))
    # As the app opens it (no cache here): its first pages, then the whole in their place.
    window.opening.set_previewer(open_preview)
    try:
        return measure_turns(lambda: window.open_path(pdf), _opened(window, pdf))
    finally:
        window.opening.set_previewer(None)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    application = QApplication.instance() or QApplication(sys.argv[:1])
    only = "--appearance" in sys.argv[1:]
    if "--large" in sys.argv[1:]:  # the large documents' rows alone (benchmarks.stalls_large)
        from benchmarks.stalls_large import measure as measure_large

        rows = measure_large(profile="--profile" in sys.argv[1:])
    else:
        rows = measure(appearance_only=only)
    for measure_name, value, target in rows:
        print(f"{measure_name}: {value:.0f} (target {target})", flush=True)
