"""Formats are made once per kind of block or run and shared: what one block or link looks like
must never leak into another (a table's bold header, a link's address)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QApplication

from reader.document.pipeline import parse_text
from reader.ui.text.renderer import reading_font, render

SOURCE = """\
Read [the first page](https://example.org/one) or [the second page](https://example.org/two),
then [the first page again](https://example.org/one).

| Fruit | Price |
|---|---|
| Apple | 2.10 |
| Fig | 7.80 |
| Pear | 3.20 |

After the table, a plain paragraph.

Read [the second page once more](https://example.org/two).
"""


def _char_format(result, document, needle: str):
    cursor = QTextCursor(result.text_document)
    cursor.setPosition(result.positions.to_qt(document.text.index(needle)) + 1)
    return cursor.charFormat(), cursor.blockFormat()


def test_each_link_keeps_its_own_address_and_plain_text_stays_plain(qapp):
    document = parse_text(SOURCE)
    result = render(document, reading_font(QApplication.font()), qapp.palette())
    hrefs = {needle: _char_format(result, document, needle)[0].anchorHref()
             for needle in ("the first page", "the second page", "the first page again",
                            "the second page once more")}
    assert hrefs == {
        "the first page": "https://example.org/one",
        "the second page": "https://example.org/two",
        "the first page again": "https://example.org/one",
        "the second page once more": "https://example.org/two",
    }
    plain, _block = _char_format(result, document, "then")
    assert not plain.isAnchor() and not plain.fontUnderline()


def test_a_tables_header_and_shading_stay_in_the_table(qapp):
    document = parse_text(SOURCE)
    result = render(document, reading_font(QApplication.font()), qapp.palette())
    header, header_block = _char_format(result, document, "Fruit")
    assert header.fontWeight() == QFont.Weight.Bold
    shaded = [_char_format(result, document, row)[1].hasProperty(
        header_block.Property.BackgroundBrush) for row in ("Fruit", "Apple", "Fig", "Pear")]
    assert shaded == [True, False, True, False]  # every other row
    assert _char_format(result, document, "Apple")[0].fontWeight() != QFont.Weight.Bold
    after, after_block = _char_format(result, document, "After the table")
    assert after.fontWeight() != QFont.Weight.Bold
    assert not after_block.hasProperty(after_block.Property.BackgroundBrush)
    before, before_block = _char_format(result, document, "then")
    assert before.fontWeight() != QFont.Weight.Bold
    assert not before_block.hasProperty(before_block.Property.BackgroundBrush)
