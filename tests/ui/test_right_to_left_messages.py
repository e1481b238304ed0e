"""A Hebrew or Arabic sentence inside an interface message keeps its end mark at its end (on
its left): the find's status line showed "3 of 3: כבר יודעים …" with the sentence's "." on
the right, and the presenter's "Next" a question's "?" before its first word (session 16).
The document's words are isolated (U+2068…U+2069) in what is drawn; nothing heard has them
(espeak-ng spoke a message with them some 10 % slower, and Orca gains nothing)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QTextLayout
from PySide6.QtWidgets import QApplication

from reader import messages
from reader.document.pipeline import parse_text
from reader.ui.presenter.presentation import Presentation, Slide
from reader.ui.presenter.presenter_texts import step_words
from reader.ui.presenter.presenter_view import PresenterView
from reader.ui.presenter.slides import topics_of
from reader.ui.text.renderer import reading_font
from tests.ui.test_find import _open_find

HEBREW = """# ראיון עם מדריכת הצלילה

## איך הגעת לצלילה?

ילדים כבר יודעים לשחות.

## מה השתנה בשונית מאז?

יש פחות דגים גדולים.
"""
ARABIC = """# مديرة مكتبة الحيّ

## كيف بدأت فكرة نادي القراءة للأمهات؟

ج: لاحظنا أن الأطفال يأتون وحدهم.

## ما الكتب الأكثر استعارة؟

ج: قصص الأطفال المصوّرة أولًا.
"""
ISOLATES = (messages.FIRST_STRONG_ISOLATE, messages.POP_ISOLATE)


def _x_of(text: str, position: int, font) -> float:
    """Where the character at ``position`` is drawn in a left-to-right label."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    x, _trailing = line.cursorToX(position)
    return x


def _mark_left_of(text: str, word: str, mark: str, font) -> bool:
    return _x_of(text, text.rindex(mark), font) < _x_of(text, text.index(word) + 1, font)


def _has_isolates(text: str) -> bool:
    return any(isolate in text for isolate in ISOLATES)


@pytest.fixture
def hebrew_window(make_window):
    window = make_window()
    window.show_document(parse_text(HEBREW))
    return window


@pytest.fixture
def voice(hebrew_window):
    said: list[str] = []
    hebrew_window.context.set_voice(said.append)
    return said


def test_the_find_status_line_keeps_a_hebrew_sentences_full_stop_on_its_left(
        hebrew_window, qtbot, voice):
    window = hebrew_window
    bar = _open_find(window, qtbot)
    bar.field.insert("ילדים")  # as typed (QTest types Latin letters only)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    label = window.status_line.message_label
    shown = label.text()
    assert "ילדים כבר יודעים לשחות." in messages.without_isolates(shown)
    assert _mark_left_of(shown, "ילדים", ".", label.font())
    # heard as words: the voice, the field's description, the label's name, the message
    heard = [*voice, bar.field.accessibleDescription(), window.status_line.currentMessage(),
             QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)]
    assert voice and all(not _has_isolates(text) for text in heard)
    assert heard[-1] == "1 of 1: ילדים כבר יודעים לשחות."


def test_the_presenters_next_question_keeps_its_question_mark_on_its_left(qtbot):
    document = parse_text(HEBREW)
    topics = topics_of(document)
    presentation = Presentation(len(topics), lambda topic: [Slide(topic, (), (), 1, 1, 40)], 0)
    first_question = next(i for i, topic in enumerate(topics) if topic.is_question)
    presentation.go_to_number(first_question + 1)
    words = step_words(document, topics, presentation)
    view = PresenterView(reading_font(QApplication.font()))
    qtbot.addWidget(view)
    view.show_state(words.trainer_position, words.next_topic, words.hidden)
    shown = view.next_text.text()
    assert "מה השתנה בשונית מאז?" in messages.without_isolates(shown)
    assert _mark_left_of(shown, "מה", "?", view.next_text.font())
    name = QAccessible.queryAccessibleInterface(view.next_text).text(QAccessible.Text.Name)
    assert name == messages.without_isolates(shown)



def test_where_am_i_in_an_arabic_document_reads_left_to_right_around_its_words(
        make_window, qtbot):
    """The status line showed "Where am I" laid out right to left as a whole, its Arabic
    title being its first word: "… through the document. 28 %" read backwards."""
    window = make_window()
    window.show_document(parse_text(ARABIC))
    window.text.go_to(window.document.text.index("ج:"))
    window.keyboard.places.where_am_i()
    label = window.status_line.message_label
    shown = label.text()
    heard = window.status_line.currentMessage()
    assert not _has_isolates(heard) and "كيف بدأت" in heard
    assert heard == window.keyboard.places.where_am_i_text()
    assert label.text() != heard  # the document's words isolated where drawn
    font = label.font()
    # the interface's words in their order, left to right
    assert _x_of(shown, shown.index("Question 1"), font) < _x_of(
        shown, shown.index("through"), font)
    assert "؟." not in heard  # an Arabic question mark ends the sentence: no "." added
