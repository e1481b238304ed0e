"""Every message the app gives is seen (in the status line, beside the place, for as long as a
slow reader needs), heard by a screen reader, and every way of arriving at a question tells the
same words. tests/accessibility/test_orca.py checks what the real Orca says."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from reader import messages
from reader.ui.places.go_to_dialog import GoToQuestionDialog
from reader.ui.shell.screen_reader import NoticeOnFocus, arrival_words
from reader.ui.shell.status_line import MINIMUM_SECONDS, display_seconds

CTRL = Qt.KeyboardModifier.ControlModifier


def _shown(window) -> str:
    label = window.status_line.message_label
    shown = label.text() if label.isVisible() and label.width() > 0 else ""
    return messages.without_isolates(shown)  # the document's words' isolates draw nothing


# --- Seen ------------------------------------------------------------------------------------


def test_no_next_question_is_shown_beside_the_place(focused, qtbot):
    for _ in range(4):  # three questions, then none
        qtbot.keyClick(focused.text, Qt.Key.Key_N)
    assert _shown(focused) == "No next question: this is the last one."
    place = focused.position_label
    assert place.isVisible() and place.text().startswith("Question 3 of 3")
    message = focused.status_line.message_label.geometry()
    assert not message.intersects(place.geometry())  # side by side, neither covers the other


def test_where_am_i_is_shown_and_stays_while_the_place_changes(focused, qtbot):
    qtbot.keyClick(focused.text, Qt.Key.Key_K, CTRL | Qt.KeyboardModifier.ShiftModifier)
    said = _shown(focused)
    assert said.startswith("Une interview de test. Front matter.")
    focused.text.go_to(focused.document.questions[1].start)  # the place label follows the caret
    assert focused.position_label.text().startswith("Question 2 of 3")
    assert _shown(focused) == said


def test_a_message_stays_for_as_long_as_a_slow_reader_needs():
    assert display_seconds("Paused") == MINIMUM_SECONDS
    long = " ".join(["word"] * 40)
    assert display_seconds(long) > 20  # forty words: not gone in six seconds


def test_a_message_goes_after_its_time_and_the_next_one_replaces_it(focused, qtbot):
    status = focused.status_line
    text = "Bookmark added: Question 1 of 3"
    focused.say(text)
    stays_ms = display_seconds(text) * 1000
    assert status.remaining_ms() > stays_ms - 1000  # its reading time (Qt's default: forever)
    status.showMessage("Stopped", 50)
    assert _shown(focused) == "Stopped"
    qtbot.waitUntil(lambda: _shown(focused) == "")
    assert status.currentMessage() == ""


def test_with_large_type_the_message_wraps_within_the_window(focused, qtbot):
    focused.resize(640, 700)
    focused.appearance.apply(replace(focused.appearance.appearance, font_size=56.0))
    focused.say("Une interview de test. Question 2 of 3: Pourquoi lire ? 40 % through the "
              "document.")
    QApplication.processEvents()
    label = focused.status_line.message_label
    qtbot.waitUntil(lambda: label.height() > label.fontMetrics().height() * 1.5)  # lines
    assert label.geometry().right() <= focused.status_line.width()
    assert label.font().pointSizeF() == focused.position_label.font().pointSizeF()


def test_turning_the_apps_voice_off_is_shown_too(focused):
    focused.named_actions["announce_messages"].trigger()  # Speech > Speak the app's messages
    assert _shown(focused) == "The app no longer speaks its messages"


# --- Heard -----------------------------------------------------------------------------------


def test_ctrl_g_tells_the_question_as_n_does(focused, told, qtbot):
    qtbot.keyClick(focused.text, Qt.Key.Key_G, CTRL)
    qtbot.waitUntil(lambda: focused.findChild(GoToQuestionDialog) is not None)
    dialog = focused.findChild(GoToQuestionDialog)
    qtbot.waitUntil(dialog.field.hasFocus)
    qtbot.keyClicks(dialog.field, "3")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    expected = arrival_words(focused.document, focused.document.questions[2].start)
    assert expected == "Question 3 of 3: Et la dernière question ?"
    qtbot.waitUntil(lambda: expected in told)
    assert told[-1] == ""  # nothing stale left for Orca to read again


def test_enter_on_an_outline_row_tells_the_question_as_n_does(focused, told, qtbot):
    focused.outline.setFocus()
    qtbot.waitUntil(focused.outline.hasFocus)
    focused.outline.setCurrentItem(focused.outline.item_for(
        focused.document.section_index_at(focused.document.questions[1].start)))
    qtbot.keyClick(focused.outline, Qt.Key.Key_Return)
    qtbot.waitUntil(focused.text.hasFocus)
    assert told == ["Question 2 of 3: Pourquoi lire ?", ""]


def test_an_arrival_without_focus_is_told_once_focus_comes_back(qtbot):
    field, other = QLineEdit(), QLineEdit()
    heard: list[str] = []
    field.setAccessibleDescription = heard.append  # what the screen reader would be given
    for widget in (field, other):
        qtbot.addWidget(widget)
    other.show()
    field.show()
    other.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    notice = NoticeOnFocus(field)
    notice.tell("Question 1 of 3: Qu'est-ce qu'une question ?")
    notice.tell("Question 2 of 3: Pourquoi lire ?")  # the latest arrival only
    assert heard == []
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: heard == ["Question 2 of 3: Pourquoi lire ?", ""])
    other.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    QApplication.processEvents()
    assert heard == ["Question 2 of 3: Pourquoi lire ?", ""]  # once


def test_typing_in_the_find_field_changes_its_description_to_the_count_alone(focused, qtbot):
    find = focused.keyboard.find
    find.open()
    field = find.bar.field
    assert field.accessibleDescription() == messages.find_field_description()
    qtbot.keyClicks(field, "question")
    assert field.accessibleDescription() == "1 of 2"  # Orca says it; no hint after it


# --- Preferences -----------------------------------------------------------------------------


def test_preferences_is_kept_and_opens_again_as_new(focused, qtbot):
    appearance = focused.appearance
    first = appearance.preferences.show()
    qtbot.waitUntil(first.isVisible)
    first.reject()
    assert first.windowHandle() is None  # not left among the app's windows, hidden
    size = appearance.appearance.font_size
    appearance.apply(replace(appearance.appearance, font_size=size + 4))
    again = appearance.preferences.show()
    assert again is first  # built once: a screen reader is not flooded again
    qtbot.waitUntil(again.isVisible)
    assert again.font_size.value() == size + 4
    assert again.preset.currentIndex() == 0
    again.font_size.setValue(size + 10)
    assert appearance.appearance.font_size == size + 10  # shown live
    again.reject()
    assert appearance.appearance.font_size == size + 4  # Cancel: what it was at this opening
