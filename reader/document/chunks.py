"""A large source cut into pieces that markdown-it can parse one at a time, and blocks too long
to lay out at once cut into several.

markdown-it keeps every token of a document, and its own state, until the parse ends: a 45 MB
text file peaked at 1.0 GB. Parsed piece by piece, only one piece's tokens are alive at once.
A piece ends only where nothing can run on into the next, in plain text as in Markdown: at a
blank line followed by a line that starts with a letter at the margin (a new paragraph: it
ends any list, quotation, indented code or paragraph before it; a table or a setext heading
starts there), outside a fenced code block. (Raw HTML blocks, which could span blank lines,
are off, and so are link reference definitions, which act at a distance.)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from .model import LINE_BREAK, Block, BlockKind, Inline, place_blocks

CHUNKED_CHARS = 2 * 1024 * 1024  # from this size on, a source is parsed in pieces
PIECE_CHARS = 512 * 1024  # about this much per piece
# Qt lays out a block at once: a 5 MB line froze the window 11 s. A block of this many
# characters lays out in milliseconds.
BLOCK_CHARS = 10_000

# A blank line (spaces allowed), then a letter at the margin.
_CUT = re.compile(r"\n[ \t]*\n(?=[^\W\d_])")
# A backtick fence's info string has no backtick ("```a`b" is text, not a fence).
_FENCE = re.compile(r"^ {0,3}(`{3,}(?=[^`\n]*$)|~{3,})", re.MULTILINE)


def pieces(source: str, size: int | None = None) -> Iterator[tuple[int, str]]:
    """(number of the piece's first line in ``source``, the piece), in order; joined, the
    pieces are ``source``. ``size``: about how long a piece is (``PIECE_CHARS``)."""
    size = size or PIECE_CHARS
    start, first_line = 0, 0
    fence: str | None = None  # the fence open at ``scanned``, if any
    scanned = 0
    while len(source) - start > size:
        cut = None
        for match in _CUT.finditer(source, start + size):
            fence = _fence_after(source, scanned, match.end(), fence)
            scanned = match.end()
            if fence is None:
                cut = match.end()
                break
        if cut is None:
            break
        piece = source[start:cut]
        yield first_line, piece
        first_line += piece.count("\n")
        start = cut
    yield first_line, source[start:]


def _fence_after(source: str, start: int, end: int, opened: str | None) -> str | None:
    """The fence still open at ``end``, given the one open at ``start``."""
    for match in _FENCE.finditer(source, start, end):
        marker = match.group(1)
        if opened is None:
            opened = marker
        elif marker[0] == opened[0] and len(marker) >= len(opened):
            line_end = source.find("\n", match.end())
            if not source[match.end():line_end if line_end >= 0 else len(source)].strip():
                opened = None  # a closing fence: nothing else on its line
    return opened


_SENTENCE_END = re.compile(r"[.!?…。！？][\"'»”’)\]]*[ \u2028]")
_ZERO_WIDTH_JOINER = "\u200d"
_JOINED = frozenset({_ZERO_WIDTH_JOINER, "\ufe0e", "\ufe0f"})  # and variation selectors
_UNSPLIT = frozenset({BlockKind.TABLE_HEADER, BlockKind.TABLE_ROW, BlockKind.RULE})


def split_long_blocks(blocks: list[Block], limit: int = BLOCK_CHARS) -> list[Block]:
    """The placed ``blocks`` with each block longer than ``limit`` cut into blocks of at most
    ``limit`` characters: after a sentence if one ends in the second half of the stretch, else
    at a space or line break (which becomes the line break between the two blocks, so that no
    offset moves), else, in a run without any, at ``limit``. The pieces keep the block's kind
    (a heading's later pieces are paragraphs: one heading in the outline) and its source
    lines; a list item's later pieces carry no marker, as a later paragraph of the item."""
    if all(len(block.text) <= limit for block in blocks):
        return blocks
    result: list[Block] = []
    moved = False
    for block in blocks:
        if len(block.text) <= limit or block.kind in _UNSPLIT:
            result.append(block)
            continue
        for number, (start, end) in enumerate(_cuts(block.text, limit)):
            kind, ordinal = block.kind, block.ordinal
            if number:
                kind = BlockKind.PARAGRAPH if kind is BlockKind.HEADING else kind
                ordinal = ""
            first, last = block.start + start, block.start + end
            inlines = tuple(
                Inline(max(run.start, first), min(run.end, last), run.style, run.target)
                for run in block.inlines if min(run.end, last) > max(run.start, first))
            result.append(Block(kind, block.text[start:end], first, block.source_lines,
                                block.level, inlines, block.role, ordinal))
            moved = moved or (number > 0 and result[-2].end + 1 != first)
    return place_blocks(result) if moved else result


def _cuts(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """[start, end) of each piece of ``text``; the character between two pieces, if any, is
    the space or line break the cut replaces."""
    start = 0
    while len(text) - start > limit:
        end = start + limit
        ends = [match.end() for match in _SENTENCE_END.finditer(text, start + limit // 2, end + 1)]
        if ends:
            cut = ends[-1] - 1  # the space after the sentence
        else:
            cut = max(text.rfind(" ", start + 1, end + 1),
                      text.rfind(LINE_BREAK, start + 1, end + 1))
        if cut > start:
            yield start, cut
            start = cut + 1
        else:
            end = _unspaced_cut(text, start, end)
            yield start, end
            start = end
    yield start, len(text)


def _unspaced_cut(text: str, start: int, end: int) -> int:
    """Where to cut a run with no space in ``text[start:end]``: after its last full stop of
    a script written without spaces ("。", "！", "？") in the second half, else at ``end`` moved
    back so that no accent is parted from its letter and no emoji sequence is broken."""
    stop = max(text.rfind(mark, start + (end - start) // 2, end) for mark in "。！？")
    if stop >= 0:
        return stop + 1
    while end > start + 1 and (
        unicodedata.category(text[end])[0] == "M"  # a combining accent, a vowel sign
        or text[end] in _JOINED or text[end - 1] == _ZERO_WIDTH_JOINER
    ):
        end -= 1
    return end
