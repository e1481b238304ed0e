"""An RTF table, read as Word files' tables are: each cell's paragraphs are read as
paragraphs while the table is read; when it ends, a table of values becomes rows ("Name |
Age", each value after the one before, the first row as the header), and a table that lays
text out (an interview's questions beside their answers: ``tables.lays_text_out``) stays
cell by cell, each cell's paragraphs as paragraphs."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import LINE_BREAK, Block, BlockKind
from .blocks import BlockBuilder
from .tables import lays_text_out


@dataclass(slots=True)
class Table:
    first_block: int  # the builder's blocks from this one on are the table's
    cell_start: int = -1  # the first block of the cell being read
    cells: list[tuple[int, int]] = field(default_factory=list)  # the row's: block ranges
    rows: list[list[tuple[int, int]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.cell_start = self.first_block

    def end_cell(self, blocks: int) -> None:
        self.cells.append((self.cell_start, blocks))
        self.cell_start = blocks

    def end_row(self) -> None:
        if self.cells:
            self.rows.append(self.cells)
        self.cells = []

    def resolve(self, blocks: list[Block]) -> None:
        """Replace the table's cell paragraphs in ``blocks`` by its rows, unless it lays
        text out."""
        self.end_row()
        texts = [[[block.text.replace(LINE_BREAK, " ") for block in blocks[start:end]]
                  for start, end in row] for row in self.rows]
        laid_out = lays_text_out([[(" ".join(cell), len(cell) > 1 or any(
            LINE_BREAK in block.text for block in blocks[start:end]))
            for cell, (start, end) in zip(row, ranges, strict=True)]
            for row, ranges in zip(texts, self.rows, strict=True)])
        if laid_out or not self.rows:
            return
        rows = BlockBuilder()
        for number, row in enumerate(texts):
            for index, cell in enumerate(row):
                if index:
                    rows.cell_separator()
                rows.text(" ".join(cell))
            rows.end_block(BlockKind.TABLE_HEADER if number == 0 else BlockKind.TABLE_ROW)
        blocks[self.first_block:] = rows.blocks
