"""A note never hides the text it is about: at 96 pt the missing-font note filled 60 % of the
window until closed (session 16). The message area now takes at most a quarter of the window;
a longer message scrolls inside it, and the whole of it is still there to read and hear."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from reader import messages


def _apply(window, **changes):
    controller = window.appearance
    controller.apply(replace(controller.appearance, **changes))
    QApplication.processEvents()  # the panels' fonts follow in the next event-loop turn
    QApplication.processEvents()


def _long_note() -> str:
    return messages.missing_font("kana", "linux")


@pytest.mark.parametrize("points", [48.0, 96.0])
def test_a_long_note_leaves_the_text_most_of_the_window(window, qtbot, points):
    window.resize(1000, 700)
    _apply(window, font_size=points)
    window.banner.show_messages([_long_note()], error=False)
    assert window.banner.isVisible()
    qtbot.waitUntil(lambda: window.banner.height() <= window.height() // 4 + 4, timeout=3000)
    assert window.text.height() >= window.height() // 2
    # the whole message is still there, scrolled to rather than cut
    label = window.banner.findChild(QLabel, "message_text")
    assert label.text() == _long_note()
    area = window.banner.findChild(QScrollArea, "message_scroll")
    assert area.verticalScrollBar().maximum() > 0
    line = window.banner.line_height()  # whole lines shown, none cut at the bottom
    assert (area.viewport().height() - 8) % line <= 2
    name = QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)
    assert name == f"Note: {_long_note()}"  # heard whole
    # Shown, it follows the window's height (watched only while a message is shown)
    window.resize(1000, 400)
    qtbot.waitUntil(lambda: window.banner.height() <= 400 // 4 + 4, timeout=3000)


def test_the_keyboard_scrolls_a_long_message(window, qtbot):
    window.resize(1000, 700)
    _apply(window, font_size=96.0)
    window.banner.show_messages([_long_note()], error=False, take_focus=True)
    label = window.banner.findChild(QLabel, "message_text")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is label)
    bar = window.banner.findChild(QScrollArea, "message_scroll").verticalScrollBar()
    assert bar.value() == 0
    qtbot.keyClick(label, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(label, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(label, Qt.Key.Key_PageUp)
    assert bar.value() < bar.maximum()
    qtbot.keyClick(label, Qt.Key.Key_Escape)  # still closes it
    assert not window.banner.isVisible()


def test_a_short_note_at_reading_size_is_shown_whole_without_a_scroll_bar(window):
    window.resize(1000, 700)
    window.banner.show_messages(["Une note courte."], error=False)
    QApplication.processEvents()
    area = window.banner.findChild(QScrollArea, "message_scroll")
    assert area.verticalScrollBar().maximum() == 0
    label = window.banner.findChild(QLabel, "message_text")
    assert label.visibleRegion().boundingRect().height() >= label.sizeHint().height() - 1


def test_f6_lands_on_the_message_itself_not_its_close_button(window, qtbot):
    """Orca says the message when F6 reaches it ("Note: …"); inside its scroll area it came
    after the Close button among the banner's controls, and F6 landed there."""
    label = window.banner.findChild(QLabel, "message_text")
    window.banner.show_messages([_long_note()], error=False)
    window.focus_text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text)
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        if QApplication.focusWidget() is not window.text and window.banner.isAncestorOf(
                QApplication.focusWidget()):
            break
    assert QApplication.focusWidget() is label
