"""An OpenDocument table that lays text out read cell by cell, as a Word file's is: the
walk writes every table as rows of values, and a table whose rows hold prose (a research
transcript's time stamp, speaker and words; an interview's question beside its answer) is
then made paragraphs, one per cell with words, by the judgement web pages and Word files
share (``tables.lays_text_out``). A table of values stays rows read after their column's
name."""

from __future__ import annotations

from dataclasses import replace

from ..model import TABLE_CELL_SEPARATOR, Block, BlockKind, Inline
from .tables import lays_text_out

_ROWS = (BlockKind.TABLE_ROW, BlockKind.TABLE_HEADER)


def cells_laid_out(blocks: list[Block], starts: set[int]) -> list[Block]:
    """``blocks`` with each table that lays text out made paragraphs; ``starts``: the
    indices of the blocks that open a table."""
    if not starts:
        return blocks
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        end = index + 1
        if index in starts and blocks[index].kind in _ROWS:
            while end < len(blocks) and blocks[end].kind in _ROWS and end not in starts:
                end += 1
            rows = blocks[index:end]
            if lays_text_out([[(cell.strip(), False) for cell in row.text.split(
                    TABLE_CELL_SEPARATOR)] for row in rows]):
                out += [cell for row in rows for cell in _cells(row)]
            else:
                out += rows
        else:
            out.append(blocks[index])
        index = end
    return [replace(block, source_lines=(number, number + 1)) for number, block in enumerate(out)]


def _cells(row: Block) -> list[Block]:
    """The row's cells with words, each a paragraph keeping its words' styles."""
    cells, start = [], 0
    for text in row.text.split(TABLE_CELL_SEPARATOR):
        end = start + len(text)
        lead = len(text) - len(text.lstrip())
        words = text.strip()
        if words:
            first, last = start + lead, start + lead + len(words)
            inlines = tuple(Inline(max(i.start, first) - first, min(i.end, last) - first,
                                   i.style, i.target)
                            for i in row.inlines if min(i.end, last) > max(i.start, first))
            cells.append(Block(BlockKind.PARAGRAPH, words, 0, row.source_lines,
                               inlines=inlines))
        start = end + len(TABLE_CELL_SEPARATOR)
    return cells
