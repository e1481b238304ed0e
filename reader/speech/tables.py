"""A table row for the ear: "Name: Ann, Age: 30", each value after its column's header.

A row is one block whose cells are joined by ``TABLE_CELL_SEPARATOR``; its header is the
nearest header row above it in the same table. Every spoken character maps back into the
row's written text (a header word to the cell it introduces), so the highlight falls on the
cell being read.
"""

from __future__ import annotations

from ..document.model import TABLE_CELL_SEPARATOR, BlockKind, Document
from .pronunciation import OffsetMap, Spoken, speakable

TABLE_KINDS = frozenset({BlockKind.TABLE_HEADER, BlockKind.TABLE_ROW})


def table_row_speakable(document: Document, index: int) -> Spoken:
    block = document.blocks[index]
    headers = _header_cells(document, index) if block.kind is BlockKind.TABLE_ROW else []
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def add(text: str, start: int, end: int) -> None:
        parts.append(text)
        starts.extend([start] * len(text))
        ends.extend([end] * len(text))

    position = block.start
    for column, cell in enumerate(block.text.split(TABLE_CELL_SEPARATOR)):
        cell_start, cell_end = position, position + len(cell)
        position = cell_end + len(TABLE_CELL_SEPARATOR)
        value = cell.strip()
        if not value:
            continue
        if parts:
            add(", ", cell_start, cell_start)
        header = headers[column].strip() if column < len(headers) else ""
        if header and header != value:
            add(f"{header}: ", cell_start, cell_end)
        spoken = speakable(cell, document.language, base=cell_start)
        parts.append(spoken.text)
        starts.extend(spoken.offsets.starts)
        ends.extend(spoken.offsets.ends)
    return Spoken("".join(parts), OffsetMap(tuple(starts), tuple(ends), block.end))


def _header_cells(document: Document, index: int) -> list[str]:
    for above in range(index - 1, -1, -1):
        block = document.blocks[above]
        if block.kind is BlockKind.TABLE_HEADER:
            return block.text.split(TABLE_CELL_SEPARATOR)
        if block.kind is not BlockKind.TABLE_ROW:
            break
    return []
