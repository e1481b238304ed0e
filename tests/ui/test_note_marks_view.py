"""A note's mark where the text cites it (``InlineStyle.NOTE_REFERENCE``: "Bürgerfunk¹") is
shown as a raised mark, and a screen reader meets it apart from its word: Orca said
"Mit einem Anruf beim Bürgerfunk1, der …" (session 16), one word to espeak-ng. A mark's digits
are shown as the superscript digits ("¹"): as many characters as written, so every position
holds, and Orca speaks them as "superscript 1" (its adjustForDigits). Letters, stars and
brackets are raised by their format. Copying gives the document's own words."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAccessible, QTextCharFormat, QTextCursor

from reader.document.model import InlineStyle

PAGE = """<!DOCTYPE html><html lang="de"><head><title>Sonntags um elf</title></head><body>
<article><h1>Sonntags um elf</h1>
<p>Mit einem Anruf beim Bürgerfunk<a href="#n1">1</a>, der eine Stunde frei hatte.</p>
<p>Die Wirtin vom Eck<a href="#n2">*</a> kam als Erste, mit 12 Gästen.</p>
<p>Im Lokalradio<sup><a href="#n3">[3]</a></sup> wären es drei Minuten.</p>
<aside id="n1"><p>1 Offener Kanal Kassel, seit 1992 auf Sendung.</p></aside>
<aside id="n2"><p>* Sie heißt Erna.</p></aside>
<aside id="n3"><p>3 Radio Kassel, donnerstags.</p></aside>
</article></body></html>
"""


@pytest.fixture
def shown(make_window, tmp_path):
    path = tmp_path / "sonntags.html"
    path.write_text(PAGE, encoding="utf-8")
    window = make_window()
    assert window.open_path(path, in_background=False) == ""
    document = window.document
    marks = [i for b in document.blocks for i in b.inlines
             if i.style is InlineStyle.NOTE_REFERENCE]
    assert len(marks) == 3  # the model marked them all (reader.document.formats.note_refs)
    return window


def _heard(window) -> str:
    text = QAccessible.queryAccessibleInterface(window.text).textInterface()
    return text.text(0, text.characterCount())


def _format_at(window, offset: int) -> QTextCharFormat:
    cursor = QTextCursor(window.text.document())
    cursor.setPosition(window.text.positions.to_qt(offset) + 1)  # the character after offset
    return cursor.charFormat()


def test_a_number_mark_is_a_superscript_digit_apart_from_its_word(shown):
    heard = _heard(shown)
    assert "Bürgerfunk¹, der eine Stunde" in heard
    assert "Bürgerfunk1" not in heard
    assert "mit 12 Gästen" in heard  # a number of the text stays as written
    assert "1 Offener Kanal Kassel, seit 1992" in heard  # the note's own number too


def test_a_bracketed_number_is_heard_as_the_number_alone(shown):
    # Shown "Lokalradio[³]", Orca said "Lokalradio[ superscript 3] wären" and speech-dispatcher
    # named both brackets ("left bracket superscript 3 right bracket"): the brackets that
    # stood in for raising are drawn as hair spaces, which keep every position.
    heard = _heard(shown)
    assert re.search(r"Im Lokalradio\s³\s wären es drei Minuten", heard)
    assert "[" not in heard and "]" not in heard
    assert "3 Radio Kassel, donnerstags." in heard  # the note's own number as written
    document = shown.document
    comma_free = document.text.index("Lokalradio[3]") + len("Lokalradio[3]")
    assert shown.text.document().characterAt(shown.text.positions.to_qt(comma_free)) == " "


def test_a_mark_that_is_no_number_is_raised(shown):
    document = shown.document
    star = document.text.index("Eck*") + len("Eck")
    assert _format_at(shown, star).verticalAlignment() is (
        QTextCharFormat.VerticalAlignment.AlignSuperScript)
    word = document.text.index("Eck*")
    assert _format_at(shown, word).verticalAlignment() is (
        QTextCharFormat.VerticalAlignment.AlignNormal)


def test_positions_hold_and_copying_gives_the_documents_words(shown):
    document = shown.document
    comma = document.text.index("Bürgerfunk1,") + len("Bürgerfunk1")
    shown.text.go_to(comma)
    assert shown.text.caret_offset() == comma
    assert shown.text.document().characterAt(shown.text.positions.to_qt(comma)) == ","
    cursor = shown.text.textCursor()
    start = document.text.index("Mit einem")
    cursor.setPosition(shown.text.positions.to_qt(start))
    cursor.setPosition(shown.text.positions.to_qt(comma + 1), QTextCursor.MoveMode.KeepAnchor)
    shown.text.setTextCursor(cursor)
    # what Copy puts on the clipboard (read as the other copy tests read it)
    assert shown.text.createMimeDataFromSelection().text() == "Mit einem Anruf beim Bürgerfunk1,"
