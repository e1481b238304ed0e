"""Markdown nested deeper than markdown-it can parse: its tokens all the same.

markdown-it stops, without a word, at its nesting limit and drops the rest of the text; a
source that deep is flattened (its deepest list and quote levels joined to the last one
kept) and parsed again, with a ``FLATTENED`` notice. Large sources are parsed a piece at a
time (``reader.document.chunks``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .chunks import pieces
from .model import Notice, NoticeKind

# markdown-it stops parsing, silently, at this depth of open tokens (a list level takes two, a
# quote one; its default, 20, dropped everything after 10 list levels). Past it the Python
# recursion of its block parser would fail, so deeper sources are flattened first.
MAX_NESTING = 40
KEPT_LEVELS = 12  # container markers kept at the start of a line when flattening
_KEPT_INDENT = 2 * KEPT_LEVELS  # columns of indentation kept (a list level indents by 2 or more)
_OBVIOUSLY_DEEP = re.compile(  # a line indented past any list, or opening with many markers
    rf"^(?:[ \t]{{{4 * MAX_NESTING},}}"
    rf"|(?:[ \t]*(?:>|[-+*][ \t]|[0-9]{{1,9}}[.)][ \t])){{{MAX_NESTING},}})",
    re.MULTILINE,
)
_CONTAINER_MARKER = re.compile(r"[ \t]*(?:>|(?:[-+*]|[0-9]{1,9}[.)])(?=[ \t]|$))")


def parse_whole(source: str, parser: MarkdownIt, notices: list[Notice] | None) -> list[Token]:
    """markdown-it's tokens for all of ``source``: where it would stop at its nesting limit
    (dropping the rest without a word), the deepest levels are flattened and parsed again."""
    limit = parser.options.get("maxNesting", MAX_NESTING)
    # markdown-it takes quadratic time to reach its limit (6 s for 2,000 list levels): sources
    # plainly deeper than it are flattened without trying.
    tokens = None if _OBVIOUSLY_DEEP.search(source) else tokens_within(parser, source, limit)
    if tokens is not None:
        return tokens
    if notices is not None:
        notices.append(Notice(NoticeKind.FLATTENED, str(KEPT_LEVELS)))
    tokens = tokens_within(parser, flatten_nesting(source), limit)
    if tokens is not None:
        return tokens
    # Nesting that no line-by-line flattening undoes: no lists or quotes at all, every
    # character as text.
    flat = MarkdownIt("commonmark", {"html": False, "maxNesting": limit})
    flat.disable(["list", "blockquote"])
    return flat.parse(source)


def tokens_of_pieces(source: str, parser: MarkdownIt,
                      notices: list[Notice] | None) -> Iterator[Token]:
    """The tokens of each piece in turn (only one piece's are alive), lines counted in
    ``source``; one ``FLATTENED`` notice at most."""
    said: list[Notice] = []
    for first_line, piece in pieces(source):
        for token in parse_whole(piece, parser, said):
            if token.map:
                token.map = [token.map[0] + first_line, token.map[1] + first_line]
            yield token
    if said and notices is not None:
        notices.append(said[0])


def tokens_within(parser: MarkdownIt, source: str, limit: int) -> list[Token] | None:
    """The tokens, or None when the parse reached the nesting limit (and may have lost text)."""
    try:
        tokens = parser.parse(source)
    except RecursionError:
        return None
    if tokens and max(token.level for token in tokens) >= limit - 1:
        return None
    return tokens


def flatten_nesting(source: str) -> str:
    """The same lines with at most ``KEPT_LEVELS`` list or quote markers opening each line,
    and at most ``_KEPT_INDENT`` columns of indentation: deeper levels join the deepest kept
    one. The markers past it stay as text (escaped), so that no character is lost."""
    lines = source.split("\n")
    for number, line in enumerate(lines):
        markers = []
        end = 0
        while (match := _CONTAINER_MARKER.match(line, end)) is not None:
            markers.append(match)
            end = match.end()
        if len(markers) > KEPT_LEVELS:
            kept = markers[KEPT_LEVELS - 1].end()
            escaped = re.sub(r"([>\-+*.)])", r"\\\1", line[kept:end])
            line = line[:kept] + escaped + line[end:]
        indent = len(line) - len(line.lstrip(" \t"))
        if indent and len(line[:indent].expandtabs(4)) > _KEPT_INDENT:
            line = " " * _KEPT_INDENT + line[indent:]
        lines[number] = line
    return "\n".join(lines)


