"""Tables in the text view: aligned columns that follow the font, a bold header, shaded rows,
and still one block of text per row, so the caret and the model offsets stay the same."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetricsF, QTextCursor

from reader.document.model import BlockKind
from reader.document.pipeline import parse_text

TABLE = """\
# Prices

| Fruit | Price per kilogram | Origin |
|---|---|---|
| Apple | 2.10 | Normandy |
| Watermelon from the south | 1.05 | Andalusia |
| Fig | 7.80 | Provence |

After the table.
"""


@pytest.fixture
def shown(window):
    document = parse_text(TABLE, path="/tmp/prices.md")
    window.show_document(document)
    return window


def _row_blocks(window):
    document = window.document
    return [(i, b) for i, b in enumerate(document.blocks)
            if b.kind in (BlockKind.TABLE_HEADER, BlockKind.TABLE_ROW)]


def test_rows_stay_one_block_each_with_the_models_text(shown):
    text_document = shown.text.document()
    assert text_document.toPlainText() == shown.document.text
    assert text_document.blockCount() == len(shown.document.blocks)
    header = shown.document.text.index("Fruit")
    shown.text.go_to(header)
    cursor = shown.text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, n=len("Fruit") + 1)
    shown.text.setTextCursor(cursor)
    assert shown.text.caret_offset() == shown.document.text.index("Price per")


def test_columns_start_after_their_widest_cell_and_the_header_is_bold(shown):
    text_document = shown.text.document()
    rows = _row_blocks(shown)
    assert [b.kind for _, b in rows] == [BlockKind.TABLE_HEADER] + [BlockKind.TABLE_ROW] * 3
    font = text_document.defaultFont()
    widest_first = QFontMetricsF(font).horizontalAdvance("Watermelon from the south")
    stops = None
    for number, _block in rows:
        tabs = [t.position for t in text_document.findBlockByNumber(number).blockFormat()
                .tabPositions()]
        assert len(tabs) == 2
        stops = stops or tabs
        assert tabs == stops  # the same columns on every row
    assert widest_first < stops[0] < stops[1]
    header = text_document.findBlockByNumber(rows[0][0])
    assert header.charFormat().fontWeight() == QFont.Weight.Bold or \
        header.begin().fragment().charFormat().fontWeight() == QFont.Weight.Bold
    shaded = [text_document.findBlockByNumber(n).blockFormat().background().style()
              for n, _ in rows]
    assert shaded[0] == shaded[2] != shaded[1]  # every other row


def test_the_columns_follow_a_bigger_font(shown):
    text_document = shown.text.document()
    number = _row_blocks(shown)[0][0]

    def first_stop():
        return text_document.findBlockByNumber(number).blockFormat().tabPositions()[0].position

    before = first_stop()
    shown.named_actions["bigger_text"].trigger()
    shown.named_actions["bigger_text"].trigger()
    assert first_stop() > before * 1.1


def test_a_row_is_read_with_its_headers(shown):
    from reader.speech.tables import table_row_speakable

    number = _row_blocks(shown)[2][0]
    spoken = table_row_speakable(shown.document, number)
    assert spoken.text.startswith("Fruit: Watermelon from the south, Price per kilogram: 1.05")
