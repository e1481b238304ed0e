"""What a screen reader is told when the app moves the caret itself (N, Ctrl+PgDown…).

Orca speaks a change of the focused widget's accessible description (reader.ui.shell.screen_reader);
these tests record the descriptions the text view is given. tests/accessibility/test_orca.py
checks that Orca really speaks them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_next_question_is_told_with_its_position_then_the_description_is_cleared(focused, told,
                                                                                 qtbot):
    qtbot.keyClick(focused.text, Qt.Key.Key_N)
    assert told == ["Question 1 of 3: Qu'est-ce qu'une question ?", ""]
    assert focused.text.accessibleDescription() == ""  # nothing stale when focus comes back
    told.clear()
    qtbot.keyClick(focused.text, Qt.Key.Key_N)
    qtbot.keyClick(focused.text, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert told == ["Question 2 of 3: Pourquoi lire ?", "",
                    "Question 1 of 3: Qu'est-ce qu'une question ?", ""]


def test_a_section_without_a_heading_is_told_with_its_first_sentence(focused, told, qtbot):
    qtbot.keyClick(focused.text, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert told[0].startswith("Introduction: Le premier paragraphe d'introduction")
    assert told[1:] == [""]


def test_no_next_question_is_told_too(focused, told, qtbot):
    for _ in range(4):
        qtbot.keyClick(focused.text, Qt.Key.Key_N)
    assert told[-2:] == ["No next question: this is the last one.", ""]


def test_nothing_is_told_while_reading_aloud(focused, told, qtbot):
    # The app's own voice announces the question.
    focused.context.set_reading_position_source(lambda: 0)
    qtbot.keyClick(focused.text, Qt.Key.Key_N)
    assert told == []
    assert focused.text.caret_offset() == focused.document.questions[0].start


def test_a_focus_change_while_the_watch_is_destroyed_reaches_nobody(qtbot):
    """Qt says the focus window changed while a window is destroyed, after its widgets: the
    appearance then restyled a window whose message area was gone (a RuntimeError in CI)."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication
    from shiboken6 import Shiboken

    from reader.ui.shell.screen_reader import ScreenReaderWatch

    asked: list[str] = []
    kept, destroyed = QObject(), QObject()
    ScreenReaderWatch(kept, lambda: asked.append("kept"))
    ScreenReaderWatch(destroyed, lambda: asked.append("destroyed"))
    QApplication.instance().focusWindowChanged.emit(None)
    Shiboken.delete(destroyed)
    qtbot.waitUntil(lambda: "kept" in asked)
    assert asked == ["kept"]
