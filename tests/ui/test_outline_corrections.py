"""Correcting the outline from the window (issue 11): each command, from the text and from the
outline, changes what the user sees (the outline's rows, where N lands, the status line) and
hears (the message said); undo, redo, restore; the corrections come back when the document is
opened again, and a document that changed keeps those that still apply."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from reader.ui.context import ActionId

# "Tell me about your first book" has no "?": the automatic outline takes it for an answer.
MISSED_QUESTION = """\
A short interview

Why read at all?

Because it opens worlds. Reading is how I travel without leaving my chair, since I was six.

Tell me about your first book

It was a book about whales, borrowed from the library and never returned. I still have it.

What do you read now?

Mostly history, some poetry, and whatever my daughter leaves on the kitchen table.
"""

SPEAKER_TURNS = """\
Talking boats with Lee Marsh

An interview about wooden boats, by Dana Ross.

Dana: Where does somebody start?

Lee: With a small boat and a lot of patience. Most people buy too big a boat first and give up.

Dana: Tell me about your first boat.

Lee: It was a dinghy my grandfather built. It leaked from the first day, and I loved it anyway.
"""

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


@pytest.fixture
def opened(make_window, data_home, tmp_path):
    """open(text) -> the window with that text open from a file (saved corrections applied)."""

    def open_(text: str, name: str = "interview.txt", window=None):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        window = window or make_window()
        assert window.open_path(path, in_background=False) == ""
        return window

    return open_


def _block(window, starting: str) -> int:
    return next(i for i, b in enumerate(window.document.blocks) if b.text.startswith(starting))


def _caret_to(window, qtbot, starting: str) -> None:
    window.text.setFocus()
    qtbot.waitUntil(window.text.hasFocus)
    window.text.go_to(window.document.blocks[_block(window, starting)].start)


def _said(window) -> str:
    return window.statusBar().currentMessage()


def _press_n_from_start(window, qtbot, times: int) -> int:
    window.activateWindow()
    window.text.setFocus()
    qtbot.waitUntil(window.text.hasFocus)
    window.text.go_to(0)
    for _ in range(times):
        qtbot.keyClick(window.text, Qt.Key.Key_N)
    return window.text.caret_offset()


def test_this_is_a_question_from_the_text(opened, qtbot):
    window = opened(MISSED_QUESTION)
    identity = window.context.document_id
    assert "Question 2: Tell me about your first book" not in window.outline.row_texts()
    _caret_to(window, qtbot, "Tell me about")
    caret = window.text.caret_offset()

    qtbot.keyClick(window.text, Qt.Key.Key_Q, CTRL_ALT)

    assert window.outline.row_texts()[1:] == [
        "Question 1: Why read at all?",
        "Question 2: Tell me about your first book",
        "Question 3: What do you read now?",
    ]
    assert _said(window) == "Question 2 of 3 added"
    assert window.position_label.text().startswith("Question 2 of 3")
    assert window.text.caret_offset() == caret and window.text.hasFocus()
    assert window.context.document_id == identity  # the same document, corrected
    assert _press_n_from_start(window, qtbot, 2) == caret  # N lands on it


def test_not_a_question_from_the_outline(opened, qtbot):
    window = opened(MISSED_QUESTION)
    window.focus_outline()
    qtbot.waitUntil(window.outline.hasFocus)
    rows = window.outline.row_texts()
    window.outline.setCurrentItem(window.outline.item_for(rows.index(
        "Question 1: Why read at all?")))

    qtbot.keyClick(window.outline, Qt.Key.Key_N, CTRL_ALT)

    assert window.outline.row_texts() == ["Front matter", "Introduction",
                                          "Question 1: What do you read now?"]
    assert _said(window) == "Question removed; 1 questions now"
    assert window.outline.hasFocus()
    assert window.outline.current_section() == 1  # the row the paragraph now belongs to


def test_context_menus_of_the_text_and_the_outline_offer_the_commands(opened, qtbot):
    window = opened(MISSED_QUESTION)
    offset = window.document.blocks[_block(window, "Tell me about")].start
    menu = window.text.context_menu(QPoint(0, 0), offset)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "This is a &question" in texts and "Not &a question" in texts
    assert "Undo the last &correction" in texts
    command = next(a for a in menu.actions() if a.text() == "This is a &question")
    assert command.shortcut().toString() == "Ctrl+Alt+Q"

    command.trigger()  # about the paragraph the menu was opened on, wherever the caret is

    assert "Question 2: Tell me about your first book" in window.outline.row_texts()
    row = window.outline.row_texts().index("Question 2: Tell me about your first book")
    outline_menu = window.outline.context_menu(row)
    start_section = next(a for a in outline_menu.actions() if a.text() == "Sta&rt a section here")
    start_section.trigger()
    assert _said(window) == "Section started: Tell me about your first book"
    assert window.outline.row_texts()[row:] == ["Tell me about your first book",
                                                "Question 2: What do you read now?"]


def test_the_menu_key_in_the_outline_opens_its_menu_about_the_selected_row(opened, qtbot):
    window = opened(MISSED_QUESTION)
    window.focus_outline()
    qtbot.waitUntil(window.outline.hasFocus)
    window.outline.setCurrentItem(window.outline.item_for(2))
    where = window.outline.viewport().mapToGlobal(QPoint(0, 0))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), where)
    QApplication.sendEvent(window.outline, event)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    assert "Not &a question" in [a.text() for a in menu.actions()]
    menu.close()


def test_this_is_the_title(opened, qtbot):
    window = opened(MISSED_QUESTION)
    _caret_to(window, qtbot, "Why read at all?")
    window.context.action(ActionId.MARK_TITLE).trigger()
    assert _said(window) == "Title set: Why read at all?"
    assert window.windowTitle() == "Why read at all? — Accessible Reader"


def test_every_turn_by_a_speaker(opened, qtbot):
    window = opened(SPEAKER_TURNS)
    _caret_to(window, qtbot, "Lee: With a small boat")
    menu = window.text.context_menu(QPoint(0, 0), window.text.caret_offset())
    assert "Ever&y turn by Lee is a question" in [a.text() for a in menu.actions()]

    window.context.action(ActionId.SPEAKER_ASKS).trigger()

    assert _said(window) == "Every turn by Lee is a question; 2 questions now"
    questions = [r for r in window.outline.row_texts() if r.startswith("Question")]
    assert questions == ["Question 1: With a small boat and a lot of patience. Most people buy "
                         "too big a boat first and give up.",
                         "Question 2: It was a dinghy my grandfather built. It leaked from the "
                         "first day, and I loved it anyway."]
    _caret_to(window, qtbot, "An interview about")
    window.context.action(ActionId.SPEAKER_ASKS).trigger()
    assert _said(window) == "This paragraph does not begin with a speaker's name"


def test_undo_redo_and_restore(opened, qtbot):
    window = opened(MISSED_QUESTION)
    automatic = window.outline.row_texts()
    _caret_to(window, qtbot, "Tell me about")
    qtbot.keyClick(window.text, Qt.Key.Key_Q, CTRL_ALT)
    corrected = window.outline.row_texts()

    qtbot.keyClick(window.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.outline.row_texts() == automatic
    assert _said(window) == "Correction undone"
    qtbot.keyClick(window.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _said(window) == "No correction to undo"

    qtbot.keyClick(window.text, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.outline.row_texts() == corrected
    assert _said(window) == "Correction redone"

    window.context.action(ActionId.RESTORE_STRUCTURE).trigger()
    assert window.outline.row_texts() == automatic
    assert _said(window) == "Automatic structure restored"
    qtbot.keyClick(window.text, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.outline.row_texts() == automatic  # nothing to redo after a restore


def test_ctrl_z_in_the_find_field_edits_the_field(opened, qtbot):
    window = opened(MISSED_QUESTION)
    _caret_to(window, qtbot, "Tell me about")
    qtbot.keyClick(window.text, Qt.Key.Key_Q, CTRL_ALT)
    corrected = window.outline.row_texts()
    window.context.action(ActionId.FIND).trigger()
    field = window.keyboard.find.bar_if_made().field
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "whales")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() != "whales"
    assert window.outline.row_texts() == corrected


def test_corrections_come_back_when_the_document_is_opened_again(opened, make_window, qtbot,
                                                                 data_home):
    window = opened(MISSED_QUESTION)
    _caret_to(window, qtbot, "Tell me about")
    qtbot.keyClick(window.text, Qt.Key.Key_Q, CTRL_ALT)
    assert list((data_home / "accessible-reader" / "corrections").glob("*.json"))
    window.close()

    again = opened(MISSED_QUESTION, name="renamed.txt")

    assert "Question 2: Tell me about your first book" in again.outline.row_texts()
    assert _press_n_from_start(again, qtbot, 2) == again.document.blocks[
        _block(again, "Tell me about")].start
    assert again.corrections.history.can_undo is False  # a new session starts from there
    again.context.action(ActionId.NOT_QUESTION).trigger()  # at the caret: still works


def test_a_changed_document_keeps_what_still_applies_and_says_what_it_dropped(opened, qtbot):
    window = opened(MISSED_QUESTION)
    _caret_to(window, qtbot, "Tell me about")
    qtbot.keyClick(window.text, Qt.Key.Key_Q, CTRL_ALT)
    _caret_to(window, qtbot, "It was a book")
    qtbot.keyClick(window.text, Qt.Key.Key_S, CTRL_ALT)
    window.close()

    edited = MISSED_QUESTION.replace("borrowed from the library", "borrowed from a friend")
    again = opened(edited)

    dropped = "The document has changed: 1 of your outline corrections no longer apply"
    assert again.banner.text().startswith(dropped)
    assert _said(again).startswith(dropped)
    assert "Question 2: Tell me about your first book" in again.outline.row_texts()
    third = opened(edited)  # told once: the saved corrections now fit the new text
    assert third.banner.text() == ""


def test_an_unreadable_corrections_file_is_ignored_with_a_notice(opened, data_home, qtbot):
    window = opened(MISSED_QUESTION)
    _caret_to(window, qtbot, "Tell me about")
    qtbot.keyClick(window.text, Qt.Key.Key_Q, CTRL_ALT)
    saved = next((data_home / "accessible-reader" / "corrections").glob("*.json"))
    saved.write_text("{not json", encoding="utf-8")
    window.close()

    again = opened(MISSED_QUESTION)

    assert "could not be read" in again.banner.text()
    assert "Question 2: Tell me about your first book" not in again.outline.row_texts()


@pytest.fixture
def speaking_window(qtbot, settings, data_home, tmp_path):
    """The interview open in a window that reads aloud (scripted engine, in-memory audio) and
    presents on one fake screen."""
    from reader.app import build_main_window
    from reader.speech.memory_sink import MemorySink
    from reader.speech.scripted_engine import ScriptedEngine
    from tests.ui.fake_screens import ONE

    settings.setValue("speech/announce_messages", False)
    window = build_main_window(settings, engine_factory=ScriptedEngine, open_sink=MemorySink,
                               screens=lambda: ONE)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    path = tmp_path / "interview.txt"
    path.write_text(MISSED_QUESTION, encoding="utf-8")
    window.open_path(path, in_background=False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_where_am_i_go_to_question_and_the_presenter_use_the_corrected_outline(
        speaking_window, qtbot):
    from tests.ui.test_presenter import start

    window = speaking_window
    _caret_to(window, qtbot, "Tell me about")
    qtbot.keyClick(window.text, Qt.Key.Key_Q, CTRL_ALT)

    assert "Question 2 of 3: Tell me about your first book" in (
        window.keyboard.places.where_am_i_text())
    window.keyboard.places.go_to_question(3)
    assert window.text.caret_offset() == window.document.blocks[
        _block(window, "What do you read now?")].start

    presenter = start(qtbot, window, caret=window.document.blocks[
        _block(window, "It was a book")].start)
    assert presenter.audience.accessibleName() == (
        "Question 2 of 3. Tell me about your first book")


def test_reading_aloud_follows_a_correction_made_while_reading(speaking_window, qtbot):
    from reader.speech.session_types import State

    window = speaking_window
    window.speech.wait_until_loaded()
    _caret_to(window, qtbot, "Tell me about")
    qtbot.keyClick(window.text, Qt.Key.Key_Space)
    session = window.speech.session
    qtbot.waitUntil(lambda: session.state is State.SPEAKING)
    old = session.document

    window.context.action(ActionId.MARK_QUESTION).trigger()  # from the menu, at the caret

    assert session.state is State.SPEAKING
    assert session.document is window.document is not old
    assert len(session.document.questions) == 3
