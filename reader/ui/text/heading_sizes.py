"""A heading grows less when its words would not fit in the line.

Headings and the title are set larger than the text (1.5 and 2 times). At 14 pt that makes
them stand out; at 96 pt a title of 192 pt holds three letters a line in an ordinary pane, and
a reader with low vision would read it a syllable at a time. So each heading or title is set
at the largest of its steps (down to 1.2 times the text, a question's size) at which its
widest word fits whole in the line; it keeps its weight and the space above it, so it still
reads as a heading. Only when a word is wider than the line even then is it hyphenated
(reader.ui.text.long_words).

The other way, a note (and a share link) is set smaller than the text, but never below the
smallest readable size (``readable_adjustment``): at 9 pt it is set at the text's size, and
it follows each change of size.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from reader.document.model import Block, Document
from reader.ui.text.block_formats import readable_adjustment, size_adjustment
from reader.ui.text.renderer import PositionMap

# Qt's steps of FontSizeAdjustment (-2..+4): QTextFormatPrivate's scale factors.
ADJUSTMENT_SCALE = {-2: 0.7, -1: 0.8, 0: 1.0, 1: 1.2, 2: 1.5, 3: 2.0, 4: 2.4}
_SMALLEST = 1  # a heading is never set smaller than a question
_WORD = re.compile(r"\S+")


def shown_blocks(model: Document, positions: PositionMap) -> slice:
    """The model's blocks on the page (a large document's part, or all)."""
    first = max(0, model.block_index_at(positions.base))
    last = len(model.blocks) if positions.end is None else model.block_index_at(positions.end) + 1
    return slice(first, last)


def fit_headings(document: QTextDocument, positions: PositionMap, blocks: Iterable[Block],
                 line_width: Callable[[QTextBlock], float]) -> bool:
    """Each heading of ``blocks`` (those shown) at the largest of its sizes that fits its
    widest word in its line, each block set smaller (a note) at its readable size (in the
    caller's edit block); True when one changed."""
    font = document.defaultFont()
    bold = QFont(font)
    bold.setWeight(QFont.Weight.Bold)
    metrics = QFontMetricsF(bold)
    cursor = QTextCursor(document)
    changed = False
    for block in blocks:
        designed = size_adjustment(block)
        if 0 <= designed <= _SMALLEST or not block.text.strip():
            continue
        start = positions.to_qt(block.start)
        shown = document.findBlock(start)
        if designed < 0:
            fitting = readable_adjustment(font, designed)
        else:
            room = line_width(shown)
            widest = max(metrics.horizontalAdvance(word) for word in _WORD.findall(block.text))
            fitting = next((step for step in range(designed, _SMALLEST, -1)
                            if widest * ADJUSTMENT_SCALE[step] <= room), _SMALLEST)
        cursor.setPosition(min(start + 1, shown.position() + shown.length() - 1))
        if cursor.charFormat().property(QTextFormat.Property.FontSizeAdjustment) == fitting:
            continue
        size = QTextCharFormat()
        size.setProperty(QTextFormat.Property.FontSizeAdjustment, fitting)
        cursor.setPosition(shown.position())
        cursor.setPosition(shown.position() + shown.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(size)
        block_cursor = QTextCursor(shown)
        block_cursor.mergeBlockCharFormat(size)
        changed = True
    return changed
