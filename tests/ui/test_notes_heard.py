"""The notes shown about a document just opened (repairs, nesting flattened, a script no font
can show) are heard by a screen reader once, without the focus leaving the text
(reader.ui.shell.screen_reader.NotesUntilHeard). Orca hears a focused text's description when
it presents the text, and a change of it while the text is its focus: these tests record what
the text view is given; tests/accessibility/test_orca_notes.py checks what the real Orca says."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from reader import messages
from reader.app import build_main_window
from reader.ui.shell.screen_reader import NotesUntilHeard, tell_screen_reader


def _nested(tmp_path, name: str = "nested.md"):
    """A list nested deeper than the reader shows: opening it gives a note."""
    path = tmp_path / name
    path.write_text("".join("  " * level + "- point\n" for level in range(30)) + "\nEnd.\n",
                    encoding="utf-8")
    return path


def _spoken(window) -> str:
    shown = window.banner.text()
    assert "nested more than" in shown  # the note is shown in the message area, as before
    return messages.message_spoken(messages.message_kind_note(), shown)


def test_notes_of_the_first_document_wait_for_orca_to_present_the_text(settings, qtbot,
                                                                     tmp_path, told):
    window = build_main_window(settings)
    qtbot.addWidget(window)
    assert window.open_path(_nested(tmp_path), in_background=False) == ""  # before it shows
    spoken = _spoken(window)
    assert window.text.accessibleDescription() == spoken  # Orca reads it after the line
    window.show()
    window.text.setFocus()
    qtbot.waitUntil(window.text.hasFocus)
    assert window.text.accessibleDescription() == spoken  # still there as the window activates
    assert not window.banner.isAncestorOf(QApplication.focusWidget())  # the focus stays put
    qtbot.keyClick(window.text, Qt.Key.Key_Down)  # heard: the reader is reading
    assert window.text.accessibleDescription() == ""
    assert told == [spoken, ""]
    assert window.banner.isVisible() and "nested more than" in window.banner.text()


def test_notes_are_said_at_once_when_the_text_has_the_focus(focused, told, tmp_path):
    assert focused.open_path(_nested(tmp_path), in_background=False) == ""  # as Open Recent
    assert told == [_spoken(focused), ""]  # a notice: said, and nothing left to say again
    assert focused.text.hasFocus()


def test_notes_are_not_said_again_when_the_focus_comes_back(settings, qtbot, tmp_path, told):
    window = build_main_window(settings)
    qtbot.addWidget(window)
    window.open_path(_nested(tmp_path), in_background=False)
    window.show()
    window.text.setFocus()
    qtbot.waitUntil(window.text.hasFocus)
    window.focus_outline()  # F6 and the like: Orca presented the text before
    qtbot.waitUntil(window.outline.hasFocus)
    assert window.text.accessibleDescription() == ""
    window.focus_text()
    qtbot.waitUntil(window.text.hasFocus)
    assert told == [_spoken(window), ""]


def test_the_window_losing_the_focus_keeps_the_notes_for_orca(settings, qtbot, tmp_path):
    """At start-up the window is activated, deactivated and activated again before Orca has
    presented it (seen in Orca's log): that is not the reader leaving the text."""
    window = build_main_window(settings)
    qtbot.addWidget(window)
    window.open_path(_nested(tmp_path), in_background=False)
    QApplication.sendEvent(window.text, QFocusEvent(QEvent.Type.FocusOut,
                                                    Qt.FocusReason.ActiveWindowFocusReason))
    assert window.text.accessibleDescription() == _spoken(window)


def test_closing_the_message_drops_its_notes(settings, qtbot, tmp_path):
    window = build_main_window(settings)
    qtbot.addWidget(window)
    window.open_path(_nested(tmp_path), in_background=False)
    window.banner.dismiss()
    assert window.text.accessibleDescription() == ""


def test_a_document_without_notes_drops_the_last_ones(settings, qtbot, tmp_path):
    window = build_main_window(settings)
    qtbot.addWidget(window)
    window.open_path(_nested(tmp_path), in_background=False)
    plain = tmp_path / "plain.txt"
    plain.write_text("A short text.\n\nNothing to repair.\n", encoding="utf-8")
    window.open_path(plain, in_background=False)
    assert window.text.accessibleDescription() == ""


def test_a_notice_told_just_before_is_said_with_the_notes(qtbot):
    """Orca cuts a message short with the next: "Reopened where you left off…" and an open's
    notes, told in one turn, are told together."""
    QApplication.processEvents()  # a notice told by an earlier test is of an earlier turn
    field = QLineEdit()
    qtbot.addWidget(field)
    heard: list[str] = []
    field.show()
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    notes = NotesUntilHeard(field)
    field.setAccessibleDescription = heard.append  # what the screen reader would be given
    tell_screen_reader(field, "Reopened where you left off: Question 2")
    notes.tell("Note: 2 paragraphs were joined.")
    assert heard == ["Reopened where you left off: Question 2", "",
                     "Reopened where you left off: Question 2\nNote: 2 paragraphs were joined.",
                     ""]
