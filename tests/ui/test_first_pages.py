"""A long PDF shows its first pages at once, says it is still opening, and the whole document
then takes their place where the reader is: the caret, the line on screen and reading aloud
carry over; nothing the reader keeps per file is stored for the first pages.

The parse is a test double: the first pages come at once, the whole waits for the test (as a
slow parse would); both are text documents, the whole beginning with the first pages' text as
a PDF's does (tests/document/formats/test_pdf_preview.py shows it for real PDFs).
"""

from __future__ import annotations

import os
import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.app import build_main_window
from reader.document.pipeline import Preview, parse_text
from reader.speech.memory_sink import MemorySink
from reader.speech.scripted_engine import ScriptedEngine
from reader.speech.session_types import State
from reader.ui.context import ActionId
from reader.ui.opening import background_open
from reader.ui.opening.preview import WAITING_ACTIONS, carried_offset
from reader.ui.opening.recent_files import RecentFiles
from reader.ui.places.reading_places import ReadingPlaces

WAIT_MS = 20_000
PAGES, SHOWN = 30, 8
STILL_OPENING = "Still opening: the first 8 of 30 pages are shown."


def _page(number: int) -> str:
    return "\n\n".join(
        f"Page {number}, paragraphe {n}. " + "Une phrase qui remplit la page du livre. " * 6
        for n in range(1, 5))


def _text(pages: int) -> str:
    return "Un long livre\n\n" + "\n\n".join(_page(n) for n in range(1, pages + 1)) + "\n"


@pytest.fixture(autouse=True)
def small_threshold(monkeypatch):
    monkeypatch.setattr(background_open, "BACKGROUND_BYTES", 2000)


class SlowBook:
    """The first pages at once (unless ``preview_gate`` holds them too), the whole when the
    test sets ``gate``; ``loads`` counts the whole parses."""

    def __init__(self, path) -> None:
        self.path = str(path)
        path.write_text(_text(PAGES), encoding="utf-8")
        self.gate = threading.Event()
        self.failure: Exception | None = None  # what reading the whole raises, if anything
        self.preview_gate = threading.Event()
        self.preview_gate.set()
        self.whole = parse_text(_text(PAGES), path=self.path, plain_text=True,
                                with_language=False)
        first = parse_text(_text(SHOWN), path=self.path, plain_text=True, with_language=False)
        self.first = replace(first, path="")

    def load(self, path: str):
        if path != self.path:
            return parse_text(open(path, encoding="utf-8").read(), path=path, plain_text=True,
                              with_language=False)
        assert self.gate.wait(WAIT_MS / 1000), "the test never released the whole parse"
        if self.failure is not None:
            raise self.failure
        return self.whole

    def preview(self, path: str) -> Preview | None:
        assert self.preview_gate.wait(WAIT_MS / 1000), "the test never released the preview"
        return Preview(self.first, SHOWN, PAGES) if path == self.path else None


@pytest.fixture
def book(tmp_path):
    return SlowBook(tmp_path / "livre.pdf.txt")


@pytest.fixture
def open_window(qtbot, settings, book):
    made = []

    # Messages are not spoken in the app's own voice here: it would pause the reading.
    settings.setValue("speech/announce_messages", False)

    def make(**kwargs):
        window = build_main_window(settings, load=book.load, **kwargs)
        window.opening.set_previewer(book.preview)
        qtbot.addWidget(window)
        window.resize(700, 500)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()  # ends a speech worker thread


def _showing_first_pages(window, book) -> bool:
    return window.document is not None and window.document.text == book.first.text


def test_the_first_pages_show_before_the_whole_and_say_it_is_still_opening(open_window, book,
                                                                         settings, qtbot):
    window = open_window()
    assert window.open_path(book.path) == ""
    qtbot.waitUntil(lambda: _showing_first_pages(window, book), timeout=WAIT_MS)
    assert window.text.toPlainText().startswith("Un long livre\nPage 1, paragraphe 1.")
    assert "Page 9," not in window.text.toPlainText()
    assert window.status_line.currentMessage() == STILL_OPENING
    assert window.text.hasFocus()
    assert QApplication.overrideCursor() is not None  # still busy
    for action_id in WAITING_ACTIONS:
        assert not window.named_actions[action_id].isEnabled(), action_id
    assert window.named_actions[ActionId.PLAY_PAUSE].isEnabled()
    assert window.named_actions[ActionId.FIND].isEnabled()

    book.gate.set()
    qtbot.waitUntil(lambda: window.document.text == book.whole.text, timeout=WAIT_MS)
    assert "Page 30, paragraphe 4." in window.text.toPlainText()
    assert window.document.path == book.path
    assert RecentFiles(settings).paths() == [os.path.abspath(book.path)]
    assert window.status_line.currentMessage() != STILL_OPENING
    for action_id in WAITING_ACTIONS:
        assert window.named_actions[action_id].isEnabled(), action_id
    assert QApplication.overrideCursor() is None


def test_the_whole_keeps_the_readers_place_in_the_first_pages(open_window, book, qtbot):
    window = open_window()
    window.open_path(book.path)
    qtbot.waitUntil(lambda: _showing_first_pages(window, book), timeout=WAIT_MS)
    where = book.first.text.index("Page 3, paragraphe 2.") + len("Page 3, ")
    window.jump_to(where)
    qtbot.waitUntil(lambda: window.text.verticalScrollBar().value() > 0, timeout=WAIT_MS)

    def caret_line_in_window() -> int:
        # In the window, not the view: something shown above the text (a message) may move
        # the view meanwhile, and the place is kept where the reader sees it on the screen.
        text = window.text
        return text.viewport().mapTo(window, text.cursorRect().topLeft()).y()

    caret_line = caret_line_in_window()

    book.gate.set()
    qtbot.waitUntil(lambda: window.document.text == book.whole.text, timeout=WAIT_MS)
    caret = window.text.caret_offset()
    assert window.document.text[caret:caret + 12] == "paragraphe 2"
    assert caret == where
    # The line is on screen, near where it was. Not always at the very same height: when the
    # status line's message resizes the view between the jump and the swap, the line has been
    # seen to come back one paragraph lower (126 px here; noted as an open defect).
    text = window.text
    assert 0 <= text.cursorRect().top() < text.viewport().height()
    assert abs(caret_line_in_window() - caret_line) <= 2 * 126
    assert window.position_label.text()  # the status line says where the caret is


def test_an_untouched_preview_gives_way_to_the_whole_at_its_start(open_window, book, qtbot):
    window = open_window()
    window.open_path(book.path)
    qtbot.waitUntil(lambda: _showing_first_pages(window, book), timeout=WAIT_MS)
    book.gate.set()
    qtbot.waitUntil(lambda: window.document.text == book.whole.text, timeout=WAIT_MS)
    assert window.text.caret_offset() == 0
    assert window.text.verticalScrollBar().value() == 0


def test_nothing_is_kept_for_the_first_pages(open_window, book, settings, tmp_path, qtbot):
    window = open_window()
    window.open_path(book.path)
    qtbot.waitUntil(lambda: _showing_first_pages(window, book), timeout=WAIT_MS)
    assert window.document.path == ""
    window.jump_to(book.first.text.index("Page 5"))
    window.named_actions[ActionId.ADD_BOOKMARK].trigger()  # greyed out: does nothing
    other = tmp_path / "autre.txt"
    other.write_text("Un autre document.\n", encoding="utf-8")
    assert window.open_path(other, in_background=False) == ""  # what the user chose last wins
    places = ReadingPlaces(settings)
    assert places.last_position(book.path) is None and places.last_position("") is None
    assert places.bookmarks(book.path) == [] and places.bookmarks("") == []
    for action_id in WAITING_ACTIONS:  # for the document now shown
        assert window.named_actions[action_id].isEnabled(), action_id
    assert RecentFiles(settings).paths() == [str(other)]  # the book never opened whole


def test_a_newer_open_drops_both_the_first_pages_and_the_whole(open_window, book, tmp_path,
                                                               qtbot):
    window = open_window()
    book.preview_gate.clear()
    assert window.open_path(book.path) == ""
    other = tmp_path / "autre.txt"
    other.write_text("Un autre document.\n", encoding="utf-8")
    assert window.open_path(other, in_background=False) == ""
    with qtbot.waitSignal(window.opening.background.superseded, timeout=WAIT_MS):
        book.preview_gate.set()
        book.gate.set()
    assert window.text.toPlainText() == "Un autre document."
    assert window.status_line.currentMessage() != STILL_OPENING


def test_space_on_the_first_pages_reads_and_goes_on_in_the_whole(open_window, book, qtbot):
    sinks: list[MemorySink] = []

    def sink():
        sinks.append(MemorySink())
        return sinks[-1]

    window = open_window(engine_factory=ScriptedEngine, open_sink=sink)
    window.speech.wait_until_loaded()
    window.open_path(book.path)
    qtbot.waitUntil(lambda: _showing_first_pages(window, book), timeout=WAIT_MS)
    session = window.speech.session
    window.jump_to(book.first.text.index("Page 2, paragraphe 3."))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text, timeout=WAIT_MS)
    qtbot.keyClick(window.text, Qt.Key.Key_Space)
    assert session.state is State.SPEAKING
    qtbot.waitUntil(lambda: session.pending_syntheses == 0, timeout=WAIT_MS)
    sinks[-1].advance(30)
    session.update()
    reading = session.position

    book.gate.set()
    qtbot.waitUntil(lambda: window.document.text == book.whole.text, timeout=WAIT_MS)
    assert session.state is State.SPEAKING  # it goes on, in the whole document
    assert session.document.text == book.whole.text
    assert session.position == reading
    assert window.document.text[reading:].startswith("Page 2, paragraphe 3.")


def test_pausing_on_the_first_pages_stays_paused_in_the_whole(open_window, book, qtbot):
    window = open_window(engine_factory=ScriptedEngine, open_sink=MemorySink)
    window.speech.wait_until_loaded()
    window.open_path(book.path)
    qtbot.waitUntil(lambda: _showing_first_pages(window, book), timeout=WAIT_MS)
    session = window.speech.session
    window.named_actions[ActionId.PLAY_PAUSE].trigger()
    window.named_actions[ActionId.PLAY_PAUSE].trigger()
    assert session.state is State.PAUSED
    book.gate.set()
    qtbot.waitUntil(lambda: window.document.text == book.whole.text, timeout=WAIT_MS)
    assert session.state is State.PAUSED and session.document.text == book.whole.text


def test_a_whole_that_fails_leaves_the_first_pages_usable(open_window, book, qtbot):
    book.failure = ValueError("a rule went wrong")
    window = open_window()
    window.open_path(book.path)
    qtbot.waitUntil(lambda: _showing_first_pages(window, book), timeout=WAIT_MS)
    book.gate.set()
    qtbot.waitUntil(lambda: window.banner.is_error(), timeout=WAIT_MS)
    assert "ValueError: a rule went wrong" in window.banner.text()
    assert _showing_first_pages(window, book)
    for action_id in WAITING_ACTIONS:
        assert window.named_actions[action_id].isEnabled(), action_id


def test_an_offset_is_carried_to_the_whole_by_its_words():
    first = "Titre\nUn paragraphe coupé en bas de la"
    whole = "Titre\nUn paragraphe coupé en bas de la page huit.\nLa suite."
    assert carried_offset(first, whole, 6) == 6
    changed = "Titre du livre\nUn paragraphe coupé en bas de la page huit."
    assert carried_offset(first, changed, 6) == changed.index("Un paragraphe")
    assert carried_offset(first, "", 6) == 0
