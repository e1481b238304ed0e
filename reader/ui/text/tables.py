"""Tables in the text view: each row one block, its cells separated by tabs, shown as a table.

A row stays one block of text with its tabs (the model's ``TABLE_CELL_SEPARATOR``), so the
caret moves by characters and model offsets stay equal to the view's. What makes it a table
is the block format: tab stops at the columns' edges, computed from the widest cell of each
column in the current font (``lay_out``, again whenever the font changes), the header row
bold, every other row shaded, no paragraph spacing between rows, and left-aligned even in
justified text (justifying a row would move its cells off their columns).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from reader.document.model import TABLE_CELL_SEPARATOR, Block, BlockKind

TABLE_KINDS = frozenset({BlockKind.TABLE_HEADER, BlockKind.TABLE_ROW})
_GAP_EM = 1.2  # between the widest cell of a column and the next column
_WIDEST_EM = 24.0  # a column is no wider: a long cell runs on, the others keep their columns


# A named tuple and a plain class rather than dataclasses: both are defined on the way to the
# first paint, and a dataclass takes about 1.5 ms to define (its methods are generated).
class Table(NamedTuple):
    first_block: int  # QTextBlock number of its first row
    rows: tuple[tuple[str, ...], ...]  # each row's cells
    headers: tuple[bool, ...]  # whether each row is a header row


class TableCollector:
    """Gathers the document's tables while it is rendered, block by block."""

    __slots__ = ("tables", "_first", "_rows", "_headers")

    def __init__(self) -> None:
        self.tables: list[Table] = []
        self._first = -1
        self._rows: list[tuple[str, ...]] = []
        self._headers: list[bool] = []

    def add(self, number: int, block: Block) -> int:
        """Note block ``number``; returns its row's index in its table (-1: not a row)."""
        if block.kind not in TABLE_KINDS:
            self._close()
            return -1
        new_header = block.kind is BlockKind.TABLE_HEADER and self._rows and not self._headers[-1]
        if self._first < 0 or self._first + len(self._rows) != number or new_header:
            self._close()
            self._first = number
        self._rows.append(tuple(block.text.split(TABLE_CELL_SEPARATOR)))
        self._headers.append(block.kind is BlockKind.TABLE_HEADER)
        return len(self._rows) - 1

    def result(self) -> tuple[Table, ...]:
        self._close()
        return tuple(self.tables)

    def _close(self) -> None:
        if self._rows:
            self.tables.append(Table(self._first, tuple(self._rows), tuple(self._headers)))
        self._first, self._rows, self._headers = -1, [], []


def format_row(block: Block, row: int, palette: QPalette, block_format: QTextBlockFormat,
               char_format: QTextCharFormat) -> None:
    """A row's look that does not depend on the font: bold header, shading, alignment."""
    if block.kind is BlockKind.TABLE_HEADER:
        char_format.setFontWeight(QFont.Weight.Bold)
    if row % 2 == 0:  # the header and every other row: lines are easy to follow across
        block_format.setBackground(palette.alternateBase())
    block_format.setAlignment(Qt.AlignmentFlag.AlignLeft)


def tab_stops(table: Table, font: QFont) -> list[float]:
    """Where each column after the first starts, in pixels of ``font``."""
    plain, bold = QFontMetricsF(font), QFontMetricsF(_bold(font))
    em = QFontMetricsF(font).horizontalAdvance("M")
    columns = max(len(row) for row in table.rows)
    widths = [0.0] * columns
    for cells, header in zip(table.rows, table.headers, strict=True):
        metrics = bold if header else plain
        for column, cell in enumerate(cells):
            widths[column] = max(widths[column], metrics.horizontalAdvance(cell))
    stops, edge = [], 0.0
    for width in widths[:-1]:
        edge += min(width, _WIDEST_EM * em) + _GAP_EM * em
        stops.append(edge)
    return stops


def lay_out(document: QTextDocument, tables: tuple[Table, ...], font: QFont) -> None:
    """Set every table's tab stops for ``font``, and rows without space between them (after
    any whole-document change of paragraph spacing or alignment too)."""
    if not tables:
        return
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        for table in tables:
            tabs = [QTextOption.Tab(stop, QTextOption.TabType.LeftTab)
                    for stop in tab_stops(table, font)]
            for row in range(len(table.rows)):
                block = document.findBlockByNumber(table.first_block + row)
                if not block.isValid():
                    break
                row_format = QTextBlockFormat()
                row_format.setTabPositions(tabs)
                row_format.setAlignment(Qt.AlignmentFlag.AlignLeft)
                if row < len(table.rows) - 1:  # the last keeps the space after a paragraph
                    row_format.setBottomMargin(0)
                cursor.setPosition(block.position())
                cursor.mergeBlockFormat(row_format)
    finally:
        cursor.endEditBlock()


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setWeight(QFont.Weight.Bold)
    return bold
