"""What the Orca screen reader really says when a blind user moves through an interview with
N / Shift+N and Ctrl+PgDown in the text (reader.ui.shell.screen_reader explains the mechanism).

Needs Orca (Debian: orca) on top of what the AT-SPI test needs; skipped, saying why, where it
is not installed, or while another Orca runs for this user (one per user per machine).
"""

from __future__ import annotations

import re
import sys
import time

import pytest

from reader import messages
from reader.app import APP_NAME
from reader.document.pipeline import open_document
from reader.ui.actions import plain_text
from reader.ui.shell.screen_reader import arrival_words
from reader.window_documents import default_document_path
from tests.accessibility.desktop import (
    SYSTEM_PYTHON,
    DesktopSession,
    wait_for,
)
from tests.accessibility.orca import NEEDS_ORCA, Orca, skip_unless_alone
from tests.accessibility.test_atspi_tree import ROOT, WALKER

pytestmark = NEEDS_ORCA


@pytest.fixture(scope="module")
def document():
    return open_document(str(default_document_path()))


@pytest.fixture(scope="module")
def orca(document):
    skip_unless_alone()
    desktop = DesktopSession().start()
    desktop.start_audio()  # reading aloud, to stop it (test_escape_says_that_reading_stopped)
    try:
        app = desktop.spawn([sys.executable, "-m", "reader", document.path], "app.log", cwd=ROOT)
        # The app's window is on the AT-SPI desktop before Orca starts (Orca then greets it).
        found = desktop.run([SYSTEM_PYTHON, WALKER, APP_NAME, "--timeout", "30",
                             "--max-children", "0"], timeout=90)
        assert found.returncode == 0, found.stderr
        assert wait_for(lambda: desktop.activate(messages.app_display_name()), 10)
        screen_reader = Orca(desktop)
        said = screen_reader.wait_to_say(lambda u: u.startswith("Document text"), 30)
        assert any(u.startswith("Document text") for u in said), \
            f"Orca never presented the text view; it said {said}"
        time.sleep(0.5)  # let Orca finish presenting the window before the first key
        yield screen_reader
        screen_reader.stop()
        app.terminate()
    finally:
        desktop.stop()


def press(orca: Orca, key: str, expected: str) -> list[str]:
    orca.mark()
    orca.desktop.key(key)
    return orca.wait_to_say(lambda u: u == expected)


def test_n_makes_orca_say_the_next_question_and_its_position(orca, document):
    first = document.questions[0]
    expected = messages.question_accessible(1, len(document.questions), first.heading)
    said = press(orca, "n", expected)
    assert expected in said, said
    # Only the question: not its answer, not the rest of the document.
    answer = document.blocks[first.answer_block].text
    assert not any(answer[:40] in u for u in said), said


def test_shift_n_goes_back_and_is_spoken_too(orca, document):
    orca.desktop.key("n")
    expected = arrival_words(document, document.questions[0].start)
    said = press(orca, "shift+n", expected)
    assert expected in said, said


def test_ctrl_page_down_says_the_section(orca, document):
    # From question 1, the next section is question 2.
    expected = arrival_words(document, document.questions[1].start)
    said = press(orca, "ctrl+Next", expected)
    assert expected in said, said


def test_no_stale_question_when_focus_comes_back_to_the_text(orca, document):
    position = messages.question_position(2, len(document.questions))
    orca.mark()
    orca.desktop.key("shift+Tab")  # to the outline, which says "Question 2 of 7: …" itself
    said = orca.wait_to_say(lambda u: position in u)
    assert any(position in u for u in said), said
    orca.mark()
    orca.desktop.key("Tab")
    said = orca.wait_to_say(lambda u: u.startswith("Document text"))
    assert any(u.startswith("Document text") for u in said), said
    time.sleep(0.5)
    assert not any(position in u for u in orca.utterances()), orca.utterances()


def test_the_find_bar_is_announced_the_first_time_it_opens(orca):
    """The bar is built on first use; its field's caret event once came before its focus event
    and Orca said nothing (reader.ui.places.find_controller)."""
    label = plain_text(messages.find_field_label())
    said = press(orca, "ctrl+f", f"{label} text.")
    assert f"{label} text." in said, said
    said = press(orca, "Escape", "Document text read only text.")
    assert "Document text read only text." in said, said


def test_f6_says_the_banner_message_once_with_its_kind(orca, document):
    """Orca once said "Message panel. <text>. <text> label." (reader.ui.shell.message_banner)."""
    note = "\n".join(messages.notice(n) for n in document.notices)
    assert note, "the seed's repaired paragraphs give the banner a note"
    expected = f"{messages.message_spoken(messages.message_kind_note(), note)} label."
    orca.desktop.key("F6")  # the speech toolbar
    said = press(orca, "F6", expected)
    assert expected in said, said
    assert sum(note in u for u in said) == 1, said
    orca.desktop.key("F6")  # the outline
    said = press(orca, "F6", "Document text read only text.")
    assert "Document text read only text." in said, said


def test_f1_list_starts_on_its_first_row_and_says_no_key(orca):
    orca.mark()
    orca.desktop.key("F1")
    said = orca.wait_to_say(lambda u: u == "Search: text.")
    assert "Search: text." in said, said
    time.sleep(0.5)
    said = press(orca, "Down", "Ctrl+O.")  # the first row's key cell, after its action cell
    assert said[-2:] == ["Open…", "Ctrl+O."], said
    orca.desktop.key("shift+Tab")  # back to the search
    time.sleep(0.5)
    orca.mark()
    orca.desktop.key("a", "b", "o", "u", "t")
    said = orca.wait_to_say(lambda u: u == "1 shortcut shown")  # the count, as it changes
    assert "1 shortcut shown" in said, said
    said = press(orca, "Down", "No key.")
    assert said[-2:] == ["About Accessible Reader.", "No key."], said
    assert "blank" not in " ".join(said), said
    orca.mark()
    orca.desktop.key("Escape")
    orca.wait_to_say(lambda u: u.startswith("Document text"), 5)


def test_an_error_opening_a_file_is_spoken(orca, tmp_path):
    """Errors go to the message area, which takes the focus: Orca reads it at once (no modal
    box that would stop the reader from reading on)."""
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    orca.mark()
    orca.desktop.key("ctrl+o")
    orca.wait_to_say(lambda u: "text" in u.lower(), 10)  # the file name field
    time.sleep(0.5)
    orca.mark()
    orca.desktop.run(["xdotool", "type", "--delay", "20", str(binary)])
    orca.desktop.key("Return")
    # Orca first echoes each character typed (a pytest folder's path: some 70, ~0.2 s each,
    # up to twice that on a loaded machine: CI once ran out of the 36 s given before)
    said = orca.wait_to_say(lambda u: "is not a text document" in u, 30 + 0.5 * len(str(binary)))
    assert any("is not a text document" in u and "photo.txt" in u for u in said), said
    said = press(orca, "Escape", "Document text read only text.")
    assert "Document text read only text." in said, said


def test_go_to_question_says_the_question_as_n_does(orca, document):
    """Ctrl+G 4 Enter: the window is active again only after the dialog has closed; the
    arrival is told once the text has the focus back (reader.ui.shell.screen_reader)."""
    orca.mark()
    orca.desktop.key("ctrl+g")
    orca.wait_to_say(lambda u: u.startswith("Question number"))
    orca.desktop.key("4")
    orca.wait_to_say(lambda u: u.strip() == "4")
    expected = arrival_words(document, document.questions[3].start)
    assert expected.startswith(messages.question_position(4, len(document.questions)))
    said = press(orca, "Return", expected)
    assert expected in said, said


def test_enter_on_an_outline_row_says_the_question_as_n_does(orca, document):
    position = messages.question_position(5, len(document.questions))
    orca.mark()
    orca.desktop.key("shift+Tab")  # to the outline, on question 4's row
    orca.wait_to_say(lambda u: u.startswith(
        messages.question_position(4, len(document.questions))))
    orca.mark()
    orca.desktop.key("Down")
    orca.wait_to_say(lambda u: u.startswith(position))
    expected = arrival_words(document, document.questions[4].start)
    said = press(orca, "Return", expected)
    assert expected in said, said


def test_typing_in_the_find_bar_says_the_count_not_the_hint_again(orca):
    """The field's description was "<count>. <hint>": Orca said the hint after every letter."""
    hint = messages.find_field_description()
    orca.mark()
    orca.desktop.key("ctrl+f")
    orca.wait_to_say(lambda u: u == hint)  # once, when the bar opens
    for letter in ("q", "u"):
        orca.mark()
        orca.desktop.key(letter)
        said = orca.wait_to_say(lambda u: re.fullmatch(r"\d+ of \d+", u) is not None)
        assert any(re.fullmatch(r"\d+ of \d+", u) for u in said), said
        assert not any(hint in u for u in said), said
    said = press(orca, "Escape", "Document text read only text.")
    assert "Document text read only text." in said, said


def test_escape_says_that_reading_stopped(orca):
    if "PULSE_SERVER" not in orca.desktop.env:
        pytest.skip("reading aloud needs an audio device (Debian: pulseaudio)")
    orca.mark()
    orca.desktop.key("space")
    # Orca says nothing as reading starts (the voice is the news), but it receives the
    # status line's new place.
    assert orca.wait_to_log(messages.reading_status("", paused=False), 20), \
        "reading aloud did not start"
    said = press(orca, "Escape", messages.reading_stopped())
    assert messages.reading_stopped() in said, said


def test_a_kept_dialog_is_named_each_time_it_opens(orca):
    """Export audio is built once and kept (reader.ui.shell.kept_dialogs): closed, its native
    window goes; opened again, Orca must still say its name, then its first field."""
    title = messages.export_dialog_title()
    field = plain_text(messages.export_folder_label()).rstrip(":")
    for _opening in range(2):
        orca.mark()
        orca.desktop.key("ctrl+shift+e")
        said = orca.wait_to_say(lambda u: u.startswith(f"{field}: text"), 20)
        assert any(u.startswith(f"{title} — ") and "dialog" in u for u in said), said
        orca.mark()
        orca.desktop.key("Escape")
        said = orca.wait_to_say(lambda u: u.startswith("Document text"), 10)
        assert any(u.startswith("Document text") for u in said), said
