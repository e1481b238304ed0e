"""Dialogs built ahead for a screen reader (reader.ui.shell.kept_dialogs): a part at a time while
the reader presses no key, keys reaching the window meanwhile, and each dialog, when first
opened, showing what is in force then, its first control focused."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

import reader.app
from reader.ui.appearance.language_choice import LanguageChoice
from reader.ui.shell import kept_dialogs
from reader.ui.shell.kept_dialogs import BuildAhead
from reader.ui.shell.quiet_choices import SEPARATOR, set_choices

WAIT_MS = 20_000
BUILT_AHEAD = {"export_dialog", "preferences_dialog", "speech_settings"}


def _built() -> set[str]:
    return {w.objectName() for w in QApplication.topLevelWidgets()} & BUILT_AHEAD


@pytest.fixture
def ahead(qtbot, speaking_window, monkeypatch):
    """A shown window with the interview and speech, a screen reader listening: the dialogs
    are built ahead, a part each 50 ms without a key."""
    monkeypatch.setattr(reader.app, "screen_reader_listening", lambda: True)
    monkeypatch.setattr(kept_dialogs, "BUILD_AHEAD_QUIET_MS", 50)
    for widget in QApplication.topLevelWidgets():  # dialogs kept by earlier tests' windows
        widget.setObjectName("")
    made = []

    def make():
        window = speaking_window()
        made.append(window)
        window.speech.load()  # once loaded, the dialogs are built ahead
        qtbot.waitUntil(lambda: window.speech.session is not None, timeout=WAIT_MS)
        return window

    yield make
    for window in made:
        window.close()  # ends the speech worker thread


def test_dialogs_are_built_one_at_a_time_in_order(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    built: list[str] = []

    def small() -> None:
        built.append("small")
        QTimer.singleShot(0, lambda: built.append("the event loop's turn"))

    parent.show()
    ahead = BuildAhead([small, lambda: built.append("large")], 10, parent)
    ahead.start()
    qtbot.keyClick(parent, Qt.Key.Key_N)  # nothing is built before the reader's first key
    qtbot.waitUntil(lambda: "large" in built)
    assert built == ["small", "the event loop's turn", "large"]
    assert ahead.pending() == 0


def test_a_dialog_built_in_parts_takes_a_quiet_moment_for_each(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    built: list[str] = []

    def in_parts():
        built.append("part 1")
        yield
        built.append("part 2")

    ahead = BuildAhead([in_parts, lambda: built.append("next dialog")], 300, parent)
    ahead.start()
    qtbot.keyClick(parent, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: built == ["part 1"], timeout=WAIT_MS)
    assert ahead.pending() == 2
    qtbot.keyClick(parent, Qt.Key.Key_N)  # the wait for part 2 starts again
    qtbot.waitUntil(lambda: "part 2" in built, timeout=WAIT_MS)
    assert built == ["part 1", "part 2"]  # the next dialog at the next quiet moment
    qtbot.waitUntil(lambda: ahead.pending() == 0, timeout=WAIT_MS)
    assert built == ["part 1", "part 2", "next dialog"]


def test_every_key_starts_the_wait_again(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    built: list[str] = []
    ahead = BuildAhead([lambda: built.append("dialog")], 1000, parent)
    ahead.start()
    typing_until = time.monotonic() + 1.5  # longer than the wait: only keys hold it off

    def typing() -> bool:
        qtbot.keyClick(parent, Qt.Key.Key_N)
        return time.monotonic() > typing_until

    qtbot.waitUntil(typing, timeout=WAIT_MS)
    assert built == []
    qtbot.waitUntil(lambda: built == ["dialog"], timeout=WAIT_MS)


def test_keys_reach_the_window_while_the_dialogs_are_built(ahead, qtbot):
    window = ahead()
    questions = window.document.questions
    qtbot.keyClick(window.text, Qt.Key.Key_N)
    assert window.text.caret_offset() == questions[0].start
    qtbot.keyClick(window.text, Qt.Key.Key_N)
    assert window.text.caret_offset() == questions[1].start
    assert QApplication.focusWidget() is window.text
    qtbot.waitUntil(lambda: _built() == BUILT_AHEAD, timeout=WAIT_MS)
    speech, = (w for w in QApplication.topLevelWidgets() if w.objectName() == "speech_settings")
    qtbot.keyClick(window.text, Qt.Key.Key_N)  # between two of its parts
    assert window.text.caret_offset() == questions[2].start
    qtbot.waitUntil(lambda: speech.voice.count() > 0, timeout=WAIT_MS)  # its last part
    qtbot.keyClick(window.text, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert window.text.caret_offset() == questions[1].start
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if w is not window)
    assert QApplication.focusWidget() is window.text
    assert QApplication.activeWindow() is window


def test_dialogs_built_ahead_open_with_the_values_in_force(ahead, qtbot):
    window = ahead()
    qtbot.keyClick(window.text, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: _built() == BUILT_AHEAD, timeout=WAIT_MS)

    size = window.appearance.appearance.font_size
    qtbot.keyClick(window.text, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    bigger = window.appearance.appearance.font_size
    assert bigger > size
    preferences = window.appearance.preferences.show()
    qtbot.waitExposed(preferences)
    assert preferences.font_size.value() == bigger
    assert preferences.focusWidget() is preferences.preset
    preferences.reject()

    export = window.export.ask()
    assert export is not None
    qtbot.waitExposed(export)
    assert export.last.count() == len(window.document.questions) + 1  # and the introduction
    assert window.document.title in export._intro.text()
    assert export.all_sections.isChecked()
    assert export.focusWidget() is export.folder
    export.reject()

    rate = window.speech.preferences.reading.rate_wpm
    window.speech.change_rate(10)
    speech = window.speech.show_settings()
    assert speech is not None
    qtbot.waitExposed(speech)
    assert speech.rate.value() == rate + 10
    assert speech.focusWidget() is speech.language
    speech.reject()



def test_a_list_filled_at_once_keeps_its_data_and_separator(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    set_choices(combo, [("System font", ""), SEPARATOR, ("Lexend", "Lexend")])
    assert combo.count() == 3 and combo.currentIndex() == 0
    assert combo.findData("Lexend") == 2
    assert not combo.model().item(1).isEnabled()  # a separator cannot be chosen
    set_choices(combo, [("Atkinson", "Atkinson")])
    assert [combo.itemText(i) for i in range(combo.count())] == ["Atkinson"]


def test_a_dialog_asked_for_while_it_is_built_in_parts_opens_whole(qtbot, speaking_window):
    window = speaking_window()
    window.speech.load()
    qtbot.waitUntil(lambda: window.speech.session is not None, timeout=WAIT_MS)
    parts = window.speech.build_settings_ahead()
    next(parts)  # its first part only, as ahead at a quiet moment; then Alt+S, T
    dialog = window.speech.show_settings()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    reading = window.speech.preferences.reading
    assert dialog.rate.value() == reading.rate_wpm
    assert dialog.paragraph_pause.value() == reading.paragraph_pause_ms
    assert dialog.voice.count() >= 1 and dialog.highlight.count() > 1
    assert dialog.focusWidget() is dialog.language
    assert list(parts) == []  # nothing left to build
    assert window.speech.show_settings() is dialog
    dialog.reject()
    window.close()


def test_preferences_asked_for_while_built_in_parts_opens_whole(qtbot, speaking_window):
    window = speaking_window()
    parts = window.appearance.preferences.build_ahead()
    next(parts)  # its first part only, as ahead at a quiet moment
    qtbot.keyClick(window.text, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    bigger = window.appearance.appearance.font_size
    dialog = window.appearance.preferences.show()  # then Ctrl+,
    qtbot.waitExposed(dialog)
    assert dialog.font_size.value() == bigger
    assert dialog.theme.count() > 1 and dialog.line_focus_lines.count() > 1
    assert dialog.focus_mode.isVisible() and dialog.buttons.isVisible()
    language, = dialog.findChildren(LanguageChoice)  # its last part
    assert language.isVisible()
    assert dialog.focusWidget() is dialog.preset
    assert list(parts) == []  # nothing left to build
    dialog.reject()
    assert window.appearance.preferences.show() is dialog
    dialog.reject()
    window.close()
