"""Markdown tables (GFM, markdown-it's "table" rule): one block per row, header row first.

Each row keeps the one-paragraph-per-block coordinates of the model, its cells joined by
``TABLE_CELL_SEPARATOR``; reading aloud puts the header cell before each value
(``reader.speech.tables``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it.token import Token

from .model import TABLE_CELL_SEPARATOR, Block, BlockKind, Inline

# markdown.py's inline mapping: text, styled runs, soft line breaks of an inline token.
InlineText = Callable[[list[Token]], tuple[str, tuple[Inline, ...], list[int]]]

_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


class TableRows:
    """A table's tokens become one block per row, cells joined by TABLE_CELL_SEPARATOR."""

    def __init__(self, blocks: list[Block], source: str, inline_text: InlineText) -> None:
        self._blocks = blocks
        self._inline_text = inline_text
        self._source = source
        self._source_lines: list[str] | None = None  # split when a table is first met
        self._active = False
        self._header = False
        self._cells: list[tuple[str, tuple[Inline, ...]]] = []
        self._lines = (0, 0)

    def feed(self, token: Token) -> bool:
        """Take ``token`` if it belongs to a table; False for every other token."""
        kind = token.type
        if kind == "table_open":
            self._active = True
        if not self._active:
            return False
        if kind == "table_close":
            self._active = False
        elif kind in ("thead_open", "thead_close"):
            self._header = kind == "thead_open"
        elif kind == "tr_open":
            self._cells = []
            self._lines = (token.map[0], token.map[1]) if token.map else (0, 0)
        elif kind == "inline":
            text, inlines, _ = self._inline_text(token.children or [])
            self._cells.append((text.replace(TABLE_CELL_SEPARATOR, " "), inlines))
        elif kind == "tr_close":
            self._end_row()
        return True

    def _end_row(self) -> None:
        # markdown-it drops the cells of a row past the header's count: they are text the
        # reader must still see and hear, so they come back from the source as written.
        written = self._written_cells()
        for extra in written[len(self._cells):]:
            if extra:
                self._cells.append((extra.replace(TABLE_CELL_SEPARATOR, " "), ()))
        runs: list[Inline] = []
        offset = 0
        for text, inlines in self._cells:
            runs.extend(Inline(i.start + offset, i.end + offset, i.style, i.target)
                        for i in inlines)
            offset += len(text) + len(TABLE_CELL_SEPARATOR)
        text = TABLE_CELL_SEPARATOR.join(text for text, _ in self._cells)
        kind = BlockKind.TABLE_HEADER if self._header else BlockKind.TABLE_ROW
        self._blocks.append(Block(kind, text, 0, self._lines, 0, tuple(runs)))

    def _written_cells(self) -> list[str]:
        """The row's cells as its source line writes them (outer pipes optional)."""
        if self._source_lines is None:
            self._source_lines = self._source.split("\n")
        first = self._lines[0]
        if self._lines[1] <= first or first >= len(self._source_lines):
            return []
        line = self._source_lines[first].lstrip(" \t>").strip()
        line = line.removeprefix("|")
        if line.endswith("|") and not line.endswith("\\|"):
            line = line[:-1]
        return [cell.strip() for cell in _UNESCAPED_PIPE.split(line)]
