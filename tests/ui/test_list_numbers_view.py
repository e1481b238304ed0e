"""The view shows a list's number once, as text, in every format (issue 17): Qt draws no second
number beside it; a bullet is still a marker Qt draws, never text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor, QTextListFormat
from PySide6.QtWidgets import QApplication

from reader.document.pipeline import open_document
from reader.ui.text.renderer import reading_font, render
from tests.document.formats.test_list_numbers import _rtf, _web_page, _word


def _rendered(qapp, path):
    document = open_document(path, with_language=False)
    return document, render(document, reading_font(QApplication.font()), qapp.palette())


def _cursor_at(document, result, needle: str) -> QTextCursor:
    cursor = QTextCursor(result.text_document)
    cursor.setPosition(result.positions.to_qt(document.text.index(needle)))
    return cursor


@pytest.mark.parametrize("make, number", [(_web_page, "2."), (_word, "2)"), (_rtf, "2)")])
def test_a_numbered_items_number_is_shown_once_as_its_text(qapp, tmp_path, make, number):
    document, result = _rendered(qapp, make(tmp_path))
    cursor = _cursor_at(document, result, f"{number} Qu'aimez")
    assert cursor.block().text() == f"{number} Qu'aimez-vous le plus dans votre travail ?"
    assert cursor.currentList() is None  # no number drawn beside the one in the text
    assert cursor.blockFormat().indent() >= 1  # still set in as a list item
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText().startswith(f"{number} Qu'aimez")  # copied with its number


def test_a_bullet_is_drawn_by_qt_and_is_no_text(qapp, tmp_path):
    page = tmp_path / "puces.html"
    page.write_text("<html><body><main><p>Ce qu'il faut apporter.</p><ul><li>Un carnet</li>"
                    "<li>Un crayon</li></ul><ol type=\"a\"><li>Lire</li></ol></main></body>"
                    "</html>", encoding="utf-8")
    document, result = _rendered(qapp, page)
    bullet = _cursor_at(document, result, "Un crayon")
    assert bullet.block().text() == "Un crayon"
    assert bullet.currentList() is not None
    assert bullet.currentList().format().style() in (
        QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
        QTextListFormat.Style.ListSquare)
    lettered = _cursor_at(document, result, "a. Lire")
    assert lettered.block().text() == "a. Lire" and lettered.currentList() is None
