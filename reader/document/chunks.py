"""A large plain-text source cut into pieces that markdown-it can parse one at a time.

markdown-it keeps every token of a document, and its own state, until the parse ends: a 45 MB
text file peaked at 1.0 GB. Parsed piece by piece, only one piece's tokens are alive at once.
A piece ends only where nothing can run on into the next: at a blank line followed by a line
that starts with a letter at the margin (a new paragraph: it ends any list, quotation or
paragraph before it), outside a fenced code block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

CHUNKED_CHARS = 2 * 1024 * 1024  # from this size on, a plain-text source is parsed in pieces
PIECE_CHARS = 512 * 1024  # about this much per piece

# A blank line (spaces allowed), then a letter at the margin.
_CUT = re.compile(r"\n[ \t]*\n(?=[^\W\d_])")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.MULTILINE)


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
