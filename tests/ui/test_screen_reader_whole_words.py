"""A screen reader is given the page's text, soft hyphens and all, and speaks a hyphenated word
in pieces (docs/large-type.md): while one listens, the page has none, justified or at large
type, and gets them back when it stops."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from tests.ui import test_long_words as long_words
from tests.ui.test_long_words import set_size

french = long_words.french  # the window showing the French text with its long words

SOFT_HYPHEN = "\u00ad"


@pytest.fixture
def listening():
    """Turns "a screen reader listens" on, as Qt's bridge does when one connects, and the
    window gets the focus (where the reader asks); off again after the test."""

    def turn(on: bool) -> None:
        QAccessible.setActive(on)
        QApplication.instance().focusWindowChanged.emit(None)
        QApplication.processEvents()  # the reader asks in a turn of its own

    yield turn
    QAccessible.setActive(False)


def test_justified_text_has_no_soft_hyphens_while_a_screen_reader_listens(french, listening):
    controller = french.appearance
    controller.apply(replace(controller.appearance, alignment="justify"))
    assert SOFT_HYPHEN in french.text.toPlainText()  # hyphenated for the eye

    listening(True)
    assert SOFT_HYPHEN not in french.text.toPlainText()
    assert french.text.toPlainText() == french.document.text

    listening(False)
    assert SOFT_HYPHEN in french.text.toPlainText()


def test_an_overwide_word_stays_whole_in_the_text_while_a_screen_reader_listens(french,
                                                                               listening):
    set_size(french, 96.0)
    assert SOFT_HYPHEN in french.text.toPlainText()  # "Pé-do-cri-mi-na-li-té" for the eye

    listening(True)
    set_size(french, 96.0)  # nothing changes but the reader
    assert SOFT_HYPHEN not in french.text.toPlainText()
    assert "Pédocriminalité" in french.text.toPlainText()
    set_size(french, 48.0)  # a later change keeps the words whole too
    assert SOFT_HYPHEN not in french.text.toPlainText()

    listening(False)
    set_size(french, 96.0)
    assert SOFT_HYPHEN in french.text.toPlainText()


def test_a_page_with_nothing_to_change_is_left_alone_when_a_screen_reader_starts(window,
                                                                               listening):
    # Restyling it anyway changed the objects the screen reader was reading, for nothing.
    assert SOFT_HYPHEN not in window.text.toPlainText()  # left-aligned, every word fits
    changes = []
    window.text.document().contentsChange.connect(lambda *change: changes.append(change))
    listening(True)
    assert changes == []
    controller = window.appearance
    controller.apply(replace(controller.appearance, alignment="justify"))
    assert changes  # a later change of the page still follows the screen reader:
    assert SOFT_HYPHEN not in window.text.toPlainText()  # justified, words whole


def test_a_screen_reader_listening_at_start_gets_whole_words_once_the_window_has_painted(
        french, listening):
    """run_gui asks only after the first paint (asking costs Qt's accessibility enums): the
    window shown meanwhile keeps its page, and the release gives the reader whole words."""
    controller = french.appearance
    controller.apply(replace(controller.appearance, alignment="justify"))
    controller.hold_screen_reader()
    listening(True)  # the window gets the focus before its first paint
    assert SOFT_HYPHEN in french.text.toPlainText()

    controller.release_screen_reader()  # after the first paint (reader.app.run_gui)
    assert SOFT_HYPHEN not in french.text.toPlainText()
    assert french.text.toPlainText() == french.document.text
