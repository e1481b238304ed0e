"""Presenting from the window: F5, the clicker keys, what is heard, Esc back to the same place.

Screens are simulated (``FakeScreen``), so one and two screens are tested on any machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.app import argument_parser, build_main_window
from reader.document.pipeline import open_document
from reader.speech.engine import EngineUnavailable, Unavailability
from reader.speech.memory_sink import MemorySink
from reader.speech.scripted_engine import ScriptedEngine
from reader.speech.session import State
from reader.ui.keyboard.shortcuts_dialog import ShortcutsDialog
from reader.ui.presenter.presentation import Screen
from reader.ui.presenter.presenter import MODE_KEY, SCREEN_KEY, Presenter
from reader.ui.presenter.presenter_wiring import presenter_link, start_options
from reader.ui.text.renderer import reading_font
from tests.ui.conftest import make_interview
from tests.ui.fake_screens import ONE, TWO

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def reader(qtbot, settings):
    """A window showing the test interview, with ``screens`` as the machine's screens."""

    def make(screens=ONE, document=None, engine_factory=ScriptedEngine):
        window = build_main_window(settings, load=open_document, screens=lambda: screens,
                                   engine_factory=engine_factory, open_sink=MemorySink)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.show_document(document or make_interview())
        window.activateWindow()  # the window's shortcuts (F5) work in the active window only
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


def press(qtbot, presenter, *keys):
    for key in keys:
        qtbot.keyClick(presenter.audience, key)


def start(qtbot, window, caret=0) -> Presenter:
    qtbot.waitUntil(window.isActiveWindow)
    window.text.go_to(caret)
    qtbot.keyClick(window.text, Qt.Key.Key_F5)
    presenter = presenter_link(window).presenter
    assert presenter.is_presenting
    # Keys go to the active window: until the slide's is, the reader's own shortcuts would
    # take them (Space would start reading aloud in the text).
    qtbot.waitUntil(presenter.audience.isActiveWindow)
    return presenter


def test_f5_shows_the_question_at_the_caret_full_screen(qtbot, reader):
    window = reader()
    presenter = start(qtbot, window, caret=window.document.blocks[8].start + 4)  # answer 2
    audience = presenter.audience
    assert audience.isVisible() and audience.isFullScreen()
    assert audience.accessibleName() == "Question 2 of 3. Pourquoi lire ?"
    assert audience.accessibleDescription() == "Question 2 of 3, answer not shown yet"
    assert audience.footer == ("", "", "2 / 3")
    assert audience.windowTitle() == "Presenting: Une interview de test"
    qtbot.waitUntil(audience.hasFocus)


def test_each_step_announces_the_text_it_brings(qtbot, reader):
    window = reader()
    presenter = start(qtbot, window)
    audience = presenter.audience
    names = [audience.accessibleName()]
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Down,
                Qt.Key.Key_PageUp):
        press(qtbot, presenter, key)
        names.append(audience.accessibleName())
    assert names == [
        "Question 1 of 3. Qu'est-ce qu'une question ?",
        "Answer: C'est une phrase qui demande. Une deuxième phrase de réponse.",
        "Question 2 of 3. Pourquoi lire ?",
        "Answer: Pour apprendre, voir le site, un serveur et un fichier.",
        "Question 3 of 3. Et la dernière question ?",
        "Answer: Pour apprendre, voir le site, un serveur et un fichier.",
    ]


def test_esc_puts_the_caret_at_the_start_of_the_section_presented(qtbot, reader):
    window = reader()
    presenter = start(qtbot, window, caret=window.document.blocks[5].start + 3)  # answer 1
    audience = presenter.audience
    press(qtbot, presenter, Qt.Key.Key_End, Qt.Key.Key_Up, Qt.Key.Key_Escape)
    assert not presenter.is_presenting and not audience.isVisible()
    assert window.text.caret_offset() == window.document.sections[4].start  # question 3
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text)


def test_a_number_then_enter_goes_to_that_question(qtbot, reader):
    window = reader()
    presenter = start(qtbot, window)
    press(qtbot, presenter, Qt.Key.Key_3)
    assert presenter.audience.accessibleName() == "Go to 3, then Enter"
    press(qtbot, presenter, Qt.Key.Key_Return)
    assert presenter.audience.accessibleName() == "Question 3 of 3. Et la dernière question ?"
    press(qtbot, presenter, Qt.Key.Key_9, Qt.Key.Key_Enter)
    assert presenter.audience.accessibleName() == "There is no 9: 1 to 3."
    assert presenter.presentation.topic == 2


@pytest.mark.parametrize(("key", "screen"), [
    (Qt.Key.Key_B, Screen.BLACK), (Qt.Key.Key_Period, Screen.BLACK),
    (Qt.Key.Key_W, Screen.WHITE), (Qt.Key.Key_Comma, Screen.WHITE),
])
def test_black_and_white_screens_and_any_key_brings_the_slide_back(qtbot, reader, key, screen):
    window = reader()
    presenter = start(qtbot, window)
    press(qtbot, presenter, key)
    assert presenter.audience.screen_shown is screen
    assert presenter.audience.accessibleName().startswith(f"{screen.value.capitalize()} screen")
    press(qtbot, presenter, Qt.Key.Key_PageDown)
    assert presenter.audience.screen_shown is Screen.SLIDE
    assert presenter.presentation.step == 0  # the key only brought the slide back


def test_the_mode_is_a_persisted_setting(qtbot, reader, settings):
    window = reader()
    presenter = start(qtbot, window)
    press(qtbot, presenter, Qt.Key.Key_A)
    assert settings.value(MODE_KEY) == "whole_section"
    assert presenter.audience.accessibleName() == "Answers now come with their question."
    press(qtbot, presenter, Qt.Key.Key_Escape)
    presenter = start(qtbot, window, caret=0)
    assert presenter.audience.accessibleName() == (
        "Question 1 of 3. Qu'est-ce qu'une question ? C'est une phrase qui demande. "
        "Une deuxième phrase de réponse.")


def test_changing_the_mode_on_an_answer_stays_on_that_answer(qtbot, reader):
    window = reader()
    presenter = start(qtbot, window)
    press(qtbot, presenter, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown)
    assert presenter.audience.footer[2] == "2 / 3"  # question 2, its answer shown
    assert not presenter.presentation.current.answer_hidden
    press(qtbot, presenter, Qt.Key.Key_A)  # whole sections: one step per question
    assert (presenter.presentation.topic, presenter.presentation.current.page) == (1, 1)
    press(qtbot, presenter, Qt.Key.Key_A)  # back: the answer, not the question alone
    assert (presenter.presentation.topic, presenter.presentation.current.page) == (1, 1)


def test_documents_without_questions_present_their_sections(qtbot, reader):
    article = open_document(ROOT / "seeds" / "article-pedocriminalite.txt")
    window = reader(document=article)
    presenter = start(qtbot, window)
    assert presenter.audience.accessibleName().startswith("Section 1 of 5. Les autorités")
    assert presenter.audience.footer[2] == "1 / 5"


def test_an_empty_document_says_there_is_nothing_to_present(qtbot, reader, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    window = reader(document=open_document(empty))
    qtbot.keyClick(window.text, Qt.Key.Key_F5)
    assert not presenter_link(window).presenter.is_presenting
    assert window.banner.isVisible()


def test_f1_lists_the_presenter_keys(qtbot, reader):
    window = reader()
    presenter = start(qtbot, window)
    press(qtbot, presenter, Qt.Key.Key_F1)
    dialog = presenter.audience.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.item(0, 0).text() == "Next step"
    dialog.close()


# --- Screens ---------------------------------------------------------------------------------


def test_one_screen_has_no_presenter_view(qtbot, reader):
    presenter = start(qtbot, reader(screens=ONE))
    assert presenter.assignment.audience is ONE[0] and presenter.assignment.trainer is None
    assert presenter.trainer is None
    press(qtbot, presenter, Qt.Key.Key_S)
    assert presenter.audience.accessibleName() == (
        "Only one screen: the presenter view needs a second one.")


def test_two_screens_the_remembered_one_shows_the_slide_the_other_the_presenter_view(
    qtbot, reader, settings
):
    settings.setValue(SCREEN_KEY, "Projector")
    window = reader(screens=TWO)
    presenter = start(qtbot, window)
    assert presenter.assignment.audience is TWO[1] and presenter.assignment.trainer is TWO[0]
    assert presenter.audience.geometry_used.size.width() == 1024  # laid out for the projector
    trainer = presenter.trainer
    assert trainer is not None and trainer.isVisible()
    assert trainer.next_text.accessibleName() == "Question 2: Pourquoi lire ?"  # heard so
    assert trainer.hidden_text.toPlainText() == (
        "C'est une phrase qui demande.\n\nUne deuxième phrase de réponse.")
    assert trainer.position.text() == "Question 1 of 3, answer not shown yet"
    assert trainer.times.text().startswith("Elapsed 00:00")
    press(qtbot, presenter, Qt.Key.Key_PageDown, Qt.Key.Key_B)
    assert trainer.hidden_text.toPlainText() == "Everything of this question is shown."
    assert trainer.position.text() == "Question 1 of 3 — the room sees a black screen"
    press(qtbot, presenter, Qt.Key.Key_Escape, Qt.Key.Key_Escape)
    assert not presenter.is_presenting and not trainer.isVisible()


def test_two_screens_and_none_remembered_asks_which_one_the_room_sees(qtbot, reader, settings):
    window = reader(screens=TWO)
    qtbot.keyClick(window.text, Qt.Key.Key_F5)
    presenter = presenter_link(window).presenter
    chooser = presenter.chooser
    assert chooser is not None and chooser.isVisible() and not presenter.is_presenting
    assert chooser.list.currentRow() == 1  # the second screen is the usual projector
    qtbot.keyClick(chooser.list, Qt.Key.Key_Up)
    qtbot.keyClick(chooser.list, Qt.Key.Key_Return)
    assert presenter.is_presenting
    assert presenter.assignment.audience is TWO[0]
    assert settings.value(SCREEN_KEY) == "Laptop"


# --- Reading aloud and the timer --------------------------------------------------------------


def test_r_reads_the_slide_aloud_and_the_next_key_stops(qtbot, settings):
    calls = []
    presenter = Presenter(
        settings=settings, font=reading_font(QApplication.font()), screens=lambda: ONE,
        read_aloud=lambda document, start, end: calls.append(document.text[start:end]) or True,
        stop_reading=lambda: calls.append("stop"),
    )
    document = make_interview()
    presenter.present(document, document.sections[3].start)
    qtbot.addWidget(presenter.audience)
    press(qtbot, presenter, Qt.Key.Key_R)
    assert calls == ["Pourquoi lire ?"]
    press(qtbot, presenter, Qt.Key.Key_PageDown)
    assert calls[-1] == "stop" and presenter.presentation.step == 1
    press(qtbot, presenter, Qt.Key.Key_R, Qt.Key.Key_R)
    assert calls[-2:] == [
        "Pourquoi lire ?\nPour apprendre, voir le site, un serveur et un fichier.", "stop"]
    assert presenter.presentation.step == 1
    press(qtbot, presenter, Qt.Key.Key_R, Qt.Key.Key_Escape)
    assert calls[-1] == "stop" and not presenter.is_presenting


def test_r_reads_the_slide_through_the_windows_reading_session(qtbot, reader):
    window = reader()
    presenter = start(qtbot, window, caret=window.document.sections[3].start)
    press(qtbot, presenter, Qt.Key.Key_R)
    session = window.speech.session
    assert session.state is State.SPEAKING
    assert session.position == window.document.sections[3].start
    press(qtbot, presenter, Qt.Key.Key_PageDown)
    assert session.state is State.IDLE and presenter.presentation.step == 1


def test_without_speech_r_says_so_on_the_slide(qtbot, reader):
    def no_speech():
        raise EngineUnavailable(Unavailability.LIBRARY_MISSING, "libespeak-ng.so.1")

    presenter = start(qtbot, reader(engine_factory=no_speech))
    press(qtbot, presenter, Qt.Key.Key_R)
    assert presenter.audience.footer[1] == "Speech is not available."
    assert presenter.audience.accessibleName() == "Speech is not available."


def test_the_timer_on_the_slide_is_a_setting(qtbot, settings):
    now = [100.0]
    presenter = Presenter(settings=settings, font=reading_font(QApplication.font()),
                          screens=lambda: ONE, clock=lambda: now[0])
    presenter.present(make_interview())
    qtbot.addWidget(presenter.audience)
    assert presenter.audience.footer[0] == ""
    press(qtbot, presenter, Qt.Key.Key_T)
    assert presenter.timer_shown
    now[0] += 75
    press(qtbot, presenter, Qt.Key.Key_PageDown)
    assert presenter.audience.footer[0] == "01:15"
    press(qtbot, presenter, Qt.Key.Key_T)
    assert presenter.audience.footer[0] == "" and not presenter.timer_shown


# --- The command line -------------------------------------------------------------------------


def test_present_option_starts_presenting_at_the_question_asked(qtbot, reader):
    window = reader()
    assert start_options(window, present=True, question=2) == ""
    presenter = presenter_link(window).presenter
    qtbot.waitUntil(lambda: presenter.is_presenting)
    assert presenter.audience.accessibleName() == "Question 2 of 3. Pourquoi lire ?"


def test_question_option_alone_puts_the_caret_there(reader):
    window = reader()
    assert start_options(window, present=False, question=3) == ""
    assert window.text.caret_offset() == window.document.sections[4].start
    assert not presenter_link(window).presenter.is_presenting
    assert start_options(window, present=True, question=4) == (
        "there is no question 4 in this document")


def test_present_and_question_are_command_line_options():
    args = argument_parser().parse_args(["--present", "--question", "3", "interview.txt"])
    assert (args.present, args.question, args.file) == (True, 3, "interview.txt")


def test_reader_present_with_a_missing_question_says_so_and_still_opens():
    env = dict(os.environ, READER_FIRST_PAINT_PROBE="1", QT_QPA_PLATFORM="offscreen")
    seed = ROOT / "seeds" / "interview-pedocriminalite.txt"
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--present", "--question", "99", str(seed)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "reader: there is no question 99 in this document" in result.stderr
    assert "Traceback" not in result.stderr
