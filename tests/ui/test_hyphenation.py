"""Justified text is hyphenated on the page, and nothing else notices: the caret, N, the
highlights, copying and the keys all still work in the document's own text."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from reader.window_documents import open_without_language

SOFT_HYPHEN = "\u00ad"


def justify(window, on: bool = True) -> None:
    controller = window.appearance
    controller.apply(replace(controller.appearance, alignment="justify" if on else "left"))


def test_justifying_hyphenates_the_page_in_place(focused, qtbot):
    window = focused
    qtbot.keyClick(window.text, Qt.Key.Key_N)  # the caret at question 1
    caret = window.text.caret_offset()
    sentence = (caret, caret + 10)
    window.text.show_reading(sentence)
    justify(window)
    page = window.text.toPlainText()
    assert SOFT_HYPHEN in page
    assert page.replace(SOFT_HYPHEN, "") == window.document.text
    assert window.text.caret_offset() == caret  # the reader stays where they were
    assert window.text.highlights.reading_ranges() == [sentence]
    qtbot.keyClick(window.text, Qt.Key.Key_N)
    assert window.text.caret_offset() == window.document.questions[1].start
    justify(window, on=False)
    assert SOFT_HYPHEN not in window.text.toPlainText()
    assert window.text.caret_offset() == window.document.questions[1].start


def test_arrow_keys_step_over_the_invisible_hyphens(focused, qtbot):
    window = focused
    justify(window)
    word = window.document.text.index("introduction")  # in-tro-duc-tion
    window.text.go_to(word)
    offsets = []
    for _ in range(len("introduction")):
        qtbot.keyClick(window.text, Qt.Key.Key_Right)
        offsets.append(window.text.caret_offset())
    assert offsets == list(range(word + 1, word + len("introduction") + 1))
    for _ in range(len("introduction")):
        qtbot.keyClick(window.text, Qt.Key.Key_Left)
    assert window.text.caret_offset() == word


def test_copied_text_has_no_soft_hyphens(focused):
    window = focused
    justify(window)
    word = window.document.text.index("introduction")
    cursor = window.text.textCursor()
    cursor.setPosition(window.text.positions.to_qt(word))
    cursor.setPosition(window.text.positions.to_qt(word + len("introduction")),
                       QTextCursor.MoveMode.KeepAnchor)
    window.text.setTextCursor(cursor)
    assert SOFT_HYPHEN in cursor.selectedText()
    assert window.text.createMimeDataFromSelection().text() == "introduction"


def test_a_language_learned_after_opening_hyphenates_the_page(make_window, qtbot):
    from reader.window_documents import default_document_path

    window = make_window(load=open_without_language)
    justify(window)
    assert window.open_path(default_document_path()) == ""
    assert SOFT_HYPHEN not in window.text.toPlainText()  # no language yet: no guess
    qtbot.waitUntil(lambda: window.document.language == "fr", timeout=20000)
    assert SOFT_HYPHEN in window.text.toPlainText()
    assert window.text.toPlainText().replace(SOFT_HYPHEN, "") == window.document.text
