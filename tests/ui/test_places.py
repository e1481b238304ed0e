"""Knowing one's place: where am I, go to question, bookmarks, reopening where one left off,
and F6 between the panes; all from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.app import build_main_window
from reader.ui.places.bookmarks_dialog import BookmarksDialog
from reader.ui.places.go_to_dialog import GoToQuestionDialog
from reader.ui.places.reading_places import Bookmark, ReadingPlaces

from .conftest import make_interview

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _ready(window, qtbot):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text)


# --- Where am I ------------------------------------------------------------------------------


def test_where_am_i_says_title_question_and_percent(window, qtbot):
    _ready(window, qtbot)
    window.jump_to(window.document.questions[1].start)
    qtbot.keyClick(window.text, Qt.Key.Key_K, CTRL_SHIFT)
    percent = round(100 * window.document.questions[1].start / len(window.document.text))
    assert window.statusBar().currentMessage() == (
        f"Une interview de test. Question 2 of 3: Pourquoi lire ? {percent} % through the "
        "document.")


def test_where_am_i_at_the_start_names_the_front_matter(window, qtbot):
    _ready(window, qtbot)
    qtbot.keyClick(window.text, Qt.Key.Key_K, CTRL_SHIFT)
    assert window.statusBar().currentMessage() == (
        "Une interview de test. Front matter. 0 % through the document.")


# --- Go to question --------------------------------------------------------------------------


def _go_to_dialog(window, qtbot) -> GoToQuestionDialog:
    _ready(window, qtbot)
    qtbot.keyClick(window.text, Qt.Key.Key_G, CTRL)
    qtbot.waitUntil(lambda: window.findChild(GoToQuestionDialog) is not None)
    dialog = window.findChild(GoToQuestionDialog)
    qtbot.waitUntil(lambda: dialog.field.hasFocus())
    return dialog


def test_ctrl_g_goes_to_the_question_typed(window, qtbot):
    dialog = _go_to_dialog(window, qtbot)
    qtbot.keyClicks(dialog.field, "3")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert window.text.caret_offset() == window.document.questions[2].start
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text)


def test_a_number_out_of_range_is_explained_and_the_dialog_stays(window, qtbot):
    dialog = _go_to_dialog(window, qtbot)
    qtbot.keyClicks(dialog.field, "9")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == "“9” is not a question number: type a number from 1 to 3."
    assert window.statusBar().currentMessage() == dialog.error.text()  # and said
    assert window.text.caret_offset() == 0
    qtbot.keyClicks(dialog.field, "abc")  # the wrong text was selected: typing replaces it
    assert dialog.field.text() == "abc"
    dialog.reject()


# --- Bookmarks -------------------------------------------------------------------------------


def test_ctrl_b_adds_a_bookmark_named_after_the_section(window, qtbot, settings):
    _ready(window, qtbot)
    window.jump_to(window.document.questions[0].start)
    qtbot.keyClick(window.text, Qt.Key.Key_B, CTRL)
    marks = ReadingPlaces(settings).bookmarks(window.document.path)
    assert marks == [Bookmark(window.document.questions[0].start,
                              "Question 1 of 3: Qu'est-ce qu'une question ?")]
    assert window.statusBar().currentMessage().startswith("Bookmark added: Question 1 of 3")
    qtbot.keyClick(window.text, Qt.Key.Key_B, CTRL)  # the same place twice: one bookmark
    assert len(ReadingPlaces(settings).bookmarks(window.document.path)) == 1


def _bookmarks_dialog(window, qtbot) -> BookmarksDialog:
    qtbot.keyClick(window.text, Qt.Key.Key_B, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.findChild(BookmarksDialog) is not None)
    return window.findChild(BookmarksDialog)


def test_bookmarks_list_goes_renames_and_deletes(window, qtbot, settings):
    _ready(window, qtbot)
    questions = window.document.questions
    for question in (questions[2], questions[0]):
        window.jump_to(question.start)
        qtbot.keyClick(window.text, Qt.Key.Key_B, CTRL)
    window.jump_to(0)
    dialog = _bookmarks_dialog(window, qtbot)
    assert [row.split(" (")[0] for row in dialog.rows()] == [
        "Question 1 of 3: Qu'est-ce qu'une question ?",
        "Question 3 of 3: Et la dernière question ?"]
    dialog.rename(1, "La fin")
    assert [m.label for m in ReadingPlaces(settings).bookmarks(window.document.path)] == [
        "Question 1 of 3: Qu'est-ce qu'une question ?", "La fin"]
    qtbot.waitUntil(lambda: dialog.list.hasFocus())
    dialog.list.setCurrentRow(0)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert dialog.rows()[0].startswith("La fin")
    assert window.statusBar().currentMessage().startswith("Bookmark deleted: Question 1")
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.text.caret_offset() == questions[2].start
    assert [m.label for m in ReadingPlaces(settings).bookmarks(window.document.path)] == [
        "La fin"]


def test_bookmarks_are_kept_per_document_across_restarts(make_window, qtbot, settings):
    first = make_window()
    first.show_document(make_interview("/tmp/a.txt"))
    first.jump_to(first.document.questions[1].start)
    first.keyboard.places.add_bookmark()
    first.close()
    second = make_window()
    second.show_document(make_interview("/tmp/b.txt"))
    dialog = second.keyboard.places.show_bookmarks()
    assert dialog.rows() == []
    assert dialog.empty.isVisible()
    dialog.reject()
    second.show_document(make_interview("/tmp/a.txt"))
    dialog = second.keyboard.places.show_bookmarks()
    assert [row.split(" (")[0] for row in dialog.rows()] == [
        "Question 2 of 3: Pourquoi lire ?"]
    dialog.reject()


def test_damaged_saved_places_read_as_nothing(settings):
    settings.setValue("places/bookmarks", "{not json")
    settings.setValue("places/last_positions", '[["x", -3], 5]')
    places = ReadingPlaces(settings)
    assert places.bookmarks("/tmp/a.txt") == []
    assert places.last_position("x") is None


def test_last_positions_are_bounded(settings):
    places = ReadingPlaces(settings)
    for number in range(60):
        places.remember_position(f"/tmp/{number}.txt", number + 1)
    assert places.last_position("/tmp/59.txt") == 60
    assert places.last_position("/tmp/0.txt") is None


# --- Last position ---------------------------------------------------------------------------


def test_reopening_a_document_puts_the_caret_where_it_was(make_window, qtbot, settings):
    first = make_window()
    first.show_document(make_interview("/tmp/last.txt"))
    place = first.document.questions[1].start + 4
    first.text.go_to(place)
    first.close()
    second = build_main_window(settings)  # a new start with the same settings
    qtbot.addWidget(second)
    second.show_document(make_interview("/tmp/last.txt"))
    assert second.text.caret_offset() == place
    assert second.statusBar().currentMessage() == (
        "Reopened where you left off: Question 2 of 3: Pourquoi lire ?")


def test_switching_documents_remembers_each(make_window):
    window = make_window()
    window.show_document(make_interview("/tmp/one.txt"))
    window.text.go_to(50)
    window.show_document(make_interview("/tmp/two.txt"))
    assert window.text.caret_offset() == 0
    window.show_document(make_interview("/tmp/one.txt"))
    assert window.text.caret_offset() == 50


# --- F6 --------------------------------------------------------------------------------------


def _pane_of(window) -> str:
    focus = QApplication.focusWidget()
    for name, pane in (("toolbar", window.speech.toolbar), ("banner", window.banner),
                       ("outline", window.outline), ("text", window.text),
                       ("find", window.keyboard.find.bar)):
        if pane is focus or pane.isAncestorOf(focus):
            return name
    return f"other: {focus}"


def test_f6_cycles_the_panes_and_shift_f6_goes_back(window, qtbot):
    _ready(window, qtbot)
    visited = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        visited.append(_pane_of(window))
    assert visited == ["toolbar", "outline", "text", "toolbar"]  # banner and find bar hidden
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert _pane_of(window) == "text"


def test_f6_reaches_the_find_bar_and_the_banner_when_shown(window, qtbot):
    _ready(window, qtbot)
    window.keyboard.find.open()
    window.banner.show_messages(["Une note."], error=False)
    window.focus_text()
    visited = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        visited.append(_pane_of(window))
    assert visited == ["find", "toolbar", "banner", "outline", "text"]


def test_tab_goes_from_the_text_through_the_find_bar_and_on(window, qtbot):
    _ready(window, qtbot)
    window.keyboard.find.open()
    window.focus_text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text)
    bar = window.keyboard.find.bar
    order = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[:4] == [bar.field, bar.previous_button, bar.next_button, bar.close_button]
    assert not bar.isAncestorOf(order[4])  # and out again: no trap


def test_return_on_a_button_of_the_bookmarks_list_presses_that_button(window, qtbot, settings):
    # Return on "Delete" once went to the selected bookmark and closed the list instead.
    _ready(window, qtbot)
    for question in window.document.questions[:2]:
        window.jump_to(question.start)
        qtbot.keyClick(window.text, Qt.Key.Key_B, CTRL)
    dialog = _bookmarks_dialog(window, qtbot)
    dialog.delete_button.setFocus()
    qtbot.waitUntil(dialog.delete_button.hasFocus)
    qtbot.keyClick(dialog.delete_button, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert len(dialog.rows()) == 1
    assert len(ReadingPlaces(settings).bookmarks(window.document.path)) == 1
