"""A large document is parsed in the background: the window stays usable meanwhile, says what it
is opening, and then shows the new document (or why it could not)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.document.pipeline import open_document
from reader.ui.opening import background_open

LARGE = 2000  # bytes: what counts as large in these tests (the real threshold is 1 MB)


@pytest.fixture(autouse=True)
def small_threshold(monkeypatch):
    monkeypatch.setattr(background_open, "BACKGROUND_BYTES", LARGE)


def _large_file(tmp_path, name="grand.txt", sentence="Une phrase de plus dans ce long texte. "):
    path = tmp_path / name
    path.write_text("Un long document\n\n" + sentence * (LARGE // len(sentence) + 10) + "\n",
                    encoding="utf-8")
    return path


class GatedLoader:
    """``open_document``, held until the test lets it go (as a slow parse would be)."""

    def __init__(self) -> None:
        self.gate = threading.Event()

    def __call__(self, path: str):
        assert self.gate.wait(20), "the test never released the loader"
        return open_document(path)


def test_the_window_stays_usable_while_a_large_document_opens(make_window, interview, tmp_path,
                                                              qtbot):
    loader = GatedLoader()
    window = make_window(load=loader)
    window.show_document(interview)
    large = _large_file(tmp_path)

    assert window.open_path(large) == ""
    banner = window.banner.text()
    assert "grand.txt" in banner and "You can keep reading meanwhile" in banner
    assert window.document is interview  # still readable, and the keys still work:
    window.focus_text()
    qtbot.waitUntil(window.text.hasFocus)
    qtbot.keyClick(window.text, Qt.Key.Key_N)
    assert window.text.caret_offset() == interview.questions[0].start

    loader.gate.set()
    qtbot.waitUntil(lambda: window.document is not interview, timeout=20000)
    assert window.text.toPlainText().startswith("Un long document")
    assert window.banner.text() == ""
    assert window.text.hasFocus()
    assert QApplication.overrideCursor() is None


def test_what_the_user_opened_last_wins(make_window, tmp_path, qtbot):
    loader = GatedLoader()
    window = make_window(load=loader)
    large = _large_file(tmp_path)
    small = tmp_path / "petit.txt"
    small.write_text("Un petit document.\n", encoding="utf-8")

    assert window.open_path(large) == ""
    loader.gate.set()  # the small one must not wait for the gate either
    # The large document's parse finishes meanwhile…
    with qtbot.waitSignal(window.opening.background.superseded, timeout=20000):
        assert window.open_path(small) == ""  # opened on the spot
        assert window.text.toPlainText() == "Un petit document."
    assert window.text.toPlainText() == "Un petit document."  # …and is dropped
    assert QApplication.overrideCursor() is None


def test_a_large_file_that_cannot_be_parsed_keeps_the_open_document(make_window, interview,
                                                                    tmp_path, qtbot):
    window = make_window()
    window.show_document(interview)
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)

    assert window.open_path(binary) == ""
    qtbot.waitUntil(lambda: window.banner.is_error(), timeout=20000)
    assert "is not a text document" in window.banner.text()
    assert window.document is interview
    assert QApplication.overrideCursor() is None


def test_a_parser_bug_in_the_background_is_explained(make_window, interview, tmp_path, qtbot,
                                                     capsys):
    def broken(path):
        raise ValueError("a rule went wrong")

    window = make_window(load=broken)
    window.show_document(interview)
    assert window.open_path(_large_file(tmp_path)) == ""
    qtbot.waitUntil(lambda: window.banner.is_error(), timeout=20000)
    assert "ValueError: a rule went wrong" in window.banner.text()
    assert window.document is interview
    assert "Traceback" in capsys.readouterr().err  # for the bug report, not the window


def test_presenting_at_start_opens_even_a_large_document_at_once(make_window, tmp_path):
    window = make_window()
    assert window.open_path(_large_file(tmp_path), in_background=False) == ""
    assert window.text.toPlainText().startswith("Un long document")


def test_a_book_compressed_in_a_small_file_opens_in_the_background(make_window, interview,
                                                                    tmp_path, qtbot):
    # A 300-page PDF fits in a few hundred KB, and extracting it takes seconds: the window
    # must not freeze for it as it would for a text file of that size.
    from reader.document.pipeline import parse_text

    gate = threading.Event()

    def slow_pdf_reader(path: str):
        assert gate.wait(20), "the test never released the loader"
        return parse_text("Un livre\n\nSa première page.\n", path=path, plain_text=True)

    window = make_window(load=slow_pdf_reader)
    window.show_document(interview)
    book = tmp_path / "livre.pdf"
    book.write_bytes(b"%PDF-1.7\n" + b"0" * (background_open.COMPRESSED_BACKGROUND_BYTES + 1))
    assert window.open_path(book) == ""
    assert "livre.pdf" in window.banner.text()
    assert window.document is interview  # still readable meanwhile
    gate.set()
    qtbot.waitUntil(lambda: window.document is not interview, timeout=20000)
    assert window.text.toPlainText().startswith("Un livre")


def test_keys_asked_before_the_first_document_arrives_say_it_is_still_opening(make_window,
                                                                               tmp_path, qtbot):
    """At start-up with a large file nothing is shown yet: N, Go to question and Where am I
    say the document is on its way, not that it has no questions."""
    loader = GatedLoader()
    window = make_window(load=loader)
    large = _large_file(tmp_path)
    assert window.open_path(large) == ""
    said = []
    window.status_line.messageChanged.connect(said.append)

    window.focus_text()
    qtbot.waitUntil(window.text.hasFocus)
    qtbot.keyClick(window.text, Qt.Key.Key_N)
    window.named_actions["go_to_question"].trigger()
    still = f"Still opening “{large}”: wait a few seconds."
    assert said[-2:] == [still, still]
    assert window.keyboard.places.where_am_i_text() == still

    loader.gate.set()
    qtbot.waitUntil(lambda: window.document is not None, timeout=20000)
    assert window.keyboard.places.where_am_i_text() != still
