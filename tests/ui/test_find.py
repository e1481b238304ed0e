"""Find, as a keyboard user meets it: Ctrl+F, typing, Enter / F3 / Shift+F3, Esc; what is seen
(the count, the highlighted matches, the caret) and said (the status line the app speaks)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.document.search import FoldedText, fold, match_index_after

from .conftest import make_interview


def _open_find(window, qtbot):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text)
    qtbot.keyClick(window.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.keyboard.find.bar
    qtbot.waitUntil(lambda: bar.field.hasFocus())
    return bar


def _found(window) -> list[str]:
    text = window.document.text
    return [text[a:b] for a, b in window.text.highlighted_ranges("find")]


# --- Folding (no Qt) -------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "text", "found"), [
    ("ecole", "L'École et l'ecole", ["École", "ecole"]),
    ("DERNIÈRE", "la derniere, la dernière", ["derniere", "dernière"]),
    ("strasse", "Straße", ["Straße"]),
    ("œuvre", "Œuvre", ["Œuvre"]),
    ("ca", "ça et Ça", ["ça", "Ça"]),
    # One character folds to two ("ß"), another to none (a lone accent): the same total
    # length, yet every match after them must still be where it is in the text.
    ("x", "ßx\u0301y", ["x"]),
])
def test_find_ignores_case_and_accents(query, text, found):
    folded = FoldedText.of(text)
    assert [text[a:b] for a, b in folded.find_all(query)] == found


def test_an_empty_query_finds_nothing():
    assert FoldedText.of("abc").find_all("") == []
    assert fold("\u0301") == ""  # a lone accent folds to nothing


def test_match_after_wraps_to_the_first():
    matches = [(2, 4), (10, 12)]
    assert match_index_after(matches, 0) == 0
    assert match_index_after(matches, 3) == 1
    assert match_index_after(matches, 11) == 0
    assert match_index_after([], 5) == -1


# --- The find bar ----------------------------------------------------------------------------


def test_ctrl_f_opens_a_named_bar_under_the_text(window, qtbot):
    bar = _open_find(window, qtbot)
    assert bar.isVisible()
    assert bar.field.accessibleName() == "Find in the document"
    assert bar.geometry().top() >= window.splitter.geometry().bottom()


def test_typing_searches_as_you_type_and_counts(window, qtbot):
    bar = _open_find(window, qtbot)
    qtbot.keyClicks(bar.field, "derniere")
    assert bar.count_label.text() == "1 of 2"
    assert _found(window)[:2] == ["dernière", "dernière"]
    assert window.statusBar().currentMessage() == "1 of 2"
    # The caret is at the first match, the field keeps the focus.
    assert window.text.caret_offset() == window.keyboard.find.matches[0][0]
    assert bar.field.hasFocus()


def test_current_match_is_drawn_on_top_of_all_matches(window, qtbot):
    bar = _open_find(window, qtbot)
    qtbot.keyClicks(bar.field, "question")
    ranges = window.text.highlighted_ranges("find")
    matches = window.keyboard.find.matches
    assert ranges == [*matches, matches[0]]  # every match, then the current one again


def test_enter_and_shift_enter_step_through_matches_and_say_where(window, qtbot):
    bar = _open_find(window, qtbot)
    qtbot.keyClicks(bar.field, "question")
    matches = window.keyboard.find.matches
    assert len(matches) == 2
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count_label.text() == "2 of 2"
    assert window.text.caret_offset() == matches[1][0]
    assert window.statusBar().currentMessage() == "2 of 2: Et la dernière question ?"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)  # wraps
    assert bar.count_label.text() == "1 of 2"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == "2 of 2"


def test_escape_closes_the_bar_and_puts_focus_in_the_text_at_the_match(window, qtbot):
    bar = _open_find(window, qtbot)
    qtbot.keyClicks(bar.field, "pourquoi")
    match = window.keyboard.find.matches[0]
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert QApplication.focusWidget() is window.text
    assert window.text.caret_offset() == match[0]
    assert window.text.highlighted_ranges("find") == []


def test_f3_finds_again_with_the_bar_closed(window, qtbot):
    bar = _open_find(window, qtbot)
    qtbot.keyClicks(bar.field, "question")
    matches = window.keyboard.find.matches
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    qtbot.keyClick(window.text, Qt.Key.Key_F3)
    assert window.text.caret_offset() == matches[1][0]
    qtbot.keyClick(window.text, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.text.caret_offset() == matches[0][0]
    assert QApplication.focusWidget() is window.text


def test_f3_with_nothing_to_find_opens_the_bar(window, qtbot):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text)
    qtbot.keyClick(window.text, Qt.Key.Key_F3)
    assert window.keyboard.find.bar.isVisible()
    assert "Nothing to find" in window.statusBar().currentMessage()


def test_no_match_is_shown_and_said(window, qtbot):
    bar = _open_find(window, qtbot)
    qtbot.keyClicks(bar.field, "zebra")
    assert bar.count_label.text() == "No match"
    assert window.statusBar().currentMessage() == "“zebra” not found"
    assert window.text.highlighted_ranges("find") == []


def test_single_letter_shortcuts_do_not_fire_in_the_find_field(window, qtbot):
    bar = _open_find(window, qtbot)
    qtbot.keyClicks(bar.field, "n")  # N is "next question" in the text
    assert bar.field.text() == "n"
    assert window.text.caret_offset() == 1  # "Une": searched, not a jump to question 1
    assert window.text.caret_offset() != window.document.questions[0].start


def test_find_does_not_clobber_the_reading_highlight(window, qtbot):
    window.text.show_reading((0, 5), (0, 3))
    bar = _open_find(window, qtbot)
    qtbot.keyClicks(bar.field, "question")
    assert window.text.reading_highlight() == [(0, 5), (0, 3)]
    assert len(window.text.extraSelections()) == 2 + 3  # reading (2) over find (2 + current)
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert window.text.reading_highlight() == [(0, 5), (0, 3)]


def test_an_open_search_goes_on_in_the_next_document(window, qtbot):
    bar = _open_find(window, qtbot)
    qtbot.keyClicks(bar.field, "question")
    window.show_document(make_interview("/tmp/another-interview.txt"))
    assert bar.isVisible()
    assert bar.count_label.text() == "1 of 2"  # searched again, in the new document
    assert window.text.caret_offset() == window.keyboard.find.matches[0][0]


def test_escape_in_the_find_bar_closes_it_even_while_reading(qtbot, settings, interview):
    from reader.speech.session import State

    from .test_speech import Speaking

    s = Speaking(qtbot, settings, interview)
    try:
        s.key(Qt.Key.Key_Space, widget=s.text)
        s.play(50)
        s.window.keyboard.find.open()
        field = s.window.keyboard.find.bar.field
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClick(field, Qt.Key.Key_Escape)
        assert not s.window.keyboard.find.bar.isVisible()
        assert s.session.state is State.SPEAKING  # Esc was the bar's, not "stop reading"
    finally:
        s.window.close()
