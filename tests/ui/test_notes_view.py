"""A note is shown set apart (docs/files-and-audio-in-the-window.md, "Notes and page
numbers"): in smaller type than the text, but never below the smallest size the reader
offers, set in from the left, its number in its text, in the text's own colour (a theme's
contrast holds), one paragraph the caret moves through as any other."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette, QTextCursor, QTextFormat

from reader.document.model import BlockKind
from reader.ui.text.block_formats import SMALLEST_READABLE, readable_adjustment
from reader.ui.text.heading_sizes import ADJUSTMENT_SCALE, fit_headings
from reader.ui.text.renderer import render
from tests.document.formats.test_notes_numbered import _word
from tests.document.formats.test_real_formats_round10 import _document

_SIZE = QTextFormat.Property.FontSizeAdjustment


def _font(points: float) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(points)
    return font


def _shown(qapp, tmp_path, points: float, palette: QPalette | None = None):
    document = _document(_word(tmp_path))
    result = render(document, _font(points), palette or qapp.palette())
    return document, result


def _block_at(document, result, needle: str):
    cursor = QTextCursor(result.text_document)
    cursor.setPosition(result.positions.to_qt(document.text.index(needle)) + 1)
    return cursor


def _points(cursor: QTextCursor, base: float) -> float:
    step = cursor.charFormat().property(_SIZE) or 0
    return base * ADJUSTMENT_SCALE[step]


def test_a_note_is_smaller_set_in_and_opens_with_its_number(qapp, tmp_path):
    document, result = _shown(qapp, tmp_path, 14)
    note = _block_at(document, result, "1 Bought")
    text = _block_at(document, result, "The press came")
    assert note.block().text() == "1 Bought in 1952."  # its number, seen and copied
    assert _points(text, 14) == 14
    assert SMALLEST_READABLE <= _points(note, 14) < 14  # 11.2 pt
    assert note.blockFormat().leftMargin() > text.blockFormat().leftMargin() + 10
    assert note.blockFormat().leftMargin() > 0 and text.blockFormat().leftMargin() == 0
    # the margin is in em: it grows with the text (the spaced blocks' pass sets it again)
    assert any(spaced.left > 1 for spaced in result.spaced_blocks)


def test_at_the_smallest_size_a_note_is_not_made_smaller(qapp, tmp_path):
    document, result = _shown(qapp, tmp_path, 8)
    note = _block_at(document, result, "1 Bought")
    assert _points(note, 8) == 8  # never below the smallest readable size
    assert note.blockFormat().leftMargin() > 0  # still set apart
    assert readable_adjustment(_font(96), -1) == -1 and readable_adjustment(_font(9), -1) == 0


def test_a_notes_size_follows_a_change_of_the_texts_size(qapp, tmp_path):
    document, result = _shown(qapp, tmp_path, 14)
    page = result.text_document
    notes = [b for b in document.blocks if b.kind is BlockKind.NOTE]
    page.setDefaultFont(_font(8))  # the reader chose 8 pt: no new rendering, a refit
    assert fit_headings(page, result.positions, notes, lambda _block: 10_000.0)
    assert _points(_block_at(document, result, "1 Bought"), 8) == 8
    page.setDefaultFont(_font(96))
    assert fit_headings(page, result.positions, notes, lambda _block: 10_000.0)
    assert _points(_block_at(document, result, "ii Thanks"), 96) < 96


def test_a_note_keeps_the_texts_colour_in_a_high_contrast_theme(qapp, tmp_path):
    from PySide6.QtGui import QColor

    from reader.appearance.themes import TEXT_CONTRAST, THEMES, contrast_ratio

    theme = THEMES["yellow-on-black"]
    palette = QPalette(qapp.palette())
    palette.setColor(QPalette.ColorRole.Text, QColor(theme.text))
    palette.setColor(QPalette.ColorRole.Base, QColor(theme.background))
    document, result = _shown(qapp, tmp_path, 28, palette)
    note = _block_at(document, result, "2 Since")
    # no colour of its own (a paler grey would fail 7:1): the theme's text on its page
    assert not note.charFormat().hasProperty(QTextFormat.Property.ForegroundBrush)
    assert not note.blockFormat().hasProperty(QTextFormat.Property.BackgroundBrush)
    assert contrast_ratio(theme.text, theme.background) >= TEXT_CONTRAST
