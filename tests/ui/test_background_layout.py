"""A long document is laid out in the background: the reader can go to its end at once (the
caret arrives once the end is laid out, and the status line says so meanwhile), every part of
it is laid out in the end, and a theme change repaints its links."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from reader import messages
from reader.appearance.themes import THEMES
from reader.document.pipeline import parse_text

CTRL = Qt.KeyboardModifier.ControlModifier
PARAGRAPH = ("Une réponse assez longue pour remplir plusieurs lignes de la fenêtre, "
             "avec des mots ordinaires et une [adresse](https://example.org/{n}) au milieu. ")


@pytest.fixture
def long_window(make_window):
    """About 400 KB of Markdown (far more than Qt lays out when the text is first shown)."""
    text = "\n\n".join(f"Question {n} ?\n\n" + PARAGRAPH.format(n=n) * 4 for n in range(700))
    window = make_window()
    window.resize(900, 600)
    window.show_document(parse_text(text, path="/tmp/long.md"))
    window.typesetter.layout.say_waiting_after(0)  # said at once (a quick jump says nothing)
    return window


def _laid_out(block) -> bool:
    return block.layout().lineCount() > 0


def test_ctrl_end_at_once_reaches_the_end_and_says_it_is_going_there(long_window, qtbot):
    window = long_window
    window.text.setFocus()
    assert not _laid_out(window.text.document().lastBlock())  # the layout has not got there
    qtbot.keyClick(window.text, Qt.Key.Key_End, CTRL)
    assert window.status_line.currentMessage() == messages.going_to_end()
    qtbot.waitUntil(lambda: window.text.textCursor().atEnd(), timeout=60_000)
    last_line = window.text.cursorRect()
    assert 0 <= last_line.top() < window.text.viewport().height()  # and it is on screen
    assert window.status_line.currentMessage() == ""  # "Going to the end…" no longer holds


def test_the_navigate_menus_end_of_document_waits_as_ctrl_end_does(long_window, qtbot):
    window = long_window
    window.named_actions["document_end"].trigger()
    assert window.status_line.currentMessage() == messages.going_to_end()
    qtbot.waitUntil(lambda: window.text.textCursor().atEnd(), timeout=60_000)


def test_a_match_far_ahead_is_reached_once_laid_out(long_window, qtbot):
    window = long_window
    window.text.setFocus()
    qtbot.keyClick(window.text, Qt.Key.Key_F, CTRL)
    bar = window.keyboard.find.bar
    qtbot.waitUntil(lambda: bar.field.hasFocus())
    qtbot.keyClicks(bar.field, "Question 699")  # the last question, not laid out yet
    target = window.document.text.index("Question 699")
    assert window.text.caret_offset() != target
    qtbot.waitUntil(lambda: window.text.caret_offset() == target, timeout=60_000)
    assert bar.count_label.text() == "1 of 1"


def test_a_jump_far_ahead_arrives_once_its_target_is_laid_out(long_window, qtbot):
    window = long_window
    target = window.document.sections[-1].start
    window.jump_to(target)
    assert window.status_line.currentMessage() == messages.going_there()
    qtbot.waitUntil(lambda: window.text.caret_offset() == target, timeout=60_000)


def test_a_jump_made_before_the_wait_is_noticed_says_nothing(long_window, qtbot):
    window = long_window
    pacer = window.typesetter.layout
    pacer.say_waiting_after(3_600_000)  # longer than the jump takes
    said = []
    pacer.waiting.connect(said.append)
    window.text.setFocus()
    qtbot.keyClick(window.text, Qt.Key.Key_End, CTRL)
    assert not window.text.textCursor().atEnd()  # it waits for the layout...
    qtbot.waitUntil(lambda: window.text.textCursor().atEnd(), timeout=60_000)
    assert said == []  # ...but the reader hears the line arrive, not "Going to the end…"
    assert window.status_line.currentMessage() == ""


def test_another_key_cancels_a_waiting_ctrl_end(long_window, qtbot):
    window = long_window
    window.text.setFocus()
    qtbot.keyClick(window.text, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(window.text, Qt.Key.Key_Down)
    assert window.status_line.currentMessage() == ""  # it goes nowhere now
    with qtbot.waitSignal(window.typesetter.layout.finished, timeout=60_000):
        pass
    assert not window.text.textCursor().atEnd()


def test_the_whole_document_is_laid_out_in_the_background(long_window, qtbot):
    window = long_window
    with qtbot.waitSignal(window.typesetter.layout.finished, timeout=60_000):
        pass
    document = window.text.document()
    block = document.begin()
    while block.isValid():
        assert _laid_out(block), block.text()[:40]
        block = block.next()
    window.text.setFocus()
    qtbot.keyClick(window.text, Qt.Key.Key_End, CTRL)
    assert window.text.textCursor().atEnd()  # nothing left to wait for


def test_links_take_the_new_themes_link_colour(long_window):
    window = long_window
    appearance = window.appearance
    for theme_id in ("dark", "light"):
        appearance.apply(replace(appearance.appearance, theme=theme_id, custom_colours=False),
                         save=False)
        last = window.document.blocks[-1]
        link = next(i for i in last.inlines if i.target.startswith("https:"))
        position = window.text.positions.to_qt(link.start) + 1
        cursor = window.text.textCursor()
        cursor.setPosition(position)
        assert cursor.charFormat().foreground().color() == QColor(THEMES[theme_id].link)
