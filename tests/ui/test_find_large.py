"""Find in a large document works off the window's thread: the window keeps answering (a timer
keeps firing) while the worker searches, and the answer is the one a small document gets."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from reader import messages
from reader.document.search import FoldedText
from reader.ui.places import background_search, find_controller


def _open_find(window, qtbot):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text)
    qtbot.keyClick(window.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.keyboard.find.bar
    qtbot.waitUntil(lambda: bar.field.hasFocus())
    return bar


def test_a_large_document_is_searched_while_the_window_keeps_answering(
        window, qtbot, monkeypatch):
    monkeypatch.setattr(find_controller, "LARGE_CHARS", 10)  # the interview counts as large
    working = threading.Event()  # the worker folds the text only once the test has looked

    class SlowFold:
        @staticmethod
        def of(text):
            working.wait(10)
            return FoldedText.of(text)

    monkeypatch.setattr(background_search, "FoldedText", SlowFold)
    finder = window.keyboard.find
    bar = _open_find(window, qtbot)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(finder.searching()))
    timer.start(0)
    qtbot.keyClicks(bar.field, "question")
    assert finder.searching()  # typing returned before the answer
    assert bar.count_label.text() == messages.find_searching()
    qtbot.waitUntil(lambda: len(ticks) >= 3)  # the window answers while the worker works
    assert all(ticks)
    working.set()
    qtbot.waitUntil(lambda: not finder.searching())
    timer.stop()
    expected = FoldedText.of(window.document.text).find_all("question")
    assert finder.matches == expected
    assert bar.count_label.text() == messages.find_count(1, len(expected))
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: finder.current == 1 % len(expected))
    assert window.text.caret_offset() == expected[finder.current][0]


def test_a_missing_word_in_a_large_document_says_no_match(window, qtbot, monkeypatch):
    monkeypatch.setattr(find_controller, "LARGE_CHARS", 10)
    finder = window.keyboard.find
    bar = _open_find(window, qtbot)
    qtbot.keyClicks(bar.field, "zqxw")
    qtbot.waitUntil(lambda: not finder.searching())
    assert finder.matches == []
    assert bar.count_label.text() == messages.find_none()


def test_only_matches_near_the_current_one_are_highlighted(window, qtbot, monkeypatch):
    monkeypatch.setattr(find_controller, "HIGHLIGHT_LIMIT", 4)
    bar = _open_find(window, qtbot)
    qtbot.keyClicks(bar.field, "e")
    assert len(window.keyboard.find.matches) > 5
    assert len(window.text.highlights.ranges("find")) == 4 + 1  # and the current one again
