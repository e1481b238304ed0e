"""Markdown (and Markdown-ish plain text) to blocks, through markdown-it-py's token stream.

Raw HTML is never rendered: the parser runs with ``html`` off, so tags reach the reader as the
text they are. Links and images keep their targets in ``Inline.target`` and are never fetched or
followed here; an image stands in the text as its alt text.
"""

from __future__ import annotations

from itertools import pairwise

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .model import (
    LINE_BREAK,
    TABLE_CELL_SEPARATOR,
    Block,
    BlockKind,
    Inline,
    InlineStyle,
    place_blocks,
)

_OPENERS = {
    "em_open": InlineStyle.EMPHASIS,
    "strong_open": InlineStyle.STRONG,
    "link_open": InlineStyle.LINK,
}
_CLOSERS = {"em_close", "strong_close", "link_close"}


def make_parser(*, indented_code: bool = True) -> MarkdownIt:
    """A CommonMark parser with raw HTML off. (No extensions such as strikethrough: each
    costs ~10 % of the parse of a large document, and reading needs none of them.)

    Plain ``.txt`` files pass ``indented_code=False``: an indented paragraph in a text file is
    prose, not code.
    """
    parser = MarkdownIt("commonmark", {"html": False})
    parser.enable("table")  # GFM tables: read row by row, not as raw pipes
    if not indented_code:
        parser.disable("code")
    return parser


def lines_look_like_paragraphs(source: str, sample: int = 256 * 1024) -> bool:
    """True for plain text that puts one paragraph per line with no blank line between them
    (text extracted from web pages, like the seed article). Hard-wrapped prose keeps its lines
    under ~80 columns; here a good share of lines run far longer."""
    lines = [line for line in source[:sample].split("\n") if line.strip()]
    long_lines = sum(1 for line in lines if len(line) > 100)
    return len(lines) > 1 and long_lines >= 0.25 * len(lines)


def parse_blocks(
    source: str, *, parser: MarkdownIt | None = None, lines_are_paragraphs: bool = False
) -> list[Block]:
    """The blocks of ``source`` in reading order, placed in document coordinates.

    ``lines_are_paragraphs``: each line of a plain paragraph becomes a paragraph of its own
    (see ``lines_look_like_paragraphs``) instead of being joined to the next by a space.
    """
    tokens = (parser or make_parser()).parse(source)
    blocks: list[Block] = []
    containers: list[str] = []  # the open list/quote containers, innermost last
    list_markers: list[str] = []  # markers of the list items not yet given to a paragraph
    heading_level = 0
    table = _TableRows(blocks)
    for token in tokens:
        if table.feed(token):
            continue
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
            containers.append(kind)
        elif kind in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            containers.pop()
        elif kind == "list_item_open":
            list_markers.append(_marker(token))
        elif kind == "list_item_close":
            if list_markers:
                list_markers.pop()
        elif kind == "heading_open":
            heading_level = int(token.tag[1:])
        elif kind == "heading_close":
            heading_level = 0
        elif kind == "inline":
            text, inlines, breaks = _inline_text(token.children or [])
            lines = _source_lines(token)
            if lines_are_paragraphs and breaks and not heading_level and not containers:
                blocks.extend(_split_lines(text, inlines, breaks, lines[0]))
            elif heading_level:
                blocks.append(Block(BlockKind.HEADING, text, 0, lines, heading_level, inlines))
            elif containers and containers[-1] == "blockquote_open":
                depth = containers.count("blockquote_open")
                blocks.append(Block(BlockKind.QUOTE, text, 0, lines, depth, inlines))
            elif containers:
                depth = sum(1 for c in containers if c != "blockquote_open")
                marker = list_markers[-1] if list_markers else ""
                if list_markers:
                    list_markers[-1] = ""  # later paragraphs of the item carry no marker
                blocks.append(
                    Block(BlockKind.LIST_ITEM, text, 0, lines, depth, inlines, ordinal=marker)
                )
            else:
                blocks.append(Block(BlockKind.PARAGRAPH, text, 0, lines, 0, inlines))
        elif kind in ("fence", "code_block"):
            text = token.content.rstrip("\n").replace("\n", LINE_BREAK)
            lines = _source_lines(token)
            inline = (Inline(0, len(text), InlineStyle.CODE),) if text else ()
            blocks.append(Block(BlockKind.CODE, text, 0, lines, 0, inline))
        elif kind == "hr":
            lines = _source_lines(token)
            blocks.append(Block(BlockKind.RULE, "", 0, lines))
    return place_blocks(blocks)


def _source_lines(token: Token) -> tuple[int, int]:
    """The source lines ``[first, end)`` of a block token; (0, 0) when it has none."""
    if not token.map:
        return (0, 0)
    first, end = token.map
    return first, end


class _TableRows:
    """A table's tokens become one block per row, cells joined by TABLE_CELL_SEPARATOR."""

    def __init__(self, blocks: list[Block]) -> None:
        self._blocks = blocks
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
            text, inlines, _ = _inline_text(token.children or [])
            self._cells.append((text.replace(TABLE_CELL_SEPARATOR, " "), inlines))
        elif kind == "tr_close":
            self._end_row()
        return True

    def _end_row(self) -> None:
        runs: list[Inline] = []
        offset = 0
        for text, inlines in self._cells:
            runs.extend(Inline(i.start + offset, i.end + offset, i.style, i.target)
                        for i in inlines)
            offset += len(text) + len(TABLE_CELL_SEPARATOR)
        text = TABLE_CELL_SEPARATOR.join(text for text, _ in self._cells)
        kind = BlockKind.TABLE_HEADER if self._header else BlockKind.TABLE_ROW
        self._blocks.append(Block(kind, text, 0, self._lines, 0, tuple(runs)))


def _marker(token: Token) -> str:
    if token.info:  # ordered list: the number as written
        return f"{token.info}{token.markup}"
    return token.markup or "-"


def _split_lines(
    text: str, inlines: tuple[Inline, ...], breaks: list[int], first_line: int
) -> list[Block]:
    """One paragraph per source line: cut at the soft breaks, clipping the styled runs."""
    blocks = []
    bounds = [-1, *breaks, len(text)]
    for line, (before, end) in enumerate(pairwise(bounds)):
        start = before + 1  # skip the space that stood for the line break
        runs = tuple(
            Inline(max(r.start, start) - start, min(r.end, end) - start, r.style, r.target)
            for r in inlines
            if min(r.end, end) > max(r.start, start)
        )
        lines = (first_line + line, first_line + line + 1)
        blocks.append(Block(BlockKind.PARAGRAPH, text[start:end], 0, lines, 0, runs))
    return blocks


def _inline_text(children: list[Token]) -> tuple[str, tuple[Inline, ...], list[int]]:
    """Display text of an inline token, its styled runs (offsets relative to the block), and
    where its soft line breaks are."""
    if len(children) == 1 and children[0].type == "text":  # most paragraphs: plain words
        return children[0].content, (), []
    parts: list[str] = []
    breaks: list[int] = []
    length = 0
    runs: list[Inline] = []
    open_runs: list[tuple[InlineStyle, int, str]] = []
    for child in children:
        kind = child.type
        if kind == "text" or kind == "html_inline":
            piece = child.content
        elif kind == "softbreak":
            breaks.append(length)
            piece = " "
        elif kind == "hardbreak":
            piece = LINE_BREAK
        elif kind == "code_inline":
            piece = child.content
            runs.append(Inline(length, length + len(piece), InlineStyle.CODE))
        elif kind == "image":
            alt = child.content or "".join(c.content for c in child.children or [])
            target = str(child.attrs.get("src", ""))
            piece = alt or target.rsplit("/", 1)[-1]
            runs.append(Inline(length, length + len(piece), InlineStyle.IMAGE, target))
        elif kind in _OPENERS:
            open_runs.append((_OPENERS[kind], length, str(child.attrs.get("href", ""))))
            continue
        elif kind in _CLOSERS:
            if open_runs:
                style, start, target = open_runs.pop()
                if length > start:
                    runs.append(Inline(start, length, style, target))
            continue
        else:
            piece = child.content
        parts.append(piece)
        length += len(piece)
    if len(runs) > 1:
        runs.sort(key=lambda r: (r.start, -r.end))
    return "".join(parts), tuple(runs), breaks
