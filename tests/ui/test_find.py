"""Find, as a keyboard user meets it: Ctrl+F, typing, Enter / F3 / Shift+F3, Esc; what is seen
(the count, the highlighted matches, the caret) and said (the status line the app speaks)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QAbstractSlider, QApplication

from reader.document.pipeline import parse_text
from reader.document.search import FoldedText, fold, match_index_after
from reader.ui.appearance.appearance_controller import PANEL_MAX_POINTS

from .conftest import make_interview


def _open_find(window, qtbot):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text)
    qtbot.keyClick(window.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.keyboard.find.bar
    qtbot.waitUntil(lambda: bar.field.hasFocus())
    return bar


def _found(window) -> list[str]:
    text = window.document.text
    return [text[a:b] for a, b in window.text.highlights.ranges("find")]


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
    ranges = window.text.highlights.ranges("find")
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
    assert window.text.highlights.ranges("find") == []


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
    assert window.text.highlights.ranges("find") == []


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
    assert window.text.highlights.reading_ranges() == [(0, 5), (0, 3)]
    assert len(window.text.extraSelections()) == 2 + 3  # reading (2) over find (2 + current)
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert window.text.highlights.reading_ranges() == [(0, 5), (0, 3)]


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


# --- Its type follows the text, as the other panels do ------------------------------------------


def _bar_fonts(bar) -> set[tuple[str, float]]:
    """The family Qt found and the size of every part of the bar a reader reads."""
    parts = [bar.field, bar.count_label, bar.previous_button, bar.next_button, bar.close_button,
             *bar.findChildren(type(bar.count_label))]
    return {(QFontInfo(part.font()).family(), part.font().pointSizeF()) for part in parts}


@pytest.mark.parametrize("theme_id", ["system", "yellow-on-black"])  # without, with a sheet
def test_the_find_bar_follows_the_text_size_up_to_the_panels_cap(window, qtbot, theme_id):
    window.appearance.apply(replace(window.appearance.appearance, theme=theme_id,
                                    font_family="Lexend", font_size=16.0))
    QApplication.processEvents()  # the panels' fonts follow in the next event-loop turn
    bar = _open_find(window, qtbot)
    assert _bar_fonts(bar) == {("Lexend", 16.0)}
    for _ in range(2):
        qtbot.keyClick(window.text, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert window.text.document().defaultFont().pointSizeF() == 20.0
    assert _bar_fonts(bar) == {("Lexend", 20.0)} == {
        (QFontInfo(window.outline.font()).family(), window.outline.font().pointSizeF())}
    window.appearance.apply(replace(window.appearance.appearance, font_family="Literata",
                                    font_size=72.0))
    QApplication.processEvents()
    assert _bar_fonts(bar) == {("Literata", PANEL_MAX_POINTS)}  # a panel's cap: the text stays
    assert bar.field.height() < window.text.height() / 4


def test_a_find_bar_opened_after_a_size_change_has_the_new_size(window, qtbot):
    window.appearance.apply(replace(window.appearance.appearance, font_family="Lexend",
                                    font_size=24.0))
    QApplication.processEvents()
    bar = _open_find(window, qtbot)
    assert _bar_fonts(bar) == {("Lexend", 24.0)}


def _parts_inside(bar) -> bool:
    """Every part of the bar whole and inside it: none cut, none squeezed below its minimum."""
    parts = [bar.label, bar.field, bar.count_label, bar.previous_button, bar.next_button,
             bar.close_button]
    return all(bar.contentsRect().contains(part.geometry())
               and part.width() >= part.minimumSizeHint().width() for part in parts)


def _rows(*parts) -> int:
    """How many rows the parts are shown on (parts side by side overlap vertically)."""
    rows: list[object] = []
    for part in parts:
        box = part.geometry()
        if not any(box.top() < other.bottom() and other.top() < box.bottom() for other in rows):
            rows.append(box)
    return len(rows)


def test_with_large_type_in_a_narrow_window_the_find_bar_takes_more_rows_not_more_width(
        window, qtbot):
    window.resize(1100, 700)
    bar = _open_find(window, qtbot)
    qtbot.keyClicks(bar.field, "question")
    qtbot.waitUntil(lambda: bar.count_label.text() != "")
    rows = lambda: _rows(bar.field, bar.close_button)  # noqa: E731
    qtbot.waitUntil(lambda: rows() == 1 and _parts_inside(bar))  # small type: one row
    window.appearance.apply(replace(window.appearance.appearance, font_size=56.0))
    QApplication.processEvents()
    assert bar.field.font().pointSizeF() == PANEL_MAX_POINTS
    window.resize(640, 700)
    qtbot.waitUntil(lambda: window.width() == 640)  # the bar does not hold the window wide
    qtbot.waitUntil(lambda: rows() == 2 and _parts_inside(bar))  # the buttons flow under
    assert bar.field.width() >= bar.field.fontMetrics().averageCharWidth() * 10
    window.resize(420, 700)  # "Close the find bar" at 28 pt is about 330 pixels wide
    qtbot.waitUntil(lambda: window.width() == 420)
    parts = (bar.label, bar.field, bar.count_label, bar.previous_button, bar.next_button,
             bar.close_button)
    qtbot.waitUntil(lambda: _rows(*parts) >= 3 and _parts_inside(bar))
    assert bar.width() < 420


def test_the_count_appearing_beside_large_type_moves_a_button_to_the_next_row(window, qtbot):
    window.resize(640, 700)
    window.appearance.apply(replace(window.appearance.appearance, font_size=56.0))
    QApplication.processEvents()
    bar = _open_find(window, qtbot)
    # Laid out with no count yet: the field and the buttons but one share its row.
    qtbot.waitUntil(lambda: _rows(bar.field, bar.next_button) == 1 and _parts_inside(bar))
    qtbot.keyClicks(bar.field, "e")  # "1 of 200"-odd: the count takes a button's room
    qtbot.waitUntil(lambda: bar.count_label.text() != "")
    count = bar.count_label
    qtbot.waitUntil(lambda: count.width() >= count.minimumSizeHint().width())  # laid out
    assert _parts_inside(bar)
    assert bar.field.width() >= bar.field.fontMetrics().averageCharWidth() * 10


def test_a_long_document_highlights_the_matches_on_screen_and_those_scrolled_to(
        make_window, qtbot):
    # Thousands of matches: only those on and around the screen are painted, the rest as the
    # reader scrolls to them; the count and F3 still know every one.
    paragraphs = "\n\n".join(f"Paragraphe {n} : une ligne de texte." for n in range(3000))
    window = make_window()
    window.show_document(parse_text(paragraphs, path="/tmp/long.txt", plain_text=True))
    bar = _open_find(window, qtbot)
    qtbot.keyClicks(bar.field, "ligne")
    matches = window.keyboard.find.matches
    assert len(matches) == 3000
    assert bar.count_label.text() == "1 of 3000"
    shown = window.text.highlights.ranges("find")
    assert matches[0] in shown
    assert matches[-1] not in shown
    assert len(shown) < 1000
    scroll = window.text.verticalScrollBar()
    # As the reader does it (a drag or a key on the scroll bar), which also lets go of the
    # place the window keeps on screen (reader.ui.text.place_keeper).
    scroll.triggerAction(QAbstractSlider.SliderAction.SliderToMaximum)
    qtbot.waitUntil(lambda: matches[-1] in window.text.highlights.ranges("find"))
